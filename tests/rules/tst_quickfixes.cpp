// Quick fixes, headless: for each fix, a design that trips the rule; applying
// the fix as one command removes the finding without adding any other, undo
// brings the design back exactly (and the finding with it), redo re-applies.

#include "RuleTestDesigns.h"

#include "DesignModel.h"
#include "commands/SetLintConfigCommand.h"
#include "rules/Checker.h"
#include "rules/QuickFixes.h"

#include <QSet>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <map>

using namespace pillar;
using namespace pillar::test;

namespace {

using Edit = std::function<void(Design &)>;

// Each case: an edit of the clean three-tier sample that trips `rule` on `element`.
const std::map<QString, Edit> &edits()
{
    static const std::map<QString, Edit> table = {
        {"rds-single-az", [](Design &d) { setProp(d, "db-main", "multiAz", false); }},
        {"rds-publicly-accessible", [](Design &d) { setProp(d, "db-main", "publiclyAccessible", true); }},
        {"rds-storage-unencrypted", [](Design &d) { setProp(d, "db-main", "storageEncrypted", false); }},
        {"rds-no-backups", [](Design &d) { setProp(d, "db-main", "backupRetentionDays", 0); }},
        {"db-in-public-subnet", [](Design &d) {
             el(d, "db-main").parent = QStringLiteral("subnet-public-a");
             el(d, "db-main").geometry.moveTopLeft(QPointF(16, 44));
         }},
        {"ssh-open", [](Design &d) { el(d, "sg-web").ingress << ingress("tcp", 22, 22, "0.0.0.0/0"); }},
        {"mysql-open", [](Design &d) { el(d, "sg-db").ingress << ingress("tcp", 3306, 3306, "0.0.0.0/0"); }},
        {"all-open", [](Design &d) { el(d, "sg-web").ingress << ingress("all", 0, 65535, "::/0"); }},
        {"web-open", [](Design &d) { el(d, "sg-web").ingress << ingress("tcp", 8080, 8080, "0.0.0.0/0"); }},
        {"lb-http-only", [](Design &d) {
             el(d, "alb-web").listeners = {Listener{QStringLiteral("HTTP"), 80, QStringLiteral("forward")}};
         }},
        {"lb-http-beside-https", [](Design &d) { el(d, "alb-web").listeners[1].action = QStringLiteral("forward"); }},
        {"redis-single-node", [](Design &d) {
             addElement(d, ElementKind::ElastiCache, "cache", "subnet-private-a",
                        {{"engine", "redis"}, {"nodeCount", 1}, {"automaticFailover", false}});
         }},
        {"redis-no-failover", [](Design &d) {
             addElement(d, ElementKind::ElastiCache, "cache", "subnet-private-a",
                        {{"engine", "redis"}, {"nodeCount", 3}, {"automaticFailover", false}});
         }},
        {"cloudfront-http", [](Design &d) {
             addElement(d, ElementKind::CloudFront, "cdn", "", {{"viewerProtocolPolicy", "allow-all"}});
         }},
        {"lb-subnet-of-other-vpc", [](Design &d) {
             addElement(d, ElementKind::Vpc, "vpc-other", "", {{"cidr", QStringLiteral("10.9.0.0/16")}});
             addElement(d, ElementKind::AvailabilityZone, "az-other", "vpc-other", {{"zone", QStringLiteral("us-east-1a")}});
             addElement(d, ElementKind::Subnet, "subnet-other", "az-other", {{"cidr", QStringLiteral("10.9.1.0/24")}});
             setProp(d, "alb-web", "subnets", el(d, "alb-web").listValue(QStringLiteral("subnets")) << QStringLiteral("subnet-other"));
         }},
        {"group-of-other-vpc", [](Design &d) {
             addElement(d, ElementKind::Vpc, "vpc-other", "", {{"cidr", QStringLiteral("10.9.0.0/16")}});
             addElement(d, ElementKind::SecurityGroup, "sg-other", "vpc-other");
             el(d, "web-a").securityGroups << QStringLiteral("sg-other");
         }},
        {"s3-public-read", [](Design &d) { addElement(d, ElementKind::S3Bucket, "assets", "", {{"publicRead", true}}); }},
        {"s3-unblocked", [](Design &d) {
             addElement(d, ElementKind::S3Bucket, "assets", "", {{"blockPublicAccess", false}});
         }},
        {"ec2-no-role", [](Design &d) { setProp(d, "web-a", "iamRole", QString()); }},
        {"unused-suppression", [](Design &d) {
             d.lint.suppressions << Suppression{QStringLiteral("rds-single-az"), QStringLiteral("db-main"), QStringLiteral("was dev")};
             setProp(d, "web-a", "iamRole", QString());
             d.lint.suppressions << Suppression{QStringLiteral("ec2-without-iam-role"), QStringLiteral("web-a"), QStringLiteral("used")};
         }},
        {"suppression-of-deleted-element", [](Design &d) {
             d.lint.suppressions << Suppression{QStringLiteral("rds-single-az"), QStringLiteral("db-old"), QStringLiteral("gone")}
                                 << Suppression{QStringLiteral("rds-no-backups"), QStringLiteral("db-older"), QStringLiteral("gone")};
         }},
        {"dynamodb-pitr-off", [](Design &d) { addElement(d, ElementKind::DynamoDbTable, "table", "", {{"pointInTimeRecovery", false}}); }},
        {"dynamodb-fixed-capacity", [](Design &d) {
             addElement(d, ElementKind::DynamoDbTable, "table", "",
                        {{"pointInTimeRecovery", true}, {"billingMode", "provisioned"}, {"autoScaling", false}});
         }},
        {"dynamodb-write-heavy", [](Design &d) {
             addElement(d, ElementKind::DynamoDbTable, "table", "",
                        {{"pointInTimeRecovery", true}, {"billingMode", "provisioned"}, {"writeHeavy", true}});
         }},
        {"kinesis-plain", [](Design &d) { addElement(d, ElementKind::KinesisStream, "stream", "", {{"encryption", false}}); }},
        {"kinesis-small", [](Design &d) {
             addElement(d, ElementKind::KinesisStream, "stream", "",
                        {{"encryption", true}, {"shards", 1}, {"expectedKbPerSecond", 2500}});
         }},
        {"api-no-log", [](Design &d) {
             addElement(d, ElementKind::ApiGateway, "api", "",
                        {{"authorizer", "iam"}, {"throttlingRate", 100}, {"accessLogging", false}});
         }},
        {"eks-open", [](Design &d) {
             addElement(d, ElementKind::EksCluster, "eks", "vpc-main",
                        {{"subnets", QStringList{"subnet-private-a", "subnet-private-c"}}, {"controlPlaneLogs", "api"}});
         }},
        {"eks-no-logs", [](Design &d) {
             addElement(d, ElementKind::EksCluster, "eks", "vpc-main",
                        {{"subnets", QStringList{"subnet-private-a", "subnet-private-c"}}, {"endpointPublic", false},
                         {"endpointPrivate", true}});
         }},
        {"imdsv1", [](Design &d) { setProp(d, "web-a", "httpTokens", QStringLiteral("optional")); }},
        // The sample is a production design whose instances run on demand.
        {"steady-on-demand", [](Design &) {}},
        {"asg-monitoring-off", [](Design &d) {
             addElement(d, ElementKind::AutoScalingGroup, "asg-web", "vpc-main",
                        {{"iamRole", "web"}, {"detailedMonitoring", false}});
         }},
    };
    return table;
}

bool hasFinding(const QVector<Finding> &findings, const QString &rule, const QString &element)
{
    for (const Finding &f : findings) {
        if (f.rule == rule && f.primaryElement() == element && !f.suppressed)
            return true;
    }
    return false;
}

// (rule, primary element) pairs, to compare what a fix changed.
QSet<QString> keys(const QVector<Finding> &findings)
{
    QSet<QString> set;
    for (const Finding &f : findings)
        set.insert(f.rule + QLatin1Char('@') + f.elements.join(QLatin1Char(',')));
    return set;
}

Finding made(const char *rule, const char *element)
{
    Finding f;
    f.rule = QString::fromLatin1(rule);
    f.elements = {QString::fromLatin1(element)};
    return f;
}

Finding findingFor(const Design &d, const QString &rule, const QString &element)
{
    for (const Finding &f : checkDesign(d)) {
        if (f.rule == rule && f.primaryElement() == element)
            return f;
    }
    return {};
}

} // namespace

class TestQuickFixes : public QObject
{
    Q_OBJECT

private slots:
    void fixRemovesFindingAndUndoRestores_data();
    void fixRemovesFindingAndUndoRestores();
    void noFixWhereNotMechanical();
    void narrowingKeepsTheLoadBalancerPath();
    void suppressionCommandUndoes();
};

void TestQuickFixes::fixRemovesFindingAndUndoRestores_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("element");
    QTest::addColumn<int>("fixCount");
    QTest::addColumn<int>("fixIndex");

    QTest::newRow("multi-az on") << "rds-single-az" << "rds-single-az" << "db-main" << 1 << 0;
    QTest::newRow("rds private") << "rds-publicly-accessible" << "rds-publicly-accessible" << "db-main" << 1 << 0;
    QTest::newRow("rds encrypted") << "rds-storage-unencrypted" << "rds-storage-unencrypted" << "db-main" << 1 << 0;
    QTest::newRow("rds backups") << "rds-no-backups" << "rds-no-backups" << "db-main" << 1 << 0;
    QTest::newRow("move db to private subnet") << "db-in-public-subnet" << "data-store-in-public-subnet" << "db-main" << 1 << 0;
    QTest::newRow("remove world ssh") << "ssh-open" << "sg-admin-port-open-to-world" << "sg-web" << 1 << 0;
    QTest::newRow("narrow world mysql") << "mysql-open" << "sg-admin-port-open-to-world" << "sg-db" << 2 << 0;
    QTest::newRow("remove world mysql") << "mysql-open" << "sg-admin-port-open-to-world" << "sg-db" << 2 << 1;
    QTest::newRow("narrow all traffic to lb") << "all-open" << "sg-all-traffic-open" << "sg-web" << 2 << 0;
    QTest::newRow("remove all traffic") << "all-open" << "sg-all-traffic-open" << "sg-web" << 2 << 1;
    QTest::newRow("narrow private tier to lb") << "web-open" << "sg-world-ingress-on-private-tier" << "sg-web" << 1 << 0;
    QTest::newRow("add https listener") << "lb-http-only" << "lb-http-without-https" << "alb-web" << 1 << 0;
    QTest::newRow("redirect http") << "lb-http-beside-https" << "lb-http-without-https" << "alb-web" << 1 << 0;
    QTest::newRow("redis one node") << "redis-single-node" << "redis-without-failover" << "cache" << 1 << 0;
    QTest::newRow("redis failover") << "redis-no-failover" << "redis-without-failover" << "cache" << 1 << 0;
    QTest::newRow("cloudfront https") << "cloudfront-http" << "cloudfront-allows-http" << "cdn" << 1 << 0;
    QTest::newRow("detach subnet of other vpc") << "lb-subnet-of-other-vpc" << "attachment-across-vpcs" << "alb-web" << 1 << 0;
    QTest::newRow("leave group of other vpc") << "group-of-other-vpc" << "attachment-across-vpcs" << "web-a" << 1 << 0;
    QTest::newRow("s3 public read") << "s3-public-read" << "s3-public-bucket" << "assets" << 1 << 0;
    QTest::newRow("s3 unblocked") << "s3-unblocked" << "s3-public-bucket" << "assets" << 1 << 0;
    QTest::newRow("iam role") << "ec2-no-role" << "ec2-without-iam-role" << "web-a" << 1 << 0;
    QTest::newRow("remove unused suppression") << "unused-suppression" << "unused-suppression" << "db-main" << 1 << 0;
    QTest::newRow("remove suppression of a deleted element")
        << "suppression-of-deleted-element" << "unused-suppression" << "" << 1 << 0;
    QTest::newRow("detailed monitoring") << "asg-monitoring-off" << "detailed-monitoring-off-in-asg" << "asg-web" << 1 << 0;
    QTest::newRow("pitr on") << "dynamodb-pitr-off" << "dynamodb-pitr-off" << "table" << 1 << 0;
    QTest::newRow("dynamodb auto scaling") << "dynamodb-fixed-capacity" << "dynamodb-provisioned-without-autoscaling" << "table" << 2 << 0;
    QTest::newRow("dynamodb on demand") << "dynamodb-fixed-capacity" << "dynamodb-provisioned-without-autoscaling" << "table" << 2 << 1;
    QTest::newRow("write-heavy auto scaling") << "dynamodb-write-heavy" << "dynamodb-write-heavy-provisioned" << "table" << 2 << 0;
    QTest::newRow("kinesis encrypted") << "kinesis-plain" << "kinesis-unencrypted" << "stream" << 1 << 0;
    QTest::newRow("kinesis shards") << "kinesis-small" << "kinesis-shards-below-throughput" << "stream" << 2 << 0;
    QTest::newRow("kinesis on demand") << "kinesis-small" << "kinesis-shards-below-throughput" << "stream" << 2 << 1;
    QTest::newRow("api access log") << "api-no-log" << "api-stage-without-logging" << "api" << 1 << 0;
    QTest::newRow("eks private endpoint") << "eks-open" << "eks-public-endpoint" << "eks" << 1 << 0;
    QTest::newRow("eks logs") << "eks-no-logs" << "eks-control-plane-logging-off" << "eks" << 1 << 0;
    QTest::newRow("require imdsv2") << "imdsv1" << "imdsv1-allowed" << "web-a" << 1 << 0;
    QTest::newRow("mark steady instances reserved") << "steady-on-demand" << "steady-load-on-demand" << "web-a" << 1 << 0;
}

void TestQuickFixes::fixRemovesFindingAndUndoRestores()
{
    QFETCH(QString, edit);
    QFETCH(QString, rule);
    QFETCH(QString, element);
    QFETCH(int, fixCount);
    QFETCH(int, fixIndex);

    Design design = sampleDesign();
    edits().at(edit)(design);
    const QVector<Finding> before = checkDesign(design);
    QVERIFY2(hasFinding(before, rule, element), "the edit must trip the rule");

    const QVector<QuickFix> fixes = quickFixes(design, findingFor(design, rule, element));
    QCOMPARE(fixes.size(), fixCount);
    const QuickFix &fix = fixes[fixIndex];
    QVERIFY(!fix.label.isEmpty());

    DesignModel model;
    model.resetDesign(design);
    QUndoStack stack;
    QUndoCommand *command = fix.createCommand(&model);
    QVERIFY(command);
    QCOMPARE(command->text(), fix.label);
    stack.push(command);
    QCOMPARE(stack.count(), 1);

    // The very finding is gone (same rule, elements and message); and, unless
    // it names no element (unused suppressions of deleted elements), the rule
    // no longer fires on its element at all.
    const Finding fixed = findingFor(design, rule, element);
    auto fixedIn = [&](const QVector<Finding> &findings) {
        for (const Finding &f : findings) {
            if (f.rule == rule && f.elements == fixed.elements && f.message == fixed.message)
                return false;
        }
        return element.isEmpty() || !hasFinding(findings, rule, element);
    };
    const QVector<Finding> after = checkDesign(model.design());
    QVERIFY2(fixedIn(after), qPrintable(fix.label));
    // The fix adds no problem of its own.
    const QSet<QString> added = keys(after) - keys(before);
    QVERIFY2(added.isEmpty(), qPrintable(QStringList(added.values()).join(QLatin1String("; "))));

    stack.undo();
    QVERIFY(model.design() == design);
    QVERIFY(!fixedIn(checkDesign(model.design())));
    stack.redo();
    QVERIFY(fixedIn(checkDesign(model.design())));
}

void TestQuickFixes::noFixWhereNotMechanical()
{
    // A data store in a public subnet whose AZ has no private subnet: where to
    // put it is the user's decision.
    Design design = sampleDesign();
    edits().at(QStringLiteral("db-in-public-subnet"))(design);
    setProp(design, "subnet-private-a", "public", true);
    QVERIFY(quickFixes(design, findingFor(design, QStringLiteral("data-store-in-public-subnet"), QStringLiteral("db-main"))).isEmpty());

    // SSH open to the world on an application server: remove it, but never
    // "narrow" SSH to the load balancer's group.
    design = sampleDesign();
    edits().at(QStringLiteral("ssh-open"))(design);
    const QVector<QuickFix> fixes = quickFixes(design, findingFor(design, QStringLiteral("sg-admin-port-open-to-world"), QStringLiteral("sg-web")));
    QCOMPARE(fixes.size(), 1);
    QVERIFY(fixes[0].label.contains(QLatin1String("Remove")));

    // Rules with no mechanical fix, and findings that match nothing any more.
    design = sampleDesign();
    QCOMPARE(quickFixes(design, made("rds-single-az", "no-such")).size(), 0);
    QCOMPARE(quickFixes(design, made("cross-az-traffic", "web-a")).size(), 0);
    QCOMPARE(quickFixes(design, made("rds-single-az", "web-a")).size(), 0);
}

void TestQuickFixes::narrowingKeepsTheLoadBalancerPath()
{
    Design design = sampleDesign();
    edits().at(QStringLiteral("all-open"))(design);
    const QVector<QuickFix> fixes = quickFixes(design, findingFor(design, QStringLiteral("sg-all-traffic-open"), QStringLiteral("sg-web")));
    QCOMPARE(fixes.size(), 2);
    QVERIFY(fixes[0].label.contains(QLatin1String("sg-alb")));
    DesignModel model;
    model.resetDesign(design);
    QUndoStack stack;
    stack.push(fixes[0].createCommand(&model));
    // The world-open rule became a rule from the load balancer's group.
    const Element *sg = model.element(QStringLiteral("sg-web"));
    QCOMPARE(sg->ingress.size(), 2);
    QCOMPARE(sg->ingress[1].sourceGroup, QStringLiteral("sg-alb"));
    QVERIFY(sg->ingress[1].cidr.isEmpty());
    QCOMPARE(sg->ingress[1].protocol, QStringLiteral("all"));
}

void TestQuickFixes::suppressionCommandUndoes()
{
    Design design = sampleDesign();
    edits().at(QStringLiteral("rds-single-az"))(design);
    DesignModel model;
    model.resetDesign(design);
    QUndoStack stack;
    stack.push(SetLintConfigCommand::addSuppression(&model, {QStringLiteral("rds-single-az"), QStringLiteral("db-main"),
                                                             QStringLiteral("dev copy of prod")}));
    QCOMPARE(model.design().lint.suppressions.size(), 1);
    QVERIFY(!hasFinding(checkDesign(model.design()), QStringLiteral("rds-single-az"), QStringLiteral("db-main")));
    stack.undo();
    QVERIFY(model.design() == design);
    QVERIFY(hasFinding(checkDesign(model.design()), QStringLiteral("rds-single-az"), QStringLiteral("db-main")));
    stack.redo();
    QCOMPARE(model.design().lint.suppressions.first().reason, QStringLiteral("dev copy of prod"));
    stack.push(SetLintConfigCommand::removeSuppression(&model, QStringLiteral("rds-single-az"), QStringLiteral("db-main")));
    QVERIFY(model.design().lint.suppressions.isEmpty());
    stack.undo();
    QCOMPARE(model.design().lint.suppressions.size(), 1);
}

QTEST_GUILESS_MAIN(TestQuickFixes)
#include "tst_quickfixes.moc"
