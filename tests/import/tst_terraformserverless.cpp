// The Terraform front end for the serverless, messaging and container kinds,
// over a small state (terraform show -json) and a plan whose ids are known
// only after apply: the elements and properties the CloudFormation mappers
// make of the same resources, and no resource of these types left as one
// Pillar has no element for.
#include "TestPaths.h"
#include "importers/terraform/TerraformImport.h"

#include <QtTest>

#include <algorithm>

using namespace pillar;

namespace {

QString dataFile(const QString &name)
{
    return test::dataDir() + QStringLiteral("/terraform/") + name;
}

const Design &imported(const QString &file)
{
    static QHash<QString, Design> cache;
    if (!cache.contains(file)) {
        const CfnImportResult r = importTerraformFile(dataFile(file));
        if (!r.ok())
            qFatal("%s: %s", qPrintable(file), qPrintable(r.error.toString()));
        cache.insert(file, *r.design);
    }
    return cache[file];
}

bool connected(const Design &d, const QString &from, const QString &to)
{
    for (const Connection &c : d.connections()) {
        if (c.from == from && c.to == to)
            return true;
    }
    return false;
}

const QString kState = QStringLiteral("state-serverless.json");
const QString kPlan = QStringLiteral("plan-serverless.json");

} // namespace

class TestTerraformServerless : public QObject
{
    Q_OBJECT

private slots:
    void elements_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("parent");
        QTest::newRow("nat gateway in its subnet") << kState << "aws_nat_gateway.main" << "nat-gateway" << "aws_subnet.public";
        QTest::newRow("queue") << kState << "aws_sqs_queue.orders" << "sqs-queue" << "";
        QTest::newRow("topic") << kState << "aws_sns_topic.events" << "sns-topic" << "";
        QTest::newRow("function in the VPC of its subnets") << kState << "aws_lambda_function.worker" << "lambda-function" << "aws_vpc.main";
        QTest::newRow("http api") << kState << "aws_apigatewayv2_api.http" << "api-gateway" << "";
        QTest::newRow("rest api") << kState << "aws_api_gateway_rest_api.admin" << "api-gateway" << "";
        QTest::newRow("table") << kState << "aws_dynamodb_table.orders" << "dynamodb-table" << "";
        QTest::newRow("global table") << kState << "aws_dynamodb_table.sessions" << "dynamodb-table" << "";
        QTest::newRow("stream") << kState << "aws_kinesis_stream.clicks" << "kinesis-stream" << "";
        QTest::newRow("ecs service") << kState << "aws_ecs_service.api" << "ecs-service" << "aws_vpc.main";
        QTest::newRow("eks cluster") << kState << "aws_eks_cluster.main" << "eks-cluster" << "aws_vpc.main";
        QTest::newRow("plan queue") << kPlan << "aws_sqs_queue.jobs" << "sqs-queue" << "";
        QTest::newRow("plan function outside any VPC") << kPlan << "aws_lambda_function.handler" << "lambda-function" << "";
        QTest::newRow("plan stream") << kPlan << "aws_kinesis_stream.events" << "kinesis-stream" << "";
    }
    void elements()
    {
        QFETCH(QString, file);
        QFETCH(QString, id);
        QFETCH(QString, kind);
        QFETCH(QString, parent);
        const Element *e = imported(file).element(id);
        QVERIFY2(e, qPrintable(id));
        QCOMPARE(kindKey(e->kind), kind);
        QCOMPARE(e->parent, parent);
    }

    void properties_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        auto row = [](const char *name, const QString &file, const char *id, const char *key, const QVariant &value) {
            QTest::newRow(name) << file << QString::fromLatin1(id) << QString::fromLatin1(key) << value;
        };
        const QStringList priv{QStringLiteral("aws_subnet.private")};
        // NAT: public, and the private subnet whose route table sends 0.0.0.0/0 to it.
        row("nat connectivity", kState, "aws_nat_gateway.main", "connectivity", QStringLiteral("public"));
        row("nat routed subnets", kState, "aws_nat_gateway.main", "routedSubnets", priv);
        // SQS: the redrive policy's JSON names the dead-letter queue by ARN.
        row("dead-letter queue", kState, "aws_sqs_queue.orders", "deadLetterQueue", QStringLiteral("aws_sqs_queue.dlq"));
        row("max receive count", kState, "aws_sqs_queue.orders", "maxReceiveCount", 5);
        row("kms queue", kState, "aws_sqs_queue.orders", "encryption", QStringLiteral("kms"));
        row("sse-sqs queue", kState, "aws_sqs_queue.dlq", "encryption", QStringLiteral("sqs-managed"));
        row("visibility timeout", kState, "aws_sqs_queue.orders", "visibilityTimeout", 60);
        row("standard topic", kState, "aws_sns_topic.events", "topicType", QStringLiteral("standard"));
        // Lambda
        row("memory", kState, "aws_lambda_function.worker", "memoryMb", 512);
        row("runtime", kState, "aws_lambda_function.worker", "runtime", QStringLiteral("python3.12"));
        row("timeout", kState, "aws_lambda_function.worker", "timeoutSeconds", 30);
        row("function subnets", kState, "aws_lambda_function.worker", "subnets", priv);
        row("dead-letter config", kState, "aws_lambda_function.worker", "onFailure", QStringLiteral("aws_sqs_queue.dlq"));
        row("execution role", kState, "aws_lambda_function.worker", "iamRole", QStringLiteral("aws_iam_role.worker"));
        // Invoked by an SQS event source mapping (and an API): event-source wins over synchronous.
        row("invocation", kState, "aws_lambda_function.worker", "invocation", QStringLiteral("event-source"));
        // HTTP API: one open route, the other behind its JWT authorizer; the stage's log and throttle.
        row("http api type", kState, "aws_apigatewayv2_api.http", "apiType", QStringLiteral("http"));
        row("http authorizer", kState, "aws_apigatewayv2_api.http", "authorizer", QStringLiteral("jwt"));
        row("http open routes", kState, "aws_apigatewayv2_api.http", "openRoutes", QStringLiteral("POST /orders"));
        row("http access log", kState, "aws_apigatewayv2_api.http", "accessLogging", true);
        row("http throttling", kState, "aws_apigatewayv2_api.http", "throttlingRate", 100);
        row("http stage", kState, "aws_apigatewayv2_api.http", "stageName", QStringLiteral("$default"));
        // REST API: GET /items with IAM, GET / (the root resource) open.
        row("rest api type", kState, "aws_api_gateway_rest_api.admin", "apiType", QStringLiteral("rest"));
        row("rest endpoint", kState, "aws_api_gateway_rest_api.admin", "endpointType", QStringLiteral("regional"));
        row("rest authorizer", kState, "aws_api_gateway_rest_api.admin", "authorizer", QStringLiteral("iam"));
        row("rest open routes", kState, "aws_api_gateway_rest_api.admin", "openRoutes", QStringLiteral("GET /"));
        row("rest stage", kState, "aws_api_gateway_rest_api.admin", "stageName", QStringLiteral("prod"));
        row("rest access log", kState, "aws_api_gateway_rest_api.admin", "accessLogging", false);
        // DynamoDB
        row("provisioned", kState, "aws_dynamodb_table.orders", "billingMode", QStringLiteral("provisioned"));
        row("read capacity", kState, "aws_dynamodb_table.orders", "readCapacity", 20);
        row("write capacity", kState, "aws_dynamodb_table.orders", "writeCapacity", 10);
        row("pitr", kState, "aws_dynamodb_table.orders", "pointInTimeRecovery", true);
        row("customer key", kState, "aws_dynamodb_table.orders", "encryption", QStringLiteral("customer-managed"));
        row("table stream", kState, "aws_dynamodb_table.orders", "stream", true);
        row("auto scaling target merged", kState, "aws_dynamodb_table.orders", "autoScaling", true);
        row("on demand", kState, "aws_dynamodb_table.sessions", "billingMode", QStringLiteral("on-demand"));
        row("replica regions", kState, "aws_dynamodb_table.sessions", "replicaRegions", QStringLiteral("eu-west-1"));
        row("global table pitr", kState, "aws_dynamodb_table.sessions", "pointInTimeRecovery", false);
        // Kinesis
        row("on-demand stream", kState, "aws_kinesis_stream.clicks", "capacityMode", QStringLiteral("on-demand"));
        row("stream encryption", kState, "aws_kinesis_stream.clicks", "encryption", true);
        row("retention", kState, "aws_kinesis_stream.clicks", "retentionHours", 48);
        row("plan shards", kPlan, "aws_kinesis_stream.events", "shards", 2);
        // ECS on Fargate with its task definition merged in.
        row("launch type", kState, "aws_ecs_service.api", "launchType", QStringLiteral("fargate"));
        row("desired tasks", kState, "aws_ecs_service.api", "desiredCount", 3);
        row("task cpu", kState, "aws_ecs_service.api", "cpuUnits", 512);
        row("task memory", kState, "aws_ecs_service.api", "memoryMb", 1024);
        row("no public ip", kState, "aws_ecs_service.api", "publicIp", false);
        row("task role", kState, "aws_ecs_service.api", "iamRole", QStringLiteral("aws_iam_role.worker"));
        row("service subnets", kState, "aws_ecs_service.api", "subnets", priv);
        // EKS with its managed node group merged in.
        row("eks version", kState, "aws_eks_cluster.main", "version", QStringLiteral("1.30"));
        row("eks private endpoint", kState, "aws_eks_cluster.main", "endpointPrivate", true);
        row("eks cidrs", kState, "aws_eks_cluster.main", "publicAccessCidrs", QStringLiteral("203.0.113.0/24"));
        row("eks logs", kState, "aws_eks_cluster.main", "controlPlaneLogs", QStringLiteral("api, audit"));
        row("eks secrets", kState, "aws_eks_cluster.main", "secretsEncryption", true);
        row("eks nodes", kState, "aws_eks_cluster.main", "nodeCount", 3);
        row("eks node type", kState, "aws_eks_cluster.main", "nodeInstanceType", QStringLiteral("m7g.large"));
        row("eks node subnets", kState, "aws_eks_cluster.main", "nodeSubnets", priv);
        // A plan: the redrive policy is known only after apply; the configuration names the queue.
        row("plan dead-letter queue", kPlan, "aws_sqs_queue.jobs", "deadLetterQueue", QStringLiteral("aws_sqs_queue.dlq"));
        row("plan private rest api", kPlan, "aws_api_gateway_rest_api.admin", "endpointType", QStringLiteral("private"));
        row("plan root method open", kPlan, "aws_api_gateway_rest_api.admin", "openRoutes", QStringLiteral("GET /"));
        row("plan http route open", kPlan, "aws_apigatewayv2_api.http", "openRoutes", QStringLiteral("$default"));
        row("plan invocation", kPlan, "aws_lambda_function.handler", "invocation", QStringLiteral("event-source"));
    }
    void properties()
    {
        QFETCH(QString, file);
        QFETCH(QString, id);
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        const Element *e = imported(file).element(id);
        QVERIFY2(e, qPrintable(id));
        QVERIFY2(!e->isUnknown(key), qPrintable(key));
        QCOMPARE(e->value(key), value);
    }

    void connections_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("subscription") << kState << "aws_sns_topic.events" << "aws_sqs_queue.orders";
        QTest::newRow("sqs event source mapping") << kState << "aws_sqs_queue.orders" << "aws_lambda_function.worker";
        QTest::newRow("table stream by its stream ARN") << kState << "aws_dynamodb_table.sessions" << "aws_lambda_function.worker";
        QTest::newRow("http integration by invoke ARN") << kState << "aws_apigatewayv2_api.http" << "aws_lambda_function.worker";
        QTest::newRow("rest integration folded into its method") << kState << "aws_api_gateway_rest_api.admin" << "aws_lambda_function.worker";
        QTest::newRow("plan sqs mapping by reference") << kPlan << "aws_sqs_queue.jobs" << "aws_lambda_function.handler";
        QTest::newRow("plan kinesis mapping by reference") << kPlan << "aws_kinesis_stream.events" << "aws_lambda_function.handler";
        QTest::newRow("plan http integration by reference") << kPlan << "aws_apigatewayv2_api.http" << "aws_lambda_function.handler";
        QTest::newRow("plan rest integration by reference") << kPlan << "aws_api_gateway_rest_api.admin" << "aws_lambda_function.handler";
    }
    void connections()
    {
        QFETCH(QString, file);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QVERIFY2(connected(imported(file), from, to), qPrintable(from + QLatin1String(" → ") + to));
    }

    // Every resource of the serverless, messaging and container types is
    // drawn, merged into what is drawn or read for it: none is one "Pillar
    // has no element for", and only the role (a type Pillar has no element
    // for) is listed as not modelled.
    void everyResourceAccountedFor_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("state") << kState;
        QTest::newRow("plan") << kPlan;
    }
    void everyResourceAccountedFor()
    {
        QFETCH(QString, file);
        const CfnImportResult r = importTerraformFile(dataFile(file));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        const QStringList prefixes = {QStringLiteral("aws_sqs_"), QStringLiteral("aws_sns_"), QStringLiteral("aws_lambda_"),
                                      QStringLiteral("aws_apigatewayv2_"), QStringLiteral("aws_api_gateway_"), QStringLiteral("aws_dynamodb_"),
                                      QStringLiteral("aws_appautoscaling_"), QStringLiteral("aws_kinesis_"), QStringLiteral("aws_nat_"),
                                      QStringLiteral("aws_eip"), QStringLiteral("aws_ecs_"), QStringLiteral("aws_eks_")};
        int checked = 0;
        for (const ImportedResource &entry : r.report.resources) {
            if (std::none_of(prefixes.begin(), prefixes.end(), [&](const QString &p) { return entry.type.startsWith(p); }))
                continue;
            ++checked;
            QVERIFY2(entry.outcome != ImportedResource::Skipped, qPrintable(QStringLiteral("%1: %2").arg(entry.logicalId, entry.reason)));
            QVERIFY2(entry.modelled, qPrintable(entry.logicalId));
        }
        QVERIFY(checked >= 12);
        QStringList notModelled;
        for (const ImportedResource &entry : r.report.notModelled())
            notModelled << entry.logicalId;
        QCOMPARE(notModelled, file == kState ? QStringList{QStringLiteral("aws_iam_role.worker")} : QStringList());
    }
};

QTEST_GUILESS_MAIN(TestTerraformServerless)
#include "tst_terraformserverless.moc"
