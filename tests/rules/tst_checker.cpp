// checkDesign() as a whole: context, overrides, disabled rules, suppressions,
// the shipped sample, the "done when" design, and the design index.

#include "RuleTestDesigns.h"

#include "Cidr.h"
#include "PropertySpec.h"
#include "rules/Checker.h"
#include "rules/DesignIndex.h"
#include "rules/RuleRegistry.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace pillar;
using namespace pillar::test;

namespace {

QStringList rulesOf(const QVector<Finding> &findings, bool includeSuppressed = false)
{
    QStringList rules;
    for (const Finding &f : findings) {
        if (includeSuppressed || !f.suppressed)
            rules << f.rule;
    }
    return rules;
}

const Finding *first(const QVector<Finding> &findings, const char *rule)
{
    for (const Finding &f : findings) {
        if (f.rule == QLatin1String(rule))
            return &f;
    }
    return nullptr;
}

} // namespace

class TestChecker : public QObject
{
    Q_OBJECT

private slots:
    void sampleHasCostNotesOnly()
    {
        const QVector<Finding> findings = checkDesign(sampleDesign());
        QCOMPARE(rulesOf(findings), (QStringList{"public-ipv4-charge", "cross-az-traffic", "steady-load-on-demand"}));
        for (const Finding &f : findings)
            QCOMPARE(f.severity, Severity::Info);
    }

    void doneWhenDesign()
    {
        const LoadResult loaded = readDesignFile(dataDir() + QStringLiteral("/rules/done-when.pillar"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        const QVector<Finding> findings = checkDesign(*loaded.design);
        QCOMPARE(rulesOf(findings), (QStringList{"sg-admin-port-open-to-world", "rds-publicly-accessible", "rds-single-az",
                                                 "steady-load-on-demand"}));
        QCOMPARE(findings[0].severity, Severity::Error);
        QCOMPARE(findings[0].elements, (QStringList{"sg-app", "app"}));
        QVERIFY(findings[0].message.contains(QLatin1String("SSH (22)")));
        QCOMPARE(findings[1].severity, Severity::Error);
        QCOMPARE(findings[1].elements, QStringList{"db"});
        QCOMPARE(findings[2].severity, Severity::Warning);
        QCOMPARE(findings[2].elements, QStringList{"db"});
        for (const Finding &f : findings) {
            QCOMPARE(f.fix, findRule(f.rule)->info.fixText());
            QVERIFY(f.message.contains(QLatin1String("'")));
        }
    }

    void contextMovesSeverity_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<int>("users");
        QTest::addColumn<QString>("singleAzDb");   // rds-single-az
        QTest::addColumn<QString>("s3WithoutCdn"); // s3-served-without-cdn

        QTest::newRow("dev, ten users") << "dev" << 10 << "info" << "info";
        QTest::newRow("prod, ten users") << "prod" << 10 << "info" << "info";
        QTest::newRow("staging, 1000 users") << "staging" << 1000 << "warning" << "info";
        QTest::newRow("prod, 5000 users") << "prod" << 5000 << "warning" << "info";
        QTest::newRow("dev, a million users") << "dev" << 1000000 << "info" << "info";
        QTest::newRow("prod, 10000 users") << "prod" << 10000 << "warning" << "warning";
    }

    void contextMovesSeverity()
    {
        QFETCH(QString, environment);
        QFETCH(int, users);
        QFETCH(QString, singleAzDb);
        QFETCH(QString, s3WithoutCdn);
        Design d = sampleDesign();
        d.info.environment = environment;
        d.info.expectedUsers = users;
        setProp(d, "db-main", "multiAz", false);
        addElement(d, ElementKind::S3Bucket, "assets", "");
        addConnection(d, "users", "assets");
        const QVector<Finding> findings = checkDesign(d);
        QVERIFY(first(findings, "rds-single-az"));
        QVERIFY(first(findings, "s3-served-without-cdn"));
        QCOMPARE(severityKey(first(findings, "rds-single-az")->severity), singleAzDb);
        QCOMPARE(severityKey(first(findings, "s3-served-without-cdn")->severity), s3WithoutCdn);
    }

    void overrideAndDisable()
    {
        Design d = sampleDesign();
        d.lint.severityOverrides.insert(QStringLiteral("cross-az-traffic"), QStringLiteral("error"));
        QCOMPARE(first(checkDesign(d), "cross-az-traffic")->severity, Severity::Error);
        // An override wins over context too.
        d.info.environment = QStringLiteral("dev");
        setProp(d, "db-main", "multiAz", false);
        d.lint.severityOverrides.insert(QStringLiteral("rds-single-az"), QStringLiteral("error"));
        QCOMPARE(first(checkDesign(d), "rds-single-az")->severity, Severity::Error);

        d.lint.disabledRules << QStringLiteral("cross-az-traffic") << QStringLiteral("rds-single-az");
        const QStringList rules = rulesOf(checkDesign(d));
        QVERIFY(!rules.contains(QLatin1String("cross-az-traffic")));
        QVERIFY(!rules.contains(QLatin1String("rds-single-az")));
        QVERIFY(rules.contains(QLatin1String("public-ipv4-charge")));
    }

    void suppressionHidesOneElementOnly()
    {
        Design d = sampleDesign();
        setProp(d, "web-a", "iamRole", QString());
        setProp(d, "web-c", "iamRole", QString());
        d.lint.suppressions << Suppression{QStringLiteral("ec2-without-iam-role"), QStringLiteral("web-a"),
                                           QStringLiteral("legacy box, role arrives with the migration")};
        const QVector<Finding> findings = checkDesign(d);
        int suppressed = 0, open = 0;
        for (const Finding &f : findings) {
            if (f.rule != QLatin1String("ec2-without-iam-role"))
                continue;
            if (f.primaryElement() == QLatin1String("web-a")) {
                QVERIFY(f.suppressed);
                QCOMPARE(f.suppressionReason, QStringLiteral("legacy box, role arrives with the migration"));
                ++suppressed;
            } else {
                QVERIFY(!f.suppressed);
                ++open;
            }
        }
        QCOMPARE(suppressed, 1);
        QCOMPARE(open, 1);
        QVERIFY(!rulesOf(findings).contains(QLatin1String("unused-suppression")));
    }

    void staleSuppressionsAndUnknownRules()
    {
        Design d = sampleDesign();
        d.lint.suppressions << Suppression{QStringLiteral("rds-single-az"), QStringLiteral("db-main"), QStringLiteral("x")}
                            << Suppression{QStringLiteral("rds-single-az"), QStringLiteral("db-gone"), QStringLiteral("y")}
                            << Suppression{QStringLiteral("no-such-rule"), QStringLiteral("db-main"), QStringLiteral("z")};
        d.lint.severityOverrides.insert(QStringLiteral("typo-rule"), QStringLiteral("info"));
        const QVector<Finding> findings = checkDesign(d);
        QCOMPARE(rulesOf(findings).count(QStringLiteral("unused-suppression")), 2);
        QCOMPARE(rulesOf(findings).count(QStringLiteral("unknown-rule")), 2);
        for (const Finding &f : findings) {
            if (f.rule == QLatin1String("unused-suppression"))
                QCOMPARE(f.severity, Severity::Warning);
        }
        // Disabling the meta rule silences it; so does disabling the suppressed rule.
        d.lint.disabledRules << QStringLiteral("unused-suppression");
        QCOMPARE(rulesOf(checkDesign(d)).count(QStringLiteral("unused-suppression")), 0);
    }

    // A stage-4 style read replica in the other AZ adds no finding: replication
    // is neither billed cross-AZ traffic nor a flow through security groups.
    void readReplicaAcrossAzIsQuiet()
    {
        Design d = sampleDesign();
        addElement(d, ElementKind::RdsInstance, "db-replica", "subnet-private-c",
                   {{"readReplicaOf", QStringLiteral("db-main")}, {"storageEncrypted", true}, {"instanceClass", QStringLiteral("db.m7g.large")}});
        el(d, "db-replica").securityGroups << QStringLiteral("sg-db");
        addConnection(d, "db-main", "db-replica", 3306, "tcp");
        QCOMPARE(rulesOf(checkDesign(d)), (QStringList{"public-ipv4-charge", "cross-az-traffic", "steady-load-on-demand"}));
    }

    // Imported designs mark values nobody knows; rules do not guess them.
    void unknownValuesAreNotJudged()
    {
        Design d = sampleDesign();
        setProp(d, "db-main", "multiAz", false);
        setProp(d, "db-main", "storageEncrypted", false);
        QVERIFY(rulesOf(checkDesign(d)).contains(QLatin1String("rds-single-az")));
        el(d, "db-main").unknown = QStringList{QStringLiteral("multiAz"), QStringLiteral("storageEncrypted")};
        const QStringList rules = rulesOf(checkDesign(d));
        QVERIFY(!rules.contains(QLatin1String("rds-single-az")));
        QVERIFY(!rules.contains(QLatin1String("rds-storage-unencrypted")));
    }

    // Seed B runs Redis on EC2: a cache the team runs itself counts as a cache.
    void selfRunCacheCountsAsCache()
    {
        Design d = sampleDesign();
        d.info.expectedUsers = 50000;
        QVERIFY(rulesOf(checkDesign(d)).contains(QLatin1String("no-cache-in-front-of-db")));
        addElement(d, ElementKind::Ec2Instance, "redis-a", "subnet-private-a",
                   {{"workload", QStringLiteral("cache")}, {"iamRole", QStringLiteral("redis")}});
        addConnection(d, "web-c", "redis-a", 0, "");
        const QStringList rules = rulesOf(checkDesign(d));
        QVERIFY(!rules.contains(QLatin1String("no-cache-in-front-of-db")));
        QVERIFY(rules.contains(QLatin1String("db-on-ec2")));
    }

    // BLUEPRINTS.md: what each shipped blueprint must show. "Cost notes only"
    // means nothing but info findings of cost rules.
    void blueprintsShowWhatTheirRowsPromise_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("required");
        QTest::addColumn<bool>("costNotesOnly");
        QTest::newRow("stage 1") << "stage-1-one-user" << QStringList{"single-instance-serving-users", "db-on-ec2"} << false;
        QTest::newRow("stage 2") << "stage-2-database-split" << QStringList{"rds-single-az"} << false;
        QTest::newRow("stage 3") << "stage-3-high-availability" << QStringList{} << true;
        QTest::newRow("stage 4") << "stage-4-scale-out" << QStringList{} << true;
        QTest::newRow("stage 5") << "stage-5-auto-scaling" << QStringList{} << true;
        QTest::newRow("stage 6") << "stage-6-services" << QStringList{} << true;
        QTest::newRow("stage 7") << "stage-7-data-split" << QStringList{} << true;
        QTest::newRow("stage 8") << "stage-8-multi-region" << QStringList{} << true;
        QTest::newRow("side project") << "side-project"
                                      << QStringList{"redis-without-failover", "compute-single-az", "public-ipv4-charge"} << false;
        QTest::newRow("ad network") << "ad-network" << QStringList{"db-on-ec2"} << false;
    }

    void blueprintsShowWhatTheirRowsPromise()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, required);
        QFETCH(bool, costNotesOnly);
        const LoadResult loaded = readDesignFile(sourceDir() + QStringLiteral("/resources/blueprints/") + file + QStringLiteral(".pillar"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        const QVector<Finding> findings = checkDesign(*loaded.design);
        const QStringList rules = rulesOf(findings);
        for (const QString &rule : required)
            QVERIFY2(rules.contains(rule), qPrintable(rule));
        for (const Finding &f : findings) {
            if (costNotesOnly) {
                QCOMPARE(f.severity, Severity::Info);
                QCOMPARE(findRule(f.rule)->info.pillar, Pillar::CostOptimization);
            }
            if (file.startsWith(QLatin1String("stage-1")) || file.startsWith(QLatin1String("stage-2")))
                QVERIFY2(f.severity == Severity::Info, qPrintable(f.message)); // at this scale, advice only
        }
    }

    void indexFindsContainers()
    {
        const Design d = sampleDesign();
        const DesignIndex index(d);
        const int db = index.indexOf(QStringLiteral("db-main"));
        QCOMPARE(index.element(index.subnetOf(db)).id, QStringLiteral("subnet-private-a"));
        QCOMPARE(index.element(index.azOf(db)).id, QStringLiteral("az-a"));
        QCOMPARE(index.element(index.vpcOf(db)).id, QStringLiteral("vpc-main"));
        QCOMPARE(index.zonesOf(index.indexOf(QStringLiteral("alb-web"))).size(), 2);
        QCOMPARE(index.membersOf(index.indexOf(QStringLiteral("sg-web"))).size(), 2);
        QCOMPARE(index.incoming(db).size(), 2);
    }

    // The index answers ids and property values as the design and its
    // elements do: every stored value, every default, every id.
    void indexAgreesWithTheDesign()
    {
        Design d = sampleDesign();
        el(d, "db-main").properties.insert(QStringLiteral("multiAz"), true);
        el(d, "db-main").properties.remove(QStringLiteral("storageGb"));
        const DesignIndex index(d);
        QCOMPARE(index.indexOf(QStringLiteral("no-such-element")), -1);
        QCOMPARE(index.indexOf(QString()), -1);
        for (int i = 0; i < index.elementCount(); ++i) {
            const Element &e = index.element(i);
            QCOMPARE(index.indexOf(e.id), d.elementIndex(e.id));
            for (const PropertySpec &spec : propertySpecs(e.kind)) {
                const QByteArray key = spec.key.toLatin1();
                QCOMPARE(index.value(i, QLatin1StringView(key)), e.value(spec.key));
            }
        }
        const int db = index.indexOf(QStringLiteral("db-main"));
        QCOMPARE(index.value(db, QLatin1StringView("multiAz")), QVariant(true));
        QCOMPARE(index.value(db, QLatin1StringView("storageGb")), findPropertySpec(ElementKind::RdsInstance, QStringLiteral("storageGb"))->defaultValue);
    }

    void containmentCycleDoesNotHang()
    {
        Design d = sampleDesign();
        el(d, "az-a").parent = QStringLiteral("subnet-private-a");
        const QVector<Finding> findings = checkDesign(d);
        QVERIFY(rulesOf(findings).contains(QLatin1String("invalid-placement")));
    }

    // The overlap sweep must agree with comparing every pair.
    void overlapSweepMatchesPairwise()
    {
        QRandomGenerator rng(42);
        for (int round = 0; round < 20; ++round) {
            Design d;
            Element vpc;
            vpc.id = QStringLiteral("vpc");
            vpc.kind = ElementKind::Vpc;
            vpc.properties.insert(QStringLiteral("cidr"), QStringLiteral("10.0.0.0/8"));
            d.insertElement(vpc);
            Element az;
            az.id = QStringLiteral("az");
            az.kind = ElementKind::AvailabilityZone;
            az.parent = vpc.id;
            d.insertElement(az);
            QVector<Cidr> blocks;
            for (int i = 0; i < 30; ++i) {
                const int prefix = 16 + int(rng.bounded(9));
                const QString text = QStringLiteral("10.0.%1.%2/%3").arg(rng.bounded(4)).arg(rng.bounded(256)).arg(prefix);
                Element s;
                s.id = QStringLiteral("s%1").arg(i);
                s.kind = ElementKind::Subnet;
                s.parent = az.id;
                s.properties.insert(QStringLiteral("cidr"), text);
                d.insertElement(s);
                blocks << *Cidr::parse(text);
            }
            QSet<QString> expected;
            for (int i = 0; i < blocks.size(); ++i) {
                for (int j = 0; j < blocks.size(); ++j) {
                    if (i != j && blocks[i].overlaps(blocks[j])) {
                        expected.insert(QStringLiteral("s%1").arg(i));
                        break;
                    }
                }
            }
            // Every subnet that overlaps another is named in some overlap finding.
            QSet<QString> reported;
            for (const Finding &f : checkDesign(d)) {
                if (f.rule == QLatin1String("cidr-overlap"))
                    reported.unite(QSet<QString>(f.elements.cbegin(), f.elements.cend()));
            }
            QCOMPARE(reported, expected);
        }
    }

    void findingsArePlainComparableData()
    {
        const Design d = sampleDesign();
        QCOMPARE(checkDesign(d), checkDesign(d));
    }
};

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker.moc"
