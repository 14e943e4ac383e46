// Serverless, messaging and container resources from CloudFormation and SAM
// (tests/data/import/serverless.yaml, sam-app.yaml, containers.yaml): each
// becomes its kind with the properties the checker needs, triggers and
// integrations become connections, unknown values are marked, and resources
// of types Pillar does not model are reported as such.
#include "TestPaths.h"
#include "importers/CfnImport.h"
#include "io/DesignJson.h"

#include <QtTest>

using namespace pillar;

namespace {

CfnImportResult importFixture(const char *name)
{
    QFile file(test::dataDir() + QStringLiteral("/import/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    CfnImportResult r = importCloudFormation(file.readAll(), QLatin1String(name));
    if (!r.ok())
        qWarning() << r.error.toString();
    return r;
}

bool connected(const Design &design, const char *from, const char *to)
{
    for (const Connection &c : design.connections()) {
        if (c.from == QLatin1String(from) && c.to == QLatin1String(to))
            return true;
    }
    return false;
}

QString kindOf(const Design &design, const char *id)
{
    const Element *e = design.element(QLatin1String(id));
    return e ? kindKey(e->kind) : QStringLiteral("(none)");
}

QVariant value(const Design &design, const char *id, const char *key)
{
    const Element *e = design.element(QLatin1String(id));
    return e ? e->value(QLatin1String(key)) : QVariant();
}

} // namespace

class TestServerlessImport : public QObject
{
    Q_OBJECT

private slots:
    void kindsOfThePlainTemplate_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("kind");
        QTest::newRow("table") << "OrdersTable" << "dynamodb-table";
        QTest::newRow("queue") << "WorkQueue" << "sqs-queue";
        QTest::newRow("topic") << "OrderEvents" << "sns-topic";
        QTest::newRow("stream") << "ClickStream" << "kinesis-stream";
        QTest::newRow("function") << "OrdersFunction" << "lambda-function";
        QTest::newRow("api") << "OrdersApi" << "api-gateway";
    }

    void kindsOfThePlainTemplate()
    {
        QFETCH(QString, id);
        QFETCH(QString, kind);
        const CfnImportResult r = importFixture("serverless.yaml");
        QVERIFY(r.ok());
        QCOMPARE(kindOf(*r.design, qPrintable(id)), kind);
        QCOMPARE(r.report.resource(id)->outcome, ImportedResource::Mapped);
    }

    void dynamoDbCapacityAndAutoScaling()
    {
        const CfnImportResult r = importFixture("serverless.yaml");
        const Design &d = *r.design;
        QCOMPARE(value(d, "OrdersTable", "billingMode").toString(), QStringLiteral("provisioned"));
        QCOMPARE(value(d, "OrdersTable", "readCapacity").toInt(), 20);
        QCOMPARE(value(d, "OrdersTable", "writeCapacity").toInt(), 50);
        QCOMPARE(value(d, "OrdersTable", "autoScaling").toBool(), true);
        QCOMPARE(value(d, "OrdersTable", "pointInTimeRecovery").toBool(), false);
        QCOMPARE(value(d, "OrdersTable", "encryption").toString(), QStringLiteral("aws-managed"));
        QCOMPARE(value(d, "OrdersTable", "stream").toBool(), true);
        QCOMPARE(r.report.resource(QStringLiteral("OrdersWriteTarget"))->outcome, ImportedResource::Merged);
        QCOMPARE(r.report.elementFor(QStringLiteral("OrdersWriteScaling")), QStringLiteral("OrdersTable"));
    }

    void queuesTopicsAndStreams()
    {
        const CfnImportResult r = importFixture("serverless.yaml");
        const Design &d = *r.design;
        QCOMPARE(value(d, "WorkQueue", "deadLetterQueue").toString(), QStringLiteral("WorkDeadLetters"));
        QCOMPARE(value(d, "WorkQueue", "maxReceiveCount").toInt(), 5);
        QCOMPARE(value(d, "WorkQueue", "visibilityTimeout").toInt(), 180);
        QCOMPARE(value(d, "WorkQueue", "encryption").toString(), QStringLiteral("sqs-managed"));
        QCOMPARE(value(d, "WorkDeadLetters", "encryption").toString(), QStringLiteral("none"));
        QCOMPARE(value(d, "WorkDeadLetters", "deadLetterQueue").toString(), QString());
        QCOMPARE(value(d, "OrderEvents", "encryption").toBool(), true);
        QCOMPARE(value(d, "ClickStream", "shards").toInt(), 2);
        QCOMPARE(value(d, "ClickStream", "retentionHours").toInt(), 48);
        QCOMPARE(value(d, "ClickStream", "encryption").toBool(), false);
        // Subscriptions are connections; one by e-mail has no element to reach.
        QVERIFY(connected(d, "OrderEvents", "WorkQueue"));
        QVERIFY(connected(d, "OrderEvents", "AuditFunction"));
        QCOMPARE(r.report.resource(QStringLiteral("OrderEventsByMail"))->outcome, ImportedResource::Merged);
    }

    void functionsAndWhatInvokesThem()
    {
        const CfnImportResult r = importFixture("serverless.yaml");
        const Design &d = *r.design;
        QCOMPARE(value(d, "OrdersFunction", "runtime").toString(), QStringLiteral("python3.12"));
        QCOMPARE(value(d, "OrdersFunction", "memoryMb").toInt(), 512);
        QCOMPARE(value(d, "OrdersFunction", "timeoutSeconds").toInt(), 10);
        QCOMPARE(value(d, "OrdersFunction", "iamRole").toString(), QStringLiteral("ApiRole"));
        QCOMPARE(value(d, "OrdersFunction", "invocation").toString(), QStringLiteral("synchronous"));
        QCOMPARE(value(d, "WorkerFunction", "reservedConcurrency").toInt(), 10);
        QVERIFY(connected(d, "WorkQueue", "WorkerFunction"));
        QCOMPARE(value(d, "WorkerFunction", "invocation").toString(), QStringLiteral("event-source"));
        QCOMPARE(r.report.elementFor(QStringLiteral("WorkerMapping")), QStringLiteral("WorkerFunction"));
        QVERIFY(connected(d, "OrdersTable", "StreamFunction"));
        QCOMPARE(value(d, "StreamFunction", "onFailure").toString(), QStringLiteral("WorkDeadLetters"));
        QCOMPARE(value(d, "AuditFunction", "invocation").toString(), QStringLiteral("asynchronous"));
        QCOMPARE(r.report.resource(QStringLiteral("ApiInvokePermission"))->outcome, ImportedResource::Used);
        // Its on-failure destination is a parameter without a value: not fully checked.
        QVERIFY(d.element(QStringLiteral("AuditFunction"))->isUnknown(QStringLiteral("onFailure")));
        QVERIFY(r.report.notFullyChecked().contains(QStringLiteral("AuditFunction")));
        QCOMPARE(r.report.elementFor(QStringLiteral("AuditInvokeConfig")), QStringLiteral("AuditFunction"));
    }

    void restApiMethodsStagesAndIntegrations()
    {
        const CfnImportResult r = importFixture("serverless.yaml");
        const Design &d = *r.design;
        QCOMPARE(value(d, "OrdersApi", "apiType").toString(), QStringLiteral("rest"));
        QCOMPARE(value(d, "OrdersApi", "endpointType").toString(), QStringLiteral("regional"));
        QCOMPARE(value(d, "OrdersApi", "authorizer").toString(), QStringLiteral("cognito"));
        QCOMPARE(value(d, "OrdersApi", "openRoutes").toString(), QStringLiteral("OPTIONS /orders, GET /"));
        QCOMPARE(value(d, "OrdersApi", "throttlingRate").toInt(), 500);
        QCOMPARE(value(d, "OrdersApi", "accessLogging").toBool(), false);
        QCOMPARE(value(d, "OrdersApi", "stageName").toString(), QStringLiteral("prod"));
        QVERIFY(connected(d, "OrdersApi", "OrdersFunction"));
        QVERIFY(connected(d, "Internet", "OrdersApi")); // users reach a regional API
        for (const char *id : {"OrdersResource", "OrdersAuthorizer", "PostOrder", "OrdersDeployment", "OrdersStage"})
            QCOMPARE(r.report.elementFor(QLatin1String(id)), QStringLiteral("OrdersApi"));
    }

    void unmodelledResourcesAreListed()
    {
        const CfnImportResult r = importFixture("serverless.yaml");
        QStringList ids;
        for (const ImportedResource &n : r.report.notModelled())
            ids << n.logicalId;
        QCOMPARE(ids, QStringList({"ApiRole", "OrdersLogs", "Fulfilment"}));
        QCOMPARE(r.report.notModelledTypes(),
                 QStringLiteral("AWS::IAM::Role ×1, AWS::Logs::LogGroup ×1, AWS::StepFunctions::StateMachine ×1"));
        QVERIFY(!r.report.nothingModelled());
        // Resources a mapper read or folded in are modelled even without an element of their own.
        for (const ImportedResource &res : r.report.resources) {
            if (res.outcome != ImportedResource::Skipped)
                QVERIFY2(res.modelled, qPrintable(res.logicalId));
        }

        const CfnImportResult none = importFixture("unmodelled.yaml");
        QVERIFY(none.ok());
        QVERIFY(none.report.nothingModelled());
        QCOMPARE(none.report.notModelled().size(), 3);
        QCOMPARE(none.design->elements().size(), 0);
    }

    void samWithoutTheTransform()
    {
        const CfnImportResult r = importFixture("sam-app.yaml");
        QVERIFY(r.ok());
        const Design &d = *r.design;
        QCOMPARE(kindOf(d, "ItemsTable"), QStringLiteral("dynamodb-table"));
        QCOMPARE(value(d, "ItemsTable", "billingMode").toString(), QStringLiteral("on-demand"));
        // Globals give the functions their runtime, memory and timeout; a function's own value wins.
        QCOMPARE(value(d, "ListItems", "runtime").toString(), QStringLiteral("python3.12"));
        QCOMPARE(value(d, "ListItems", "memoryMb").toInt(), 256);
        QCOMPARE(value(d, "ListItems", "timeoutSeconds").toInt(), 15);
        QCOMPARE(value(d, "Thumbnailer", "memoryMb").toInt(), 1024);
        // HttpApi: JWT by default, the health route opted out.
        QCOMPARE(value(d, "ItemsApi", "apiType").toString(), QStringLiteral("http"));
        QCOMPARE(value(d, "ItemsApi", "authorizer").toString(), QStringLiteral("jwt"));
        QCOMPARE(value(d, "ItemsApi", "openRoutes").toString(), QStringLiteral("GET /health"));
        QCOMPARE(value(d, "ItemsApi", "accessLogging").toBool(), true);
        QVERIFY(connected(d, "ItemsApi", "ListItems"));
        QCOMPARE(value(d, "ListItems", "invocation").toString(), QStringLiteral("synchronous"));
        // An Api event without RestApiId is SAM's implicit API.
        QCOMPARE(kindOf(d, "ServerlessRestApi"), QStringLiteral("api-gateway"));
        QCOMPARE(value(d, "ServerlessRestApi", "openRoutes").toString(), QStringLiteral("GET /ping"));
        QVERIFY(connected(d, "ServerlessRestApi", "PublicPing"));
        // S3, SQS and Schedule events.
        QVERIFY(connected(d, "Uploads", "Thumbnailer"));
        QCOMPARE(value(d, "Thumbnailer", "invocation").toString(), QStringLiteral("asynchronous"));
        QCOMPARE(value(d, "Thumbnailer", "onFailure").toString(), QStringLiteral("Jobs"));
        QVERIFY(connected(d, "Jobs", "JobWorker"));
        QCOMPARE(value(d, "JobWorker", "invocation").toString(), QStringLiteral("event-source"));
        QCOMPARE(value(d, "Jobs", "queueType").toString(), QStringLiteral("fifo"));
        QCOMPARE(value(d, "Nightly", "invocation").toString(), QStringLiteral("asynchronous"));
        QCOMPARE(value(d, "Nightly", "onFailure").toString(), QString());
        QVERIFY(r.report.notModelled().isEmpty());
    }

    void natGatewayEcsAndEks()
    {
        const CfnImportResult r = importFixture("containers.yaml");
        QVERIFY(r.ok());
        const Design &d = *r.design;
        QCOMPARE(kindOf(d, "Nat"), QStringLiteral("nat-gateway"));
        QCOMPARE(d.element(QStringLiteral("Nat"))->parent, QStringLiteral("PublicA"));
        QCOMPARE(value(d, "Nat", "routedSubnets").toStringList(), QStringList({"PrivateA", "PrivateB"}));
        QCOMPARE(r.report.elementFor(QStringLiteral("NatIp")), QStringLiteral("Nat"));

        QCOMPARE(kindOf(d, "WebService"), QStringLiteral("ecs-service"));
        const Element *svc = d.element(QStringLiteral("WebService"));
        QCOMPARE(svc->parent, QStringLiteral("Vpc"));
        QCOMPARE(svc->securityGroups, QStringList({"TaskGroup"}));
        QCOMPARE(value(d, "WebService", "launchType").toString(), QStringLiteral("fargate"));
        QCOMPARE(value(d, "WebService", "desiredCount").toInt(), 3);
        QCOMPARE(value(d, "WebService", "subnets").toStringList(), QStringList({"PrivateA", "PrivateB"}));
        QCOMPARE(value(d, "WebService", "publicIp").toBool(), false);
        QCOMPARE(value(d, "WebService", "cpuUnits").toInt(), 512);
        QCOMPARE(value(d, "WebService", "memoryMb").toInt(), 1024);
        QVERIFY(connected(d, "Alb", "WebService"));
        QCOMPARE(r.report.elementFor(QStringLiteral("WebTask")), QStringLiteral("WebService"));
        QCOMPARE(r.report.resource(QStringLiteral("Cluster"))->outcome, ImportedResource::Used);

        QCOMPARE(kindOf(d, "Eks"), QStringLiteral("eks-cluster"));
        QCOMPARE(d.element(QStringLiteral("Eks"))->parent, QStringLiteral("Vpc"));
        QCOMPARE(value(d, "Eks", "version").toString(), QStringLiteral("1.30"));
        QCOMPARE(value(d, "Eks", "endpointPublic").toBool(), true);
        QCOMPARE(value(d, "Eks", "endpointPrivate").toBool(), true);
        QCOMPARE(value(d, "Eks", "publicAccessCidrs").toString(), QStringLiteral("0.0.0.0/0")); // AWS's default
        QCOMPARE(value(d, "Eks", "controlPlaneLogs").toString(), QStringLiteral("api, audit"));
        QCOMPARE(value(d, "Eks", "nodeSubnets").toStringList(), QStringList({"PrivateA", "PrivateB"}));
        QCOMPARE(value(d, "Eks", "nodeCount").toInt(), 3);
        QCOMPARE(value(d, "Eks", "nodeInstanceType").toString(), QStringLiteral("m6i.large"));
        QCOMPARE(r.report.elementFor(QStringLiteral("EksNodes")), QStringLiteral("Eks"));
        QVERIFY(r.report.notModelled().isEmpty());
    }

    void unknownValuesMarkElementsNotFullyChecked()
    {
        const QByteArray text = "Parameters:\n  Shards: {Type: Number}\n  Subnet: {Type: String}\nResources:\n"
                                "  S: {Type: AWS::Kinesis::Stream, Properties: {ShardCount: !Ref Shards}}\n"
                                "  T: {Type: AWS::DynamoDB::Table, Properties: {BillingMode: PROVISIONED,"
                                " PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: !Ref Shards}}}\n"
                                "  F: {Type: AWS::Lambda::Function, Properties: {Runtime: python3.12,"
                                " VpcConfig: {SubnetIds: [!GetAtt Missing.SubnetId]}}}\n";
        const CfnImportResult r = importCloudFormation(text, QStringLiteral("unknowns.yaml"));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QVERIFY(r.design->element(QStringLiteral("S"))->isUnknown(QStringLiteral("shards")));
        QVERIFY(r.design->element(QStringLiteral("T"))->isUnknown(QStringLiteral("pointInTimeRecovery")));
        QVERIFY(r.design->element(QStringLiteral("F"))->isUnknown(QStringLiteral("subnets")));
        QVERIFY(r.design->element(QStringLiteral("F"))->isUnknown(QStringLiteral("invocation")));
        const QStringList partial = r.report.notFullyChecked();
        for (const char *id : {"S", "T", "F"})
            QVERIFY2(partial.contains(QLatin1String(id)), id);
    }

    void invokedByCloudFrontOrCloudFormation()
    {
        const QByteArray text = "Resources:\n"
                                "  Edge: {Type: AWS::Lambda::Function, Properties: {Runtime: nodejs20.x}}\n"
                                "  EdgeVersion: {Type: AWS::Lambda::Version, Properties: {FunctionName: !Ref Edge}}\n"
                                "  Cdn: {Type: AWS::CloudFront::Distribution, Properties: {DistributionConfig: {DefaultCacheBehavior:"
                                " {ViewerProtocolPolicy: https-only, LambdaFunctionAssociations: [{EventType: viewer-request,"
                                " LambdaFunctionARN: !Ref EdgeVersion}]}}}}\n"
                                "  Provider: {Type: AWS::Lambda::Function, Properties: {Runtime: python3.12}}\n"
                                "  Lookup: {Type: Custom::Lookup, Properties: {ServiceToken: !GetAtt Provider.Arn}}\n";
        const CfnImportResult r = importCloudFormation(text, QStringLiteral("edge.yaml"));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(value(*r.design, "Edge", "invocation").toString(), QStringLiteral("synchronous"));
        QCOMPARE(r.report.elementFor(QStringLiteral("EdgeVersion")), QStringLiteral("Edge"));
        QVERIFY(r.design->element(QStringLiteral("Provider"))->isUnknown(QStringLiteral("invocation")));
        bool said = false;
        for (const UnknownValue &u : r.report.unknowns)
            said = said || (u.element == QLatin1String("Provider") && u.reason.contains(QLatin1String("custom resource Lookup")));
        QVERIFY(said);
    }

    void designsReadBack_data()
    {
        QTest::addColumn<QString>("fixture");
        for (const char *f : {"serverless.yaml", "sam-app.yaml", "containers.yaml"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void designsReadBack()
    {
        QFETCH(QString, fixture);
        const CfnImportResult r = importFixture(qPrintable(fixture));
        QVERIFY(r.ok());
        QVERIFY2(r.report.warnings.isEmpty(), qPrintable(r.report.warnings.join(QLatin1Char('\n'))));
        const LoadResult back = readDesign(writeDesign(*r.design), QStringLiteral("roundtrip.pillar"));
        QVERIFY2(back.ok(), qPrintable(back.error.toString()));
        QCOMPARE(*back.design, *r.design);
    }
};

QTEST_GUILESS_MAIN(TestServerlessImport)
#include "tst_serverlessimport.moc"
