#include "CanvasContextMenu.h"

#include "editing/CanvasEditor.h"
#include "ConnectionItem.h"
#include "ConnectionPorts.h"
#include "DesignModel.h"
#include "DesignScene.h"
#include "Document.h"
#include "ElementItem.h"
#include "PropertySpec.h"
#include "KindInfo.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QGraphicsSceneContextMenuEvent>
#include <QMenu>

namespace pillar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CanvasContextMenu", text);
}

void addPropertyMenus(QMenu *menu, DesignScene *scene, const Element &e)
{
    CanvasEditor *editor = scene->editor();
    const QString id = e.id;
    for (const PropertySpec &spec : propertySpecs(e.kind)) {
        if (spec.type == PropertyType::Bool) {
            QAction *a = menu->addAction(spec.displayLabel());
            a->setCheckable(true);
            a->setChecked(e.boolValue(spec.key));
            const QString key = spec.key;
            QObject::connect(a, &QAction::toggled, editor, [editor, id, key](bool on) { editor->setProperty(id, key, on); });
        } else if (spec.type == PropertyType::Enum) {
            QMenu *sub = menu->addMenu(spec.displayLabel());
            auto *group = new QActionGroup(sub);
            for (const QString &value : spec.enumValues) {
                QAction *a = sub->addAction(value);
                a->setCheckable(true);
                a->setChecked(e.stringValue(spec.key) == value);
                group->addAction(a);
                const QString key = spec.key;
                QObject::connect(a, &QAction::triggered, editor, [editor, id, key, value] { editor->setProperty(id, key, value); });
            }
        }
    }
}

void addListenerMenu(QMenu *menu, DesignScene *scene, const Element &e)
{
    QMenu *sub = menu->addMenu(tr("Listeners"));
    const struct {
        const char *protocol;
        int port;
        const char *action;
    } choices[] = {{"HTTPS", 443, "forward"}, {"HTTP", 80, "forward"}, {"HTTP", 80, "redirect-https"}, {"TCP", 443, "forward"}};
    for (const auto &c : choices) {
        Listener l;
        l.protocol = QString::fromLatin1(c.protocol);
        l.port = c.port;
        l.action = QString::fromLatin1(c.action);
        const QString label = l.action == QLatin1String("redirect-https") ? tr("%1 :%2 → redirect to HTTPS").arg(l.protocol).arg(l.port)
                                                                           : tr("%1 :%2").arg(l.protocol).arg(l.port);
        QAction *a = sub->addAction(label);
        a->setCheckable(true);
        a->setChecked(e.listeners.contains(l));
        Document *doc = scene->document();
        const QString id = e.id;
        QObject::connect(a, &QAction::toggled, scene, [scene, doc, id, l](bool on) {
            const Element *current = doc->model()->element(id);
            if (!current)
                return;
            Element edited = *current;
            edited.listeners.removeAll(l);
            if (on)
                edited.listeners << l;
            scene->editor()->editElement(edited, on ? tr("Add listener %1:%2").arg(l.protocol).arg(l.port)
                                                     : tr("Remove listener %1:%2").arg(l.protocol).arg(l.port));
        });
    }
}

} // namespace

void CanvasContextMenu::exec(DesignScene *scene, QGraphicsSceneContextMenuEvent *event)
{
    CanvasEditor *editor = scene->editor();
    QMenu menu;
    ElementItem *item = scene->elementItemAt(event->scenePos());
    ConnectionItem *connection = nullptr;
    for (QGraphicsItem *i : scene->items(event->scenePos())) {
        auto *c = qgraphicsitem_cast<ConnectionItem *>(i);
        if (c && c->style() == ConnectionItem::Style::Traffic) {
            connection = c;
            break;
        }
    }
    if (connection) {
        const QString id = connection->id();
        if (!connection->isSelected())
            scene->selectIds({id});
        QMenu *ports = menu.addMenu(tr("Port"));
        const Connection *c = scene->document()->model()->connection(id);
        for (const PortChoice &choice : commonPortChoices()) {
            QAction *a = ports->addAction(choice.labelText());
            a->setCheckable(true);
            a->setChecked(c && choice.matches(c->protocol, c->port));
            const QString protocol = choice.protocolText();
            const int port = choice.port;
            QObject::connect(a, &QAction::triggered, editor, [editor, id, protocol, port] { editor->setConnectionPort(id, protocol, port); });
        }
        menu.addSeparator();
        QObject::connect(menu.addAction(tr("Delete connection")), &QAction::triggered, editor, [editor, id] { editor->remove({id}); });
    } else if (item) {
        const QString id = item->id();
        if (!item->isSelected())
            scene->selectIds({id});
        const Element *e = scene->document()->model()->element(id);
        if (e->kind == ElementKind::SecurityGroup)
            QObject::connect(menu.addAction(tr("Open security group…")), &QAction::triggered, scene,
                             [scene, id] { emit scene->elementActivated(id); });
        QObject::connect(menu.addAction(tr("Rename")), &QAction::triggered, scene, [scene, id] { emit scene->renameRequested(id); });
        QObject::connect(menu.addAction(tr("Duplicate")), &QAction::triggered, scene,
                         [scene] { scene->selectIds(scene->editor()->duplicate(scene->selectedIds())); });
        QObject::connect(menu.addAction(tr("Copy")), &QAction::triggered, scene, [scene] { scene->editor()->copy(scene->selectedIds()); });
        if (kindInfo(e->kind).container)
            QObject::connect(menu.addAction(tr("Paste inside")), &QAction::triggered, scene,
                             [scene, id] { scene->selectIds(scene->editor()->paste(id)); });
        QObject::connect(menu.addAction(tr("Delete")), &QAction::triggered, scene,
                         [scene] { scene->editor()->remove(scene->selectedIds()); });
        menu.addSeparator();
        if (kindInfo(e->kind).holdsListeners)
            addListenerMenu(&menu, scene, *e);
        addPropertyMenus(&menu, scene, *e);
    } else {
        QObject::connect(menu.addAction(tr("Paste")), &QAction::triggered, scene, [scene] { scene->selectIds(scene->editor()->paste()); });
    }
    menu.exec(event->screenPos());
}

} // namespace pillar
