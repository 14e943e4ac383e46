#include "MoveElementsCommand.h"

#include "DesignModel.h"
#include "Layout.h"
#include "Placement.h"
#include "KindInfo.h"

#include <QCoreApplication>

#include <algorithm>

namespace pillar {

namespace {

// After a move into another VPC, a security group and its members, or a load
// balancer and its subnets, may sit in different VPCs, which AWS cannot have:
// those memberships and attachments are dropped, in the same undo step.
void dropCrossVpcLinks(const Design &design, QHash<QString, Element> &pending)
{
    Design after = design;
    for (const Element &e : std::as_const(pending))
        *after.element(e.id) = e;
    const QString subnetsKey = QStringLiteral("subnets");
    for (const Element &e : after.elements()) {
        Element edited = e;
        edited.securityGroups.erase(std::remove_if(edited.securityGroups.begin(), edited.securityGroups.end(),
                                                   [&](const QString &sg) {
                                                       return after.element(sg) && !securityGroupProblem(after, e.id, sg).isEmpty();
                                                   }),
                                    edited.securityGroups.end());
        if (e.properties.contains(subnetsKey)) {
            QStringList subnets = e.properties.value(subnetsKey).toStringList();
            subnets.erase(std::remove_if(subnets.begin(), subnets.end(),
                                         [&](const QString &s) { return after.element(s) && !subnetAttachmentProblem(after, e.id, s).isEmpty(); }),
                          subnets.end());
            edited.properties.insert(subnetsKey, subnets);
        }
        if (edited != e)
            pending.insert(e.id, edited);
    }
}

QVector<Element> placedElements(DesignModel *model, const QVector<ElementPlacement> &placements)
{
    QHash<QString, Element> pending;
    QStringList order;
    bool reparented = false;
    for (const ElementPlacement &p : placements) {
        const Element *current = model->element(p.id);
        if (!current)
            continue;
        reparented |= current->parent != p.parent;
        Element e = *current;
        e.parent = p.parent;
        e.geometry = kindInfo(e.kind).container ? p.geometry : QRectF(p.geometry.topLeft(), QSizeF(0, 0));
        pending.insert(e.id, e);
        order << e.id;
    }
    layout::growToFit(model->design(), pending);
    if (reparented)
        dropCrossVpcLinks(model->design(), pending);
    QVector<Element> result;
    for (const QString &id : order)
        result << pending.take(id);
    for (const Element &e : std::as_const(pending))
        result << e; // grown containers, members that lost a group
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
