#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pillar {

// Every kind of element a design can hold. The order is the palette order.
enum class ElementKind {
    Internet,           // "Internet / users": where traffic comes from
    Route53Record,      // the DNS name users resolve
    CloudFront,         // CloudFront distribution
    S3Bucket,
    Vpc,
    AvailabilityZone,
    Subnet,
    SecurityGroup,
    LoadBalancer,       // ALB, NLB or Classic (property "type")
    AutoScalingGroup,
    Ec2Instance,
    RdsInstance,
    ElastiCache,
};

// Palette groups; also used to colour icons.
enum class ElementCategory { Networking, Compute, Database, StorageDelivery, EntryPoints };

struct KindInfo {
    ElementKind kind;
    const char *key;        // file-format name, e.g. "ec2-instance"
    const char *idPrefix;   // prefix of generated ids, e.g. "ec2"
    ElementCategory category;
    bool container;         // drawn as a box that holds other elements
};

const std::vector<KindInfo> &allKinds();
const KindInfo &kindInfo(ElementKind kind);
QString kindKey(ElementKind kind);
std::optional<ElementKind> kindFromKey(const QString &key);
// Translated, user-visible name ("EC2 instance").
QString kindDisplayName(ElementKind kind);
// With its indefinite article, lower-case, for sentences: "an EC2 instance".
QString kindWithArticle(ElementKind kind);
QString categoryDisplayName(ElementCategory category);
QStringList allKindKeys();

// The size a non-container element takes on the canvas (icon and label);
// layouts (blueprints, importers) space elements by it.
constexpr double kNodeWidth = 96;
constexpr double kNodeHeight = 80;

bool isDataStore(ElementKind kind);     // RDS, ElastiCache
bool isCompute(ElementKind kind);       // EC2, Auto Scaling group
// Kinds that can carry security groups.
bool takesSecurityGroups(ElementKind kind);

} // namespace pillar
