// ECS services (Fargate vCPU and memory hours of their tasks; on EC2 the
// instances are priced where they are drawn) and EKS clusters (the control
// plane's hours and the managed node groups' instances).
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

void ecsService(const CostContext &context, int i, ElementCost &cost)
{
    const Element &e = context.element(i);
    if (e.isUnknown(QStringLiteral("launchType"))) {
        cost.why << tr("its launch type is not known");
        return;
    }
    // On EC2, ECS adds no charge to the instances of the cluster.
    if (e.stringValue(QStringLiteral("launchType")) != QLatin1String("fargate"))
        return;
    bool known = true;
    auto need = [&](const QString &key, const QString &label, bool positive) {
        if (e.isUnknown(key) || (positive && e.intValue(key) <= 0)) {
            cost.why << tr("its %1 is not known").arg(label);
            known = false;
        }
    };
    need(QStringLiteral("desiredCount"), tr("desired number of tasks"), false);
    need(QStringLiteral("cpuUnits"), tr("task CPU"), true);
    need(QStringLiteral("memoryMb"), tr("task memory"), true);
    if (!known)
        return;
    const int tasks = std::max(0, e.intValue(QStringLiteral("desiredCount")));
    if (tasks == 0)
        return;
    // Fargate bills the task size: 1,024 CPU units are one vCPU; Linux on x86.
    const double vcpu = e.intValue(QStringLiteral("cpuUnits")) / 1024.0;
    const double gb = e.intValue(QStringLiteral("memoryMb")) / 1024.0;
    const QString fargate = QStringLiteral("fargate");
    context.addHours(cost, tr("%1 task(s) × %2 vCPU").arg(tasks).arg(vcpu), tasks * vcpu, fargate, QStringLiteral("vcpu"), false);
    context.addHours(cost, tr("%1 task(s) × %2 GB").arg(tasks).arg(gb), tasks * gb, fargate, QStringLiteral("gb"), false);
    if (e.isUnknown(QStringLiteral("publicIp")))
        cost.why << tr("whether its tasks have public IPv4 addresses is not known");
    else if (e.boolValue(QStringLiteral("publicIp")))
        context.addHours(cost, tr("public IPv4 address (one per task)"), tasks, QStringLiteral("ipv4"), QStringLiteral("public"),
                         false, CostPart::PublicAddress);
}

void eksCluster(const CostContext &context, int i, ElementCost &cost)
{
    const Element &e = context.element(i);
    // Standard support; a version in extended support costs more, which the
    // table does not price.
    context.addHours(cost, tr("EKS cluster"), 1, QStringLiteral("eks"), QStringLiteral("cluster"), false);
    if (e.isUnknown(QStringLiteral("nodeCount"))) {
        cost.why << tr("the size of its managed node groups is not known");
        return;
    }
    const int nodes = std::max(0, e.intValue(QStringLiteral("nodeCount")));
    if (nodes == 0)
        return;
    const QString type = context.known(cost, i, QStringLiteral("nodeInstanceType"), tr("node instance type"));
    if (!type.isEmpty())
        context.addHours(cost, tr("%1 × %2 node").arg(nodes).arg(type), nodes, QStringLiteral("ec2"), type, true);
}

} // namespace pillar::cost
