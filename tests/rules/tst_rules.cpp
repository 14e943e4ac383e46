// One table row per rule: an edit of the sample that trips it, and a close
// edit that does not. A rule without a row fails the test, so a new rule
// cannot land untested.

#include "RuleCases.h"
#include "RuleTestDesigns.h"

#include "rules/Checker.h"
#include "rules/RuleRegistry.h"

#include <QSet>
#include <QTest>

#include <functional>

using namespace pillar;
using namespace pillar::test;

namespace {

void addCache(Design &d, const char *id, const char *engine, int nodes, bool failover, bool primaryStore = false)
{
    addElement(d, ElementKind::ElastiCache, id, "subnet-private-a",
               {{"engine", QString::fromLatin1(engine)}, {"nodeCount", nodes}, {"automaticFailover", failover},
                {"primaryStore", primaryStore}});
}

void addAsg(Design &d, const char *id, QStringList subnets, QVariantMap extra = {})
{
    QVariantMap props{{"subnets", subnets}, {"iamRole", QStringLiteral("web")}, {"detailedMonitoring", true}};
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        props.insert(it.key(), it.value());
    addElement(d, ElementKind::AutoScalingGroup, id, "vpc-main", props);
}

const QStringList kTwoPrivate{QStringLiteral("subnet-private-a"), QStringLiteral("subnet-private-c")};

// The rules of the classic three-tier kinds; serviceRuleCases() has those of
// the serverless, messaging, container and Region kinds.
const std::vector<Case> &cases()
{
    static const std::vector<Case> table = [] {
        std::vector<Case> all = classicRuleCases();
        const std::vector<Case> &more = serviceRuleCases();
        all.insert(all.end(), more.begin(), more.end());
        return all;
    }();
    return table;
}

QVector<Finding> findingsOf(const QVector<Finding> &all, const QString &rule);

} // namespace

namespace pillar::test {

const std::vector<Case> &classicRuleCases()
{
    static const std::vector<Case> table = {
        {"sg-admin-port-open-to-world", "sg-web",
         [](Design &d) { el(d, "sg-web").ingress << ingress("tcp", 22, 22, "192.168.1.0/0"); },
         [](Design &d) { el(d, "sg-web").ingress << ingress("tcp", 22, 22, "203.0.113.0/24"); }},
        {"sg-all-traffic-open", "sg-web",
         [](Design &d) { el(d, "sg-web").ingress << ingress("all", 0, 0, "::/0"); },
         [](Design &d) { el(d, "sg-web").ingress << ingress("all", 0, 0, "", "sg-alb"); }},
        {"sg-world-ingress-on-private-tier", "sg-web",
         [](Design &d) { el(d, "sg-web").ingress << ingress("tcp", 80, 80, "0.0.0.0/0"); },
         [](Design &d) {
             // The same rule on a web server users reach directly is not a private tier.
             el(d, "sg-web").ingress << ingress("tcp", 80, 80, "0.0.0.0/0");
             removeConnection(d, "alb-to-web-a");
             removeConnection(d, "alb-to-web-c");
             addConnection(d, "users", "web-a", 80, "http");
             addConnection(d, "users", "web-c", 80, "http");
         }},
        {"sg-cidr-where-group-would-do", "sg-db",
         [](Design &d) { el(d, "sg-db").ingress << ingress("tcp", 3306, 3306, "10.0.10.0/24"); },
         [](Design &d) { el(d, "sg-db").ingress << ingress("tcp", 3306, 3306, "172.16.0.0/24"); }},
        {"bastion-ssh", "jump",
         [](Design &d) {
             addElement(d, ElementKind::SecurityGroup, "sg-jump", "vpc-main");
             el(d, "sg-jump").ingress << ingress("tcp", 22, 22, "203.0.113.0/24");
             addElement(d, ElementKind::Ec2Instance, "jump", "subnet-public-a", {{"iamRole", QStringLiteral("jump")}});
             el(d, "jump").securityGroups << QStringLiteral("sg-jump");
         },
         [](Design &d) {
             addElement(d, ElementKind::SecurityGroup, "sg-jump", "vpc-main");
             el(d, "sg-jump").ingress << ingress("tcp", 22, 22, "203.0.113.0/24") << ingress("tcp", 443, 443, "203.0.113.0/24");
             addElement(d, ElementKind::Ec2Instance, "jump", "subnet-public-a", {{"iamRole", QStringLiteral("jump")}});
             el(d, "jump").securityGroups << QStringLiteral("sg-jump");
         }},
        {"rds-publicly-accessible", "db-main",
         [](Design &d) { setProp(d, "db-main", "publiclyAccessible", true); },
         [](Design &d) { setProp(d, "db-main", "publiclyAccessible", false); }},
        {"data-store-in-public-subnet", "db-main",
         [](Design &d) { el(d, "db-main").parent = QStringLiteral("subnet-public-a"); },
         [](Design &d) { el(d, "db-main").parent = QStringLiteral("subnet-private-c"); }},
        {"data-store-reachable-from-internet", "db-main",
         [](Design &d) { addConnection(d, "dns-www", "db-main", 3306, "tcp"); },
         [](Design &d) { addConnection(d, "dns-www", "web-a", 80, "http"); }},
        {"ec2-without-iam-role", "web-a",
         [](Design &d) { setProp(d, "web-a", "iamRole", QString()); },
         [](Design &d) {
             // An instance of an Auto Scaling group takes the group's role.
             addAsg(d, "asg-web", kTwoPrivate);
             setProp(d, "web-a", "iamRole", QString());
             setProp(d, "web-a", "autoScalingGroup", QStringLiteral("asg-web"));
         }},
        {"rds-storage-unencrypted", "db-main",
         [](Design &d) { setProp(d, "db-main", "storageEncrypted", false); },
         [](Design &d) { setProp(d, "db-main", "storageEncrypted", true); }},
        {"s3-public-bucket", "assets",
         [](Design &d) { addElement(d, ElementKind::S3Bucket, "assets", "", {{"publicRead", true}}); },
         [](Design &d) { addElement(d, ElementKind::S3Bucket, "assets", "", {{"publicRead", false}}); }},
        {"s3-encryption-not-configured", "assets",
         [](Design &d) { addElement(d, ElementKind::S3Bucket, "assets", "", {{"encryption", false}}); },
         [](Design &d) { addElement(d, ElementKind::S3Bucket, "assets", "", {{"encryption", true}}); }},
        {"elasticache-unencrypted", "cache",
         [](Design &d) {
             addCache(d, "cache", "redis", 2, true);
             setProp(d, "cache", "encryption", false);
         },
         [](Design &d) {
             addCache(d, "cache", "redis", 2, true);
             setProp(d, "cache", "encryption", true);
         }},
        {"cloudfront-weak-tls", "cdn",
         [](Design &d) { addElement(d, ElementKind::CloudFront, "cdn", "", {{"minimumTlsVersion", QStringLiteral("TLSv1")}}); },
         [](Design &d) { addElement(d, ElementKind::CloudFront, "cdn", "", {{"minimumTlsVersion", QStringLiteral("TLSv1.2_2019")}}); }},
        {"cloudfront-origin-http", "cdn",
         [](Design &d) { addElement(d, ElementKind::CloudFront, "cdn", "", {{"originProtocolPolicy", QStringLiteral("http-only")}}); },
         [](Design &d) { addElement(d, ElementKind::CloudFront, "cdn", "", {{"originProtocolPolicy", QStringLiteral("https-only")}}); }},
        {"cloudfront-allows-http", "cdn",
         [](Design &d) { addElement(d, ElementKind::CloudFront, "cdn", "", {{"viewerProtocolPolicy", QStringLiteral("allow-all")}}); },
         [](Design &d) { addElement(d, ElementKind::CloudFront, "cdn", "", {{"viewerProtocolPolicy", QStringLiteral("https-only")}}); }},
        {"lb-http-without-https", "alb-web",
         [](Design &d) { el(d, "alb-web").listeners[1].action = QStringLiteral("forward"); },
         [](Design &d) {
             el(d, "alb-web").listeners[1].action = QStringLiteral("forward");
             setProp(d, "alb-web", "scheme", QStringLiteral("internal"));
         }},
        {"rds-single-az", "db-main",
         [](Design &d) { setProp(d, "db-main", "multiAz", false); },
         [](Design &d) {
             // A read replica is not judged on Multi-AZ.
             addElement(d, ElementKind::RdsInstance, "db-replica", "subnet-private-c",
                        {{"multiAz", false}, {"readReplicaOf", QStringLiteral("db-main")}, {"storageEncrypted", true}});
         }},
        {"lb-single-az", "alb-web",
         [](Design &d) { setProp(d, "alb-web", "subnets", QStringList{QStringLiteral("subnet-public-a")}); },
         [](Design &d) { setProp(d, "alb-web", "subnets", QStringList{QStringLiteral("subnet-public-a"), QStringLiteral("subnet-private-c")}); }},
        {"lb-internet-facing-without-public-subnet", "alb-web",
         [](Design &d) { setProp(d, "alb-web", "subnets", kTwoPrivate); },
         [](Design &d) {
             // The same subnets for an internal load balancer are right.
             setProp(d, "alb-web", "subnets", kTwoPrivate);
             setProp(d, "alb-web", "scheme", QStringLiteral("internal"));
         }},
        {"compute-single-az", "alb-web",
         [](Design &d) { el(d, "web-c").parent = QStringLiteral("subnet-private-a"); },
         [](Design &d) { setProp(d, "web-a", "workload", QStringLiteral("web")); setProp(d, "web-c", "workload", QStringLiteral("web")); }},
        {"lb-single-target", "alb-web",
         [](Design &d) { removeConnection(d, "alb-to-web-c"); },
         [](Design &d) {
             removeConnection(d, "alb-to-web-a");
             removeConnection(d, "alb-to-web-c");
             addAsg(d, "asg-web", kTwoPrivate, {{"maxSize", 4}});
             addConnection(d, "alb-web", "asg-web");
         }},
        {"asg-single-az", "asg-web",
         [](Design &d) { addAsg(d, "asg-web", {QStringLiteral("subnet-private-a")}); },
         [](Design &d) { addAsg(d, "asg-web", kTwoPrivate); }},
        {"redis-without-failover", "cache",
         [](Design &d) { addCache(d, "cache", "redis", 1, false); },
         [](Design &d) { addCache(d, "cache", "redis", 2, true); }},
        {"single-instance-serving-users", "web-a",
         [](Design &d) { addConnection(d, "dns-www", "web-a", 443, "https"); },
         [](Design &d) { addConnection(d, "alb-web", "web-a", 443, "https"); }},
        {"cache-used-as-primary-store", "sessions",
         [](Design &d) { addCache(d, "sessions", "memcached", 1, false, true); },
         [](Design &d) { addCache(d, "sessions", "redis", 2, true, true); }},
        {"rds-no-backups", "db-main",
         [](Design &d) { setProp(d, "db-main", "backupRetentionDays", 0); },
         [](Design &d) { setProp(d, "db-main", "backupRetentionDays", 1); }},
        {"lb-without-health-check", "alb-web",
         [](Design &d) { setProp(d, "alb-web", "healthCheckPath", QString()); },
         [](Design &d) {
             setProp(d, "alb-web", "healthCheckPath", QString());
             setProp(d, "alb-web", "type", QStringLiteral("network"));
         }},
        {"db-on-ec2", "web-a",
         [](Design &d) { setProp(d, "web-a", "workload", QStringLiteral("database")); },
         [](Design &d) { setProp(d, "web-a", "workload", QStringLiteral("web")); setProp(d, "web-c", "workload", QStringLiteral("web")); }},
        {"s3-served-without-cdn", "assets",
         [](Design &d) {
             addElement(d, ElementKind::S3Bucket, "assets", "");
             addConnection(d, "users", "assets");
         },
         [](Design &d) {
             addElement(d, ElementKind::S3Bucket, "assets", "");
             addElement(d, ElementKind::CloudFront, "cdn", "");
             addConnection(d, "users", "cdn");
             addConnection(d, "cdn", "assets");
         }},
        {"no-cache-in-front-of-db", "db-main",
         [](Design &d) { d.info.expectedUsers = 20000; },
         [](Design &d) {
             d.info.expectedUsers = 20000;
             addCache(d, "cache", "redis", 2, true);
             addConnection(d, "web-a", "cache");
         }},
        {"burstable-instance-sustained-load", "web-a",
         [](Design &d) { setProp(d, "web-a", "instanceType", QStringLiteral("t3.micro")); setProp(d, "web-a", "expectedCpu", 30); },
         [](Design &d) { setProp(d, "web-a", "instanceType", QStringLiteral("t3.micro")); setProp(d, "web-a", "expectedCpu", 10); }},
        {"previous-generation-instance", "web-a",
         [](Design &d) { setProp(d, "web-a", "instanceType", QStringLiteral("m3.large")); },
         [](Design &d) { setProp(d, "web-a", "instanceType", QStringLiteral("m5.large")); }},
        {"detailed-monitoring-off-in-asg", "asg-web",
         [](Design &d) { addAsg(d, "asg-web", kTwoPrivate, {{"detailedMonitoring", false}}); },
         [](Design &d) { addAsg(d, "asg-web", kTwoPrivate, {{"detailedMonitoring", true}}); }},
        {"classic-load-balancer", "alb-web",
         [](Design &d) { setProp(d, "alb-web", "type", QStringLiteral("classic")); },
         [](Design &d) { setProp(d, "alb-web", "type", QStringLiteral("network")); }},
        {"internal-tier-without-lb", "web-a",
         [](Design &d) {
             addElement(d, ElementKind::Ec2Instance, "api-a", "subnet-private-a", {{"iamRole", QStringLiteral("api")}});
             addElement(d, ElementKind::Ec2Instance, "api-c", "subnet-private-c", {{"iamRole", QStringLiteral("api")}});
             addConnection(d, "web-a", "api-a");
             addConnection(d, "web-a", "api-c");
         },
         [](Design &d) {
             addElement(d, ElementKind::Ec2Instance, "api-a", "subnet-private-a", {{"iamRole", QStringLiteral("api")}});
             addConnection(d, "web-a", "api-a");
         }},
        {"public-ipv4-charge", "web-a",
         [](Design &d) { setProp(d, "web-a", "publicIp", true); setProp(d, "alb-web", "scheme", QStringLiteral("internal")); },
         [](Design &d) { setProp(d, "web-a", "publicIp", false); setProp(d, "alb-web", "scheme", QStringLiteral("internal")); }},
        {"cross-az-traffic", "web-c",
         [](Design &) {},
         [](Design &d) { removeConnection(d, "web-c-to-db"); }},
        {"rds-storage-overprovisioned", "db-main",
         [](Design &d) { d.info.environment = QStringLiteral("dev"); setProp(d, "db-main", "storageGb", 500); },
         [](Design &d) { d.info.environment = QStringLiteral("dev"); setProp(d, "db-main", "storageGb", 50); }},
        {"oversized-instance", "web-a",
         [](Design &d) { d.info.environment = QStringLiteral("dev"); setProp(d, "web-a", "instanceType", QStringLiteral("m7g.2xlarge")); },
         [](Design &d) { d.info.environment = QStringLiteral("dev"); setProp(d, "web-a", "instanceType", QStringLiteral("m7g.large")); }},
        {"steady-load-on-demand", "web-a",
         [](Design &d) { d.info.environment = QStringLiteral("prod"); },
         [](Design &d) {
             // The same production design with every steady instance reserved.
             d.info.environment = QStringLiteral("prod");
             QStringList steady;
             for (const Element &e : d.elements()) {
                 if (e.kind == ElementKind::Ec2Instance || e.kind == ElementKind::RdsInstance)
                     steady << e.id;
             }
             for (const QString &id : steady)
                 d.element(id)->properties.insert(QStringLiteral("purchase"), QStringLiteral("reserved"));
         }},
        {"invalid-placement", "db-main",
         [](Design &d) { el(d, "db-main").parent = QStringLiteral("vpc-main"); },
         [](Design &d) { el(d, "db-main").parent = QStringLiteral("subnet-private-c"); }},
        {"attachment-across-vpcs", "alb-web",
         [](Design &d) {
             addElement(d, ElementKind::Vpc, "vpc-other", "", {{"cidr", QStringLiteral("10.9.0.0/16")}});
             addElement(d, ElementKind::AvailabilityZone, "az-other", "vpc-other", {{"zone", QStringLiteral("us-east-1a")}});
             addElement(d, ElementKind::Subnet, "subnet-other", "az-other", {{"cidr", QStringLiteral("10.9.1.0/24")}});
             setProp(d, "alb-web", "subnets", el(d, "alb-web").listValue(QStringLiteral("subnets")) << QStringLiteral("subnet-other"));
         },
         [](Design &d) {
             // The same second VPC, the load balancer kept to subnets of its own.
             addElement(d, ElementKind::Vpc, "vpc-other", "", {{"cidr", QStringLiteral("10.9.0.0/16")}});
             addElement(d, ElementKind::AvailabilityZone, "az-other", "vpc-other", {{"zone", QStringLiteral("us-east-1a")}});
             addElement(d, ElementKind::Subnet, "subnet-other", "az-other", {{"cidr", QStringLiteral("10.9.1.0/24")}});
         }},
        {"subnet-cidr-outside-vpc", "subnet-private-c",
         [](Design &d) { setProp(d, "subnet-private-c", "cidr", QStringLiteral("10.1.0.0/24")); },
         [](Design &d) { setProp(d, "subnet-private-c", "cidr", QStringLiteral("10.0.200.0/24")); }},
        {"cidr-overlap", "subnet-private-c",
         [](Design &d) { setProp(d, "subnet-private-c", "cidr", QStringLiteral("10.0.10.128/25")); },
         [](Design &d) { setProp(d, "subnet-private-c", "cidr", QStringLiteral("10.0.12.0/25")); }},
        {"az-not-in-region", "az-c",
         [](Design &d) { setProp(d, "az-c", "zone", QStringLiteral("us-east-1c")); },
         [](Design &d) { setProp(d, "az-c", "zone", QStringLiteral("ap-northeast-2d")); }},
        {"dangling-reference", "web-a",
         [](Design &d) { el(d, "web-a").securityGroups << QStringLiteral("sg-deleted"); },
         [](Design &d) { el(d, "web-a").securityGroups << QStringLiteral("sg-db"); }},
        {"connection-blocked-by-security-group", "db-main",
         [](Design &d) { el(d, "sg-db").ingress[0].fromPort = el(d, "sg-db").ingress[0].toPort = 5432; },
         [](Design &d) { el(d, "sg-db").ingress = {ingress("tcp", 3306, 3306, "10.0.0.0/16")}; }},
        {"invalid-connection", "alb-web-to-db-main-1",
         [](Design &d) { addConnection(d, "alb-web", "db-main", 3306, "tcp"); },
         [](Design &d) { addConnection(d, "web-a", "db-main", 3306, "tcp"); }},
        {"unused-suppression", "db-main",
         [](Design &d) { d.lint.suppressions << Suppression{QStringLiteral("rds-single-az"), QStringLiteral("db-main"), QStringLiteral("dev copy")}; },
         [](Design &d) {
             d.lint.suppressions << Suppression{QStringLiteral("rds-single-az"), QStringLiteral("db-main"), QStringLiteral("dev copy")};
             setProp(d, "db-main", "multiAz", false);
         }},
        {"unknown-rule", "",
         [](Design &d) { d.lint.disabledRules << QStringLiteral("rds-singel-az"); },
         [](Design &d) { d.lint.disabledRules << QStringLiteral("rds-single-az"); }},
    };
    return table;
}

} // namespace pillar::test

namespace {

QVector<Finding> findingsOf(const QVector<Finding> &all, const QString &rule)
{
    QVector<Finding> out;
    for (const Finding &f : all) {
        if (f.rule == rule && !f.suppressed)
            out << f;
    }
    return out;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void everyRuleHasACase()
    {
        QSet<QString> covered;
        for (const Case &c : cases())
            covered.insert(QString::fromLatin1(c.rule));
        for (const Rule &rule : allRules())
            QVERIFY2(covered.contains(rule.info.idString()), qPrintable(rule.info.idString() + QStringLiteral(" has no test case")));
        QCOMPARE(covered.size(), int(allRules().size()));
    }

    void ruleTripsAndCloseDesignDoesNot_data()
    {
        QTest::addColumn<int>("row");
        for (size_t i = 0; i < cases().size(); ++i)
            QTest::newRow(cases()[i].rule) << int(i);
    }

    void ruleTripsAndCloseDesignDoesNot()
    {
        QFETCH(int, row);
        const Case &c = cases()[size_t(row)];
        const QString rule = QString::fromLatin1(c.rule);
        QVERIFY(findRule(rule));

        Design trips = sampleDesign();
        c.trips(trips);
        const QVector<Finding> found = findingsOf(checkDesign(trips), rule);
        QVERIFY2(!found.isEmpty(), "the tripping design gives no finding");
        const QString primary = QString::fromLatin1(c.primary);
        bool primaryFound = false;
        for (const Finding &f : found) {
            QVERIFY(!f.message.isEmpty());
            QVERIFY(!f.fix.isEmpty());
            primaryFound = primaryFound || f.primaryElement() == primary;
            // Messages name the elements they are about.
            if (!f.primaryElement().isEmpty())
                QVERIFY2(f.message.contains(f.primaryElement()), qPrintable(f.message));
        }
        QVERIFY2(primaryFound, qPrintable(QStringLiteral("no finding on '%1'").arg(primary)));

        Design close = sampleDesign();
        c.close(close);
        const QVector<Finding> notFound = findingsOf(checkDesign(close), rule);
        QVERIFY2(notFound.isEmpty(), qPrintable(notFound.isEmpty() ? QString() : notFound.first().message));
    }

    // An element whose subnets an importer could not tell stands in a
    // stand-in VPC: attachment-across-vpcs does not judge it (the element is
    // reported as not fully checked instead).
    void attachmentAcrossVpcsSkipsUnknownPlacement()
    {
        Design d = sampleDesign();
        addElement(d, ElementKind::Vpc, "vpc-existing", "");
        addElement(d, ElementKind::AutoScalingGroup, "asg-unknown", "vpc-existing");
        el(d, "asg-unknown").securityGroups << QStringLiteral("sg-web");
        QCOMPARE(findingsOf(checkDesign(d), QStringLiteral("attachment-across-vpcs")).size(), 1);
        el(d, "asg-unknown").unknown << QStringLiteral("subnets");
        QVERIFY(findingsOf(checkDesign(d), QStringLiteral("attachment-across-vpcs")).isEmpty());
    }

    // The product's headline rule, port by port and however "anywhere" is written.
    void worldIngress_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("cidr");
        QTest::addColumn<QString>("expected"); // rule id, or empty for no security finding

        QTest::newRow("https to internet-facing ALB") << "sg-alb" << "tcp" << 443 << 443 << "0.0.0.0/0" << "";
        QTest::newRow("http to internet-facing ALB over IPv6") << "sg-alb" << "tcp" << 80 << 80 << "::/0" << "";
        QTest::newRow("ssh on ALB group") << "sg-alb" << "tcp" << 22 << 22 << "0.0.0.0/0" << "sg-admin-port-open-to-world";
        QTest::newRow("rdp") << "sg-web" << "tcp" << 3389 << 3389 << "0.0.0.0/0" << "sg-admin-port-open-to-world";
        QTest::newRow("ssh ipv6") << "sg-web" << "tcp" << 22 << 22 << "::/0" << "sg-admin-port-open-to-world";
        QTest::newRow("ssh odd /0") << "sg-web" << "tcp" << 22 << 22 << "192.168.1.0/0" << "sg-admin-port-open-to-world";
        QTest::newRow("range covering ssh") << "sg-web" << "tcp" << 20 << 1024 << "0.0.0.0/0" << "sg-admin-port-open-to-world";
        QTest::newRow("mysql") << "sg-db" << "tcp" << 3306 << 3306 << "0.0.0.0/0" << "sg-admin-port-open-to-world";
        QTest::newRow("postgres") << "sg-db" << "tcp" << 5432 << 5432 << "0.0.0.0/0" << "sg-admin-port-open-to-world";
        QTest::newRow("redis") << "sg-db" << "tcp" << 6379 << 6379 << "0.0.0.0/0" << "sg-admin-port-open-to-world";
        QTest::newRow("mongodb") << "sg-db" << "tcp" << 27017 << 27017 << "0.0.0.0/0" << "sg-admin-port-open-to-world";
        QTest::newRow("all traffic") << "sg-alb" << "all" << 0 << 0 << "0.0.0.0/0" << "sg-all-traffic-open";
        QTest::newRow("tcp 0-65535") << "sg-web" << "tcp" << 0 << 65535 << "::/0" << "sg-all-traffic-open";
        QTest::newRow("ssh from an office") << "sg-web" << "tcp" << 22 << 22 << "198.51.100.0/24" << "";
        QTest::newRow("udp 22 is not ssh") << "sg-alb" << "udp" << 22 << 22 << "0.0.0.0/0" << "";
        QTest::newRow("8080 to a private tier") << "sg-web" << "tcp" << 8080 << 8080 << "0.0.0.0/0" << "sg-world-ingress-on-private-tier";
        QTest::newRow("443 to a private tier") << "sg-web" << "tcp" << 443 << 443 << "0.0.0.0/0" << "sg-world-ingress-on-private-tier";
    }

    void worldIngress()
    {
        QFETCH(QString, group);
        QFETCH(QString, protocol);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QString, cidr);
        QFETCH(QString, expected);
        Design d = sampleDesign();
        el(d, group.toLatin1().constData()).ingress
            << ingress(protocol.toLatin1().constData(), from, to, cidr.toLatin1().constData());
        QStringList securityRules;
        for (const Finding &f : checkDesign(d)) {
            if (f.rule.startsWith(QLatin1String("sg-")))
                securityRules << f.rule;
        }
        if (expected.isEmpty())
            QCOMPARE(securityRules, QStringList());
        else
            QCOMPARE(securityRules, QStringList{expected});
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
