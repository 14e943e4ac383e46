// The cost model against a price table of round test prices
// (tests/data/cost/test-region.json): every figure below is computed by hand
// from the quantities and those prices, 730 hours a month.

#include "TestPaths.h"

#include "ElementKind.h"
#include "KindInfo.h"
#include "cost/CostModel.h"
#include "io/DesignJson.h"

#include <QFile>
#include <QTest>

using namespace pillar;

namespace {

PriceTable testPrices()
{
    QFile file(test::sourceDir() + QStringLiteral("/tests/data/cost/test-region.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test-region.json");
    QString error;
    auto table = PriceTable::fromJson(file.readAll(), &error);
    if (!table)
        qFatal("test-region.json: %s", qPrintable(error));
    return *table;
}

Design readDesign(const QString &name)
{
    const LoadResult loaded = readDesignFile(test::sourceDir() + QStringLiteral("/tests/data/cost/") + name);
    if (!loaded.ok())
        qFatal("%s: %s", qPrintable(name), qPrintable(loaded.error.toString()));
    return *loaded.design;
}

Design pricedDesign()
{
    const LoadResult loaded = readDesignFile(test::sourceDir() + QStringLiteral("/tests/data/cost/priced.pillar"));
    if (!loaded.ok())
        qFatal("priced.pillar: %s", qPrintable(loaded.error.toString()));
    return *loaded.design;
}

} // namespace

class TestCostModel : public QObject
{
    Q_OBJECT

private slots:
    void elementCosts_data();
    void elementCosts();
    void totalLeavesUnknownsOut();
    void reservedTerm();
    void unknownValuesAreNotPriced();
    void freeKindsAreNotListed();
    void formulaShowsQuantitiesAndPrices();
    void priceTableRefusesBadTables_data();
    void priceTableRefusesBadTables();
    void formatsDollars();
    void shippedTablesAreWellFormed();
    void blueprintByHand_data();
    void blueprintByHand();
    void newKindCosts_data();
    void newKindCosts();
    void newKindsAreNoLongerUnpriced();
    void ecsOnEc2IsNotListed();
    void newKindUnknowns();
    void newKindFormulas();
};

void TestCostModel::elementCosts_data()
{
    QTest::addColumn<QString>("element");
    QTest::addColumn<double>("usd");
    // 730 h × $0.1 + 730 h × $0.005 (its public IPv4 address)
    QTest::newRow("ec2 with public ip") << "bastion" << 73.0 + 3.65;
    // 2 × 730 h × $0.2 (Multi-AZ) + 2 × 100 GB × $0.1
    QTest::newRow("rds multi-az") << "db" << 292.0 + 20.0;
    // 2 nodes × 730 h × $0.15
    QTest::newRow("elasticache") << "cache" << 219.0;
    // 730 h × $0.02 + 730 LCU-h × $0.01 + 2 zones × 730 h × $0.005
    QTest::newRow("internet-facing alb") << "lb" << 14.6 + 7.3 + 7.3;
    // 100 GB × $0.02 + 1,000 × $0.0004 + 100 × $0.005
    QTest::newRow("s3 at the assumed usage") << "assets" << 2.0 + 0.4 + 0.5;
    // 3 × 730 h × $0.02
    QTest::newRow("auto scaling group") << "asg" << 43.8;
}

void TestCostModel::elementCosts()
{
    QFETCH(QString, element);
    QFETCH(double, usd);
    const CostEstimate estimate = estimateCost(pricedDesign(), testPrices());
    const ElementCost *cost = estimate.find(element);
    QVERIFY(cost);
    QVERIFY2(cost->isKnown(), qPrintable(cost->why.join(QLatin1String("; "))));
    QCOMPARE(qRound64(cost->monthlyUsd() * 100), qRound64(usd * 100));
}

void TestCostModel::totalLeavesUnknownsOut()
{
    const CostEstimate estimate = estimateCost(pricedDesign(), testPrices());
    QCOMPARE(estimate.region, QStringLiteral("test-region-1"));
    QCOMPARE(estimate.pricesRead, QStringLiteral("2026-11-01 to 2026-11-03"));
    // Route 53 is not priced: listed as unknown, left out of the total.
    QCOMPARE(estimate.unknownCount(), 1);
    QVERIFY(!estimate.find(QStringLiteral("dns"))->isKnown());
    const double total = 76.65 + 312.0 + 219.0 + 29.2 + 2.9 + 43.8;
    QCOMPARE(qRound64(estimate.knownTotalUsd() * 100), qRound64(total * 100));
}

void TestCostModel::reservedTerm()
{
    const CostEstimate estimate = estimateCost(pricedDesign(), testPrices(), PricingTerm::Reserved1y);
    // 730 h × $0.06 reserved + the address, which cannot be reserved.
    QCOMPARE(qRound64(estimate.find(QStringLiteral("bastion"))->monthlyUsd() * 100), qRound64((43.8 + 3.65) * 100));
    // 2 × 730 h × $0.12 + storage, which is not reserved.
    QCOMPARE(qRound64(estimate.find(QStringLiteral("db"))->monthlyUsd() * 100), qRound64((175.2 + 20.0) * 100));
    // The table has no reserved price for t3.small or cache.m7g.large: unknown, not on-demand.
    const ElementCost *asg = estimate.find(QStringLiteral("asg"));
    QVERIFY(!asg->isKnown());
    QVERIFY2(asg->why.join(QLatin1Char(' ')).contains(QLatin1String("reserved-1y")), qPrintable(asg->why.join(QLatin1Char(' '))));
    QVERIFY(!estimate.find(QStringLiteral("cache"))->isKnown());
    // The load balancer is always on demand.
    QVERIFY(estimate.find(QStringLiteral("lb"))->isKnown());
}

void TestCostModel::unknownValuesAreNotPriced()
{
    Design design = pricedDesign();
    design.element(QStringLiteral("bastion"))->unknown = {QStringLiteral("instanceType")};
    design.element(QStringLiteral("db"))->properties.insert(QStringLiteral("instanceClass"), QStringLiteral("db.x99.huge"));
    const CostEstimate estimate = estimateCost(design, testPrices());
    const ElementCost *b = estimate.find(QStringLiteral("bastion"));
    QVERIFY(!b->isKnown());
    QVERIFY(b->why.join(QLatin1Char(' ')).contains(QLatin1String("instance type is not known")));
    const ElementCost *d = estimate.find(QStringLiteral("db"));
    QVERIFY(!d->isKnown());
    QVERIFY(d->why.join(QLatin1Char(' ')).contains(QLatin1String("db.x99.huge")));
    QCOMPARE(estimate.unknownCount(), 3);
}

void TestCostModel::freeKindsAreNotListed()
{
    const CostEstimate estimate = estimateCost(pricedDesign(), testPrices());
    for (const char *id : {"users", "vpc", "az-a", "public-a", "private-b", "sg-web"})
        QVERIFY2(!estimate.find(QLatin1String(id)), id);
    QCOMPARE(estimate.elements.size(), 7);
    // A Region is a container AWS does not bill.
    const LoadResult regions = readDesignFile(test::sourceDir() + QStringLiteral("/tests/data/designs/two-regions.pillar"));
    QVERIFY(regions.ok());
    const CostEstimate twoRegions = estimateCost(*regions.design, testPrices());
    for (const Element &e : regions.design->elements()) {
        if (e.kind == ElementKind::Region)
            QVERIFY2(!twoRegions.find(e.id), qPrintable(e.id));
    }
}

void TestCostModel::formulaShowsQuantitiesAndPrices()
{
    const CostEstimate estimate = estimateCost(pricedDesign(), testPrices());
    QCOMPARE(estimate.find(QStringLiteral("bastion"))->formula(),
             QStringLiteral("730 h × $0.1 (m7g.large instance) + 730 h × $0.005 (public IPv4 address)"));
    QVERIFY(estimate.find(QStringLiteral("assets"))->formula().contains(QStringLiteral("1,000,000 requests × $0.0000004 (GET requests")));
    QVERIFY(estimate.find(QStringLiteral("assets"))->formula().contains(QLatin1String("(S3 Standard storage, assumed)")));
}

void TestCostModel::priceTableRefusesBadTables_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray good = R"({"service": "ec2", "key": "m5.large", "term": "on-demand", "usd": 0.1, "unit": "hour", "read": "2026-11-01", "source": "x"})";
    auto table = [](const QByteArray &prices) {
        return QByteArray(R"({"region": "r", "currency": "USD", "prices": [)") + prices + "]}";
    };
    QTest::newRow("not json") << QByteArray("{") << "not a JSON object";
    QTest::newRow("no region") << QByteArray(R"({"currency": "USD", "prices": []})") << "/region";
    QTest::newRow("other currency") << QByteArray(R"({"region": "r", "currency": "EUR", "prices": []})") << "/currency";
    QTest::newRow("twice") << table(good + "," + good) << "/prices/1: ec2 m5.large (on-demand) is priced twice";
    QByteArray noDate = good;
    noDate.replace("2026-11-01", "last week");
    QTest::newRow("no date") << table(noDate) << "/prices/0/read";
    QByteArray badTerm = good;
    badTerm.replace("on-demand", "spot");
    QTest::newRow("bad term") << table(badTerm) << "/prices/0/term";
    QByteArray zero = good;
    zero.replace("0.1", "0");
    QTest::newRow("zero price") << table(zero) << "/prices/0/usd";
    QByteArray noSource = good;
    noSource.replace(R"("source": "x")", R"("source": "")");
    QTest::newRow("no source") << table(noSource) << "/prices/0/source";
}

void TestCostModel::priceTableRefusesBadTables()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!PriceTable::fromJson(json, &why));
    QVERIFY2(why.contains(error), qPrintable(why));
}

void TestCostModel::formatsDollars()
{
    QCOMPARE(formatUsd(1234.567), QStringLiteral("$1,234.57"));
    QCOMPARE(formatUsd(0.004), QStringLiteral("$0.00"));
    QCOMPARE(formatUsd(-12.5), QStringLiteral("-$12.50"));
}

void TestCostModel::shippedTablesAreWellFormed()
{
    const QStringList regions = PriceTable::regions();
    for (const char *required : {"ap-northeast-2", "ap-northeast-1", "us-east-1", "eu-west-1"})
        QVERIFY2(regions.contains(QLatin1String(required)), required);
    for (const QString &region : regions) {
        QString error;
        const auto table = PriceTable::forRegion(region, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->region(), region);
        QVERIFY(!table->regionName().isEmpty());
        QVERIFY2(table->size() >= 50, qPrintable(region));
        // The charge the seeds and the public-IPv4 rule quote, everywhere.
        const Price *ipv4 = table->find(QStringLiteral("ipv4"), QStringLiteral("public"));
        QVERIFY(ipv4);
        QCOMPARE(ipv4->usd, 0.005);
        QVERIFY(ipv4->source.startsWith(QLatin1String("https://")));
        // A reservation is cheaper than paying on demand, or it is wrong.
        for (const char *type : {"t3.micro", "m5.large", "m6g.large"}) {
            const Price *od = table->find(QStringLiteral("ec2"), QLatin1String(type));
            const Price *ri = table->find(QStringLiteral("ec2"), QLatin1String(type), PricingTerm::Reserved1y);
            if (od && ri)
                QVERIFY2(ri->usd < od->usd, type);
        }
    }
    QString error;
    QVERIFY(!PriceTable::forRegion(QStringLiteral("mars-north-1"), &error));
    QVERIFY2(error.contains(QLatin1String("us-east-1")), qPrintable(error));
}

void TestCostModel::blueprintByHand_data()
{
    // us-east-1 on demand (resources/pricing/us-east-1.json): m7g.large
    // $0.0816/h, t3.small $0.0208/h, mysql db.m7g.large $0.168/h, mysql
    // db.t4g.micro $0.016/h, gp2 $0.115/GB-month, cache.m7g.large $0.158/h,
    // cache.t4g.micro $0.016/h, ALB $0.0225/h + $0.008/LCU-h, public IPv4
    // $0.005/h, CloudFront $0.085/GB + $0.01/10,000 HTTPS requests, S3
    // $0.023/GB-month + $0.0004/1,000 GET + $0.005/1,000 PUT; 730 h a month.
    QTest::addColumn<QString>("blueprint");
    QTest::addColumn<double>("total");
    QTest::addColumn<int>("unknown");
    const double h = 730;
    const double alb = h * 0.0225 + h * 0.008 + 2 * h * 0.005;            // two zones, internet-facing
    const double cdn = 100 * 0.085 + 100 * 0.01;                          // 100 GB, 1,000,000 requests
    const double s3 = 100 * 0.023 + 1000 * 0.0004 + 100 * 0.005;           // 100 GB, 1M GET, 100k PUT
    const double web = h * 0.0816;
    // One public web server with its address; Route 53 is not priced.
    QTest::newRow("stage 1") << "stage-1-one-user" << web + h * 0.005 << 1;
    // + a single-AZ db.m7g.large with 50 GB.
    QTest::newRow("stage 2") << "stage-2-database-split" << web + h * 0.005 + h * 0.168 + 50 * 0.115 << 1;
    // Two web servers, a Multi-AZ database (two instances, 2 × 50 GB), the ALB.
    QTest::newRow("stage 3") << "stage-3-high-availability" << 2 * web + 2 * h * 0.168 + 100 * 0.115 + alb << 1;
    // Four web servers, the Multi-AZ primary, two replicas of 50 GB, two cache nodes, CDN and bucket.
    QTest::newRow("stage 4") << "stage-4-scale-out"
                             << 4 * web + (2 * h * 0.168 + 100 * 0.115) + 2 * (h * 0.168 + 50 * 0.115) + 2 * h * 0.158 + alb + cdn + s3
                             << 1;
    // Two t3.small servers, a Multi-AZ db.t4g.micro (2 × 20 GB), one cache node.
    QTest::newRow("side project") << "side-project"
                                  << 2 * h * 0.0208 + (2 * h * 0.016 + 40 * 0.115) + h * 0.016 + alb + cdn + s3 << 1;
}

void TestCostModel::blueprintByHand()
{
    QFETCH(QString, blueprint);
    QFETCH(double, total);
    QFETCH(int, unknown);
    const LoadResult loaded = readDesignFile(test::sourceDir() + QStringLiteral("/resources/blueprints/%1.pillar").arg(blueprint));
    QVERIFY(loaded.ok());
    const auto prices = PriceTable::forRegion(QStringLiteral("us-east-1"));
    QVERIFY(prices);
    const CostEstimate estimate = estimateCost(*loaded.design, *prices);
    QCOMPARE(estimate.unknownCount(), unknown);
    QCOMPARE(qRound64(estimate.knownTotalUsd() * 100), qRound64(total * 100));
}

void TestCostModel::newKindCosts_data()
{
    // tests/data/cost/new-kinds.pillar at the round prices of test-region.json.
    QTest::addColumn<QString>("element");
    QTest::addColumn<double>("usd");
    const double h = 730, seconds = 730 * 3600.0;
    // 730 h × $0.05 + 100 GB (assumed) × $0.05 + 730 h × $0.005 (its Elastic IP)
    QTest::newRow("public nat gateway") << "nat-public" << h * 0.05 + 100 * 0.05 + h * 0.005;
    // A private NAT gateway has no public address.
    QTest::newRow("private nat gateway") << "nat-private" << h * 0.05 + 100 * 0.05;
    // 1M writes × $1/M + 10M reads × $0.2/M + 10 GB × $0.3 (all assumed)
    QTest::newRow("dynamodb on demand") << "table-on-demand" << 1.0 + 2.0 + 3.0;
    // 10M writes when marked write-heavy
    QTest::newRow("dynamodb write-heavy") << "table-write-heavy" << 10.0 + 2.0 + 3.0;
    // 10 RCU × 730 h × $0.0002 + 5 WCU × 730 h × $0.001 + 10 GB × $0.3 + 10 GB of backups × $0.2
    QTest::newRow("dynamodb provisioned") << "table-provisioned" << 10 * h * 0.0002 + 5 * h * 0.001 + 3.0 + 2.0;
    // 1M requests × $0.2/M + 1M × 0.2 s × 0.5 GB = 100,000 GB-s × $0.00002
    QTest::newRow("lambda") << "fn" << 0.2 + 100000 * 0.00002;
    QTest::newRow("rest api") << "api-rest" << 4.0;  // 1M × $4/M
    QTest::newRow("http api") << "api-http" << 1.0;  // 1M × $1/M
    // 1M messages × $1/M + 1M connection minutes × $0.25/M
    QTest::newRow("websocket api") << "api-websocket" << 1.25;
    QTest::newRow("sqs standard") << "queue" << 0.4; // 1M × $0.4/M
    // 10 messages/s × 2,628,000 s × 3 requests = 78,840,000 × $0.5/M
    QTest::newRow("sqs fifo at its stated rate") << "queue-fifo" << 10 * seconds * 3 / 1e6 * 0.5;
    QTest::newRow("sns") << "topic" << 0.5; // 1M × $0.5/M
    // 2 shards × 730 h × $0.02 + 48 h retention: 2 × 730 h × $0.03 + 500 records/s of 50 KB
    // (2 payload units each) × 2,628,000 s × $0.01/M
    QTest::newRow("kinesis provisioned") << "stream-provisioned" << 2 * h * 0.02 + 2 * h * 0.03 + 500 * 2 * seconds / 1e6 * 0.01;
    // 730 h × $0.04 + 1,024 KB/s × 2,628,000 s = 2,566.40625 GB in × $0.08 and out × $0.04
    QTest::newRow("kinesis on demand") << "stream-on-demand" << h * 0.04 + 2566.40625 * 0.08 + 2566.40625 * 0.04;
    // 3 tasks × 0.5 vCPU × 730 h × $0.04 + 3 tasks × 1 GB × 730 h × $0.004
    QTest::newRow("ecs on fargate") << "svc-fargate" << 3 * 0.5 * h * 0.04 + 3 * 1 * h * 0.004;
    // 730 h × $0.1 + 3 t3.small nodes × 730 h × $0.02
    QTest::newRow("eks") << "eks" << h * 0.1 + 3 * h * 0.02;
}

void TestCostModel::newKindCosts()
{
    QFETCH(QString, element);
    QFETCH(double, usd);
    const CostEstimate estimate = estimateCost(readDesign(QStringLiteral("new-kinds.pillar")), testPrices());
    const ElementCost *cost = estimate.find(element);
    QVERIFY(cost);
    QVERIFY2(cost->isKnown(), qPrintable(cost->why.join(QLatin1String("; "))));
    QCOMPARE(qRound64(cost->monthlyUsd() * 100), qRound64(usd * 100));
}

void TestCostModel::newKindsAreNoLongerUnpriced()
{
    // One element of every kind, at its default properties, at us-east-1's
    // and Seoul's prices: no kind is left "not priced yet", and in us-east-1
    // every new kind is priced.
    Design design;
    for (const KindInfo &info : allKinds()) {
        Element e;
        e.id = kindKey(info.kind);
        e.kind = info.kind;
        design.insertElement(e);
    }
    for (const char *region : {"us-east-1", "ap-northeast-2"}) {
        const auto prices = PriceTable::forRegion(QLatin1String(region));
        QVERIFY(prices);
        const CostEstimate estimate = estimateCost(design, *prices);
        for (const ElementCost &cost : estimate.elements) {
            const QString why = cost.why.join(QLatin1String("; "));
            const QString notYet = QStringLiteral("Pillar does not price %1 yet").arg(kindPlural(design.element(cost.element)->kind));
            QVERIFY2(!why.contains(notYet),
                     qPrintable(QStringLiteral("%1 in %2: %3").arg(cost.element, QLatin1String(region), why)));
        }
        if (QLatin1String(region) != QLatin1String("us-east-1"))
            continue;
        using K = ElementKind;
        for (ElementKind kind : {K::NatGateway, K::DynamoDbTable, K::LambdaFunction, K::ApiGateway, K::SqsQueue, K::SnsTopic,
                                 K::KinesisStream, K::EcsService, K::EksCluster}) {
            const ElementCost *cost = estimate.find(kindKey(kind));
            QVERIFY2(cost, qPrintable(kindKey(kind)));
            QVERIFY2(cost->isKnown(), qPrintable(kindKey(kind) + QLatin1String(": ") + cost->why.join(QLatin1String("; "))));
            QVERIFY2(cost->monthlyUsd() > 0, qPrintable(kindKey(kind)));
        }
    }
}

void TestCostModel::ecsOnEc2IsNotListed()
{
    // Its tasks run on instances that are priced where they are drawn.
    const CostEstimate estimate = estimateCost(readDesign(QStringLiteral("new-kinds.pillar")), testPrices());
    QVERIFY(!estimate.find(QStringLiteral("svc-ec2")));
    QCOMPARE(estimate.unknownCount(), 0);
}

void TestCostModel::newKindUnknowns()
{
    Design design = readDesign(QStringLiteral("new-kinds.pillar"));
    design.element(QStringLiteral("svc-fargate"))->unknown = {QStringLiteral("cpuUnits")};
    design.element(QStringLiteral("fn"))->unknown = {QStringLiteral("memoryMb")};
    design.element(QStringLiteral("eks"))->unknown = {QStringLiteral("nodeCount")};
    design.element(QStringLiteral("topic"))->properties.insert(QStringLiteral("topicType"), QStringLiteral("fifo"));
    design.element(QStringLiteral("table-on-demand"))->properties.insert(QStringLiteral("replicaRegions"), QStringLiteral("eu-west-1"));
    design.element(QStringLiteral("stream-provisioned"))->properties.insert(QStringLiteral("retentionHours"), 720);
    const CostEstimate estimate = estimateCost(design, testPrices());
    const QList<std::pair<const char *, const char *>> expected = {
        {"svc-fargate", "task CPU is not known"},
        {"fn", "memory size is not known"},
        {"eks", "managed node groups is not known"},
        {"topic", "no on-demand price for FIFO publishes"},
        {"table-on-demand", "replicas are billed in their own Regions"},
        {"stream-provisioned", "beyond seven days"},
    };
    for (const auto &[id, reason] : expected) {
        const ElementCost *cost = estimate.find(QLatin1String(id));
        QVERIFY2(cost, id);
        QVERIFY2(!cost->isKnown(), id);
        QVERIFY2(cost->why.join(QLatin1Char(' ')).contains(QLatin1String(reason)), qPrintable(cost->why.join(QLatin1Char(' '))));
    }
    QCOMPARE(estimate.unknownCount(), int(expected.size()));
}

void TestCostModel::newKindFormulas()
{
    const CostEstimate estimate = estimateCost(readDesign(QStringLiteral("new-kinds.pillar")), testPrices());
    QCOMPARE(estimate.find(QStringLiteral("fn"))->formula(),
             QStringLiteral("1,000,000 requests × $0.0000002 (requests, assumed) + "
                            "100,000 GB-s × $0.00002 (compute, 512 MB for 0.2 s an invocation on x86, assumed)"));
    QCOMPARE(estimate.find(QStringLiteral("nat-public"))->formula(),
             QStringLiteral("730 h × $0.05 (NAT gateway) + 100 GB × $0.05 (data processed, assumed) + "
                            "730 h × $0.005 (public IPv4 address)"));
    // A stated message rate is the design's, not an assumption.
    QVERIFY(!estimate.find(QStringLiteral("queue-fifo"))->lines.first().assumed);
    QVERIFY(estimate.find(QStringLiteral("queue"))->lines.first().assumed);
}

QTEST_GUILESS_MAIN(TestCostModel)
#include "tst_costmodel.moc"
