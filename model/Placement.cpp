#include "Placement.h"

#include <QCoreApplication>

namespace pillar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Placement", text);
}

} // namespace

bool canBeTopLevel(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Internet:
    case ElementKind::Route53Record:
    case ElementKind::CloudFront:
    case ElementKind::S3Bucket:
    case ElementKind::Vpc:
    case ElementKind::SecurityGroup: // a group outside any VPC stands for the default VPC's
        return true;
    default:
        return false;
    }
}

QVector<ElementKind> allowedParentKinds(ElementKind kind)
{
    switch (kind) {
    case ElementKind::AvailabilityZone:
    case ElementKind::LoadBalancer:
    case ElementKind::AutoScalingGroup:
    case ElementKind::SecurityGroup:
        return {ElementKind::Vpc};
    case ElementKind::Subnet:
        return {ElementKind::AvailabilityZone};
    case ElementKind::Ec2Instance:
    case ElementKind::RdsInstance:
    case ElementKind::ElastiCache:
        return {ElementKind::Subnet};
    default:
        return {};
    }
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
    if (kind == ElementKind::Vpc)
        return tr("A VPC cannot be placed inside another element.");
    if (allowed.isEmpty())
        return tr("Place %1 outside any VPC; it cannot go in the %2 '%3'.")
            .arg(what, kindDisplayName(parent->kind), parent->displayName());
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
    auto isStructural = [](ElementKind k) {
        return k == ElementKind::Vpc || k == ElementKind::AvailabilityZone || k == ElementKind::Subnet
            || k == ElementKind::SecurityGroup;
    };
    if (isStructural(from->kind) || isStructural(to->kind))
        return tr("Connections join resources; a %1 is a network boundary. Attach resources to it instead.")
            .arg(kindDisplayName(isStructural(from->kind) ? from->kind : to->kind));
    if (to->kind == ElementKind::Internet)
        return tr("Internet / users is where traffic starts; draw connections from it, not to it.");

    const QString fromName = kindDisplayName(from->kind);
    const QString toName = kindDisplayName(to->kind);
    bool ok = true;
    switch (from->kind) {
    case ElementKind::Internet:
        ok = true;
        break;
    case ElementKind::Route53Record:
        ok = to->kind != ElementKind::Route53Record;
        break;
    case ElementKind::CloudFront:
        ok = to->kind == ElementKind::S3Bucket || to->kind == ElementKind::LoadBalancer || to->kind == ElementKind::Ec2Instance;
        if (!ok)
            return tr("A CloudFront origin must be an S3 bucket, a load balancer or an EC2 instance, not a %1.").arg(toName);
        break;
    case ElementKind::S3Bucket:
        return tr("An S3 bucket does not open connections; draw the connection from whatever reads the bucket.");
    case ElementKind::LoadBalancer:
        ok = to->kind == ElementKind::Ec2Instance || to->kind == ElementKind::AutoScalingGroup;
        if (!ok)
            return tr("A load balancer forwards to EC2 instances or an Auto Scaling group, not to a %1.").arg(toName);
        break;
    case ElementKind::Ec2Instance:
    case ElementKind::AutoScalingGroup:
        ok = to->kind != ElementKind::Route53Record && to->kind != ElementKind::CloudFront;
        break;
    case ElementKind::RdsInstance:
        ok = to->kind == ElementKind::RdsInstance;
        if (!ok)
            return tr("An RDS instance only connects to another RDS instance (replication), not to a %1.").arg(toName);
        break;
    case ElementKind::ElastiCache:
        return tr("An ElastiCache cluster does not open connections; draw them from the application that uses it.");
    default:
        break;
    }
    if (!ok)
        return tr("A %1 cannot connect to a %2.").arg(fromName, toName);
    return {};
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
