#include "MoveElementsCommand.h"

#include "DesignModel.h"
#include "Layout.h"

#include <QCoreApplication>

namespace pillar {

namespace {

QVector<Element> placedElements(DesignModel *model, const QVector<ElementPlacement> &placements)
{
    QHash<QString, Element> pending;
    QStringList order;
    for (const ElementPlacement &p : placements) {
        const Element *current = model->element(p.id);
        if (!current)
            continue;
        Element e = *current;
        e.parent = p.parent;
        e.geometry = kindInfo(e.kind).container ? p.geometry : QRectF(p.geometry.topLeft(), QSizeF(0, 0));
        pending.insert(e.id, e);
        order << e.id;
    }
    layout::growToFit(model->design(), pending);
    QVector<Element> result;
    for (const QString &id : order)
        result << pending.take(id);
    for (const Element &e : std::as_const(pending))
        result << e; // grown containers
    return result;
}

QString defaultText(DesignModel *model, const QVector<ElementPlacement> &placements)
{
    bool reparent = false;
    bool resize = false;
    for (const ElementPlacement &p : placements) {
        if (const Element *e = model->element(p.id)) {
            reparent |= e->parent != p.parent;
            resize |= kindInfo(e->kind).container && e->geometry.size() != p.geometry.size();
        }
    }
    if (reparent)
        return QCoreApplication::translate("Command", "Move %n element(s) into another container", nullptr, placements.size());
    if (resize && placements.size() == 1)
        return QCoreApplication::translate("Command", "Resize %1").arg(model->element(placements.first().id)->displayName());
    return QCoreApplication::translate("Command", "Move %n element(s)", nullptr, placements.size());
}

} // namespace

MoveElementsCommand::MoveElementsCommand(DesignModel *model, const QVector<ElementPlacement> &placements, int gestureId,
                                         const QString &text, QUndoCommand *parent)
    : ChangeElementsCommand(model, placedElements(model, placements), text.isEmpty() ? defaultText(model, placements) : text,
                            int(MergeId::MoveElements), gestureId ? QString::number(gestureId) : QString(), parent)
{
}

int MoveElementsCommand::newGestureId()
{
    static int next = 0;
    return ++next;
}

} // namespace pillar
