#pragma once

#include "CostEstimate.h"

#include "../Design.h"
#include "../rules/DesignIndex.h"

namespace pillar {

// What an estimator works with: the design, its index (the checker's, so
// cost and rules agree on what belongs to what), the prices and the term,
// and helpers that add priced lines or say why a part cannot be priced.
class CostContext
{
public:
    // index: the design's, built by the caller (the checker passes its own,
    // so a lint indexes the design once).
    CostContext(const DesignIndex &index, const PriceTable &prices, PricingTerm term);

    const Design &design() const { return m_index.design(); }
    const DesignIndex &index() const { return m_index; }
    const Element &element(int i) const { return m_index.element(i); }
    PricingTerm term() const { return m_term; }

    // Adds quantity × the price of (service, key) at `term` to cost; when the
    // table has no such price, marks cost unknown instead and returns false.
    // perUnits: how many of `unit` the table's price is for (1,000 requests).
    bool add(ElementCost &cost, const QString &what, double quantity, const QString &unit, const QString &service,
             const QString &key, PricingTerm term = PricingTerm::OnDemand, bool assumed = false, double perUnits = 1,
             CostPart part = CostPart::Usage) const;
    // Hours of a month at the price of (service, key), at the design's term
    // when reservable, on demand otherwise.
    bool addHours(ElementCost &cost, const QString &what, double count, const QString &service, const QString &key,
                  bool reservable, CostPart part = CostPart::Capacity) const;
    bool addHours(ElementCost &cost, const QString &what, double count, const QString &service, const QString &key,
                  PricingTerm term, CostPart part = CostPart::Capacity) const;
    // The term element i is paid at: reserved when the design says it is
    // covered by a reservation or savings plan (its purchase option), else
    // the estimate's term.
    PricingTerm termOf(int i) const;
    // A string property that must be known to price the element: empty (and
    // cost marked unknown) when the design leaves it open.
    QString known(ElementCost &cost, int i, const QString &key, const QString &label) const;

private:
    const DesignIndex &m_index;
    const PriceTable &m_prices;
    PricingTerm m_term;
};

// One estimator per kind (or small family), in model/cost/estimators/.
using CostEstimator = void (*)(const CostContext &context, int element, ElementCost &cost);

} // namespace pillar
