#pragma once

#include "Design.h"

namespace pillar {

// Where AWS lets each kind live, and which connections it can have. Both the
// designer (to refuse a gesture) and the checker (to report a loaded design)
// ask these, so they always agree.

// Kinds that may contain `kind`; empty optional entry means "the top level".
bool canBeTopLevel(ElementKind kind);
QVector<ElementKind> allowedParentKinds(ElementKind kind);

// Empty when an element of `kind` may sit in parentId (empty = top level);
// otherwise a translated sentence saying why not.
QString placementProblem(const Design &design, ElementKind kind, const QString &parentId);
// Same, for an existing element being moved: also refuses cycles.
QString moveProblem(const Design &design, const QString &id, const QString &newParentId);

// Empty when memberId may join the security group groupId: its kind takes
// security groups and it sits in the group's VPC (a group outside any VPC
// stands for the default VPC's and takes anything); otherwise why not. The
// canvas (a connection dragged to a group) and the inspector's group and
// member lists both ask this.
QString securityGroupProblem(const Design &design, const QString &memberId, const QString &groupId);
// Empty when the load balancer or Auto Scaling group holderId may be
// attached to the subnet subnetId: a subnet of the holder's VPC.
QString subnetAttachmentProblem(const Design &design, const QString &holderId, const QString &subnetId);

// Empty when the element holderId may name targetId in its reference
// property `key` as far as AWS cares (a subnet list holds subnets of the
// holder's VPC); otherwise why not. The inspector offers only targets this
// allows, besides those already named.
QString referenceProblem(const Design &design, const QString &holderId, const QString &key, const QString &targetId);

// Empty when a connection from -> to makes sense in AWS; otherwise why not.
QString connectionProblem(const Design &design, const QString &from, const QString &to);
// Empty when `connection` may replace the connection with its id (an edit in
// the connection form, a reversal among them): its new ends pass
// connectionProblem() and no other connection joins them the same way.
QString connectionChangeProblem(const Design &design, const Connection &connection);

} // namespace pillar
