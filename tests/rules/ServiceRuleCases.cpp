// Table rows for the rules of the serverless, messaging, container and Region
// kinds: each an edit of the three-tier sample that trips the rule, and a
// close edit that does not.

#include "RuleCases.h"
#include "RuleTestDesigns.h"

namespace pillar::test {

namespace {

const QStringList kPrivateSubnets{QStringLiteral("subnet-private-a"), QStringLiteral("subnet-private-c")};

void addTable(Design &d, QVariantMap props)
{
    addElement(d, ElementKind::DynamoDbTable, "table", "", std::move(props));
}

// A function in the VPC's private subnets that sends to a queue.
void addVpcFunctionToQueue(Design &d)
{
    addElement(d, ElementKind::SqsQueue, "queue", "", {{"deadLetterQueue", QString()}});
    addElement(d, ElementKind::LambdaFunction, "fn", "vpc-main", {{"subnets", kPrivateSubnets}});
    addConnection(d, "fn", "queue");
}

void addNat(Design &d, QStringList routed)
{
    addElement(d, ElementKind::NatGateway, "nat", "subnet-public-a", {{"routedSubnets", routed}});
}

void addEks(Design &d, QVariantMap props)
{
    QVariantMap all{{"subnets", kPrivateSubnets}, {"controlPlaneLogs", QStringLiteral("api, audit")},
                    {"publicAccessCidrs", QStringLiteral("203.0.113.0/24")}};
    for (auto it = props.cbegin(); it != props.cend(); ++it)
        all.insert(it.key(), it.value());
    addElement(d, ElementKind::EksCluster, "eks", "vpc-main", all);
}

void addApi(Design &d, QVariantMap props)
{
    QVariantMap all{{"authorizer", QStringLiteral("cognito")}, {"accessLogging", true}, {"throttlingRate", 1000}};
    for (auto it = props.cbegin(); it != props.cend(); ++it)
        all.insert(it.key(), it.value());
    addElement(d, ElementKind::ApiGateway, "api", "", all);
}

void addStream(Design &d, QVariantMap props)
{
    QVariantMap all{{"encryption", true}, {"shards", 2}, {"expectedKbPerSecond", 1500}, {"expectedRecordsPerSecond", 1200}};
    for (auto it = props.cbegin(); it != props.cend(); ++it)
        all.insert(it.key(), it.value());
    addElement(d, ElementKind::KinesisStream, "stream", "", all);
    addConnection(d, "web-a", "stream");
}

} // namespace

const std::vector<Case> &serviceRuleCases()
{
    static const std::vector<Case> table = {
        {"kinesis-unencrypted", "stream",
         [](Design &d) { addStream(d, {{"encryption", false}}); },
         [](Design &d) { addStream(d, {{"encryption", true}}); }},
        {"api-without-authorizer", "api",
         [](Design &d) { addApi(d, {{"authorizer", QStringLiteral("none")}}); },
         [](Design &d) { addApi(d, {{"authorizer", QStringLiteral("iam")}}); }},
        {"eks-public-endpoint", "eks",
         [](Design &d) { addEks(d, {{"publicAccessCidrs", QStringLiteral("0.0.0.0/0")}}); },
         [](Design &d) { addEks(d, {{"publicAccessCidrs", QStringLiteral("0.0.0.0/0")}, {"endpointPublic", false}, {"endpointPrivate", true}}); }},
        {"eks-control-plane-logging-off", "eks",
         [](Design &d) { addEks(d, {{"controlPlaneLogs", QString()}}); },
         [](Design &d) { addEks(d, {{"controlPlaneLogs", QStringLiteral("audit")}}); }},
        {"imdsv1-allowed", "web-a",
         [](Design &d) { setProp(d, "web-a", "httpTokens", QStringLiteral("optional")); },
         [](Design &d) { setProp(d, "web-a", "httpTokens", QStringLiteral("required")); }},
        {"dynamodb-pitr-off", "table",
         [](Design &d) { addTable(d, {{"pointInTimeRecovery", false}}); },
         [](Design &d) { addTable(d, {{"pointInTimeRecovery", true}}); }},
        {"sqs-without-dlq", "orders",
         [](Design &d) { addElement(d, ElementKind::SqsQueue, "orders", ""); },
         [](Design &d) {
             // The dead-letter queue itself needs none.
             addElement(d, ElementKind::SqsQueue, "orders-dlq", "");
             addElement(d, ElementKind::SqsQueue, "orders", "", {{"deadLetterQueue", QStringLiteral("orders-dlq")}});
         }},
        {"lambda-async-without-dlq", "fn",
         [](Design &d) {
             addElement(d, ElementKind::SnsTopic, "topic", "");
             addElement(d, ElementKind::LambdaFunction, "fn", "");
             addConnection(d, "topic", "fn");
         },
         [](Design &d) {
             // Invoked synchronously by an API: the caller sees the error.
             addApi(d, {});
             addElement(d, ElementKind::LambdaFunction, "fn", "");
             addConnection(d, "api", "fn");
         }},
        {"lambda-in-vpc-without-egress", "fn",
         [](Design &d) { addVpcFunctionToQueue(d); },
         [](Design &d) {
             addVpcFunctionToQueue(d);
             setProp(d, "vpc-main", "endpoints", QStringLiteral("sqs"));
         }},
        {"api-stage-without-logging", "api",
         [](Design &d) { addApi(d, {{"accessLogging", false}}); },
         [](Design &d) { addApi(d, {{"accessLogging", true}}); }},
        {"api-stage-without-throttling", "api",
         [](Design &d) { addApi(d, {{"throttlingRate", 0}}); },
         [](Design &d) { addApi(d, {{"throttlingRate", 500}}); }},
        {"nat-gateway-single-az", "nat",
         [](Design &d) { addNat(d, kPrivateSubnets); },
         [](Design &d) { addNat(d, {QStringLiteral("subnet-private-a")}); }},
        {"single-region-at-scale", "",
         [](Design &d) { d.info.expectedUsers = 20000000; },
         [](Design &d) {
             d.info.expectedUsers = 20000000;
             addElement(d, ElementKind::Vpc, "vpc-us", "", {{"cidr", QStringLiteral("10.20.0.0/16")}, {"region", QStringLiteral("us-west-2")}});
         }},
        {"kinesis-shards-below-throughput", "stream",
         [](Design &d) { addStream(d, {{"shards", 1}}); },
         [](Design &d) { addStream(d, {{"shards", 2}}); }},
        {"dynamodb-provisioned-without-autoscaling", "table",
         [](Design &d) { addTable(d, {{"billingMode", QStringLiteral("provisioned")}, {"autoScaling", false}}); },
         [](Design &d) { addTable(d, {{"billingMode", QStringLiteral("provisioned")}, {"autoScaling", true}}); }},
        {"dynamodb-write-heavy-provisioned", "table",
         [](Design &d) { addTable(d, {{"billingMode", QStringLiteral("provisioned")}, {"writeHeavy", true}, {"writeCapacity", 400}}); },
         [](Design &d) { addTable(d, {{"billingMode", QStringLiteral("on-demand")}, {"writeHeavy", true}}); }},
        {"nat-gateway-cost", "nat",
         [](Design &d) { addNat(d, {QStringLiteral("subnet-private-a")}); },
         [](Design &d) { setProp(d, "vpc-main", "endpoints", QStringLiteral("s3, dynamodb")); }},
    };
    return table;
}

} // namespace pillar::test
