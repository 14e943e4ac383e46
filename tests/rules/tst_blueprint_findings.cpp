// Each shipped blueprint lints to exactly the findings its row in
// shared/BLUEPRINTS.md promises (rule, severity and every element involved),
// so the growth path teaches: each stage's findings are what the next fixes.
// Where we go beyond a row (cost notes such as steady-load-on-demand, which
// every production blueprint gets, and stage 1-2's single-AZ and
// single-instance notes that stage 3 fixes) the expectation says so.

#include "Blueprints.h"
#include "rules/Checker.h"

#include <QtTest>

using namespace pillar;

class TestBlueprintFindings : public QObject
{
    Q_OBJECT

private slots:
    void exactFindings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected"); // "severity rule element,element,..."
        QTest::newRow("stage 1") << "stage-1-one-user" << QStringList{
            "info steady-load-on-demand web-1", // on demand all month (cost note)
            "info compute-single-az web-1,dns-www",          // no Multi-AZ, as info at this scale
            "info single-instance-serving-users web-1,dns-www",
            "info db-on-ec2 web-1",
            "info public-ipv4-charge web-1",                 // the Elastic IP is billed
        };
        QTest::newRow("stage 2") << "stage-2-database-split" << QStringList{
            "info steady-load-on-demand web-1,db-main", // on demand all month (cost note)
            "info rds-single-az db-main",
            "info compute-single-az web-1,dns-www",          // stage 3 adds the second AZ
            "info single-instance-serving-users web-1,dns-www", // and the load balancer
            "info public-ipv4-charge web-1",
        };
        QTest::newRow("stage 3") << "stage-3-high-availability" << QStringList{
            "info steady-load-on-demand web-a,web-c,db-main", // on demand all month (cost note)
            "info public-ipv4-charge alb-web",
            "info cross-az-traffic web-c,db-main,web-c-to-db-main",
        };
        QTest::newRow("stage 4") << "stage-4-scale-out" << QStringList{
            "info steady-load-on-demand web-a1,web-a2,web-c1,web-c2,db-main,db-replica-a,db-replica-c", // on demand all month (cost note)
            "info public-ipv4-charge alb-web",
            "info cross-az-traffic web-c1,db-main,web-c1-to-db-main",
            "info cross-az-traffic web-c2,db-main,web-c2-to-db-main",
            "info cross-az-traffic web-c1,cache-main,web-c1-to-cache-main",
            "info cross-az-traffic web-c2,cache-main,web-c2-to-cache-main",
        };
        QTest::newRow("stage 5") << "stage-5-auto-scaling" << QStringList{
            "info steady-load-on-demand db-main,db-replica-a,db-replica-c", // on demand all month (cost note)
            "info public-ipv4-charge alb-web",
        };
        QTest::newRow("stage 6") << "stage-6-services" << QStringList{
            "info steady-load-on-demand db-main,db-replica-a,db-replica-c", // on demand all month (cost note)
            "info public-ipv4-charge alb-web",
        };
        QTest::newRow("stage 7") << "stage-7-data-split" << QStringList{
            "info steady-load-on-demand db-main,db-replica-a,db-replica-c,db-orders", // the orders database too
            "info public-ipv4-charge alb-web",
        };
        QTest::newRow("stage 8") << "stage-8-multi-region" << QStringList{
            "info steady-load-on-demand db-seoul,db-tokyo",
            "info public-ipv4-charge alb-web-seoul", // one public load balancer per Region
            "info public-ipv4-charge alb-web-tokyo",
        };
        QTest::newRow("side project") << "side-project" << QStringList{
            "info steady-load-on-demand front,api,db-main", // on demand all month (cost note)
            "warning compute-single-az alb-web,api",
            "warning compute-single-az alb-web,front",
            "warning redis-without-failover cache-tokens",
            "info public-ipv4-charge alb-web",
        };
        QTest::newRow("ad network") << "ad-network" << QStringList{
            "info steady-load-on-demand search-a,redis-a,search-c,redis-c,log-consumer,db-main", // on demand all month (cost note)
            "info db-on-ec2 redis-a",
            "info db-on-ec2 redis-c",
            "info public-ipv4-charge lb-web",
            "info cross-az-traffic redis-a,redis-c,redis-a-to-redis-c",
        };
    }

    void exactFindings()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        const LoadResult loaded = loadBlueprint(name);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        QStringList actual;
        for (const Finding &f : checkDesign(*loaded.design)) {
            QVERIFY(!f.suppressed);
            actual << QStringLiteral("%1 %2 %3").arg(severityKey(f.severity), f.rule, f.elements.join(','));
        }
        actual.sort();
        expected.sort();
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestBlueprintFindings)
#include "tst_blueprint_findings.moc"
