#pragma once

#include "ElementKind.h"
#include "PropertySpec.h"

#include <QColor>
#include <QSizeF>

#include <vector>

namespace pillar {

// What a kind is, as flags of KindInfo::roles. The checker's rules and the
// layouts ask these instead of listing kinds.
enum KindRole : unsigned {
    EntryPoint = 1u << 0, // where users' traffic arrives (Internet, DNS, CDN)
    Boundary = 1u << 1,   // a network boundary (VPC, AZ, subnet, security group): not a connection end
    Compute = 1u << 2,    // runs the application (EC2, Auto Scaling group, Lambda, ECS, EKS)
    DataStore = 1u << 3,  // holds the application's data (RDS, ElastiCache, DynamoDB)
};

// Where the automatic layout puts an element among its siblings.
enum class LayoutBand {
    Entry,  // the first column at the top level: where traffic enters
    Middle, // the main column: VPCs and whatever else is not below
    Side,   // the last column at the top level: regional storage beside the VPCs
    Groups, // in rows under the rest: security groups
};

// How a connection from this kind to a Lambda function invokes it: what
// decides whether the function needs a dead-letter queue or on-failure
// destination (asynchronous) or none (the caller sees the error).
enum class LambdaInvocation {
    NotStated,   // application code calls it; the connection does not say how
    Synchronous, // API Gateway, a load balancer: the caller waits for the answer
    EventSource, // SQS, Kinesis, DynamoDB streams: Lambda polls and retries by itself
    Asynchronous,// SNS, S3 notifications: the event is queued and may be dropped
};

// How the automatic layout arranges a container's children.
enum class ContainerLayout {
    Grid,    // children in a square grid
    Zones,   // a VPC: its load balancers and Auto Scaling groups in a column, then its zones stacked
    Subnets, // an Availability Zone: subnets side by side, public first
};

// One part of the caption the canvas shows under or beside an element: the
// value of one of its properties. Texts are untranslated (context "Canvas").
struct CaptionPart {
    const char *key;
    const char *unknownText;       // shown when an importer could not determine the value
    const char *ifTrue = nullptr;  // for a true/false property: its two texts
    const char *ifFalse = nullptr;
};

// One row of the kind table: everything Pillar knows about a kind. Adding a
// kind adds a row (KindTable.cpp), an enum value, an icon
// (resources/icons/<key>.svg) and an importer mapping; nothing else lists
// kinds. Texts are untranslated; the accessors translate them.
struct KindInfo {
    ElementKind kind;
    const char *key;        // file-format name, e.g. "ec2-instance"; also the icon's name
    const char *idPrefix;   // prefix of generated ids, e.g. "ec2"
    ElementCategory category;
    bool container;         // drawn as a box that holds other elements

    // Names (context "ElementKind").
    const char *name;        // "EC2 instance"
    const char *withArticle; // "an EC2 instance"
    const char *plural;      // "EC2 instances"
    unsigned roles = 0;      // KindRole flags

    // Where it may stand and what it holds.
    bool topLevel = false;                  // may stand outside any container
    std::vector<ElementKind> parents = {};  // the kinds of container it may stand in
    const char *nestingRefusal = nullptr;   // said instead of the usual sentence when it is put in a container (context "Placement")
    bool takesSecurityGroups = false;
    bool attachesToSubnets = false;         // its "subnets" property lists subnets of its VPC
    bool holdsIngress = false;              // has ingress rules (security groups)
    bool holdsListeners = false;            // has listeners (load balancers)

    // Connections it may open, checked by connectionProblem() (context "Placement").
    std::vector<ElementKind> connectsTo = {};
    const char *connectionRefusal = nullptr; // why not, when the target is not in connectsTo; %1 is the target's kind
    const char *targetRefusal = nullptr;     // why no connection may end at it
    LambdaInvocation invokesLambda = LambdaInvocation::NotStated; // a connection from it to a Lambda function
    // A regional AWS service that code in a VPC reaches over its public API
    // (through a NAT gateway or a VPC endpoint): the endpoint's service name,
    // as in com.amazonaws.<region>.<name>, e.g. "sqs"; nullptr for the rest.
    const char *endpointService = nullptr;

    // Canvas.
    int layoutRank = 10;                      // left-to-right order among siblings
    LayoutBand band = LayoutBand::Middle;
    ContainerLayout arrangement = ContainerLayout::Grid;
    QSizeF defaultSize = {};                  // containers: size when created from the palette
    // Containers: frame and fill colours (RenderStyle draws public subnets green).
    QRgb frameColor = 0;
    QRgb fillColor = 0;
    bool dashedFrame = false;
    std::vector<CaptionPart> caption = {};    // joined with " · "

    std::vector<PropertySpec> properties = {}; // in display order

    // The CloudFormation resource types the importer turns into this kind.
    std::vector<const char *> cfnTypes = {};

    // The draw.io export: the style that makes a cell this kind's shape in
    // draw.io's AWS library ("mxgraph.aws4": its shape or resource icon,
    // group icon and colours). Containers get their group's frame; a style
    // without "shape=" is a plain labelled box. DrawioExport.cpp adds what
    // every cell shares (label placement, container behaviour).
    const char *drawioStyle = nullptr;

    bool has(KindRole role) const { return (roles & role) != 0; }
};

} // namespace pillar
