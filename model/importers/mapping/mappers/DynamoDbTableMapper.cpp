// AWS::DynamoDB::Table, AWS::DynamoDB::GlobalTable and AWS::Serverless::SimpleTable:
// capacity mode and provisioned capacity, auto scaling (an
// AWS::ApplicationAutoScaling::ScalableTarget on the table, merged into it),
// point-in-time recovery, replica Regions, encryption and stream.
#include "../MappingContext.h"
#include "../ResourceMapper.h"
#include "ServiceRefs.h"

namespace pillar {

using cfn::itemsOf;
using cfn::tr;

namespace {

// The key a table's SSESpecification selects: DynamoDB always encrypts, with
// an AWS owned key unless told to use KMS.
void setEncryption(MappingContext &context, Element &table, const CfnValue *sse)
{
    if (!sse)
        return;
    const CfnValue *enabled = sse->get(QStringLiteral("SSEEnabled"));
    bool ok = true;
    const bool on = enabled && enabled->toBool(&ok);
    if (!ok) {
        context.markUnknown(table, QStringLiteral("encryption"), tr("SSEEnabled: %1").arg(MappingContext::why(*enabled)));
        return;
    }
    const bool ownKey = sse->get(QStringLiteral("KMSMasterKeyId")) != nullptr;
    table.properties.insert(QStringLiteral("encryption"),
                            !on ? QStringLiteral("aws-owned") : ownKey ? QStringLiteral("customer-managed") : QStringLiteral("aws-managed"));
}

void setPointInTimeRecovery(MappingContext &context, Element &table, const CfnValue *spec)
{
    if (!spec)
        return;
    context.setBool(table, QStringLiteral("pointInTimeRecovery"), spec->get(QStringLiteral("PointInTimeRecoveryEnabled")),
                    tr("PointInTimeRecoveryEnabled"));
}

void setProvisioned(MappingContext &context, Element &table, const CfnValue *throughput)
{
    if (!throughput)
        return;
    context.setInt(table, QStringLiteral("readCapacity"), throughput->get(QStringLiteral("ReadCapacityUnits")), tr("ReadCapacityUnits"));
    context.setInt(table, QStringLiteral("writeCapacity"), throughput->get(QStringLiteral("WriteCapacityUnits")), tr("WriteCapacityUnits"));
}

void setBillingMode(MappingContext &context, Element &table, const CfnValue *mode, const char *fallback)
{
    if (mode && !mode->isScalar()) {
        context.markUnknown(table, QStringLiteral("billingMode"), tr("BillingMode: %1").arg(MappingContext::why(*mode)));
        return;
    }
    const QString m = mode ? mode->text : QLatin1String(fallback);
    table.properties.insert(QStringLiteral("billingMode"),
                            m == QLatin1String("PAY_PER_REQUEST") ? QStringLiteral("on-demand") : QStringLiteral("provisioned"));
}

class DynamoDbTableMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &) const override
    {
        for (const ImportResource *r : context.ofType("AWS::DynamoDB::Table")) {
            const CfnValue &p = r->properties;
            Element table;
            table.id = r->id;
            table.kind = ElementKind::DynamoDbTable;
            setBillingMode(context, table, p.get(QStringLiteral("BillingMode")), "PROVISIONED");
            setProvisioned(context, table, p.get(QStringLiteral("ProvisionedThroughput")));
            setPointInTimeRecovery(context, table, p.get(QStringLiteral("PointInTimeRecoverySpecification")));
            setEncryption(context, table, p.get(QStringLiteral("SSESpecification")));
            table.properties.insert(QStringLiteral("stream"), p.get(QStringLiteral("StreamSpecification")) != nullptr);
            add(context, table, r);
        }
        for (const ImportResource *r : context.ofType("AWS::DynamoDB::GlobalTable")) {
            const CfnValue &p = r->properties;
            Element table;
            table.id = r->id;
            table.kind = ElementKind::DynamoDbTable;
            setBillingMode(context, table, p.get(QStringLiteral("BillingMode")), "PROVISIONED");
            setEncryption(context, table, p.get(QStringLiteral("SSESpecification")));
            table.properties.insert(QStringLiteral("stream"), p.get(QStringLiteral("StreamSpecification")) != nullptr);
            // A global table scales its writes itself (WriteProvisionedThroughputSettings).
            const CfnValue *writes = p.get(QStringLiteral("WriteProvisionedThroughputSettings"));
            if (writes && writes->get(QStringLiteral("WriteCapacityAutoScalingSettings")))
                table.properties.insert(QStringLiteral("autoScaling"), true);
            QStringList regions;
            bool regionsKnown = true;
            bool pitr = true, pitrKnown = true, anyReplica = false;
            for (const CfnValue &replica : itemsOf(p.get(QStringLiteral("Replicas")))) {
                anyReplica = true;
                const CfnValue *region = replica.get(QStringLiteral("Region"));
                if (region && region->isScalar())
                    regions << region->text;
                else
                    regionsKnown = false;
                const CfnValue *spec = replica.get(QStringLiteral("PointInTimeRecoverySpecification"));
                const CfnValue *on = spec ? spec->get(QStringLiteral("PointInTimeRecoveryEnabled")) : nullptr;
                bool ok = true;
                const bool enabled = on && on->toBool(&ok);
                pitrKnown = pitrKnown && ok;
                pitr = pitr && enabled;
            }
            if (!regionsKnown)
                context.markUnknown(table, QStringLiteral("replicaRegions"), tr("the Region of some replica is not known"));
            else
                table.properties.insert(QStringLiteral("replicaRegions"), regions.join(QLatin1String(", ")));
            if (!pitrKnown)
                context.markUnknown(table, QStringLiteral("pointInTimeRecovery"), tr("PointInTimeRecoveryEnabled of some replica is not known"));
            else
                table.properties.insert(QStringLiteral("pointInTimeRecovery"), anyReplica && pitr);
            add(context, table, r);
        }
        for (const ImportResource *r : context.ofType("AWS::Serverless::SimpleTable")) {
            const CfnValue &p = r->properties;
            Element table;
            table.id = r->id;
            table.kind = ElementKind::DynamoDbTable;
            // Without ProvisionedThroughput SAM makes an on-demand table.
            const CfnValue *throughput = p.get(QStringLiteral("ProvisionedThroughput"));
            table.properties.insert(QStringLiteral("billingMode"), throughput ? QStringLiteral("provisioned") : QStringLiteral("on-demand"));
            setProvisioned(context, table, throughput);
            setEncryption(context, table, p.get(QStringLiteral("SSESpecification")));
            add(context, table, r);
        }
    }

private:
    // Adds the table with what its scalable targets say about auto scaling.
    static void add(MappingContext &context, Element &table, const ImportResource *r)
    {
        for (const ImportResource *target : context.ofType("AWS::ApplicationAutoScaling::ScalableTarget")) {
            const CfnValue *ns = target->properties.get(QStringLiteral("ServiceNamespace"));
            const CfnValue *resourceId = target->properties.get(QStringLiteral("ResourceId"));
            QStringList ids;
            if (resourceId)
                cfn::collectRefIds(*resourceId, &ids);
            if (!ns || !ns->isScalar() || ns->text != QLatin1String("dynamodb") || !ids.contains(r->id))
                continue;
            table.properties.insert(QStringLiteral("autoScaling"), true);
            context.record(target->id, ImportedResource::Merged, r->id, tr("capacity auto scaling of %1").arg(r->id));
            for (const ImportResource *policy : context.ofType("AWS::ApplicationAutoScaling::ScalingPolicy")) {
                if (cfn::refersTo(policy->properties.get(QStringLiteral("ScalingTargetId")), target->id))
                    context.record(policy->id, ImportedResource::Merged, r->id, tr("capacity auto scaling of %1").arg(r->id));
            }
        }
        context.add(table);
        context.record(r->id, ImportedResource::Mapped, r->id, QString());
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(DynamoDbTableMapper)

} // namespace pillar
