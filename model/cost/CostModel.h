#pragma once

#include "CostContext.h"
#include "CostEstimate.h"

namespace pillar {

// The monthly cost of a design at a region's prices: a pure function. Each
// element kind is priced by its estimator (model/cost/estimators/); kinds
// AWS does not bill (VPC, subnet, security group…) cost nothing and are not
// listed; a kind Pillar does not price yet, an unknown value or a price the
// table lacks makes that element unknown, with the reason, and never a
// made-up number. Usage that a design does not state (GB stored, requests)
// takes the default named in docs/cost.md and the line is marked assumed.
CostEstimate estimateCost(const Design &design, const PriceTable &prices, PricingTerm term = PricingTerm::OnDemand);
// The same, on an index of the design that the caller already has.
CostEstimate estimateCost(const DesignIndex &index, const PriceTable &prices, PricingTerm term = PricingTerm::OnDemand);
// One element's entry of that estimate (at the context's prices and term),
// priced alone; nullopt when the estimate does not list it (AWS does not bill
// it, or it is priced with another element). Rules that quote the cost of a
// few elements price just those: a lint does not price the whole design.
std::optional<ElementCost> estimateElementCost(const CostContext &context, int element);

} // namespace pillar
