#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pillar {

// Every kind of element a design can hold. What a kind is and may do is one
// row of the kind table (KindTable.cpp, see KindInfo.h); the enum only names
// the rows. The order of the rows, not of the enum, is the palette order;
// nothing depends on the enum's numeric values.
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
    SqsQueue,
    SnsTopic,
    LambdaFunction,
    ApiGateway,         // REST, HTTP or WebSocket API (property "apiType")
    DynamoDbTable,
    KinesisStream,
    NatGateway,
    EcsService,
    EksCluster,
    Region,             // an AWS Region: holds VPCs and regional services
};
// The last enumerator: a test checks that every value up to it has exactly one
// row in the kind table, so move this when adding a kind at the end.
inline constexpr ElementKind kLastKind = ElementKind::Region;

// Palette groups; also used to colour icons.
enum class ElementCategory { Networking, Compute, Containers, Serverless, Database, Integration, StorageDelivery, EntryPoints };

struct KindInfo; // KindInfo.h

// The kind table's rows, in palette order.
const std::vector<KindInfo> &allKinds();
const KindInfo &kindInfo(ElementKind kind);
QString kindKey(ElementKind kind);
std::optional<ElementKind> kindFromKey(const QString &key);
// Translated, user-visible name ("EC2 instance").
QString kindDisplayName(ElementKind kind);
// With its indefinite article, lower-case, for sentences: "an EC2 instance".
QString kindWithArticle(ElementKind kind);
// Plural, for counts and lists: "EC2 instances".
QString kindPlural(ElementKind kind);
QString categoryDisplayName(ElementCategory category);
QStringList allKindKeys();

// The size a non-container element takes on the canvas (icon and label);
// layouts (blueprints, importers) space elements by it.
constexpr double kNodeWidth = 96;
constexpr double kNodeHeight = 80;

bool isDataStore(ElementKind kind);     // RDS, ElastiCache, DynamoDB
bool isCompute(ElementKind kind);       // EC2, Auto Scaling group, Lambda, ECS, EKS
// Kinds that can carry security groups.
bool takesSecurityGroups(ElementKind kind);
// Kinds whose "subnets" property attaches them to subnets of their VPC (load
// balancers, Auto Scaling groups); drawn as dashed lines to those subnets.
bool attachesToSubnets(ElementKind kind);

} // namespace pillar
