#pragma once

#include "CostEstimate.h"

namespace pillar {

class Design;

// The monthly cost of a design at a region's prices: a pure function. Each
// element kind is priced by its estimator (model/cost/estimators/); kinds
// AWS does not bill (VPC, subnet, security group…) cost nothing and are not
// listed; a kind Pillar does not price yet, an unknown value or a price the
// table lacks makes that element unknown, with the reason, and never a
// made-up number. Usage that a design does not state (GB stored, requests)
// takes the default named in docs/cost.md and the line is marked assumed.
CostEstimate estimateCost(const Design &design, const PriceTable &prices, PricingTerm term = PricingTerm::OnDemand);

} // namespace pillar
