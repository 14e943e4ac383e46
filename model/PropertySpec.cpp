#include "PropertySpec.h"

#include "Cidr.h"
#include "KindInfo.h"

#include <QCoreApplication>
#include <QHash>

namespace pillar {

PropertySpec boolProp(const char *key, const char *label, bool def)
{
    return {QString::fromLatin1(key), PropertyType::Bool, label, QVariant(def)};
}

PropertySpec intProp(const char *key, const char *label, int def, int min, int max, const char *unit)
{
    return {QString::fromLatin1(key), PropertyType::Int, label, QVariant(def), {}, min, max, unit};
}

PropertySpec stringProp(const char *key, const char *label, const char *def)
{
    return {QString::fromLatin1(key), PropertyType::String, label, QVariant(QString::fromLatin1(def))};
}

PropertySpec enumProp(const char *key, const char *label, const QStringList &values, const char *def)
{
    return {QString::fromLatin1(key), PropertyType::Enum, label, QVariant(QString::fromLatin1(def)), values};
}

PropertySpec cidrProp(const char *key, const char *label, const char *def)
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
    return kindInfo(kind).properties;
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
        // Queues and topics
        {QStringLiteral("standard"), QT_TRANSLATE_NOOP("EnumValue", "Standard")},
        {QStringLiteral("fifo"), QT_TRANSLATE_NOOP("EnumValue", "FIFO")},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("EnumValue", "None")},
        {QStringLiteral("sqs-managed"), QT_TRANSLATE_NOOP("EnumValue", "SQS-managed keys (SSE-SQS)")},
        {QStringLiteral("kms"), QT_TRANSLATE_NOOP("EnumValue", "KMS key (SSE-KMS)")},
        // Lambda
        {QStringLiteral("synchronous"), QT_TRANSLATE_NOOP("EnumValue", "Synchronously (API, load balancer, SDK call)")},
        {QStringLiteral("asynchronous"), QT_TRANSLATE_NOOP("EnumValue", "Asynchronously (SNS, S3, EventBridge, schedule)")},
        {QStringLiteral("event-source"), QT_TRANSLATE_NOOP("EnumValue", "By an event source mapping (SQS, Kinesis, DynamoDB stream)")},
        // API Gateway
        {QStringLiteral("rest"), QT_TRANSLATE_NOOP("EnumValue", "REST API")},
        {QStringLiteral("http"), QT_TRANSLATE_NOOP("EnumValue", "HTTP API")},
        {QStringLiteral("websocket"), QT_TRANSLATE_NOOP("EnumValue", "WebSocket API")},
        {QStringLiteral("regional"), QT_TRANSLATE_NOOP("EnumValue", "Regional")},
        {QStringLiteral("edge"), QT_TRANSLATE_NOOP("EnumValue", "Edge-optimized")},
        {QStringLiteral("private"), QT_TRANSLATE_NOOP("EnumValue", "Private")},
        {QStringLiteral("public"), QT_TRANSLATE_NOOP("EnumValue", "Public")},
        {QStringLiteral("iam"), QT_TRANSLATE_NOOP("EnumValue", "IAM")},
        {QStringLiteral("cognito"), QT_TRANSLATE_NOOP("EnumValue", "Cognito user pool")},
        {QStringLiteral("lambda"), QT_TRANSLATE_NOOP("EnumValue", "Lambda authorizer")},
        {QStringLiteral("jwt"), QT_TRANSLATE_NOOP("EnumValue", "JWT")},
        // DynamoDB and Kinesis
        {QStringLiteral("on-demand"), QT_TRANSLATE_NOOP("EnumValue", "On-demand")},
        {QStringLiteral("provisioned"), QT_TRANSLATE_NOOP("EnumValue", "Provisioned")},
        {QStringLiteral("aws-owned"), QT_TRANSLATE_NOOP("EnumValue", "AWS owned key")},
        {QStringLiteral("aws-managed"), QT_TRANSLATE_NOOP("EnumValue", "AWS managed key")},
        {QStringLiteral("customer-managed"), QT_TRANSLATE_NOOP("EnumValue", "Customer managed key")},
        // ECS
        {QStringLiteral("fargate"), QT_TRANSLATE_NOOP("EnumValue", "Fargate")},
        {QStringLiteral("ec2"), QT_TRANSLATE_NOOP("EnumValue", "EC2")},
        // Environments
        {QStringLiteral("dev"), QT_TRANSLATE_NOOP("EnumValue", "Development")},
        {QStringLiteral("staging"), QT_TRANSLATE_NOOP("EnumValue", "Staging")},
        {QStringLiteral("prod"), QT_TRANSLATE_NOOP("EnumValue", "Production")},
    };
    const auto it = labels.constFind(value);
    return it == labels.constEnd() ? value : QCoreApplication::translate("EnumValue", it.value());
}

} // namespace pillar
