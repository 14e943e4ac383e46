#include "ElementKind.h"

#include <QCoreApplication>

namespace pillar {

const std::vector<KindInfo> &allKinds()
{
    static const std::vector<KindInfo> kinds = {
        {ElementKind::Internet, "internet", "users", ElementCategory::EntryPoints, false},
        {ElementKind::Route53Record, "route53-record", "dns", ElementCategory::EntryPoints, false},
        {ElementKind::CloudFront, "cloudfront-distribution", "cdn", ElementCategory::StorageDelivery, false},
        {ElementKind::S3Bucket, "s3-bucket", "s3", ElementCategory::StorageDelivery, false},
        {ElementKind::Vpc, "vpc", "vpc", ElementCategory::Networking, true},
        {ElementKind::AvailabilityZone, "availability-zone", "az", ElementCategory::Networking, true},
        {ElementKind::Subnet, "subnet", "subnet", ElementCategory::Networking, true},
        {ElementKind::SecurityGroup, "security-group", "sg", ElementCategory::Networking, false},
        {ElementKind::LoadBalancer, "load-balancer", "lb", ElementCategory::Networking, false},
        {ElementKind::AutoScalingGroup, "auto-scaling-group", "asg", ElementCategory::Compute, false},
        {ElementKind::Ec2Instance, "ec2-instance", "ec2", ElementCategory::Compute, false},
        {ElementKind::RdsInstance, "rds-instance", "rds", ElementCategory::Database, false},
        {ElementKind::ElastiCache, "elasticache-cluster", "cache", ElementCategory::Database, false},
    };
    return kinds;
}

const KindInfo &kindInfo(ElementKind kind)
{
    return allKinds()[static_cast<size_t>(kind)];
}

QString kindKey(ElementKind kind)
{
    return QString::fromLatin1(kindInfo(kind).key);
}

std::optional<ElementKind> kindFromKey(const QString &key)
{
    for (const KindInfo &info : allKinds()) {
        if (key == QLatin1String(info.key))
            return info.kind;
    }
    return std::nullopt;
}

QStringList allKindKeys()
{
    QStringList keys;
    for (const KindInfo &info : allKinds())
        keys << QString::fromLatin1(info.key);
    return keys;
}

QString kindDisplayName(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Internet: return QCoreApplication::translate("ElementKind", "Internet / users");
    case ElementKind::Route53Record: return QCoreApplication::translate("ElementKind", "Route 53 record");
    case ElementKind::CloudFront: return QCoreApplication::translate("ElementKind", "CloudFront distribution");
    case ElementKind::S3Bucket: return QCoreApplication::translate("ElementKind", "S3 bucket");
    case ElementKind::Vpc: return QCoreApplication::translate("ElementKind", "VPC");
    case ElementKind::AvailabilityZone: return QCoreApplication::translate("ElementKind", "Availability Zone");
    case ElementKind::Subnet: return QCoreApplication::translate("ElementKind", "Subnet");
    case ElementKind::SecurityGroup: return QCoreApplication::translate("ElementKind", "Security group");
    case ElementKind::LoadBalancer: return QCoreApplication::translate("ElementKind", "Load balancer");
    case ElementKind::AutoScalingGroup: return QCoreApplication::translate("ElementKind", "Auto Scaling group");
    case ElementKind::Ec2Instance: return QCoreApplication::translate("ElementKind", "EC2 instance");
    case ElementKind::RdsInstance: return QCoreApplication::translate("ElementKind", "RDS instance");
    case ElementKind::ElastiCache: return QCoreApplication::translate("ElementKind", "ElastiCache cluster");
    }
    return QString();
}

QString kindWithArticle(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Internet: return QCoreApplication::translate("ElementKind", "an Internet / users entry point");
    case ElementKind::Route53Record: return QCoreApplication::translate("ElementKind", "a Route 53 record");
    case ElementKind::CloudFront: return QCoreApplication::translate("ElementKind", "a CloudFront distribution");
    case ElementKind::S3Bucket: return QCoreApplication::translate("ElementKind", "an S3 bucket");
    case ElementKind::Vpc: return QCoreApplication::translate("ElementKind", "a VPC");
    case ElementKind::AvailabilityZone: return QCoreApplication::translate("ElementKind", "an Availability Zone");
    case ElementKind::Subnet: return QCoreApplication::translate("ElementKind", "a subnet");
    case ElementKind::SecurityGroup: return QCoreApplication::translate("ElementKind", "a security group");
    case ElementKind::LoadBalancer: return QCoreApplication::translate("ElementKind", "a load balancer");
    case ElementKind::AutoScalingGroup: return QCoreApplication::translate("ElementKind", "an Auto Scaling group");
    case ElementKind::Ec2Instance: return QCoreApplication::translate("ElementKind", "an EC2 instance");
    case ElementKind::RdsInstance: return QCoreApplication::translate("ElementKind", "an RDS instance");
    case ElementKind::ElastiCache: return QCoreApplication::translate("ElementKind", "an ElastiCache cluster");
    }
    return QString();
}

QString categoryDisplayName(ElementCategory category)
{
    switch (category) {
    case ElementCategory::Networking: return QCoreApplication::translate("ElementKind", "Networking");
    case ElementCategory::Compute: return QCoreApplication::translate("ElementKind", "Compute");
    case ElementCategory::Database: return QCoreApplication::translate("ElementKind", "Database");
    case ElementCategory::StorageDelivery: return QCoreApplication::translate("ElementKind", "Storage & delivery");
    case ElementCategory::EntryPoints: return QCoreApplication::translate("ElementKind", "Entry points");
    }
    return QString();
}

bool isDataStore(ElementKind kind)
{
    return kind == ElementKind::RdsInstance || kind == ElementKind::ElastiCache;
}

bool isCompute(ElementKind kind)
{
    return kind == ElementKind::Ec2Instance || kind == ElementKind::AutoScalingGroup;
}

bool takesSecurityGroups(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Ec2Instance:
    case ElementKind::AutoScalingGroup:
    case ElementKind::LoadBalancer:
    case ElementKind::RdsInstance:
    case ElementKind::ElastiCache:
        return true;
    default:
        return false;
    }
}

} // namespace pillar
