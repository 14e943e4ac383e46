#include "PropertySpec.h"

#include "Cidr.h"

#include <QCoreApplication>
#include <QHash>

namespace pillar {

namespace {

PropertySpec boolProp(const char *key, const char *label, bool def)
{
    return {QString::fromLatin1(key), PropertyType::Bool, label, QVariant(def)};
}

PropertySpec intProp(const char *key, const char *label, int def, int min, int max, const char *unit = "")
{
    return {QString::fromLatin1(key), PropertyType::Int, label, QVariant(def), {}, min, max, unit};
}

PropertySpec stringProp(const char *key, const char *label, const char *def = "")
{
    return {QString::fromLatin1(key), PropertyType::String, label, QVariant(QString::fromLatin1(def))};
}

PropertySpec enumProp(const char *key, const char *label, const QStringList &values, const char *def)
{
    return {QString::fromLatin1(key), PropertyType::Enum, label, QVariant(QString::fromLatin1(def)), values};
}

PropertySpec cidrProp(const char *key, const char *label, const char *def = "")
{
    return {QString::fromLatin1(key), PropertyType::Cidr, label, QVariant(QString::fromLatin1(def))};
}

PropertySpec refProp(const char *key, const char *label, std::vector<ElementKind> kinds)
{
    return {QString::fromLatin1(key), PropertyType::Ref, label, QVariant(QString()), {}, 0, 0, "", std::move(kinds)};
}

PropertySpec refListProp(const char *key, const char *label, std::vector<ElementKind> kinds)
{
    return {QString::fromLatin1(key), PropertyType::RefList, label, QVariant(QStringList()), {}, 0, 0, "", std::move(kinds)};
}

std::vector<PropertySpec> buildSpecs(ElementKind kind)
{
    const QStringList workloads = {"application", "web", "database", "cache", "search", "bastion", "other"};
    switch (kind) {
    case ElementKind::Internet:
        return {};
    case ElementKind::Route53Record:
        return {stringProp("domainName", QT_TRANSLATE_NOOP("Property", "Domain name")),
                enumProp("recordType", QT_TRANSLATE_NOOP("Property", "Record type"), {"A", "AAAA", "CNAME", "alias"}, "A")};
    case ElementKind::CloudFront:
        return {enumProp("viewerProtocolPolicy", QT_TRANSLATE_NOOP("Property", "Viewer protocol policy"),
                         {"allow-all", "redirect-to-https", "https-only"}, "redirect-to-https"),
                enumProp("minimumTlsVersion", QT_TRANSLATE_NOOP("Property", "Minimum TLS version"),
                         {"SSLv3", "TLSv1", "TLSv1.1_2016", "TLSv1.2_2018", "TLSv1.2_2019", "TLSv1.2_2021"}, "TLSv1.2_2021"),
                // The weakest of its custom origins: how CloudFront talks to the servers behind it.
                enumProp("originProtocolPolicy", QT_TRANSLATE_NOOP("Property", "Origin protocol policy"),
                         {"https-only", "match-viewer", "http-only"}, "https-only")};
    case ElementKind::S3Bucket:
        return {boolProp("blockPublicAccess", QT_TRANSLATE_NOOP("Property", "Block public access"), true),
                boolProp("publicRead", QT_TRANSLATE_NOOP("Property", "Public read (ACL or policy)"), false),
                boolProp("encryption", QT_TRANSLATE_NOOP("Property", "Default encryption configured"), true),
                boolProp("website", QT_TRANSLATE_NOOP("Property", "Static website hosting"), false)};
    case ElementKind::Vpc:
        return {cidrProp("cidr", QT_TRANSLATE_NOOP("Property", "CIDR block"), "10.0.0.0/16"),
                stringProp("region", QT_TRANSLATE_NOOP("Property", "Region"))};
    case ElementKind::AvailabilityZone:
        return {stringProp("zone", QT_TRANSLATE_NOOP("Property", "Zone name"))};
    case ElementKind::Subnet:
        return {cidrProp("cidr", QT_TRANSLATE_NOOP("Property", "CIDR block")),
                boolProp("public", QT_TRANSLATE_NOOP("Property", "Public (routes to an internet gateway)"), false)};
    case ElementKind::SecurityGroup:
        return {stringProp("description", QT_TRANSLATE_NOOP("Property", "Description"))};
    case ElementKind::LoadBalancer:
        return {enumProp("type", QT_TRANSLATE_NOOP("Property", "Type"), {"application", "network", "classic"}, "application"),
                enumProp("scheme", QT_TRANSLATE_NOOP("Property", "Scheme"), {"internet-facing", "internal"}, "internet-facing"),
                refListProp("subnets", QT_TRANSLATE_NOOP("Property", "Subnets"), {ElementKind::Subnet}),
                stringProp("healthCheckPath", QT_TRANSLATE_NOOP("Property", "Health check path"))};
    case ElementKind::AutoScalingGroup:
        return {refListProp("subnets", QT_TRANSLATE_NOOP("Property", "Subnets"), {ElementKind::Subnet}),
                stringProp("instanceType", QT_TRANSLATE_NOOP("Property", "Instance type"), "t3.micro"),
                stringProp("iamRole", QT_TRANSLATE_NOOP("Property", "IAM role")),
                intProp("minSize", QT_TRANSLATE_NOOP("Property", "Minimum size"), 2, 0, 10000),
                intProp("maxSize", QT_TRANSLATE_NOOP("Property", "Maximum size"), 4, 0, 10000),
                intProp("desiredCapacity", QT_TRANSLATE_NOOP("Property", "Desired capacity"), 2, 0, 10000),
                boolProp("detailedMonitoring", QT_TRANSLATE_NOOP("Property", "Detailed (1-minute) monitoring"), false),
                boolProp("publicIp", QT_TRANSLATE_NOOP("Property", "Public IPv4 address"), false),
                intProp("expectedCpu", QT_TRANSLATE_NOOP("Property", "Expected average CPU"), 0, 0, 100, "%"),
                enumProp("workload", QT_TRANSLATE_NOOP("Property", "Workload"), workloads, "application")};
    case ElementKind::Ec2Instance:
        return {stringProp("instanceType", QT_TRANSLATE_NOOP("Property", "Instance type"), "t3.micro"),
                stringProp("iamRole", QT_TRANSLATE_NOOP("Property", "IAM role")),
                boolProp("publicIp", QT_TRANSLATE_NOOP("Property", "Public IPv4 / Elastic IP"), false),
                refProp("autoScalingGroup", QT_TRANSLATE_NOOP("Property", "Auto Scaling group"), {ElementKind::AutoScalingGroup}),
                intProp("expectedCpu", QT_TRANSLATE_NOOP("Property", "Expected average CPU"), 0, 0, 100, "%"),
                enumProp("workload", QT_TRANSLATE_NOOP("Property", "Workload"), workloads, "application"),
                boolProp("detailedMonitoring", QT_TRANSLATE_NOOP("Property", "Detailed (1-minute) monitoring"), false)};
    case ElementKind::RdsInstance:
        return {enumProp("engine", QT_TRANSLATE_NOOP("Property", "Engine"),
                         {"mysql", "postgres", "mariadb", "oracle", "sqlserver", "aurora-mysql", "aurora-postgresql"}, "mysql"),
                stringProp("instanceClass", QT_TRANSLATE_NOOP("Property", "Instance class"), "db.t3.micro"),
                boolProp("multiAz", QT_TRANSLATE_NOOP("Property", "Multi-AZ"), false),
                boolProp("publiclyAccessible", QT_TRANSLATE_NOOP("Property", "Publicly accessible"), false),
                intProp("storageGb", QT_TRANSLATE_NOOP("Property", "Allocated storage"), 20, 0, 65536, "GB"),
                boolProp("storageEncrypted", QT_TRANSLATE_NOOP("Property", "Storage encrypted"), false),
                intProp("backupRetentionDays", QT_TRANSLATE_NOOP("Property", "Backup retention"), 1, 0, 35, "days"),
                refProp("readReplicaOf", QT_TRANSLATE_NOOP("Property", "Read replica of"), {ElementKind::RdsInstance})};
    case ElementKind::ElastiCache:
        return {enumProp("engine", QT_TRANSLATE_NOOP("Property", "Engine"), {"redis", "memcached"}, "redis"),
                stringProp("nodeType", QT_TRANSLATE_NOOP("Property", "Node type"), "cache.t3.micro"),
                intProp("nodeCount", QT_TRANSLATE_NOOP("Property", "Nodes"), 1, 1, 500),
                boolProp("automaticFailover", QT_TRANSLATE_NOOP("Property", "Multi-AZ automatic failover"), false),
                boolProp("primaryStore", QT_TRANSLATE_NOOP("Property", "Holds data kept nowhere else"), false),
                boolProp("encryption", QT_TRANSLATE_NOOP("Property", "Encryption at rest and in transit"), false)};
    }
    return {};
}

} // namespace

QString PropertySpec::displayLabel() const
{
    return QCoreApplication::translate("Property", label);
}

QString PropertySpec::validate(const QVariant &value) const
{
    switch (type) {
    case PropertyType::Bool:
        if (value.typeId() != QMetaType::Bool)
            return QCoreApplication::translate("Property", "expected true or false");
        return {};
    case PropertyType::Int: {
        if (value.typeId() != QMetaType::Int && value.typeId() != QMetaType::LongLong)
            return QCoreApplication::translate("Property", "expected a whole number");
        const qlonglong v = value.toLongLong();
        if (v < minimum || v > maximum)
            return QCoreApplication::translate("Property", "expected a number from %1 to %2").arg(minimum).arg(maximum);
        return {};
    }
    case PropertyType::String:
    case PropertyType::Ref:
        if (value.typeId() != QMetaType::QString)
            return QCoreApplication::translate("Property", "expected a string");
        return {};
    case PropertyType::Enum:
        if (value.typeId() != QMetaType::QString || !enumValues.contains(value.toString()))
            return QCoreApplication::translate("Property", "expected one of: %1").arg(enumValues.join(QLatin1String(", ")));
        return {};
    case PropertyType::Cidr: {
        if (value.typeId() != QMetaType::QString)
            return QCoreApplication::translate("Property", "expected a CIDR block such as 10.0.0.0/16");
        if (value.toString().isEmpty())
            return {};
        QString why;
        if (!Cidr::parse(value.toString(), &why))
            return why;
        return {};
    }
    case PropertyType::RefList:
        if (value.typeId() != QMetaType::QStringList)
            return QCoreApplication::translate("Property", "expected a list of element ids");
        return {};
    }
    return {};
}

const std::vector<PropertySpec> &propertySpecs(ElementKind kind)
{
    static const std::vector<std::vector<PropertySpec>> table = [] {
        std::vector<std::vector<PropertySpec>> t;
        for (const KindInfo &info : allKinds())
            t.push_back(buildSpecs(info.kind));
        return t;
    }();
    return table[static_cast<size_t>(kind)];
}

const PropertySpec *findPropertySpec(ElementKind kind, const QString &key)
{
    const int s = propertySpecIndex(kind, key);
    return s < 0 ? nullptr : &propertySpecs(kind)[size_t(s)];
}

int propertySpecIndex(ElementKind kind, QAnyStringView key)
{
    const std::vector<PropertySpec> &specs = propertySpecs(kind);
    for (size_t s = 0; s < specs.size(); ++s) {
        if (QAnyStringView::equal(specs[s].key, key))
            return int(s);
    }
    return -1;
}

QStringList environmentValues()
{
    return {QStringLiteral("dev"), QStringLiteral("staging"), QStringLiteral("prod")};
}

QString enumValueLabel(const QString &value)
{
    static const QHash<QString, const char *> labels = {
        // Load balancers
        {QStringLiteral("application"), QT_TRANSLATE_NOOP("EnumValue", "Application")},
        {QStringLiteral("network"), QT_TRANSLATE_NOOP("EnumValue", "Network")},
        {QStringLiteral("classic"), QT_TRANSLATE_NOOP("EnumValue", "Classic")},
        {QStringLiteral("internet-facing"), QT_TRANSLATE_NOOP("EnumValue", "Internet-facing")},
        {QStringLiteral("internal"), QT_TRANSLATE_NOOP("EnumValue", "Internal")},
        // Workloads
        {QStringLiteral("web"), QT_TRANSLATE_NOOP("EnumValue", "Web")},
        {QStringLiteral("database"), QT_TRANSLATE_NOOP("EnumValue", "Database")},
        {QStringLiteral("cache"), QT_TRANSLATE_NOOP("EnumValue", "Cache")},
        {QStringLiteral("search"), QT_TRANSLATE_NOOP("EnumValue", "Search")},
        {QStringLiteral("bastion"), QT_TRANSLATE_NOOP("EnumValue", "Bastion")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("EnumValue", "Other")},
        // Route 53
        {QStringLiteral("alias"), QT_TRANSLATE_NOOP("EnumValue", "Alias")},
        // CloudFront
        {QStringLiteral("allow-all"), QT_TRANSLATE_NOOP("EnumValue", "HTTP and HTTPS")},
        {QStringLiteral("redirect-to-https"), QT_TRANSLATE_NOOP("EnumValue", "Redirect HTTP to HTTPS")},
        {QStringLiteral("https-only"), QT_TRANSLATE_NOOP("EnumValue", "HTTPS only")},
        {QStringLiteral("match-viewer"), QT_TRANSLATE_NOOP("EnumValue", "Match viewer")},
        {QStringLiteral("http-only"), QT_TRANSLATE_NOOP("EnumValue", "HTTP only")},
        // Engines
        {QStringLiteral("mysql"), QT_TRANSLATE_NOOP("EnumValue", "MySQL")},
        {QStringLiteral("postgres"), QT_TRANSLATE_NOOP("EnumValue", "PostgreSQL")},
        {QStringLiteral("mariadb"), QT_TRANSLATE_NOOP("EnumValue", "MariaDB")},
        {QStringLiteral("oracle"), QT_TRANSLATE_NOOP("EnumValue", "Oracle")},
        {QStringLiteral("sqlserver"), QT_TRANSLATE_NOOP("EnumValue", "SQL Server")},
        {QStringLiteral("aurora-mysql"), QT_TRANSLATE_NOOP("EnumValue", "Aurora MySQL")},
        {QStringLiteral("aurora-postgresql"), QT_TRANSLATE_NOOP("EnumValue", "Aurora PostgreSQL")},
        {QStringLiteral("redis"), QT_TRANSLATE_NOOP("EnumValue", "Redis")},
        {QStringLiteral("memcached"), QT_TRANSLATE_NOOP("EnumValue", "Memcached")},
        // Environments
        {QStringLiteral("dev"), QT_TRANSLATE_NOOP("EnumValue", "Development")},
        {QStringLiteral("staging"), QT_TRANSLATE_NOOP("EnumValue", "Staging")},
        {QStringLiteral("prod"), QT_TRANSLATE_NOOP("EnumValue", "Production")},
    };
    const auto it = labels.constFind(value);
    return it == labels.constEnd() ? value : QCoreApplication::translate("EnumValue", it.value());
}

} // namespace pillar
