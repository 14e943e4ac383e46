// RDS instances (instance hours, doubled for Multi-AZ, and storage),
// ElastiCache clusters (node hours) and DynamoDB tables (requests or
// provisioned capacity, storage and continuous backups).
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

void dynamoDbTable(const CostContext &context, int i, ElementCost &cost)
{
    const Element &e = context.element(i);
    const QString ddb = QStringLiteral("dynamodb");
    if (e.isUnknown(QStringLiteral("billingMode"))) {
        cost.why << tr("its capacity mode is not known");
        return;
    }
    if (e.stringValue(QStringLiteral("billingMode")) == QLatin1String("provisioned")) {
        // Provisioned capacity is paid by the hour whether it is used or not;
        // auto scaling moves it, and the design states the level to price.
        auto capacity = [&](const QString &key, const QString &price, const QString &label) {
            if (e.isUnknown(key)) {
                cost.why << tr("how many %1 it has is not known").arg(label);
                return;
            }
            const int units = std::max(0, e.intValue(key));
            if (units > 0)
                context.addHours(cost, QStringLiteral("%1 %2").arg(units).arg(label), units, ddb, price, false);
        };
        capacity(QStringLiteral("readCapacity"), QStringLiteral("rcu"), tr("read capacity units"));
        capacity(QStringLiteral("writeCapacity"), QStringLiteral("wcu"), tr("write capacity units"));
    } else {
        // The table prices request units by the million.
        const bool writeHeavy = e.boolValue(QStringLiteral("writeHeavy")) && !e.isUnknown(QStringLiteral("writeHeavy"));
        context.add(cost, writeHeavy ? tr("write request units, write-heavy") : tr("write request units"),
                    writeHeavy ? usage::kDynamoDbWriteHeavyWrites : usage::kDynamoDbWrites, tr("requests"), ddb,
                    QStringLiteral("write-request"), PricingTerm::OnDemand, true, 1000000);
        context.add(cost, tr("read request units"), usage::kDynamoDbReads, tr("requests"), ddb, QStringLiteral("read-request"),
                    PricingTerm::OnDemand, true, 1000000);
    }
    context.add(cost, tr("table storage"), usage::kDynamoDbStoredGb, tr("GB-month"), ddb, QStringLiteral("storage"),
                PricingTerm::OnDemand, true, 1, CostPart::Storage);
    if (e.isUnknown(QStringLiteral("pointInTimeRecovery")))
        cost.why << tr("whether point-in-time recovery is on is not known");
    else if (e.boolValue(QStringLiteral("pointInTimeRecovery")))
        context.add(cost, tr("point-in-time recovery backup"), usage::kDynamoDbStoredGb, tr("GB-month"), ddb,
                    QStringLiteral("pitr"), PricingTerm::OnDemand, true, 1, CostPart::Storage);
    // Each replica of a global table is billed in its own Region for its
    // storage and replicated writes.
    const QString replicas = e.isUnknown(QStringLiteral("replicaRegions")) ? QStringLiteral("?")
                                                                           : e.stringValue(QStringLiteral("replicaRegions")).trimmed();
    if (!replicas.isEmpty())
        cost.why << tr("its global table replicas are billed in their own Regions, which Pillar does not price yet");
}

} // namespace pillar::cost
