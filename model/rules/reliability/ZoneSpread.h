#pragma once

#include "../RuleContext.h"

namespace pillar {

// What the Multi-AZ rules share.

// Elements a load balancer (or an entry point) forwards to directly: compute
// elements (EC2 instances, Auto Scaling groups, ECS services, Lambda
// functions), each once, in connection order.
QVector<int> targetsOf(const RuleContext &ctx, int lb);

// Reports each element of `kind` (load balancers, Auto Scaling groups) whose
// subnets lie in fewer than two Availability Zones. noZone and oneZone are
// the untranslated messages (%1 the element, %2 the one AZ).
void reportFewerThanTwoZones(const RuleContext &ctx, Reporter &r, ElementKind kind, const char *noZone, const char *oneZone);

} // namespace pillar
