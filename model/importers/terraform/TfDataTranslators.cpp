// Databases, caches, buckets (with the resources provider v4 split off
// aws_s3_bucket), CloudFront distributions and Route 53 records.
#include "TfJsonReader.h"
#include "TfTranslators.h"

#include "../CfnHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pillar {

namespace {

using namespace tf;
using cfn::tr;

const QStringList kDbSubnetGroups = {QStringLiteral("aws_db_subnet_group")};
const QStringList kCacheSubnetGroups = {QStringLiteral("aws_elasticache_subnet_group")};
const QStringList kDbInstances = {QStringLiteral("aws_db_instance")};
const QStringList kClusters = {QStringLiteral("aws_rds_cluster")};
const QStringList kReplicationGroups = {QStringLiteral("aws_elasticache_replication_group")};
const QStringList kOrigins = {QStringLiteral("aws_s3_bucket"), QStringLiteral("aws_lb"), QStringLiteral("aws_alb"),
                              QStringLiteral("aws_elb"), QStringLiteral("aws_instance")};
const QStringList kAliasTargets = QStringList(kOrigins) << QStringLiteral("aws_cloudfront_distribution");

CfnValue fromJson(const QJsonValue &v)
{
    CfnValue out;
    if (v.isObject()) {
        out.type = CfnValue::Map;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.map.append({it.key(), fromJson(it.value())});
    } else if (v.isArray()) {
        out.type = CfnValue::List;
        for (const QJsonValue &item : v.toArray())
            out.items << fromJson(item);
    } else if (v.isString()) {
        out = CfnValue::scalar(v.toString());
    } else if (v.isBool()) {
        out = CfnValue::scalar(v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    } else if (v.isDouble()) {
        out = CfnValue::scalar(QString::number(v.toDouble()));
    }
    return out;
}

// A policy is a JSON document in a string; unknown or unreadable stays unknown.
CfnValue policyDocument(const CfnValue &policy)
{
    if (!policy.isScalar())
        return policy;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(policy.text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return CfnValue::unknown(tr("the policy is not a JSON document"));
    return fromJson(doc.object());
}

void dbInstance(TfTranslation &t)
{
    t.set(QStringLiteral("Engine"), nonEmpty(t.value("engine")));
    t.set(QStringLiteral("DBInstanceClass"), t.value("instance_class"));
    t.set(QStringLiteral("AllocatedStorage"), t.value("allocated_storage"));
    t.set(QStringLiteral("StorageEncrypted"), t.value("storage_encrypted"));
    t.set(QStringLiteral("MultiAZ"), t.value("multi_az"));
    t.set(QStringLiteral("BackupRetentionPeriod"), t.value("backup_retention_period"));
    t.set(QStringLiteral("DBSubnetGroupName"), nonEmpty(t.ref("db_subnet_group_name", kDbSubnetGroups)));
    t.set(QStringLiteral("PubliclyAccessible"), t.value("publicly_accessible"));
    t.set(QStringLiteral("AvailabilityZone"), nonEmpty(t.value("availability_zone")));
    t.set(QStringLiteral("VPCSecurityGroups"), t.refs("vpc_security_group_ids", kSecurityGroups));
    if (!t.optional("replicate_source_db").isNull())
        t.set(QStringLiteral("SourceDBInstanceIdentifier"), nonEmpty(t.ref("replicate_source_db", kDbInstances)));
}

void clusterInstance(TfTranslation &t)
{
    t.set(QStringLiteral("DBClusterIdentifier"), t.ref("cluster_identifier", kClusters));
    t.set(QStringLiteral("Engine"), nonEmpty(t.value("engine")));
    t.set(QStringLiteral("DBInstanceClass"), t.value("instance_class"));
    t.set(QStringLiteral("PubliclyAccessible"), t.value("publicly_accessible"));
    t.set(QStringLiteral("AvailabilityZone"), nonEmpty(t.value("availability_zone")));
}

void cluster(TfTranslation &t)
{
    t.set(QStringLiteral("Engine"), t.value("engine"));
    t.set(QStringLiteral("StorageEncrypted"), t.value("storage_encrypted"));
    t.set(QStringLiteral("BackupRetentionPeriod"), t.value("backup_retention_period"));
    t.set(QStringLiteral("DBSubnetGroupName"), nonEmpty(t.ref("db_subnet_group_name", kDbSubnetGroups)));
    t.set(QStringLiteral("VpcSecurityGroupIds"), t.refs("vpc_security_group_ids", kSecurityGroups));
}

void subnetGroup(TfTranslation &t)
{
    t.set(QStringLiteral("SubnetIds"), t.refs("subnet_ids", kSubnets));
}

void cacheCluster(TfTranslation &t)
{
    t.set(QStringLiteral("Engine"), nonEmpty(t.value("engine")));
    t.set(QStringLiteral("CacheNodeType"), nonEmpty(t.value("node_type")));
    t.set(QStringLiteral("NumCacheNodes"), t.value("num_cache_nodes"));
    t.set(QStringLiteral("CacheSubnetGroupName"), nonEmpty(t.ref("subnet_group_name", kCacheSubnetGroups)));
    t.set(QStringLiteral("VpcSecurityGroupIds"), t.refs("security_group_ids", kSecurityGroups));
    t.set(QStringLiteral("PreferredAvailabilityZone"), nonEmpty(t.value("availability_zone")));
    if (!t.optional("replication_group_id").isNull())
        t.set(QStringLiteral("ReplicationGroupId"), nonEmpty(t.ref("replication_group_id", kReplicationGroups)));
}

void replicationGroup(TfTranslation &t)
{
    t.set(QStringLiteral("Engine"), nonEmpty(t.value("engine")));
    t.set(QStringLiteral("CacheNodeType"), nonEmpty(t.value("node_type")));
    CfnValue clusters = t.optional("num_cache_clusters");
    if (clusters.isNull())
        clusters = t.optional("number_cache_clusters"); // before provider v4
    t.set(QStringLiteral("NumCacheClusters"), clusters);
    t.set(QStringLiteral("NumNodeGroups"), t.optional("num_node_groups"));
    t.set(QStringLiteral("ReplicasPerNodeGroup"), t.optional("replicas_per_node_group"));
    t.set(QStringLiteral("AutomaticFailoverEnabled"), t.value("automatic_failover_enabled"));
    t.set(QStringLiteral("AtRestEncryptionEnabled"), t.value("at_rest_encryption_enabled"));
    t.set(QStringLiteral("TransitEncryptionEnabled"), t.value("transit_encryption_enabled"));
    t.set(QStringLiteral("CacheSubnetGroupName"), nonEmpty(t.ref("subnet_group_name", kCacheSubnetGroups)));
    t.set(QStringLiteral("SecurityGroupIds"), t.refs("security_group_ids", kSecurityGroups));
}

// Terraform's canned ACL names ("public-read") as CloudFormation's ("PublicRead").
CfnValue cannedAcl(const CfnValue &acl)
{
    if (!acl.isScalar())
        return acl;
    QString out;
    for (const QString &part : acl.text.split(QLatin1Char('-'), Qt::SkipEmptyParts))
        out += part.left(1).toUpper() + part.mid(1);
    return CfnValue::scalar(out);
}

CfnValue encryption(const TfTranslation &t, const TfNode &at)
{
    const QVector<TfNode> rules = t.blocks(at, "rule");
    if (rules.isEmpty())
        return CfnValue();
    CfnValue e = emptyMap();
    t.set(&e, QStringLiteral("ServerSideEncryptionConfiguration"), tfList({emptyMap()}));
    return e;
}

void bucket(TfTranslation &t)
{
    t.set(QStringLiteral("AccessControl"), cannedAcl(nonEmpty(t.value("acl"))));
    for (const TfNode &sse : t.blocks("server_side_encryption_configuration")) {
        t.set(QStringLiteral("BucketEncryption"), encryption(t, sse));
        break;
    }
    for (const TfNode &website : t.blocks("website")) {
        if (!t.value(website, "index_document").isNull() || !t.value(website, "redirect_all_requests_to").isNull())
            t.set(QStringLiteral("WebsiteConfiguration"), emptyMap());
        break;
    }
    const CfnValue policy = nonEmpty(t.optional("policy"));
    if (!policy.isNull()) {
        CfnValue p = emptyMap();
        t.set(&p, QStringLiteral("Bucket"), CfnValue::resourceRef(t.id()));
        t.set(&p, QStringLiteral("PolicyDocument"), policyDocument(policy));
        t.extra << ImportResource{t.id() + QStringLiteral(".policy"), QStringLiteral("AWS::S3::BucketPolicy"), p,
                                  t.resource().line, t.resource().column};
    }
}

// The resources split off aws_s3_bucket since provider v4 add to the bucket.
void foldIntoBucket(TfTranslation &t, const QString &what)
{
    CfnValue b = t.ref("bucket", kBuckets);
    if (b.type != CfnValue::ResourceRef) // the provider makes the bucket's name their id too
        b = t.ref("id", kBuckets);
    if (b.type == CfnValue::ResourceRef)
        t.foldedInto = b.text;
    t.foldReason = tr("%1 of %2").arg(what, b.type == CfnValue::ResourceRef ? b.text : tr("a bucket not in the document"));
}

void bucketPublicAccessBlock(TfTranslation &t)
{
    foldIntoBucket(t, tr("public access block"));
    CfnValue block = emptyMap();
    t.set(&block, QStringLiteral("BlockPublicAcls"), t.value("block_public_acls"));
    t.set(&block, QStringLiteral("BlockPublicPolicy"), t.value("block_public_policy"));
    t.set(&block, QStringLiteral("IgnorePublicAcls"), t.value("ignore_public_acls"));
    t.set(&block, QStringLiteral("RestrictPublicBuckets"), t.value("restrict_public_buckets"));
    t.set(QStringLiteral("PublicAccessBlockConfiguration"), block);
}

void bucketAcl(TfTranslation &t)
{
    foldIntoBucket(t, tr("ACL"));
    t.set(QStringLiteral("AccessControl"), cannedAcl(nonEmpty(t.value("acl"))));
}

void bucketEncryption(TfTranslation &t)
{
    foldIntoBucket(t, tr("encryption configuration"));
    t.set(QStringLiteral("BucketEncryption"), encryption(t, t.root()));
}

void bucketWebsite(TfTranslation &t)
{
    foldIntoBucket(t, tr("website configuration"));
    t.set(QStringLiteral("WebsiteConfiguration"), emptyMap());
}

void bucketPolicy(TfTranslation &t)
{
    t.set(QStringLiteral("Bucket"), t.ref("bucket", kBuckets));
    t.set(QStringLiteral("PolicyDocument"), policyDocument(nonEmpty(t.value("policy"))));
}

CfnValue behaviour(const TfTranslation &t, const TfNode &at)
{
    CfnValue b = emptyMap();
    t.set(&b, QStringLiteral("ViewerProtocolPolicy"), t.value(at, "viewer_protocol_policy"));
    return b;
}

void distribution(TfTranslation &t)
{
    CfnValue config = emptyMap();
    CfnValue origins;
    origins.type = CfnValue::List;
    for (const TfNode &o : t.blocks("origin")) {
        CfnValue origin = emptyMap();
        t.set(&origin, QStringLiteral("Id"), t.value(o, "origin_id"));
        t.set(&origin, QStringLiteral("DomainName"), t.ref(o, "domain_name", kOrigins));
        for (const TfNode &custom : t.blocks(o, "custom_origin_config")) {
            CfnValue c = emptyMap();
            t.set(&c, QStringLiteral("OriginProtocolPolicy"), t.value(custom, "origin_protocol_policy"));
            t.set(&origin, QStringLiteral("CustomOriginConfig"), c);
        }
        origins.items << origin;
    }
    t.set(&config, QStringLiteral("Origins"), origins);
    for (const TfNode &d : t.blocks("default_cache_behavior"))
        t.set(&config, QStringLiteral("DefaultCacheBehavior"), behaviour(t, d));
    CfnValue ordered;
    ordered.type = CfnValue::List;
    for (const TfNode &b : t.blocks("ordered_cache_behavior"))
        ordered.items << behaviour(t, b);
    if (!ordered.items.isEmpty())
        t.set(&config, QStringLiteral("CacheBehaviors"), ordered);
    for (const TfNode &cert : t.blocks("viewer_certificate")) {
        CfnValue c = emptyMap();
        t.set(&c, QStringLiteral("MinimumProtocolVersion"), nonEmpty(t.value(cert, "minimum_protocol_version")));
        t.set(&config, QStringLiteral("ViewerCertificate"), c);
    }
    t.set(QStringLiteral("DistributionConfig"), config);
}

void record(TfTranslation &t)
{
    t.set(QStringLiteral("Name"), t.value("name"));
    t.set(QStringLiteral("Type"), t.value("type"));
    for (const TfNode &alias : t.blocks("alias")) {
        CfnValue a = emptyMap();
        t.set(&a, QStringLiteral("DNSName"), t.ref(alias, "name", kAliasTargets));
        t.set(QStringLiteral("AliasTarget"), a);
    }
}

} // namespace

const QVector<TfTranslator> &tfDataTranslators()
{
    static const QVector<TfTranslator> list = {
        {"aws_db_instance", "AWS::RDS::DBInstance", dbInstance},
        {"aws_rds_cluster_instance", "AWS::RDS::DBInstance", clusterInstance},
        {"aws_rds_cluster", "AWS::RDS::DBCluster", cluster},
        {"aws_db_subnet_group", "AWS::RDS::DBSubnetGroup", subnetGroup},
        {"aws_elasticache_cluster", "AWS::ElastiCache::CacheCluster", cacheCluster},
        {"aws_elasticache_replication_group", "AWS::ElastiCache::ReplicationGroup", replicationGroup},
        {"aws_elasticache_subnet_group", "AWS::ElastiCache::SubnetGroup", subnetGroup},
        {"aws_s3_bucket", "AWS::S3::Bucket", bucket},
        {"aws_s3_bucket_public_access_block", "AWS::S3::Bucket", bucketPublicAccessBlock},
        {"aws_s3_bucket_acl", "AWS::S3::Bucket", bucketAcl},
        {"aws_s3_bucket_server_side_encryption_configuration", "AWS::S3::Bucket", bucketEncryption},
        {"aws_s3_bucket_website_configuration", "AWS::S3::Bucket", bucketWebsite},
        {"aws_s3_bucket_policy", "AWS::S3::BucketPolicy", bucketPolicy},
        {"aws_cloudfront_distribution", "AWS::CloudFront::Distribution", distribution},
        {"aws_route53_record", "AWS::Route53::RecordSet", record},
    };
    return list;
}

const TfTranslator *tfTranslator(const QString &terraformType)
{
    static const QHash<QString, const TfTranslator *> byType = [] {
        QHash<QString, const TfTranslator *> h;
        for (const QVector<TfTranslator> *family : {&tfNetworkTranslators(), &tfComputeTranslators(), &tfDataTranslators(),
                                                    &tfServerlessTranslators(), &tfApiGatewayTranslators(),
                                                    &tfContainerTranslators()}) {
            for (const TfTranslator &t : *family)
                h.insert(QLatin1String(t.terraformType), &t);
        }
        return h;
    }();
    return byType.value(terraformType);
}

} // namespace pillar
