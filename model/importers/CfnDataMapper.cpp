// CfnMapper, part 4: RDS, ElastiCache, S3, CloudFront, Route 53 and the
// Internet element in front of the entry points.
#include "CfnMapper.h"

#include <QCoreApplication>

namespace pillar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CfnImport", text);
}

bool refersTo(const CfnValue *v, const QString &id)
{
    return v && v->type == CfnValue::ResourceRef && v->text == id;
}

QVector<CfnValue> itemsOf(const CfnValue *v)
{
    if (!v)
        return {};
    if (v->isList())
        return v->items;
    return {*v};
}

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

void collectRefs(const CfnValue &v, QStringList *out)
{
    if (v.type == CfnValue::ResourceRef && !out->contains(v.text))
        out->append(v.text);
    for (const CfnValue &item : v.items)
        collectRefs(item, out);
    for (const auto &entry : v.map)
        collectRefs(entry.second, out);
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

void CfnMapper::mapBuckets()
{
    for (const Resource *r : ofType("AWS::S3::Bucket")) {
        const CfnValue &p = r->properties;
        Element s3;
        s3.id = r->id;
        s3.kind = ElementKind::S3Bucket;
        const CfnValue *block = p.get(QStringLiteral("PublicAccessBlockConfiguration"));
        if (!block) {
            s3.properties.insert(QStringLiteral("blockPublicAccess"), false);
        } else {
            bool all = block->isMap(), known = block->isMap();
            for (const char *key : {"BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"}) {
                const CfnValue *flag = block->get(QLatin1String(key));
                bool ok = true;
                const bool on = flag && flag->toBool(&ok);
                known = known && ok;
                all = all && on;
            }
            if (known || !all)
                s3.properties.insert(QStringLiteral("blockPublicAccess"), known && all);
            if (!known)
                markUnknown(s3, QStringLiteral("blockPublicAccess"), tr("PublicAccessBlockConfiguration is not fully known"));
        }
        s3.properties.insert(QStringLiteral("encryption"), p.get(QStringLiteral("BucketEncryption")) != nullptr);
        s3.properties.insert(QStringLiteral("website"), p.get(QStringLiteral("WebsiteConfiguration")) != nullptr);

        int publicRead = 0; // 1 yes, 0 no, -1 unknown
        if (const CfnValue *acl = p.get(QStringLiteral("AccessControl"))) {
            if (!acl->isScalar())
                publicRead = -1;
            else if (acl->text == QLatin1String("PublicRead") || acl->text == QLatin1String("PublicReadWrite"))
                publicRead = 1;
        }
        for (const Resource *policy : ofType("AWS::S3::BucketPolicy")) {
            if (!refersTo(policy->properties.get(QStringLiteral("Bucket")), r->id))
                continue;
            record(policy->id, ImportedResource::Merged, r->id, tr("bucket policy of %1").arg(r->id));
            const CfnValue *doc = policy->properties.get(QStringLiteral("PolicyDocument"));
            for (const CfnValue &statement : itemsOf(doc ? doc->get(QStringLiteral("Statement")) : nullptr)) {
                const CfnValue *effect = statement.get(QStringLiteral("Effect"));
                if (!effect || !effect->isScalar() || effect->text != QLatin1String("Allow") || statement.get(QStringLiteral("Condition")))
                    continue;
                // Public means the wildcard principal "*" (or {"AWS": "*"}). A
                // parameter could be "*"; a string built around an unknown part
                // (an ARN with the account id) cannot.
                const CfnValue *principal = statement.get(QStringLiteral("Principal"));
                bool everyone = false, unknown = !principal;
                QVector<CfnValue> who;
                if (principal && principal->isMap()) {
                    for (const auto &entry : principal->map) {
                        for (const CfnValue &v : itemsOf(&entry.second))
                            who << (entry.first == QLatin1String("AWS") || v.type != CfnValue::Scalar ? v : CfnValue());
                    }
                } else {
                    who = itemsOf(principal);
                }
                for (const CfnValue &v : who) {
                    everyone = everyone || (v.isScalar() && v.text == QLatin1String("*"));
                    unknown = unknown || v.type == CfnValue::External
                        || (v.type == CfnValue::Unknown && v.attribute != QLatin1String("built"));
                }
                if (everyone)
                    publicRead = 1;
                else if (unknown && publicRead == 0)
                    publicRead = -1;
            }
        }
        if (publicRead >= 0)
            s3.properties.insert(QStringLiteral("publicRead"), publicRead == 1);
        else
            markUnknown(s3, QStringLiteral("publicRead"), tr("its ACL or bucket policy is not fully known"));
        add(s3);
        record(r->id, ImportedResource::Mapped, r->id, QString());
    }
}

void CfnMapper::mapDistributions()
{
    for (const Resource *r : ofType("AWS::CloudFront::Distribution")) {
        const CfnValue *config = r->properties.get(QStringLiteral("DistributionConfig"));
        Element cdn;
        cdn.id = r->id;
        cdn.kind = ElementKind::CloudFront;
        if (!config || !config->isMap()) {
            markUnknown(cdn, QStringLiteral("viewerProtocolPolicy"), tr("DistributionConfig is not known"));
            add(cdn);
            record(r->id, ImportedResource::Mapped, r->id, QString());
            continue;
        }
        // The weakest behaviour decides: one allow-all path lets HTTP in.
        const QStringList strength = {"allow-all", "redirect-to-https", "https-only"};
        QVector<CfnValue> behaviours = itemsOf(config->get(QStringLiteral("CacheBehaviors")));
        if (const CfnValue *def = config->get(QStringLiteral("DefaultCacheBehavior")))
            behaviours.prepend(*def);
        int weakest = strength.size();
        for (const CfnValue &b : behaviours) {
            const CfnValue *policy = b.get(QStringLiteral("ViewerProtocolPolicy"));
            if (!policy || !policy->isScalar() || !strength.contains(policy->text)) {
                markUnknown(cdn, QStringLiteral("viewerProtocolPolicy"),
                            tr("ViewerProtocolPolicy: %1").arg(policy ? why(*policy) : tr("missing")));
                weakest = -1;
                break;
            }
            weakest = std::min(weakest, int(strength.indexOf(policy->text)));
        }
        if (weakest >= 0 && weakest < strength.size())
            cdn.properties.insert(QStringLiteral("viewerProtocolPolicy"), strength[weakest]);
        const CfnValue *cert = config->get(QStringLiteral("ViewerCertificate"));
        if (cert && !cert->isMap())
            markUnknown(cdn, QStringLiteral("minimumTlsVersion"), tr("ViewerCertificate: %1").arg(why(*cert)));
        else if (cert)
            setString(cdn, QStringLiteral("minimumTlsVersion"), cert->get(QStringLiteral("MinimumProtocolVersion")), tr("MinimumProtocolVersion"));
        add(cdn);
        record(r->id, ImportedResource::Mapped, r->id, QString());

        for (const CfnValue &origin : itemsOf(config->get(QStringLiteral("Origins")))) {
            const CfnValue *domain = origin.get(QStringLiteral("DomainName"));
            QStringList refs;
            if (domain)
                collectRefs(*domain, &refs);
            bool connected = false;
            for (const QString &ref : refs) {
                const Element *target = m_design.element(ref);
                if (target && (target->kind == ElementKind::S3Bucket || target->kind == ElementKind::LoadBalancer
                               || target->kind == ElementKind::Ec2Instance)) {
                    connect(r->id, ref);
                    connected = true;
                    break;
                }
            }
            const CfnValue *originId = origin.get(QStringLiteral("Id"));
            const QString name = originId && originId->isScalar() ? originId->text
                                                                 : (refs.isEmpty() ? tr("(unnamed)") : refs.first());
            if (!connected)
                m_report->warnings << tr("%1: origin %2 is not a resource of this template").arg(r->id, name);
            const CfnValue *custom = origin.get(QStringLiteral("CustomOriginConfig"));
            const CfnValue *protocol = custom ? custom->get(QStringLiteral("OriginProtocolPolicy")) : nullptr;
            if (protocol && protocol->isScalar() && protocol->text == QLatin1String("http-only"))
                m_report->warnings << tr("%1: origin %2 is reached over plain HTTP (http-only); Pillar does not model origin protocols")
                                          .arg(r->id, name);
        }
    }
}

void CfnMapper::mapRecordSets()
{
    for (const Resource *r : ofType("AWS::Route53::RecordSet")) {
        const CfnValue &p = r->properties;
        const CfnValue *type = p.get(QStringLiteral("Type"));
        const bool alias = p.get(QStringLiteral("AliasTarget")) != nullptr;
        const QStringList routed = {"A", "AAAA", "CNAME"};
        if (!alias && (!type || !type->isScalar() || !routed.contains(type->text))) {
            record(r->id, ImportedResource::Skipped, QString(), tr("only A, AAAA, CNAME and alias records route traffic"));
            continue;
        }
        Element dns;
        dns.id = r->id;
        dns.kind = ElementKind::Route53Record;
        const CfnValue *name = p.get(QStringLiteral("Name"));
        if (name && name->isScalar()) {
            QString domain = name->text;
            if (domain.endsWith(QLatin1Char('.')))
                domain.chop(1);
            dns.properties.insert(QStringLiteral("domainName"), domain);
        } else if (name) {
            markUnknown(dns, QStringLiteral("domainName"), tr("Name: %1").arg(why(*name)));
        }
        dns.properties.insert(QStringLiteral("recordType"), alias ? QStringLiteral("alias") : type->text);
        add(dns);
        record(r->id, ImportedResource::Mapped, r->id, QString());
        QStringList refs;
        collectRefs(p, &refs);
        for (const QString &ref : refs) {
            if (m_design.element(ref))
                connect(r->id, ref);
        }
    }
}

void CfnMapper::addInternet()
{
    QStringList entries;
    QSet<QString> behindSomething;
    for (const Connection &c : m_design.connections())
        behindSomething.insert(c.to);
    for (const Element &e : m_design.elements()) {
        const bool entry = e.kind == ElementKind::CloudFront || e.kind == ElementKind::Route53Record
            || (e.kind == ElementKind::LoadBalancer && !e.isUnknown(QStringLiteral("scheme"))
                && e.stringValue(QStringLiteral("scheme")) == QLatin1String("internet-facing"))
            || (e.kind == ElementKind::Ec2Instance && e.boolValue(QStringLiteral("publicIp")));
        if (entry && !(e.kind == ElementKind::Ec2Instance && behindSomething.contains(e.id))
            && !(e.kind != ElementKind::Ec2Instance && e.kind != ElementKind::LoadBalancer && behindSomething.contains(e.id)))
            entries << e.id;
    }
    if (entries.isEmpty())
        return;
    Element internet;
    internet.id = freeId(QStringLiteral("Internet"));
    internet.kind = ElementKind::Internet;
    internet.name = tr("Internet users");
    add(internet);
    for (const QString &id : entries)
        connect(internet.id, id);
}

} // namespace pillar
