// Every template of ../shared/corpus/cfn imports without error, its report
// accounts for every resource, the design reads back, the layout is clean,
// and import takes well under a second. Renders each layout to a PNG in
// $PILLAR_RENDER_DIR when that is set.
#include "LayoutChecks.h"
#include "LayoutRenderer.h"
#include "TestPaths.h"
#include "importers/CfnImport.h"
#include "importers/CfnTemplate.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace pillar;

class TestCfnCorpus : public QObject
{
    Q_OBJECT

private:
    static QString corpusDir() { return test::sharedDir() + QStringLiteral("/corpus/cfn"); }

private slots:
    void templates_data()
    {
        QTest::addColumn<QString>("path");
        const QFileInfoList files = QDir(corpusDir()).entryInfoList({QStringLiteral("*.yaml"), QStringLiteral("*.yml"),
                                                                     QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        int n = 0;
        for (const QFileInfo &f : files) {
            if (f.fileName() == QLatin1String("manifest.json"))
                continue;
            QTest::newRow(qPrintable(f.fileName())) << f.absoluteFilePath();
            ++n;
        }
        QVERIFY2(n >= 10, "the corpus is missing");
    }

    void templates()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(looksLikeCloudFormation(bytes));

        QElapsedTimer timer;
        timer.start();
        const CfnImportResult r = importCloudFormation(bytes, path);
        const qint64 ms = timer.elapsed();
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QVERIFY2(ms < 500, qPrintable(QStringLiteral("import took %1 ms").arg(ms)));
        const Design &d = *r.design;

        // Every resource exactly once; elements keep their logical IDs.
        CfnValue root;
        CfnParseError error;
        QVERIFY(parseCfnTemplate(bytes, &root, &error));
        const CfnValue *resources = root.get(QStringLiteral("Resources"));
        QCOMPARE(r.report.resources.size(), resources->map.size());
        for (const auto &entry : resources->map) {
            const ImportedResource *res = r.report.resource(entry.first);
            QVERIFY2(res, qPrintable(entry.first));
            switch (res->outcome) {
            case ImportedResource::Mapped:
                QCOMPARE(res->element, entry.first);
                QVERIFY(d.element(entry.first));
                break;
            case ImportedResource::Merged:
                QVERIFY2(d.element(res->element), qPrintable(entry.first));
                QVERIFY(!res->reason.isEmpty());
                break;
            case ImportedResource::Used:
            case ImportedResource::Skipped:
                QVERIFY2(!res->reason.isEmpty(), qPrintable(entry.first));
                QVERIFY(!d.element(entry.first));
                break;
            }
        }
        for (const ImportedResource &res : r.report.skipped())
            QVERIFY(r.report.toText().contains(res.logicalId));

        // Containment follows AWS: the reader's own validation accepts it.
        const LoadResult back = readDesign(writeDesign(d), path);
        QVERIFY2(back.ok(), qPrintable(back.error.toString()));
        for (const Element &e : d.elements()) {
            if (e.kind == ElementKind::Subnet)
                QCOMPARE(d.element(e.parent)->kind, ElementKind::AvailabilityZone);
            // Data stores and instances that stand in subnets (not DynamoDB, a regional service).
            if ((isDataStore(e.kind) && e.kind != ElementKind::DynamoDbTable) || e.kind == ElementKind::Ec2Instance)
                QCOMPARE(d.element(e.parent)->kind, ElementKind::Subnet);
            for (const QString &key : e.unknown)
                QVERIFY2(r.report.notFullyChecked().contains(e.id), qPrintable(e.id + QLatin1Char('.') + key));
        }

        const QStringList problems = test::layoutProblems(d);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        const QString renderDir = qEnvironmentVariable("PILLAR_RENDER_DIR");
        if (!renderDir.isEmpty())
            QVERIFY(test::renderDesignPng(d, renderDir + QLatin1Char('/') + QFileInfo(path).fileName() + QStringLiteral(".png")));
    }

    // Damaged templates (cut short, bytes flipped) give a result or a clear
    // error naming the file, never a crash.
    void damagedTemplatesFailCleanly()
    {
        int errors = 0, imports = 0;
        const QFileInfoList files = QDir(corpusDir()).entryInfoList({QStringLiteral("*.yaml"), QStringLiteral("*.json")}, QDir::Files);
        for (const QFileInfo &f : files) {
            QFile file(f.absoluteFilePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (int cut = 1; cut < 8; ++cut) {
                QByteArray damaged = bytes.left(bytes.size() * cut / 8);
                if (cut % 2)
                    damaged[damaged.size() / 2] = cut % 3 ? '{' : ':';
                const CfnImportResult r = importCloudFormation(damaged, f.fileName());
                if (r.ok()) {
                    ++imports;
                } else {
                    ++errors;
                    QVERIFY2(r.error.toString().startsWith(f.fileName() + QLatin1Char(':')), qPrintable(r.error.toString()));
                    QVERIFY(!r.error.message.isEmpty());
                }
            }
        }
        QVERIFY(errors > 0 && imports > 0); // both paths were exercised
    }

    // Facts about specific corpus templates that the mapping must get right
    // (each is a general rule shown on a real template, not a special case).
    void facts()
    {
        auto load = [this](const char *name) {
            return importCloudFormationFile(corpusDir() + QLatin1Char('/') + QLatin1String(name));
        };
        // Two AZs from a region mapping (Select over FindInMap); NAT routes are not public.
        const CfnImportResult vpc = load("VPC__FindInMapAZs.yaml");
        QVERIFY(vpc.ok());
        QVERIFY(vpc.design->element(QStringLiteral("PublicSubnet1"))->boolValue(QStringLiteral("public")));
        QVERIFY(!vpc.design->element(QStringLiteral("PrivateSubnet1"))->boolValue(QStringLiteral("public")));
        QVERIFY(vpc.design->element(QStringLiteral("PublicSubnet1"))->parent != vpc.design->element(QStringLiteral("PublicSubnet2"))->parent);
        QCOMPARE(vpc.design->element(QStringLiteral("PublicSubnet1"))->parent, vpc.design->element(QStringLiteral("PrivateSubnet1"))->parent);

        // An unknown YAML tag (!Rain::Embed) does not stop the import.
        const CfnImportResult cache = load("ElastiCache__Elasticache-snapshot.yaml");
        QVERIFY(cache.ok());
        QCOMPARE(cache.design->element(QStringLiteral("RedisReplicationGroup"))->parent, QStringLiteral("PublicSubnetA"));

        // CloudFront reaches its load balancer origin over plain HTTP (parameter default http-only).
        const CfnImportResult cdn = load("Solutions_CloudFrontCustomOriginLambdaEdge__CloudFront.yaml");
        const Element *distribution = cdn.design->element(QStringLiteral("CloudFrontDistribution"));
        QCOMPARE(distribution->stringValue(QStringLiteral("originProtocolPolicy")), QStringLiteral("http-only"));
        QCOMPARE(distribution->stringValue(QStringLiteral("minimumTlsVersion")), QStringLiteral("TLSv1"));

        // A classic ELB's source security group is the source of the instances' port 80.
        const CfnImportResult elb = load("ElasticLoadBalancing__ELBWithLockedDownAutoScaledInstances.yaml");
        const Element *sg = elb.design->element(QStringLiteral("InstanceSecurityGroup"));
        bool fromElb = false;
        for (const IngressRule &rule : sg->ingress)
            fromElb = fromElb || (rule.fromPort == 80 && !rule.sourceGroup.isEmpty());
        QVERIFY(fromElb);
        QVERIFY(elb.design->element(QStringLiteral("ElasticLoadBalancer"))->securityGroups.contains(
            sg->ingress.first().sourceGroup.isEmpty() ? sg->ingress.last().sourceGroup : sg->ingress.first().sourceGroup));
    }
};

QTEST_MAIN(TestCfnCorpus)
#include "tst_cfncorpus.moc"
