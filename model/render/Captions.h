#pragma once

#include "Element.h"

#include <QString>

namespace pillar {

// The small text drawn with an element, the same on the canvas and in
// exports. A value an importer could not determine is said to be unknown,
// never shown as the spec's default.

// Under a leaf's name: the caption its row of the kind table gives (an RDS
// instance's Multi-AZ, a load balancer's scheme, an instance type, a cache
// engine); empty for containers and kinds without one.
QString leafBadge(const Element &e);

// Beside a container's name, from the kind table too: a VPC's CIDR, an
// Availability Zone's zone, a subnet's access (public / private) and CIDR;
// empty for leaves.
QString containerDetail(const Element &e);

} // namespace pillar
