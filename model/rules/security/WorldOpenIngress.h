#pragma once

#include "../QuickFixes.h"
#include "../RuleContext.h"

namespace pillar {

// What the three rules about ingress open to the world share
// (sg-admin-port-open-to-world, sg-all-traffic-open,
// sg-world-ingress-on-private-tier): naming a group's members in a finding,
// and the fixes that narrow or remove the open rules.

// The ids of security group sg and of every element it applies to.
QStringList groupAndMembers(const RuleContext &ctx, int sg);
// "it applies to ...", or "it is attached to nothing yet".
QString appliesTo(const RuleContext &ctx, int sg);

// Which of the three rules a fix is for: it decides which ingress rules are
// the open ones.
enum class WorldOpenIngress { AdminPort, AllTraffic, PrivateTier };

// Narrowing the open rules to the groups of what reaches the members (when
// that makes sense), and removing them (not for a private tier, which would
// be cut off from its load balancer).
QVector<QuickFix> worldOpenIngressFixes(const Design &design, const Element &sg, WorldOpenIngress kind);

} // namespace pillar
