// Load balancers: hours plus capacity units (ALB, NLB) or data processed
// (Classic), and an internet-facing one's public IPv4 address per zone; NAT
// gateways: hours, data processed and a public one's address.
#include "Estimators.h"

#include <QCoreApplication>

#include <algorithm>

namespace pillar::cost {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CostModel", text);
}

} // namespace

void loadBalancer(const CostContext &context, int i, ElementCost &cost)
{
    const Element &e = context.element(i);
    if (e.isUnknown(QStringLiteral("type"))) {
        cost.why << tr("its type is not known");
        return;
    }
    const QString type = e.stringValue(QStringLiteral("type"));
    context.addHours(cost, tr("%1 load balancer").arg(type), 1, QStringLiteral("elb"), type, false);
    if (type == QLatin1String("classic")) {
        context.add(cost, tr("data processed"), usage::kClassicLbProcessedGb, QStringLiteral("GB"), QStringLiteral("elb-data"),
                    type, PricingTerm::OnDemand, true);
    } else {
        context.add(cost, tr("load balancer capacity units"), usage::kLoadBalancerLcus * kHoursPerMonth, tr("LCU-h"),
                    QStringLiteral("elb-lcu"), type, PricingTerm::OnDemand, true);
    }
    if (e.isUnknown(QStringLiteral("scheme")) || e.stringValue(QStringLiteral("scheme")) != QLatin1String("internet-facing"))
        return;
    const double zones = std::max<double>(1, context.index().zonesOf(i).size());
    context.addHours(cost, tr("public IPv4 address (one per Availability Zone)"), zones, QStringLiteral("ipv4"),
                     QStringLiteral("public"), false, CostPart::PublicAddress);
}

void natGateway(const CostContext &context, int i, ElementCost &cost)
{
    const Element &e = context.element(i);
    const QString nat = QStringLiteral("nat");
    context.addHours(cost, tr("NAT gateway"), 1, nat, QStringLiteral("hour"), false);
    context.add(cost, tr("data processed"), usage::kNatProcessedGb, QStringLiteral("GB"), nat, QStringLiteral("data"),
                PricingTerm::OnDemand, true);
    // A public NAT gateway holds an Elastic IP address, billed as any public IPv4 address.
    if (e.isUnknown(QStringLiteral("connectivity"))) {
        cost.why << tr("whether it is public is not known");
        return;
    }
    if (e.stringValue(QStringLiteral("connectivity")) == QLatin1String("public"))
        context.addHours(cost, tr("public IPv4 address"), 1, QStringLiteral("ipv4"), QStringLiteral("public"), false,
                         CostPart::PublicAddress);
}

} // namespace pillar::cost
