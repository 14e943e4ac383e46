#include "CostModel.h"

#include "CostContext.h"
#include "estimators/Estimators.h"

#include "../KindInfo.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace pillar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CostModel", text);
}

// How each kind is priced; a kind that is not listed is not priced yet.
// nullptr: AWS does not bill the kind itself.
const std::vector<std::pair<ElementKind, CostEstimator>> &estimators()
{
    using K = ElementKind;
    static const std::vector<std::pair<ElementKind, CostEstimator>> list = {
        {K::Internet, nullptr},
        {K::Region, nullptr},
        {K::Vpc, nullptr},
        {K::AvailabilityZone, nullptr},
        {K::Subnet, nullptr},
        {K::SecurityGroup, nullptr},
        {K::Ec2Instance, cost::ec2Instance},
        {K::AutoScalingGroup, cost::autoScalingGroup},
        {K::LoadBalancer, cost::loadBalancer},
        {K::RdsInstance, cost::rdsInstance},
        {K::ElastiCache, cost::elastiCache},
        {K::S3Bucket, cost::s3Bucket},
        {K::CloudFront, cost::cloudFront},
        {K::Route53Record, cost::route53Record},
        {K::NatGateway, cost::natGateway},
        {K::DynamoDbTable, cost::dynamoDbTable},
        {K::LambdaFunction, cost::lambdaFunction},
        {K::ApiGateway, cost::apiGateway},
        {K::SqsQueue, cost::sqsQueue},
        {K::SnsTopic, cost::snsTopic},
        {K::KinesisStream, cost::kinesisStream},
        {K::EcsService, cost::ecsService},
        {K::EksCluster, cost::eksCluster},
    };
    return list;
}

QString unitPrice(double usd)
{
    // Enough digits for $0.0000004 a request, no trailing zeros.
    QString s = QString::number(usd, 'f', 10);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return QLatin1Char('$') + s;
}

QString quantityText(double q)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    QString s = english.toString(q, 'f', 3);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

} // namespace

double ElementCost::monthlyUsd() const
{
    double sum = 0;
    for (const CostLine &l : lines)
        sum += l.usd();
    return sum;
}

std::optional<double> ElementCost::partUsd(CostPart part) const
{
    if (!isKnown())
        return std::nullopt;
    std::optional<double> sum;
    for (const CostLine &l : lines) {
        if (l.part == part)
            sum = sum.value_or(0) + l.usd();
    }
    return sum;
}

QString ElementCost::formula() const
{
    QStringList parts;
    for (const CostLine &l : lines) {
        parts << QStringLiteral("%1 %2 × %3 (%4%5)")
                     .arg(quantityText(l.quantity), l.unit, unitPrice(l.unitUsd), l.what,
                          l.assumed ? tr(", assumed") : QString());
    }
    return parts.join(QLatin1String(" + "));
}

double CostEstimate::knownTotalUsd() const
{
    double sum = 0;
    for (const ElementCost &e : elements) {
        if (e.isKnown())
            sum += e.monthlyUsd();
    }
    return sum;
}

int CostEstimate::unknownCount() const
{
    int n = 0;
    for (const ElementCost &e : elements)
        n += e.isKnown() ? 0 : 1;
    return n;
}

const ElementCost *CostEstimate::find(const QString &element) const
{
    for (const ElementCost &e : elements) {
        if (e.element == element)
            return &e;
    }
    return nullptr;
}

QString formatUsd(double usd)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    const double cents = std::round(usd * 100) / 100;
    return (cents < 0 ? QStringLiteral("-$") : QStringLiteral("$")) + english.toString(std::abs(cents), 'f', 2);
}

CostContext::CostContext(const DesignIndex &index, const PriceTable &prices, PricingTerm term)
    : m_index(index)
    , m_prices(prices)
    , m_term(term)
{
}

bool CostContext::add(ElementCost &cost, const QString &what, double quantity, const QString &unit, const QString &service,
                      const QString &key, PricingTerm term, bool assumed, double perUnits, CostPart part) const
{
    const Price *p = m_prices.find(service, key, term);
    if (!p) {
        cost.why << tr("no %1 price for %2 in %3").arg(pricingTermKey(term), what, m_prices.region());
        return false;
    }
    cost.lines.append({what, quantity, unit, p->usd / perUnits, assumed, part});
    return true;
}

bool CostContext::addHours(ElementCost &cost, const QString &what, double count, const QString &service, const QString &key,
                           bool reservable, CostPart part) const
{
    return addHours(cost, what, count, service, key, reservable ? m_term : PricingTerm::OnDemand, part);
}

bool CostContext::addHours(ElementCost &cost, const QString &what, double count, const QString &service, const QString &key,
                           PricingTerm term, CostPart part) const
{
    return add(cost, what, count * kHoursPerMonth, tr("h"), service, key, term, false, 1, part);
}

PricingTerm CostContext::termOf(int i) const
{
    const Element &e = element(i);
    const QString purchase = e.isUnknown(QStringLiteral("purchase")) ? QString() : e.stringValue(QStringLiteral("purchase"));
    return purchase == QLatin1String("reserved") || purchase == QLatin1String("savings-plan") ? PricingTerm::Reserved1y : m_term;
}

QString CostContext::known(ElementCost &cost, int i, const QString &key, const QString &label) const
{
    const Element &e = element(i);
    const QString value = e.isUnknown(key) ? QString() : e.stringValue(key).trimmed();
    if (value.isEmpty())
        cost.why << tr("its %1 is not known").arg(label);
    return value;
}

std::optional<ElementCost> estimateElementCost(const CostContext &context, int i)
{
    const Element &e = context.element(i);
    const auto &list = estimators();
    const auto it = std::find_if(list.begin(), list.end(), [&](const auto &entry) { return entry.first == e.kind; });
    ElementCost cost;
    cost.element = e.id;
    if (it == list.end()) {
        cost.why << tr("Pillar does not price %1 yet").arg(kindPlural(e.kind));
    } else if (!it->second) {
        return std::nullopt; // not billed
    } else {
        it->second(context, i, cost);
        if (cost.lines.isEmpty() && cost.why.isEmpty())
            return std::nullopt; // nothing billed (an instance counted with its group)
    }
    return cost;
}

CostEstimate estimateCost(const Design &design, const PriceTable &prices, PricingTerm term)
{
    return estimateCost(DesignIndex(design), prices, term);
}

CostEstimate estimateCost(const DesignIndex &index, const PriceTable &prices, PricingTerm term)
{
    CostEstimate estimate;
    estimate.region = prices.region();
    estimate.regionName = prices.regionName();
    estimate.term = term;
    estimate.pricesRead = prices.oldestRead() == prices.newestRead()
        ? prices.oldestRead()
        : tr("%1 to %2").arg(prices.oldestRead(), prices.newestRead());
    const CostContext context(index, prices, term);
    for (int i = 0; i < index.elementCount(); ++i) {
        if (std::optional<ElementCost> cost = estimateElementCost(context, i))
            estimate.elements.append(std::move(*cost));
    }
    return estimate;
}

} // namespace pillar
