// EC2 instances and Auto Scaling groups: instance hours at the design's term,
// plus their public IPv4 addresses.
#include "Estimators.h"

#include <QCoreApplication>

#include <algorithm>

namespace pillar::cost {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CostModel", text);
}

void publicIpv4(const CostContext &context, ElementCost &cost, double addresses)
{
    context.addHours(cost, tr("public IPv4 address"), addresses, QStringLiteral("ipv4"), QStringLiteral("public"), false,
                      CostPart::PublicAddress);
}

} // namespace

void ec2Instance(const CostContext &context, int i, ElementCost &cost)
{
    // The instances of an Auto Scaling group are priced with the group.
    if (context.index().asgOf(i) >= 0)
        return;
    const QString type = context.known(cost, i, QStringLiteral("instanceType"), tr("instance type"));
    if (!type.isEmpty())
        context.addHours(cost, tr("%1 instance").arg(type), 1, QStringLiteral("ec2"), type, context.termOf(i));
    const Element &e = context.element(i);
    if (e.boolValue(QStringLiteral("publicIp")) && !e.isUnknown(QStringLiteral("publicIp")))
        publicIpv4(context, cost, 1);
}

void autoScalingGroup(const CostContext &context, int i, ElementCost &cost)
{
    const Element &e = context.element(i);
    const QString type = context.known(cost, i, QStringLiteral("instanceType"), tr("instance type"));
    if (e.isUnknown(QStringLiteral("desiredCapacity")))
        cost.why << tr("its desired capacity is not known");
    const int count = std::max(0, e.intValue(QStringLiteral("desiredCapacity")));
    if (!type.isEmpty() && count > 0)
        context.addHours(cost, tr("%1 × %2 instance").arg(count).arg(type), count, QStringLiteral("ec2"), type, true);
    if (e.boolValue(QStringLiteral("publicIp")) && !e.isUnknown(QStringLiteral("publicIp")) && count > 0)
        publicIpv4(context, cost, count);
}

} // namespace pillar::cost
