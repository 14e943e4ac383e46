// AWS::ElastiCache::ReplicationGroup and CacheCluster: a replication group is one
// element with its member clusters merged into it; a lone cluster is one element.
#include "../MappingContext.h"
#include "../ResourceMapper.h"

#include "../../CfnHelpers.h"

namespace pillar {

using cfn::tr;

namespace {

class ElastiCacheMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &) const override
    {
        NetworkPlacement &net = context.network();
        QHash<QString, int> memberCount;
        for (const ImportResource *r : context.ofType("AWS::ElastiCache::CacheCluster")) {
            const CfnValue *group = r->properties.get(QStringLiteral("ReplicationGroupId"));
            if (group && group->type == CfnValue::ResourceRef && context.resource(group->text)) {
                memberCount[group->text] += 1;
                context.record(r->id, ImportedResource::Merged, group->text, tr("member of replication group %1").arg(group->text));
            }
        }
        for (const char *type : {"AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::CacheCluster"}) {
            const bool isGroup = QLatin1String(type) == QLatin1String("AWS::ElastiCache::ReplicationGroup");
            for (const ImportResource *r : context.ofType(type)) {
                if (context.recorded(r->id))
                    continue;
                const CfnValue &p = r->properties;
                Element cache;
                cache.id = r->id;
                cache.kind = ElementKind::ElastiCache;
                const CfnValue *engine = p.get(QStringLiteral("Engine"));
                if (engine && engine->isScalar()) {
                    const CfnValue lower = CfnValue::scalar(engine->text.toLower());
                    context.setString(cache, QStringLiteral("engine"), &lower, tr("Engine"));
                } else {
                    context.setString(cache, QStringLiteral("engine"), engine, tr("Engine"));
                }
                context.setString(cache, QStringLiteral("nodeType"), p.get(QStringLiteral("CacheNodeType")), tr("CacheNodeType"));
                if (isGroup) {
                    const CfnValue *count = p.get(QStringLiteral("NumCacheClusters"));
                    const CfnValue *groups = p.get(QStringLiteral("NumNodeGroups"));
                    const CfnValue *replicas = p.get(QStringLiteral("ReplicasPerNodeGroup"));
                    bool ok1 = false, ok2 = false;
                    if (count) {
                        context.setInt(cache, QStringLiteral("nodeCount"), count, tr("NumCacheClusters"));
                    } else if (groups || replicas) {
                        const int n = (groups ? groups->toInt(&ok1) : (ok1 = true, 1)) * ((replicas ? replicas->toInt(&ok2) : (ok2 = true, 0)) + 1);
                        if (ok1 && ok2)
                            cache.properties.insert(QStringLiteral("nodeCount"), n);
                        else
                            context.markUnknown(cache, QStringLiteral("nodeCount"), tr("NumNodeGroups or ReplicasPerNodeGroup is not known"));
                    } else if (memberCount.value(r->id) > 0) {
                        cache.properties.insert(QStringLiteral("nodeCount"), memberCount.value(r->id));
                    }
                    const CfnValue *failover = p.get(QStringLiteral("AutomaticFailoverEnabled"));
                    if (failover)
                        context.setBool(cache, QStringLiteral("automaticFailover"), failover, tr("AutomaticFailoverEnabled"));
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
                        context.markUnknown(cache, QStringLiteral("encryption"), tr("AtRestEncryptionEnabled or TransitEncryptionEnabled is not known"));
                } else {
                    context.setInt(cache, QStringLiteral("nodeCount"), p.get(QStringLiteral("NumCacheNodes")), tr("NumCacheNodes"));
                    cache.properties.insert(QStringLiteral("encryption"), false); // a lone cluster has no encryption at rest
                }
                bool complete = true, given = false;
                const QStringList subnets = net.subnetGroupSubnets(p.get(QStringLiteral("CacheSubnetGroupName")),
                                                               QStringLiteral("AWS::ElastiCache::SubnetGroup"), &complete, &given);
                if (!subnets.isEmpty()) {
                    cache.parent = subnets.first();
                } else if (given) {
                    cache.parent = net.externalSubnet(r->id + QLatin1String("-subnet"));
                    context.markUnknown(cache, QStringLiteral("parent"), tr("its cache subnet group is not defined in this template"));
                } else {
                    const CfnValue *az = p.get(QStringLiteral("PreferredAvailabilityZone"));
                    cache.parent = net.defaultSubnet(az && az->isScalar() ? az->text : QString());
                }
                cache.securityGroups = net.securityGroupElements(cache, {p.get(QStringLiteral("SecurityGroupIds")),
                                                                     p.get(QStringLiteral("VpcSecurityGroupIds"))});
                context.add(cache);
                context.record(r->id, ImportedResource::Mapped, r->id, QString());
            }
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(ElastiCacheMapper)

} // namespace pillar
