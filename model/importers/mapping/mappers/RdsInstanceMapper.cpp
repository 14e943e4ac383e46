// AWS::RDS::DBInstance, with the settings of its Aurora cluster (merged into it)
// and its DB subnet group (used to place it); read replicas are connected to their source.
#include "../MappingContext.h"
#include "../ResourceMapper.h"

#include "../../CfnHelpers.h"

namespace pillar {

using cfn::itemsOf;
using cfn::tr;

namespace {

const CfnValue *firstOf(const CfnValue &a, const CfnValue *b, const char *key)
{
    const CfnValue *v = a.get(QLatin1String(key));
    return v ? v : (b ? b->get(QLatin1String(key)) : nullptr);
}

QString rdsEngine(const QString &engine)
{
    const QString e = engine.toLower();
    if (e == QLatin1String("aurora"))
        return QStringLiteral("aurora-mysql"); // the legacy name of Aurora MySQL 5.6
    if (e.startsWith(QLatin1String("oracle")))
        return QStringLiteral("oracle");
    if (e.startsWith(QLatin1String("sqlserver")))
        return QStringLiteral("sqlserver");
    return e;
}

// A DB cluster none of the template's DB instances belongs to becomes one
// element for the whole cluster, so that its encryption, backups and network
// are checked. An Aurora cluster's instances (and so its standby, instance
// class and reach) are elsewhere or made later: those stay unknown. A
// Multi-AZ DB cluster of RDS for MySQL or PostgreSQL has its instances built
// in: a writer and two readers in three zones.
void mapClusterWithoutInstances(MappingContext &context, const ImportResource &r)
{
    NetworkPlacement &net = context.network();
    const CfnValue &p = r.properties;
    Element rds;
    rds.id = r.id;
    rds.kind = ElementKind::RdsInstance;
    const CfnValue *engine = p.get(QStringLiteral("Engine"));
    const bool aurora = !engine || !engine->isScalar() || engine->text.toLower().startsWith(QLatin1String("aurora"));
    if (engine && engine->isScalar()) {
        const CfnValue mapped = CfnValue::scalar(rdsEngine(engine->text));
        context.setString(rds, QStringLiteral("engine"), &mapped, tr("Engine"));
    } else {
        context.markUnknown(rds, QStringLiteral("engine"), engine ? tr("Engine: %1").arg(MappingContext::why(*engine)) : tr("Engine is missing"));
    }
    if (const CfnValue *encrypted = p.get(QStringLiteral("StorageEncrypted")))
        context.setBool(rds, QStringLiteral("storageEncrypted"), encrypted, tr("StorageEncrypted"));
    else if (p.get(QStringLiteral("SnapshotIdentifier")) || p.get(QStringLiteral("SourceDBClusterIdentifier")))
        context.markUnknown(rds, QStringLiteral("storageEncrypted"), tr("restored or cloned: its encryption is that of its source"));
    else
        rds.properties.insert(QStringLiteral("storageEncrypted"), false);
    context.setInt(rds, QStringLiteral("backupRetentionDays"), p.get(QStringLiteral("BackupRetentionPeriod")), tr("BackupRetentionPeriod"));
    if (aurora) {
        const QString why = tr("its DB instances are not in this template");
        for (const char *key : {"instanceClass", "multiAz", "publiclyAccessible", "storageGb"})
            context.markUnknown(rds, QLatin1String(key), why);
    } else {
        rds.properties.insert(QStringLiteral("multiAz"), true);
        context.setString(rds, QStringLiteral("instanceClass"), p.get(QStringLiteral("DBClusterInstanceClass")), tr("DBClusterInstanceClass"));
        context.setInt(rds, QStringLiteral("storageGb"), p.get(QStringLiteral("AllocatedStorage")), tr("AllocatedStorage"));
    }
    bool complete = true, given = false;
    const QStringList subnets = net.subnetGroupSubnets(p.get(QStringLiteral("DBSubnetGroupName")),
                                                       QStringLiteral("AWS::RDS::DBSubnetGroup"), &complete, &given);
    if (!aurora) {
        if (const CfnValue *pub = p.get(QStringLiteral("PubliclyAccessible")))
            context.setBool(rds, QStringLiteral("publiclyAccessible"), pub, tr("PubliclyAccessible"));
        else
            rds.properties.insert(QStringLiteral("publiclyAccessible"), !given);
    }
    if (!subnets.isEmpty()) {
        rds.parent = subnets.first();
    } else if (given) {
        rds.parent = net.externalSubnet(r.id + QLatin1String("-subnet"));
        context.markUnknown(rds, QStringLiteral("parent"), tr("its DB subnet group is not defined in this template"));
    } else {
        rds.parent = net.defaultSubnet(QString());
    }
    rds.securityGroups = net.securityGroupElements(rds, {p.get(QStringLiteral("VpcSecurityGroupIds"))});
    context.add(rds);
    context.record(r.id, ImportedResource::Mapped, r.id,
                   aurora ? tr("a DB cluster without DB instances in the template; its instances are not checked") : QString());
}

class RdsInstanceMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        NetworkPlacement &net = context.network();
        QHash<QString, QStringList> members; // cluster -> its instances
        for (const ImportResource *r : resources) {
            const CfnValue *c = r->properties.get(QStringLiteral("DBClusterIdentifier"));
            if (c && c->type == CfnValue::ResourceRef)
                members[c->text] << r->id;
        }
        QHash<QString, QString> replicaOf;
        for (const ImportResource *r : resources) {
            const CfnValue &p = r->properties;
            const CfnValue *clusterRef = p.get(QStringLiteral("DBClusterIdentifier"));
            const ImportResource *clusterRes = clusterRef && clusterRef->type == CfnValue::ResourceRef ? context.resource(clusterRef->text) : nullptr;
            const CfnValue *cluster = clusterRes ? &clusterRes->properties : nullptr;
            Element rds;
            rds.id = r->id;
            rds.kind = ElementKind::RdsInstance;

            const CfnValue *engine = firstOf(p, cluster, "Engine");
            if (engine && engine->isScalar()) {
                const CfnValue mapped = CfnValue::scalar(rdsEngine(engine->text));
                context.setString(rds, QStringLiteral("engine"), &mapped, tr("Engine"));
            } else {
                context.setString(rds, QStringLiteral("engine"), engine, tr("Engine"));
            }
            context.setString(rds, QStringLiteral("instanceClass"), p.get(QStringLiteral("DBInstanceClass")), tr("DBInstanceClass"));
            context.setInt(rds, QStringLiteral("storageGb"), p.get(QStringLiteral("AllocatedStorage")), tr("AllocatedStorage"));
            // An Aurora instance keeps no storage, backups or standby of its
            // own: its cluster decides them, and that cluster is not here.
            const bool auroraWithoutCluster = !clusterRes && engine && engine->isScalar()
                && engine->text.toLower().startsWith(QLatin1String("aurora"));
            const CfnValue *encrypted = firstOf(p, cluster, "StorageEncrypted");
            if (auroraWithoutCluster) {
                const CfnValue *named = p.get(QStringLiteral("DBClusterIdentifier"));
                const QString why = named && named->isScalar()
                    ? tr("set on its Aurora cluster %1, which is not in this template").arg(named->text)
                    : tr("set on its Aurora cluster, which is not in this template");
                for (const char *key : {"storageEncrypted", "multiAz", "backupRetentionDays", "storageGb"})
                    context.markUnknown(rds, QLatin1String(key), why);
            } else if (encrypted)
                context.setBool(rds, QStringLiteral("storageEncrypted"), encrypted, tr("StorageEncrypted"));
            else
                rds.properties.insert(QStringLiteral("storageEncrypted"), false);
            if (clusterRes) {
                // Aurora fails over to a replica in another AZ; one instance has nowhere to go.
                rds.properties.insert(QStringLiteral("multiAz"), members.value(clusterRes->id).size() >= 2);
                context.record(clusterRes->id, ImportedResource::Merged, members.value(clusterRes->id).first(),
                       tr("Aurora cluster; its settings are read into its instances %1")
                           .arg(members.value(clusterRes->id).join(QLatin1String(", "))));
            } else if (auroraWithoutCluster) {
                // marked unknown above
            } else if (const CfnValue *multi = p.get(QStringLiteral("MultiAZ"))) {
                context.setBool(rds, QStringLiteral("multiAz"), multi, tr("MultiAZ"));
            } else {
                rds.properties.insert(QStringLiteral("multiAz"), false);
            }
            if (!auroraWithoutCluster)
                context.setInt(rds, QStringLiteral("backupRetentionDays"), firstOf(p, cluster, "BackupRetentionPeriod"), tr("BackupRetentionPeriod"));

            bool complete = true, given = false;
            const QStringList subnets = net.subnetGroupSubnets(firstOf(p, cluster, "DBSubnetGroupName"),
                                                           QStringLiteral("AWS::RDS::DBSubnetGroup"), &complete, &given);
            if (const CfnValue *pub = p.get(QStringLiteral("PubliclyAccessible")))
                context.setBool(rds, QStringLiteral("publiclyAccessible"), pub, tr("PubliclyAccessible"));
            else if (auroraWithoutCluster && !given) // the cluster's subnet group decides, and it is not here
                context.markUnknown(rds, QStringLiteral("publiclyAccessible"), tr("its Aurora cluster's subnet group is not in this template"));
            else // RDS's documented default: public in a default VPC, private with a subnet group
                rds.properties.insert(QStringLiteral("publiclyAccessible"), !given);

            const CfnValue *az = p.get(QStringLiteral("AvailabilityZone"));
            const QString zone = az && az->isScalar() ? az->text : QString();
            if (!subnets.isEmpty()) {
                const int index = clusterRes ? members.value(clusterRes->id).indexOf(r->id) : 0;
                rds.parent = subnets.value(index % subnets.size());
                for (const QString &s : subnets) {
                    if (!zone.isEmpty() && net.zoneOf(s) == zone)
                        rds.parent = s;
                }
            } else if (given || auroraWithoutCluster) {
                rds.parent = net.externalSubnet(r->id + QLatin1String("-subnet"));
                context.markUnknown(rds, QStringLiteral("parent"), given ? tr("its DB subnet group is not defined in this template")
                                                                         : tr("its Aurora cluster's subnet group is not in this template"));
            } else {
                rds.parent = net.defaultSubnet(zone);
            }
            rds.securityGroups = net.securityGroupElements(rds, {p.get(QStringLiteral("VPCSecurityGroups")),
                                                             cluster ? cluster->get(QStringLiteral("VpcSecurityGroupIds")) : nullptr});
            for (const CfnValue &legacy : itemsOf(p.get(QStringLiteral("DBSecurityGroups")))) {
                if (legacy.type == CfnValue::ResourceRef)
                    context.record(legacy.text, ImportedResource::Skipped, QString(),
                           tr("EC2-Classic DB security groups are not modelled; %1 is checked without it").arg(r->id));
            }
            const CfnValue *source = p.get(QStringLiteral("SourceDBInstanceIdentifier"));
            if (source && source->type == CfnValue::ResourceRef)
                replicaOf.insert(r->id, source->text);
            context.add(rds);
            context.record(r->id, ImportedResource::Mapped, r->id, QString());
        }
        for (auto it = replicaOf.cbegin(); it != replicaOf.cend(); ++it) {
            Element *replica = context.design().element(it.key());
            const Element *primary = context.design().element(it.value());
            if (!replica || !primary || primary->kind != ElementKind::RdsInstance)
                continue;
            replica->properties.insert(QStringLiteral("readReplicaOf"), primary->id);
            // A replica inherits its source's encryption.
            if (!context.resource(it.key())->properties.get(QStringLiteral("StorageEncrypted")))
                replica->properties.insert(QStringLiteral("storageEncrypted"), primary->value(QStringLiteral("storageEncrypted")));
            context.connect(primary->id, replica->id);
        }
        for (const ImportResource *r : context.ofType("AWS::RDS::DBCluster")) {
            if (!context.recorded(r->id))
                mapClusterWithoutInstances(context, *r);
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(RdsInstanceMapper)

} // namespace pillar
