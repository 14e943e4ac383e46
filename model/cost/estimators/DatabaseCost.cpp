// RDS instances (instance hours, doubled for Multi-AZ, and storage) and
// ElastiCache clusters (node hours).
#include "Estimators.h"

#include <QCoreApplication>

#include <algorithm>

namespace pillar::cost {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CostModel", text);
}

bool isAurora(const QString &engine)
{
    return engine.startsWith(QLatin1String("aurora"));
}

} // namespace

void rdsInstance(const CostContext &context, int i, ElementCost &cost)
{
    const Element &e = context.element(i);
    const QString engine = context.known(cost, i, QStringLiteral("engine"), tr("engine"));
    const QString klass = context.known(cost, i, QStringLiteral("instanceClass"), tr("instance class"));
    if (engine == QLatin1String("oracle") || engine == QLatin1String("sqlserver")) {
        cost.why << tr("%1 prices depend on the licence model, which Pillar does not price").arg(engine);
        return;
    }
    if (engine.isEmpty() || klass.isEmpty())
        return;
    // Aurora bills each instance on its own (its replicas are instances of
    // their own) and storage per GB used; Multi-AZ doubles an RDS instance.
    const bool aurora = isAurora(engine);
    if (!aurora && e.isUnknown(QStringLiteral("multiAz")))
        cost.why << tr("whether it is Multi-AZ is not known");
    const bool multiAz = !aurora && e.boolValue(QStringLiteral("multiAz"));
    const QString what = multiAz ? tr("%1 %2, Multi-AZ (two instances)").arg(engine, klass) : tr("%1 %2").arg(engine, klass);
    context.addHours(cost, what, multiAz ? 2 : 1, QStringLiteral("rds"), engine + QLatin1Char(':') + klass, context.termOf(i));
    if (e.isUnknown(QStringLiteral("storageGb"))) {
        cost.why << tr("its allocated storage is not known");
        return;
    }
    const double gb = std::max(0, e.intValue(QStringLiteral("storageGb")));
    if (gb <= 0)
        return;
    if (aurora) {
        context.add(cost, tr("Aurora storage"), gb, tr("GB-month"), QStringLiteral("rds-storage"), QStringLiteral("aurora"),
                    PricingTerm::OnDemand, false, 1, CostPart::Storage);
    } else {
        // General Purpose (gp2) storage: the type RDS has long defaulted to.
        context.add(cost, multiAz ? tr("gp2 storage, Multi-AZ (two copies)") : tr("gp2 storage"), gb * (multiAz ? 2 : 1),
                    tr("GB-month"), QStringLiteral("rds-storage"), QStringLiteral("gp2"), PricingTerm::OnDemand, false, 1,
                    CostPart::Storage);
    }
}

void elastiCache(const CostContext &context, int i, ElementCost &cost)
{
    const Element &e = context.element(i);
    const QString node = context.known(cost, i, QStringLiteral("nodeType"), tr("node type"));
    if (e.isUnknown(QStringLiteral("nodeCount")))
        cost.why << tr("its number of nodes is not known");
    const int nodes = std::max(1, e.intValue(QStringLiteral("nodeCount")));
    if (!node.isEmpty())
        context.addHours(cost, tr("%1 × %2 node").arg(nodes).arg(node), nodes, QStringLiteral("elasticache"), node, true);
}

} // namespace pillar::cost
