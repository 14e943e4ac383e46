#pragma once

#include "PriceTable.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace pillar {

// A month is 730 hours, as AWS's own calculator counts it.
constexpr double kHoursPerMonth = 730;

// What a line of a bill pays for, so a rule can quote one part of it.
enum class CostPart { Capacity, Storage, PublicAddress, Usage };

// One priced quantity of an element's bill: quantity × unit price.
struct CostLine {
    QString what;         // translated: "m7g.large instance", "public IPv4 address"
    double quantity = 0;  // per month, in unit
    QString unit;         // "h", "GB-month", "GB", "million requests", ...
    double unitUsd = 0;   // US dollars per unit
    bool assumed = false; // the quantity is a stated default, not a value of the design
    CostPart part = CostPart::Capacity;
    double usd() const { return quantity * unitUsd; }
};

// What one element costs a month. Unknown when any part of it could not be
// priced (why says what and why): its total is then not a number to trust,
// and the estimate's total leaves it out and says so.
struct ElementCost {
    QString element;   // id
    QVector<CostLine> lines;
    QStringList why;   // translated reasons it could not be priced; empty = known
    bool isKnown() const { return why.isEmpty(); }
    double monthlyUsd() const;
    // The sum of the lines of one part; nullopt when the element has none or
    // could not be priced.
    std::optional<double> partUsd(CostPart part) const;
    // "730 h × $0.0816 (m7g.large instance) + …": each line's quantity in its
    // unit times the price of one unit.
    QString formula() const;
};

// The estimate of a whole design: every element that costs something or
// could not be priced, in design order.
struct CostEstimate {
    QString region;
    QString regionName;
    PricingTerm term = PricingTerm::OnDemand;
    QString pricesRead; // "2026-11-20" or "2026-10-01 to 2026-11-20": when the prices used were read
    QVector<ElementCost> elements;

    // The sum of the elements that could be priced.
    double knownTotalUsd() const;
    int unknownCount() const;
    const ElementCost *find(const QString &element) const;
};

// "$1,234.56"; amounts under a cent as "$0.00".
QString formatUsd(double usd);

} // namespace pillar
