#include "Placement.h"

#include "KindInfo.h"

#include <QCoreApplication>

#include <algorithm>

namespace pillar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Placement", text);
}

} // namespace

bool canBeTopLevel(ElementKind kind)
{
    return kindInfo(kind).topLevel;
}

QVector<ElementKind> allowedParentKinds(ElementKind kind)
{
    const std::vector<ElementKind> &parents = kindInfo(kind).parents;
    return QVector<ElementKind>(parents.begin(), parents.end());
}

QString placementProblem(const Design &design, ElementKind kind, const QString &parentId)
{
    const QString what = kindWithArticle(kind);
    QStringList allowed;
    for (ElementKind k : allowedParentKinds(kind))
        allowed << kindWithArticle(k);
    if (parentId.isEmpty()) {
        if (canBeTopLevel(kind))
            return {};
        return tr("Place %1 inside %2.").arg(what, allowed.join(tr(" or ")));
    }
    const Element *parent = design.element(parentId);
    if (!parent)
        return tr("There is no element '%1' to place %2 in.").arg(parentId, what);
    if (allowedParentKinds(kind).contains(parent->kind))
        return {};
    if (const char *refusal = kindInfo(kind).nestingRefusal)
        return tr(refusal);
    // Kinds that stand outside any VPC, and may stand in a region.
    const QVector<ElementKind> parents = allowedParentKinds(kind);
    const bool onlyRegions = !parents.isEmpty() && parents.count(ElementKind::Region) == parents.size();
    if (allowed.isEmpty() || (canBeTopLevel(kind) && onlyRegions)) {
        const QString refusal = tr("Place %1 outside any VPC; it cannot go in the %2 '%3'.")
                                    .arg(what, kindDisplayName(parent->kind), parent->displayName());
        return onlyRegions ? refusal + QLatin1Char(' ') + tr("It may stand in a region.") : refusal;
    }
    return tr("Place %1 inside %2, not in the %3 '%4'.")
        .arg(what, allowed.join(tr(" or ")), kindDisplayName(parent->kind), parent->displayName());
}

QString moveProblem(const Design &design, const QString &id, const QString &newParentId)
{
    const Element *e = design.element(id);
    if (!e)
        return tr("There is no element '%1'.").arg(id);
    if (!newParentId.isEmpty() && design.wouldCreateCycle(id, newParentId))
        return tr("'%1' cannot be placed inside itself.").arg(e->displayName());
    return placementProblem(design, e->kind, newParentId);
}

QString securityGroupProblem(const Design &design, const QString &memberId, const QString &groupId)
{
    const Element *member = design.element(memberId);
    const Element *group = design.element(groupId);
    if (!member || !group || group->kind != ElementKind::SecurityGroup)
        return tr("There is no security group '%1'.").arg(groupId);
    if (!takesSecurityGroups(member->kind))
        return tr("A %1 cannot have security groups.").arg(kindDisplayName(member->kind));
    if (!group->parent.isEmpty()) {
        const Element *vpc = design.enclosing(memberId, ElementKind::Vpc);
        if (!vpc || vpc->id != group->parent)
            return tr("The security group '%1' belongs to another VPC than '%2'.").arg(group->displayName(), member->displayName());
    }
    return {};
}

QString subnetAttachmentProblem(const Design &design, const QString &holderId, const QString &subnetId)
{
    const Element *holder = design.element(holderId);
    const Element *subnet = design.element(subnetId);
    if (!holder || !subnet || subnet->kind != ElementKind::Subnet)
        return tr("There is no subnet '%1'.").arg(subnetId);
    const Element *vpc = design.enclosing(subnetId, ElementKind::Vpc);
    if (!vpc || vpc->id != holder->parent)
        return tr("The subnet '%1' is not in the VPC of '%2'.").arg(subnet->displayName(), holder->displayName());
    return {};
}

QString referenceProblem(const Design &design, const QString &holderId, const QString &key, const QString &targetId)
{
    const Element *holder = design.element(holderId);
    if (holder && attachesToSubnets(holder->kind) && key == QLatin1String("subnets"))
        return subnetAttachmentProblem(design, holderId, targetId);
    return {};
}

QString connectionProblem(const Design &design, const QString &fromId, const QString &toId)
{
    const Element *from = design.element(fromId);
    const Element *to = design.element(toId);
    if (!from)
        return tr("The connection starts at '%1', which does not exist.").arg(fromId);
    if (!to)
        return tr("The connection ends at '%1', which does not exist.").arg(toId);
    if (fromId == toId)
        return tr("An element cannot connect to itself.");
    const KindInfo &source = kindInfo(from->kind);
    const KindInfo &target = kindInfo(to->kind);
    if (source.has(Boundary) || target.has(Boundary))
        return tr("Connections join resources; a %1 is a network boundary. Attach resources to it instead.")
            .arg(kindDisplayName(source.has(Boundary) ? from->kind : to->kind));
    if (target.targetRefusal)
        return tr(target.targetRefusal);
    if (std::find(source.connectsTo.begin(), source.connectsTo.end(), to->kind) != source.connectsTo.end())
        return {};
    if (!source.connectionRefusal)
        return tr("A %1 cannot connect to a %2.").arg(kindDisplayName(from->kind), kindDisplayName(to->kind));
    const QString refusal = tr(source.connectionRefusal);
    return refusal.contains(QLatin1String("%1")) ? refusal.arg(kindDisplayName(to->kind)) : refusal;
}

QString connectionChangeProblem(const Design &design, const Connection &connection)
{
    const Connection *current = design.connection(connection.id);
    if (current && current->from == connection.from && current->to == connection.to)
        return {}; // same ends: protocol and port are free to change
    const QString problem = connectionProblem(design, connection.from, connection.to);
    if (!problem.isEmpty())
        return problem;
    for (const Connection &c : design.connections()) {
        if (c.id != connection.id && c.from == connection.from && c.to == connection.to)
            return tr("'%1' is already connected to '%2'.")
                .arg(design.element(c.from)->displayName(), design.element(c.to)->displayName());
    }
    return {};
}

} // namespace pillar
