#pragma once

#include "Element.h"

#include <QString>

namespace pillar {

// The small text drawn with an element, the same on the canvas and in
// exports. A value an importer could not determine is said to be unknown,
// never shown as the spec's default.

// Under a leaf's name: an RDS instance's Multi-AZ, a load balancer's
// scheme, an instance type, a cache engine; empty for other kinds.
QString leafBadge(const Element &e);

// Beside a container's name: a VPC's CIDR, an Availability Zone's zone, a
// subnet's access (public / private) and CIDR; empty for other kinds.
QString containerDetail(const Element &e);

} // namespace pillar
