// Mapping templates to designs: containment, AZs, public subnets, security
// groups, launch templates, load balancers, data stores, unknowns, report.
#include "TestPaths.h"
#include "importers/CfnImport.h"

#include <QtTest>

using namespace pillar;

namespace {


QByteArray fixture(const char *name)
{
    QFile file(test::dataDir() + QStringLiteral("/import/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}


CfnImportResult importOk(const QByteArray &text, const CfnImportOptions &options = {})
{
    CfnImportResult r = importCloudFormation(text, QStringLiteral("test.yaml"), options);
    if (!r.ok())
        qWarning() << r.error.toString();
    return r;
}

} // namespace

class TestCfnImport : public QObject
{
    Q_OBJECT

private:
    QByteArray m_network; // tests/data/import/network.yaml
    QByteArray m_data;    // tests/data/import/data-stores.json

private slots:
    void initTestCase()
    {
        m_network = fixture("network.yaml");
        m_data = fixture("data-stores.json");
    }

    void subnetsAndZones()
    {
        const CfnImportResult r = importOk(m_network);
        QVERIFY(r.ok());
        const Design &d = *r.design;
        const Element *a = d.element(QStringLiteral("PublicA"));
        const Element *p = d.element(QStringLiteral("PrivateA"));
        const Element *b = d.element(QStringLiteral("PublicB"));
        QVERIFY(a && p && b);
        QCOMPARE(a->parent, p->parent); // index 0 twice: one AZ
        QVERIFY(a->parent != b->parent);  // distinct indices: distinct AZs
        QCOMPARE(d.element(a->parent)->stringValue(QStringLiteral("zone")), QStringLiteral("us-east-1a"));
        QCOMPARE(d.element(a->parent)->parent, QStringLiteral("Vpc"));
        QCOMPARE(a->boolValue(QStringLiteral("public")), true);   // route to the internet gateway
        QCOMPARE(p->boolValue(QStringLiteral("public")), false);  // main route table
        QCOMPARE(d.element(QStringLiteral("MappedIp"))->boolValue(QStringLiteral("public")), true);
        QCOMPARE(r.report.resource(QStringLiteral("PublicRoute"))->outcome, ImportedResource::Used);
    }

    void securityGroups()
    {
        const CfnImportResult r = importOk(m_network);
        const Design &d = *r.design;
        const Element *app = d.element(QStringLiteral("AppSg"));
        QCOMPARE(app->parent, QStringLiteral("Vpc"));
        QCOMPARE(app->ingress.size(), 2); // the SSH rule's source is unknown
        QCOMPARE(app->ingress[0].sourceGroup, QStringLiteral("LbSg"));
        QCOMPARE(app->ingress[0].fromPort, 80);
        QCOMPARE(app->ingress[1].protocol, QStringLiteral("all"));
        QCOMPARE(app->ingress[1].sourceGroup, QStringLiteral("AppSg"));
        QVERIFY(app->isUnknown(QStringLiteral("ingress")));
        QCOMPARE(d.element(QStringLiteral("LbSg"))->ingress.first().cidr, QStringLiteral("0.0.0.0/0"));
        QCOMPARE(r.report.elementFor(QStringLiteral("AppFromLb")), QStringLiteral("AppSg"));
        QCOMPARE(r.report.resource(QStringLiteral("AppOut"))->outcome, ImportedResource::Skipped);
    }

    void launchTemplateAndLoadBalancer()
    {
        const CfnImportResult r = importOk(m_network);
        const Design &d = *r.design;
        const Element *group = d.element(QStringLiteral("Group"));
        QCOMPARE(group->parent, QStringLiteral("Vpc"));
        QCOMPARE(group->stringValue(QStringLiteral("instanceType")), QStringLiteral("m5.large"));
        QVERIFY(!group->stringValue(QStringLiteral("iamRole")).isEmpty());
        QCOMPARE(group->securityGroups, QStringList{QStringLiteral("AppSg")});
        QCOMPARE(group->listValue(QStringLiteral("subnets")), (QStringList{QStringLiteral("PublicA"), QStringLiteral("PublicB")}));
        QCOMPARE(group->intValue(QStringLiteral("minSize")), 2);
        QCOMPARE(r.report.elementFor(QStringLiteral("Template")), QStringLiteral("Group"));

        const Element *lb = d.element(QStringLiteral("Lb"));
        QCOMPARE(lb->stringValue(QStringLiteral("scheme")), QStringLiteral("internet-facing"));
        QCOMPARE(lb->listeners.size(), 2);
        QCOMPARE(lb->listeners[0].protocol, QStringLiteral("HTTPS"));
        QCOMPARE(lb->listeners[1].action, QStringLiteral("redirect-https"));
        QCOMPARE(lb->stringValue(QStringLiteral("healthCheckPath")), QStringLiteral("/health"));
        bool lbToGroup = false, internetToLb = false;
        for (const Connection &c : d.connections()) {
            lbToGroup = lbToGroup || (c.from == QLatin1String("Lb") && c.to == QLatin1String("Group"));
            internetToLb = internetToLb || (d.element(c.from)->kind == ElementKind::Internet && c.to == QLatin1String("Lb"));
        }
        QVERIFY(lbToGroup);
        QVERIFY(internetToLb);
        QCOMPARE(r.report.elementFor(QStringLiteral("Targets")), QStringLiteral("Lb"));
        QCOMPARE(r.report.elementFor(QStringLiteral("Http")), QStringLiteral("Lb"));
    }

    void unknownValuesAreMarked()
    {
        const CfnImportResult r = importOk(m_network);
        const Element *other = r.design->element(QStringLiteral("OtherGroup"));
        QVERIFY(other->isUnknown(QStringLiteral("subnets")));
        QVERIFY(r.report.notFullyChecked().contains(QStringLiteral("OtherGroup")));
        QVERIFY(r.report.notFullyChecked().contains(QStringLiteral("AppSg")));
        // Giving the parameter a value makes it known.
        CfnImportOptions options;
        options.parameters.insert(QStringLiteral("SshCidr"), QStringLiteral("203.0.113.0/24"));
        const CfnImportResult known = importOk(m_network, options);
        const Element *app = known.design->element(QStringLiteral("AppSg"));
        QVERIFY(!app->isUnknown(QStringLiteral("ingress")));
        QCOMPARE(app->ingress.first().cidr, QStringLiteral("203.0.113.0/24"));
    }

    void everyResourceIsAccountedFor()
    {
        const CfnImportResult r = importOk(m_network);
        QCOMPARE(r.report.resources.size(), 25);
        QSet<QString> seen;
        for (const ImportedResource &res : r.report.resources) {
            QVERIFY2(!seen.contains(res.logicalId), qPrintable(res.logicalId));
            seen.insert(res.logicalId);
            QVERIFY2(res.line > 1, qPrintable(res.logicalId)); // where the resource is, for lint locations
            if (res.outcome != ImportedResource::Mapped)
                QVERIFY2(!res.reason.isEmpty(), qPrintable(res.logicalId));
        }
        const ImportedResource *extra = r.report.resource(QStringLiteral("ExtraBucket"));
        QCOMPARE(extra->outcome, ImportedResource::Skipped);
        QVERIFY(extra->reason.contains(QLatin1String("Extra")));
        QVERIFY(!r.design->element(QStringLiteral("ExtraBucket")));
        QCOMPARE(r.report.resource(QStringLiteral("Topic"))->outcome, ImportedResource::Skipped);
        QVERIFY(r.report.toText().contains(QLatin1String("Topic (AWS::IoT::TopicRule)")));

        CfnImportOptions options;
        options.parameters.insert(QStringLiteral("CreateExtra"), QStringLiteral("yes"));
        QVERIFY(importOk(m_network, options).design->element(QStringLiteral("ExtraBucket")));
    }

    void dataStores()
    {
        CfnImportOptions options;
        options.region = QStringLiteral("eu-west-1");
        const CfnImportResult r = importOk(m_data, options);
        QVERIFY(r.ok());
        const Design &d = *r.design;
        const Element *writer = d.element(QStringLiteral("Writer"));
        const Element *reader = d.element(QStringLiteral("Reader"));
        QCOMPARE(writer->stringValue(QStringLiteral("engine")), QStringLiteral("aurora-postgresql"));
        QCOMPARE(writer->boolValue(QStringLiteral("multiAz")), true);
        QCOMPARE(writer->boolValue(QStringLiteral("storageEncrypted")), true);
        QCOMPARE(writer->boolValue(QStringLiteral("publiclyAccessible")), false);
        QCOMPARE(writer->parent, QStringLiteral("A"));
        QCOMPARE(reader->parent, QStringLiteral("B"));
        QCOMPARE(r.report.elementFor(QStringLiteral("Cluster")), QStringLiteral("Writer"));

        const Element *legacy = d.element(QStringLiteral("Legacy"));
        QCOMPARE(legacy->stringValue(QStringLiteral("engine")), QStringLiteral("mysql"));
        QCOMPARE(legacy->boolValue(QStringLiteral("publiclyAccessible")), true); // default VPC default
        QCOMPARE(legacy->boolValue(QStringLiteral("multiAz")), false);
        QCOMPARE(d.element(legacy->parent)->boolValue(QStringLiteral("public")), true);

        const Element *redis = d.element(QStringLiteral("Redis"));
        QCOMPARE(redis->parent, QStringLiteral("B"));
        QCOMPARE(redis->intValue(QStringLiteral("nodeCount")), 2);
        QCOMPARE(redis->boolValue(QStringLiteral("automaticFailover")), true);
        QCOMPARE(redis->boolValue(QStringLiteral("encryption")), false); // no encryption in transit

        const Element *site = d.element(QStringLiteral("Site"));
        QCOMPARE(site->boolValue(QStringLiteral("publicRead")), true);
        // No public access block in the template: AWS's default since April 2023 (all four on) applies.
        QCOMPARE(site->boolValue(QStringLiteral("blockPublicAccess")), true);
        QCOMPARE(site->boolValue(QStringLiteral("publicAccessBlockSet")), false);
        QCOMPARE(site->boolValue(QStringLiteral("encryption")), false);
        QCOMPARE(site->boolValue(QStringLiteral("website")), true);
        const Element *priv = d.element(QStringLiteral("Private"));
        QCOMPARE(priv->boolValue(QStringLiteral("publicRead")), false);
        QCOMPARE(priv->boolValue(QStringLiteral("blockPublicAccess")), true);
        QCOMPARE(priv->boolValue(QStringLiteral("encryption")), true);

        const Element *cdn = d.element(QStringLiteral("Cdn"));
        QCOMPARE(cdn->stringValue(QStringLiteral("viewerProtocolPolicy")), QStringLiteral("allow-all")); // weakest behaviour
        QCOMPARE(cdn->stringValue(QStringLiteral("minimumTlsVersion")), QStringLiteral("TLSv1.2_2021"));
        QCOMPARE(cdn->stringValue(QStringLiteral("originProtocolPolicy")), QStringLiteral("match-viewer"));
        QVERIFY(r.report.warnings.join(QLatin1Char(' ')).contains(QLatin1String("api"))); // origin outside the template
        bool origin = false;
        for (const Connection &c : d.connections())
            origin = origin || (c.from == QLatin1String("Cdn") && c.to == QLatin1String("Site"));
        QVERIFY(origin);
    }

    void designReadsBack()
    {
        for (const QByteArray &text : {m_network, m_data}) {
            const CfnImportResult r = importOk(text);
            QVERIFY(r.ok());
            const LoadResult back = readDesign(writeDesign(*r.design), QStringLiteral("roundtrip.pillar"));
            QVERIFY2(back.ok(), qPrintable(back.error.toString()));
            QCOMPARE(*back.design, *r.design);
        }
    }

    void errorsNameFileAndPlace_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("Resources:\n  A: [\n") << "t.yaml:3:";
        QTest::newRow("no resources") << QByteArray("Parameters: {}\n") << "no Resources section";
        QTest::newRow("no type") << QByteArray("Resources:\n  Web:\n    Properties: {}\n") << "t.yaml:3:5: Resources/Web";
        QTest::newRow("resource not a map") << QByteArray("Resources:\n  Web: 3\n") << "Resources/Web";
        QTest::newRow("bad logical id") << QByteArray("Resources:\n  'we b': {Type: AWS::S3::Bucket}\n") << "not a valid logical ID";
        QTest::newRow("resources a list") << QByteArray("Resources: [a]\n") << "t.yaml:1:";
    }

    void errorsNameFileAndPlace()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const CfnImportResult r = importCloudFormation(text, QStringLiteral("t.yaml"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.toString().contains(expected), qPrintable(r.error.toString()));
    }
};

QTEST_GUILESS_MAIN(TestCfnImport)
#include "tst_cfnimport.moc"
