#pragma once

// Drives the canvas the way a user does: palette drags delivered as real
// drag-enter/move/drop events carrying the palette's own mime data, mouse
// presses/moves/releases on the view's viewport, context menus whose entries
// are picked like a click would. Shared by the canvas tests.

#include "editing/CanvasEditor.h"
#include "DesignModel.h"
#include "DesignScene.h"
#include "DesignView.h"
#include "Document.h"
#include "ElementItem.h"
#include "Layout.h"
#include "PaletteTree.h"
#include "PaletteWidget.h"

#include <QApplication>
#include <QMenu>
#include <QMimeData>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace pillar::test {

class CanvasDriver
{
public:
    CanvasDriver()
        : document(new Document)
        , scene(new DesignScene(document.get()))
        , view(new DesignView(scene.get()))
        , palette(new PaletteWidget)
    {
        view->resize(1400, 1000);
        view->show();
        (void)QTest::qWaitForWindowExposed(view.get());
        view->resetZoom();
        view->centerOn(QPointF(600, 420));
    }

    DesignModel *model() const { return document->model(); }
    const Design &design() const { return document->model()->design(); }
    QUndoStack *stack() const { return document->undoStack(); }

    QPoint toView(const QPointF &scenePos) const { return view->mapFromScene(scenePos); }
    // Scene centre of an element.
    QPointF centre(const QString &id) const
    {
        ElementItem *item = scene->elementItem(id);
        return item ? item->mapToScene(QRectF(QPointF(), item->size()).center()) : QPointF();
    }
    // Centre of what connections point at (a resource's icon).
    QPointF anchor(const QString &id) const
    {
        ElementItem *item = scene->elementItem(id);
        return item ? item->mapToScene(item->anchorRect().center()) : QPointF();
    }
    QPointF handle(const QString &id) const
    {
        ElementItem *item = scene->elementItem(id);
        return item->mapToScene(item->connectHandleRect().center());
    }

    // A palette drag of `kind` ending at scenePos. Returns whether the drop
    // was accepted; the ids of elements that appeared go to *created.
    bool dropFromPalette(ElementKind kind, const QPointF &scenePos, QStringList *created = nullptr,
                         bool *moveAccepted = nullptr)
    {
        QTreeWidgetItem *entry = palette->tree()->itemForKind(kind);
        std::unique_ptr<QMimeData> mime(palette->tree()->mimeDataFor({entry}));
        const QStringList before = ids();
        const QPoint p = toView(scenePos);
        QDragEnterEvent enter(p, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QDragMoveEvent move(p, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        if (moveAccepted)
            *moveAccepted = move.isAccepted();
        QDropEvent drop(p, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);
        if (created) {
            created->clear();
            for (const QString &id : ids()) {
                if (!before.contains(id))
                    *created << id;
            }
        }
        return drop.isAccepted();
    }

    QString drop(ElementKind kind, const QPointF &scenePos)
    {
        QStringList created;
        dropFromPalette(kind, scenePos, &created);
        return created.value(0);
    }

    void mouse(QEvent::Type type, const QPointF &scenePos, Qt::MouseButton button, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        const QPoint p = toView(scenePos);
        QMouseEvent event(type, p, view->viewport()->mapToGlobal(p), button, buttons, modifiers);
        QApplication::sendEvent(view->viewport(), &event);
    }

    // Press at from, move there in steps, release at to.
    void drag(const QPointF &from, const QPointF &to, Qt::KeyboardModifiers modifiers = Qt::NoModifier, int steps = 6)
    {
        mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
        for (int i = 1; i <= steps; ++i)
            mouse(QEvent::MouseMove, from + (to - from) * (qreal(i) / steps), Qt::NoButton, Qt::LeftButton, modifiers);
        mouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
    }

    void click(const QPointF &at, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        mouse(QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton, modifiers);
        mouse(QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton, modifiers);
    }

    // Drag from the connect handle of `from` to the centre of `to`.
    void connectByMouse(const QString &from, const QString &to)
    {
        click(centre(from)); // selecting shows the handle, as a user would see it
        drag(handle(from), centre(to));
    }

    // Right-clicks at scenePos and picks the entry reached through `path`
    // (menu titles, then the action's text). Returns false when not found.
    bool chooseFromContextMenu(const QPointF &scenePos, const QStringList &path)
    {
        bool found = false;
        QTimer::singleShot(0, [&] {
            QMenu *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QMenu *top = menu;
            for (int i = 0; menu && i < path.size(); ++i) {
                QAction *hit = nullptr;
                for (QAction *a : menu->actions()) {
                    if (a->text() == path[i])
                        hit = a;
                }
                if (!hit)
                    break;
                if (i + 1 == path.size()) {
                    found = true;
                    hit->trigger();
                } else {
                    menu = hit->menu();
                }
            }
            if (top)
                top->close();
        });
        const QPoint p = toView(scenePos);
        QContextMenuEvent event(QContextMenuEvent::Mouse, p, view->viewport()->mapToGlobal(p));
        QApplication::sendEvent(view->viewport(), &event);
        return found;
    }

    QStringList ids() const
    {
        QStringList result;
        for (const Element &e : design().elements())
            result << e.id;
        return result;
    }

    std::unique_ptr<Document> document;
    std::unique_ptr<DesignScene> scene;
    std::unique_ptr<DesignView> view;
    std::unique_ptr<PaletteWidget> palette;
};

// Scene rectangle of an element, from the model.
inline QRectF rectOf(CanvasDriver &d, const QString &id)
{
    return layout::sceneRect(d.design(), id);
}

// VPC > AZ > two subnets, an EC2 in the first: built by palette drops.
struct Basic {
    QString vpc, az, subnetA, subnetB, ec2;
};

inline Basic buildBasic(CanvasDriver &d)
{
    Basic b;
    b.vpc = d.drop(ElementKind::Vpc, QPointF(400, 100));
    b.az = d.drop(ElementKind::AvailabilityZone, rectOf(d, b.vpc).topLeft() + QPointF(200, 60));
    b.subnetA = d.drop(ElementKind::Subnet, rectOf(d, b.az).topLeft() + QPointF(150, 50));
    b.subnetB = d.drop(ElementKind::Subnet, rectOf(d, b.az).topLeft() + QPointF(150, 220));
    b.ec2 = d.drop(ElementKind::Ec2Instance, rectOf(d, b.subnetA).topLeft() + QPointF(80, 80));
    return b;
}

} // namespace pillar::test
