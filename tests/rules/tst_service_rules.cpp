// The rules of the serverless, messaging, container and Region kinds beyond
// their table rows: which invocations need a dead-letter queue, which paths
// let a VPC function out, which routes may stay open, how existing rules
// count ECS services, and that values an import left unknown are never
// reported (the element is listed as not fully checked instead).

#include "RuleTestDesigns.h"

#include "rules/Checker.h"

#include <QTest>

using namespace pillar;
using namespace pillar::test;

namespace {

const QStringList kPrivate{QStringLiteral("subnet-private-a"), QStringLiteral("subnet-private-c")};

int count(const Design &d, const char *rule)
{
    int n = 0;
    for (const Finding &f : checkDesign(d))
        n += f.rule == QLatin1String(rule) && !f.suppressed;
    return n;
}

Design withFunction(QVariantMap props = {})
{
    Design d = sampleDesign();
    addElement(d, ElementKind::LambdaFunction, "fn", "", std::move(props));
    return d;
}

Design withVpcFunction()
{
    Design d = sampleDesign();
    addElement(d, ElementKind::DynamoDbTable, "table", "", {{"pointInTimeRecovery", true}});
    addElement(d, ElementKind::LambdaFunction, "fn", "vpc-main", {{"subnets", kPrivate}});
    addConnection(d, "fn", "table");
    return d;
}

} // namespace

class TestServiceRules : public QObject
{
    Q_OBJECT

private slots:
    void lambdaDeadLetterQueueByInvocation()
    {
        Design sns = withFunction();
        addElement(sns, ElementKind::SnsTopic, "topic", "");
        addConnection(sns, "topic", "fn");
        QCOMPARE(count(sns, "lambda-async-without-dlq"), 1);

        Design s3 = withFunction();
        addElement(s3, ElementKind::S3Bucket, "uploads", "");
        addConnection(s3, "uploads", "fn");
        QCOMPARE(count(s3, "lambda-async-without-dlq"), 1);
        addElement(s3, ElementKind::SqsQueue, "failed", "");
        setProp(s3, "fn", "onFailure", QStringLiteral("failed"));
        QCOMPARE(count(s3, "lambda-async-without-dlq"), 0);

        // An event source mapping retries from the queue itself.
        Design sqs = withFunction();
        addElement(sqs, ElementKind::SqsQueue, "jobs", "");
        addConnection(sqs, "jobs", "fn");
        QCOMPARE(count(sqs, "lambda-async-without-dlq"), 0);

        // EventBridge and other undrawn sources: the invocation property says so.
        QCOMPARE(count(withFunction({{"invocation", QStringLiteral("asynchronous")}}), "lambda-async-without-dlq"), 1);
        QCOMPARE(count(withFunction({{"invocation", QStringLiteral("synchronous")}}), "lambda-async-without-dlq"), 0);

        // A destination the template does not show is not a missing one.
        Design unknown = withFunction({{"invocation", QStringLiteral("asynchronous")}});
        el(unknown, "fn").unknown << QStringLiteral("onFailure");
        QCOMPARE(count(unknown, "lambda-async-without-dlq"), 0);
    }

    void lambdaEgressThroughNatOrEndpoint()
    {
        QCOMPARE(count(withVpcFunction(), "lambda-in-vpc-without-egress"), 1);

        Design natted = withVpcFunction();
        addElement(natted, ElementKind::NatGateway, "nat-a", "subnet-public-a", {{"routedSubnets", QStringList{"subnet-private-a"}}});
        QCOMPARE(count(natted, "lambda-in-vpc-without-egress"), 1); // subnet C still has no way out
        addElement(natted, ElementKind::NatGateway, "nat-c", "subnet-public-c", {{"routedSubnets", QStringList{"subnet-private-c"}}});
        QCOMPARE(count(natted, "lambda-in-vpc-without-egress"), 0);

        Design endpoint = withVpcFunction();
        setProp(endpoint, "vpc-main", "endpoints", QStringLiteral("s3, dynamodb"));
        QCOMPARE(count(endpoint, "lambda-in-vpc-without-egress"), 0);

        // A function that only talks to the database in its VPC needs no egress.
        Design inside = withVpcFunction();
        removeConnection(inside, "fn-to-table-1");
        addConnection(inside, "fn", "db-main", 3306, "tcp");
        QCOMPARE(count(inside, "lambda-in-vpc-without-egress"), 0);

        // Routes or endpoints the template does not show: not judged.
        Design routes = withVpcFunction();
        addElement(routes, ElementKind::NatGateway, "nat", "subnet-public-a");
        el(routes, "nat").unknown << QStringLiteral("routedSubnets");
        QCOMPARE(count(routes, "lambda-in-vpc-without-egress"), 0);
        Design endpoints = withVpcFunction();
        el(endpoints, "vpc-main").unknown << QStringLiteral("endpoints");
        QCOMPARE(count(endpoints, "lambda-in-vpc-without-egress"), 0);
    }

    void apiRoutesPublicByDesign_data()
    {
        QTest::addColumn<QString>("authorizer");
        QTest::addColumn<QString>("openRoutes");
        QTest::addColumn<int>("findings");
        QTest::newRow("no authorizer, no routes drawn") << "none" << "" << 1;
        QTest::newRow("no authorizer, every route open") << "none" << "GET /items, POST /items" << 1;
        QTest::newRow("only CORS preflight open") << "none" << "OPTIONS /items" << 0;
        QTest::newRow("webhook and health open") << "cognito" << "POST /webhooks/stripe, GET /health" << 0;
        QTest::newRow("one data route open") << "cognito" << "OPTIONS /items, GET /items" << 1;
        QTest::newRow("all routes authorized") << "jwt" << "" << 0;
    }
    void apiRoutesPublicByDesign()
    {
        QFETCH(QString, authorizer);
        QFETCH(QString, openRoutes);
        QFETCH(int, findings);
        Design d = sampleDesign();
        addElement(d, ElementKind::ApiGateway, "api", "", {{"authorizer", authorizer}, {"openRoutes", openRoutes}});
        QCOMPARE(count(d, "api-without-authorizer"), findings);
        el(d, "api").unknown << QStringLiteral("openRoutes");
        QCOMPARE(count(d, "api-without-authorizer"), 0);
    }

    void ecsServicesCountAsTargets()
    {
        Design d = sampleDesign();
        removeConnection(d, "alb-to-web-a");
        removeConnection(d, "alb-to-web-c");
        addElement(d, ElementKind::EcsService, "svc", "vpc-main", {{"subnets", QStringList{"subnet-private-a"}}, {"desiredCount", 1}});
        addConnection(d, "alb-web", "svc", 80, "http");
        QCOMPARE(count(d, "compute-single-az"), 1);
        QCOMPARE(count(d, "lb-single-target"), 1);
        setProp(d, "svc", "subnets", kPrivate);
        setProp(d, "svc", "desiredCount", 2);
        QCOMPARE(count(d, "compute-single-az"), 0);
        QCOMPARE(count(d, "lb-single-target"), 0);

        // A Lambda target scales by itself.
        Design fn = sampleDesign();
        removeConnection(fn, "alb-to-web-a");
        removeConnection(fn, "alb-to-web-c");
        addElement(fn, ElementKind::LambdaFunction, "fn", "");
        addConnection(fn, "alb-web", "fn");
        QCOMPARE(count(fn, "lb-single-target"), 0);
    }

    void unknownValuesAreNotReported()
    {
        Design d = sampleDesign();
        setProp(d, "web-a", "httpTokens", QStringLiteral("optional"));
        el(d, "web-a").unknown << QStringLiteral("httpTokens");
        addElement(d, ElementKind::DynamoDbTable, "table", "", {{"pointInTimeRecovery", false}});
        el(d, "table").unknown << QStringLiteral("pointInTimeRecovery");
        addElement(d, ElementKind::KinesisStream, "stream", "", {{"encryption", false}, {"shards", 1}});
        el(d, "stream").unknown << QStringLiteral("encryption") << QStringLiteral("expectedKbPerSecond");
        addElement(d, ElementKind::SqsQueue, "queue", "");
        el(d, "queue").unknown << QStringLiteral("deadLetterQueue");
        addElement(d, ElementKind::EksCluster, "eks", "vpc-main", {{"subnets", kPrivate}});
        el(d, "eks").unknown << QStringLiteral("publicAccessCidrs") << QStringLiteral("controlPlaneLogs") << QStringLiteral("nodeHttpTokens");
        for (const char *rule : {"imdsv1-allowed", "dynamodb-pitr-off", "kinesis-unencrypted", "kinesis-shards-below-throughput",
                                 "sqs-without-dlq", "eks-public-endpoint", "eks-control-plane-logging-off"})
            QVERIFY2(count(d, rule) == 0, rule);
    }

    void instancesOfAGroupAreJudgedWithIt()
    {
        Design d = sampleDesign();
        addElement(d, ElementKind::AutoScalingGroup, "asg", "vpc-main", {{"subnets", kPrivate}, {"httpTokens", QStringLiteral("optional")}});
        setProp(d, "web-a", "autoScalingGroup", QStringLiteral("asg"));
        setProp(d, "web-a", "httpTokens", QStringLiteral("optional"));
        QCOMPARE(count(d, "imdsv1-allowed"), 1); // the group, not its instance
    }

    void singleRegionCountsRegions()
    {
        Design d = sampleDesign();
        d.info.expectedUsers = 12000000;
        QCOMPARE(count(d, "single-region-at-scale"), 1);
        d.info.expectedUsers = 9000000;
        QCOMPARE(count(d, "single-region-at-scale"), 0);
    }
};

QTEST_GUILESS_MAIN(TestServiceRules)
#include "tst_service_rules.moc"
