// CfnMapper, part 4: RDS and ElastiCache with their subnet groups.
#include "CfnMapper.h"

#include "CfnHelpers.h"

namespace pillar {

using cfn::itemsOf;
using cfn::refersTo;
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

} // namespace

QStringList CfnMapper::subnetGroupSubnets(const CfnValue *groupName, const QString &groupType, bool *complete, bool *given)
{
    *given = groupName != nullptr;
    if (!groupName)
        return {};
    const Resource *group = groupName->type == CfnValue::ResourceRef ? resource(groupName->text) : nullptr;
    if (!group || group->type != groupType) {
        *complete = false;
        return {};
    }
    record(group->id, ImportedResource::Used, QString(), tr("subnet group: places the data stores that name it"));
    return subnetElements(group->properties.get(QStringLiteral("SubnetIds")), complete);
}

void CfnMapper::mapDatabases()
{
    QHash<QString, QStringList> members; // cluster -> its instances
    for (const Resource *r : ofType("AWS::RDS::DBInstance")) {
        const CfnValue *c = r->properties.get(QStringLiteral("DBClusterIdentifier"));
        if (c && c->type == CfnValue::ResourceRef)
            members[c->text] << r->id;
    }
    QHash<QString, QString> replicaOf;
    for (const Resource *r : ofType("AWS::RDS::DBInstance")) {
        const CfnValue &p = r->properties;
        const CfnValue *clusterRef = p.get(QStringLiteral("DBClusterIdentifier"));
        const Resource *clusterRes = clusterRef && clusterRef->type == CfnValue::ResourceRef ? resource(clusterRef->text) : nullptr;
        const CfnValue *cluster = clusterRes ? &clusterRes->properties : nullptr;
        Element rds;
        rds.id = r->id;
        rds.kind = ElementKind::RdsInstance;

        const CfnValue *engine = firstOf(p, cluster, "Engine");
        if (engine && engine->isScalar()) {
            const CfnValue mapped = CfnValue::scalar(rdsEngine(engine->text));
            setString(rds, QStringLiteral("engine"), &mapped, tr("Engine"));
        } else {
            setString(rds, QStringLiteral("engine"), engine, tr("Engine"));
        }
        setString(rds, QStringLiteral("instanceClass"), p.get(QStringLiteral("DBInstanceClass")), tr("DBInstanceClass"));
        setInt(rds, QStringLiteral("storageGb"), p.get(QStringLiteral("AllocatedStorage")), tr("AllocatedStorage"));
        const CfnValue *encrypted = firstOf(p, cluster, "StorageEncrypted");
        if (encrypted)
            setBool(rds, QStringLiteral("storageEncrypted"), encrypted, tr("StorageEncrypted"));
        else
            rds.properties.insert(QStringLiteral("storageEncrypted"), false);
        if (clusterRes) {
            // Aurora fails over to a replica in another AZ; one instance has nowhere to go.
            rds.properties.insert(QStringLiteral("multiAz"), members.value(clusterRes->id).size() >= 2);
            record(clusterRes->id, ImportedResource::Merged, members.value(clusterRes->id).first(),
                   tr("Aurora cluster; its settings are read into its instances %1")
                       .arg(members.value(clusterRes->id).join(QLatin1String(", "))));
        } else if (const CfnValue *multi = p.get(QStringLiteral("MultiAZ"))) {
            setBool(rds, QStringLiteral("multiAz"), multi, tr("MultiAZ"));
        } else {
            rds.properties.insert(QStringLiteral("multiAz"), false);
        }
        setInt(rds, QStringLiteral("backupRetentionDays"), firstOf(p, cluster, "BackupRetentionPeriod"), tr("BackupRetentionPeriod"));

        bool complete = true, given = false;
        const QStringList subnets = subnetGroupSubnets(firstOf(p, cluster, "DBSubnetGroupName"),
                                                       QStringLiteral("AWS::RDS::DBSubnetGroup"), &complete, &given);
        if (const CfnValue *pub = p.get(QStringLiteral("PubliclyAccessible")))
            setBool(rds, QStringLiteral("publiclyAccessible"), pub, tr("PubliclyAccessible"));
        else // RDS's documented default: public in a default VPC, private with a subnet group
            rds.properties.insert(QStringLiteral("publiclyAccessible"), !given);

        const CfnValue *az = p.get(QStringLiteral("AvailabilityZone"));
        const QString zone = az && az->isScalar() ? az->text : QString();
        if (!subnets.isEmpty()) {
            const int index = clusterRes ? members.value(clusterRes->id).indexOf(r->id) : 0;
            rds.parent = subnets.value(index % subnets.size());
            for (const QString &s : subnets) {
                if (!zone.isEmpty() && zoneOf(s) == zone)
                    rds.parent = s;
            }
        } else if (given) {
            rds.parent = externalSubnet(r->id + QLatin1String("-subnet"));
            markUnknown(rds, QStringLiteral("parent"), tr("its DB subnet group is not defined in this template"));
        } else {
            rds.parent = defaultSubnet(zone);
        }
        rds.securityGroups = securityGroupElements(rds, {p.get(QStringLiteral("VPCSecurityGroups")),
                                                         cluster ? cluster->get(QStringLiteral("VpcSecurityGroupIds")) : nullptr});
        for (const CfnValue &legacy : itemsOf(p.get(QStringLiteral("DBSecurityGroups")))) {
            if (legacy.type == CfnValue::ResourceRef)
                record(legacy.text, ImportedResource::Skipped, QString(),
                       tr("EC2-Classic DB security groups are not modelled; %1 is checked without it").arg(r->id));
        }
        const CfnValue *source = p.get(QStringLiteral("SourceDBInstanceIdentifier"));
        if (source && source->type == CfnValue::ResourceRef)
            replicaOf.insert(r->id, source->text);
        add(rds);
        record(r->id, ImportedResource::Mapped, r->id, QString());
    }
    for (auto it = replicaOf.cbegin(); it != replicaOf.cend(); ++it) {
        Element *replica = m_design.element(it.key());
        const Element *primary = m_design.element(it.value());
        if (!replica || !primary || primary->kind != ElementKind::RdsInstance)
            continue;
        replica->properties.insert(QStringLiteral("readReplicaOf"), primary->id);
        // A replica inherits its source's encryption.
        if (!resource(it.key())->properties.get(QStringLiteral("StorageEncrypted")))
            replica->properties.insert(QStringLiteral("storageEncrypted"), primary->value(QStringLiteral("storageEncrypted")));
        connect(primary->id, replica->id);
    }
    for (const Resource *r : ofType("AWS::RDS::DBCluster"))
        record(r->id, ImportedResource::Skipped, QString(), tr("an Aurora cluster without DB instances in the template"));
}

void CfnMapper::mapCaches()
{
    QHash<QString, int> memberCount;
    for (const Resource *r : ofType("AWS::ElastiCache::CacheCluster")) {
        const CfnValue *group = r->properties.get(QStringLiteral("ReplicationGroupId"));
        if (group && group->type == CfnValue::ResourceRef && resource(group->text)) {
            memberCount[group->text] += 1;
            record(r->id, ImportedResource::Merged, group->text, tr("member of replication group %1").arg(group->text));
        }
    }
    for (const char *type : {"AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::CacheCluster"}) {
        const bool isGroup = QLatin1String(type) == QLatin1String("AWS::ElastiCache::ReplicationGroup");
        for (const Resource *r : ofType(type)) {
            if (recorded(r->id))
                continue;
            const CfnValue &p = r->properties;
            Element cache;
            cache.id = r->id;
            cache.kind = ElementKind::ElastiCache;
            const CfnValue *engine = p.get(QStringLiteral("Engine"));
            if (engine && engine->isScalar()) {
                const CfnValue lower = CfnValue::scalar(engine->text.toLower());
                setString(cache, QStringLiteral("engine"), &lower, tr("Engine"));
            } else {
                setString(cache, QStringLiteral("engine"), engine, tr("Engine"));
            }
            setString(cache, QStringLiteral("nodeType"), p.get(QStringLiteral("CacheNodeType")), tr("CacheNodeType"));
            if (isGroup) {
                const CfnValue *count = p.get(QStringLiteral("NumCacheClusters"));
                const CfnValue *groups = p.get(QStringLiteral("NumNodeGroups"));
                const CfnValue *replicas = p.get(QStringLiteral("ReplicasPerNodeGroup"));
                bool ok1 = false, ok2 = false;
                if (count) {
                    setInt(cache, QStringLiteral("nodeCount"), count, tr("NumCacheClusters"));
                } else if (groups || replicas) {
                    const int n = (groups ? groups->toInt(&ok1) : (ok1 = true, 1)) * ((replicas ? replicas->toInt(&ok2) : (ok2 = true, 0)) + 1);
                    if (ok1 && ok2)
                        cache.properties.insert(QStringLiteral("nodeCount"), n);
                    else
                        markUnknown(cache, QStringLiteral("nodeCount"), tr("NumNodeGroups or ReplicasPerNodeGroup is not known"));
                } else if (memberCount.value(r->id) > 0) {
                    cache.properties.insert(QStringLiteral("nodeCount"), memberCount.value(r->id));
                }
                const CfnValue *failover = p.get(QStringLiteral("AutomaticFailoverEnabled"));
                if (failover)
                    setBool(cache, QStringLiteral("automaticFailover"), failover, tr("AutomaticFailoverEnabled"));
                const CfnValue *atRest = p.get(QStringLiteral("AtRestEncryptionEnabled"));
                const CfnValue *transit = p.get(QStringLiteral("TransitEncryptionEnabled"));
                bool okA = !atRest, okT = !transit;
                const bool a = atRest && atRest->toBool(&okA);
                const bool t = transit && transit->toBool(&okT);
                if ((okA && !a) || (okT && !t))
                    cache.properties.insert(QStringLiteral("encryption"), false);
                else if (okA && okT)
                    cache.properties.insert(QStringLiteral("encryption"), true);
                else
                    markUnknown(cache, QStringLiteral("encryption"), tr("AtRestEncryptionEnabled or TransitEncryptionEnabled is not known"));
            } else {
                setInt(cache, QStringLiteral("nodeCount"), p.get(QStringLiteral("NumCacheNodes")), tr("NumCacheNodes"));
                cache.properties.insert(QStringLiteral("encryption"), false); // a lone cluster has no encryption at rest
            }
            bool complete = true, given = false;
            const QStringList subnets = subnetGroupSubnets(p.get(QStringLiteral("CacheSubnetGroupName")),
                                                           QStringLiteral("AWS::ElastiCache::SubnetGroup"), &complete, &given);
            if (!subnets.isEmpty()) {
                cache.parent = subnets.first();
            } else if (given) {
                cache.parent = externalSubnet(r->id + QLatin1String("-subnet"));
                markUnknown(cache, QStringLiteral("parent"), tr("its cache subnet group is not defined in this template"));
            } else {
                const CfnValue *az = p.get(QStringLiteral("PreferredAvailabilityZone"));
                cache.parent = defaultSubnet(az && az->isScalar() ? az->text : QString());
            }
            cache.securityGroups = securityGroupElements(cache, {p.get(QStringLiteral("SecurityGroupIds")),
                                                                 p.get(QStringLiteral("VpcSecurityGroupIds"))});
            add(cache);
            record(r->id, ImportedResource::Mapped, r->id, QString());
        }
    }
}

} // namespace pillar
