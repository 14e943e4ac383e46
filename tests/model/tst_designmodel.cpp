#include "DesignModel.h"
#include "DesignSearch.h"

#include <QSignalSpy>
#include <QtTest>

using namespace pillar;

namespace {

Element make(const QString &id, ElementKind kind, const QString &parent = QString())
{
    Element e;
    e.id = id;
    e.kind = kind;
    e.parent = parent;
    return e;
}

} // namespace

class TestDesignModel : public QObject
{
    Q_OBJECT

private slots:
    // Find (Ctrl+F): exact name or id first, then prefixes, then contains,
    // then kinds; case ignored; blank finds nothing.
    void findByNameIdOrKind()
    {
        Design d;
        Element web = make("web-1", ElementKind::Ec2Instance);
        web.name = "Web server";
        Element api = make("api", ElementKind::Ec2Instance);
        api.name = "Backend for web";
        Element db = make("web", ElementKind::RdsInstance);
        db.name = "Orders DB";
        Element queue = make("jobs", ElementKind::SqsQueue);
        for (const Element &e : {web, api, db, queue})
            d.insertElement(e);
        QCOMPARE(findElements(d, "WEB"), (QStringList{"web", "web-1", "api"}));
        QCOMPARE(findElements(d, "  orders "), QStringList{"web"});
        QCOMPARE(findElements(d, "queue"), QStringList{"jobs"});
        QCOMPARE(findElements(d, "sqs"), QStringList{"jobs"});
        QVERIFY(findElements(d, "   ").isEmpty());
        QVERIFY(findElements(d, "nothing like it").isEmpty());
    }

    void insertAndRemoveNotify()
    {
        DesignModel model;
        QSignalSpy added(&model, &DesignModel::elementAdded);
        QSignalSpy aboutToRemove(&model, &DesignModel::elementAboutToBeRemoved);
        QSignalSpy removed(&model, &DesignModel::elementRemoved);
        QSignalSpy changed(&model, &DesignModel::changed);

        model.insertElement(make("vpc-1", ElementKind::Vpc));
        model.insertElement(make("az-1", ElementKind::AvailabilityZone, "vpc-1"));
        QCOMPARE(added.count(), 2);
        QCOMPARE(added.at(1).at(0).toString(), QStringLiteral("az-1"));
        QCOMPARE(changed.count(), 2);

        // Listeners of aboutToBeRemoved still see the element.
        connect(&model, &DesignModel::elementAboutToBeRemoved, this,
                [&model](const QString &id) { QVERIFY(model.element(id) != nullptr); });
        const Element taken = model.removeElement("az-1");
        QCOMPARE(taken.id, QStringLiteral("az-1"));
        QCOMPARE(aboutToRemove.count(), 1);
        QCOMPARE(removed.count(), 1);
        QVERIFY(model.element("az-1") == nullptr);
        QCOMPARE(model.design().elements().size(), size_t(1));
    }

    void insertAtIndexKeepsOrderAndLookup()
    {
        DesignModel model;
        model.insertElement(make("a", ElementKind::S3Bucket));
        model.insertElement(make("c", ElementKind::S3Bucket));
        model.insertElement(make("b", ElementKind::S3Bucket), 1);
        QCOMPARE(model.design().elements()[1].id, QStringLiteral("b"));
        QCOMPARE(model.design().elementIndex("c"), 2);
        model.removeElement("a");
        QCOMPARE(model.design().elementIndex("b"), 0);
        QCOMPARE(model.design().elementIndex("c"), 1);
        QCOMPARE(model.element("c")->id, QStringLiteral("c"));
    }

    void changeSignalsDistinguishGeometry()
    {
        DesignModel model;
        model.insertElement(make("db", ElementKind::RdsInstance));
        QSignalSpy changed(&model, &DesignModel::elementChanged);
        QSignalSpy moved(&model, &DesignModel::elementGeometryChanged);

        model.setGeometry("db", QRectF(10, 20, 0, 0));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(changed.count(), 0);
        model.setGeometry("db", QRectF(10, 20, 0, 0)); // no-op: no signal
        QCOMPARE(moved.count(), 1);

        model.setProperty("db", "multiAz", true);
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.element("db")->boolValue("multiAz"));

        Element renamed = *model.element("db");
        renamed.name = QStringLiteral("Orders");
        model.replaceElement(renamed);
        QCOMPARE(changed.count(), 2);
        model.replaceElement(renamed); // identical: nothing emitted
        QCOMPARE(changed.count(), 2);
    }

    void settingAPropertyMakesItKnown()
    {
        DesignModel model;
        Element db = make("db", ElementKind::RdsInstance);
        db.unknown = QStringList{"multiAz", "publiclyAccessible"};
        model.insertElement(db);
        model.setProperty("db", "multiAz", false);
        QCOMPARE(model.element("db")->unknown, QStringList{"publiclyAccessible"});
        // Clearing a property returns it to the spec's default.
        model.setProperty("db", "multiAz", QVariant());
        QVERIFY(!model.element("db")->properties.contains("multiAz"));
        QCOMPARE(model.element("db")->value("multiAz"), QVariant(false));
    }

    void connectionsNotify()
    {
        DesignModel model;
        model.insertElement(make("users", ElementKind::Internet));
        model.insertElement(make("bucket", ElementKind::S3Bucket));
        QSignalSpy added(&model, &DesignModel::connectionAdded);
        QSignalSpy changed(&model, &DesignModel::connectionChanged);
        QSignalSpy removed(&model, &DesignModel::connectionRemoved);
        model.insertConnection({"c1", "users", "bucket", "https", 443});
        QCOMPARE(added.count(), 1);
        Connection c = *model.connection("c1");
        c.port = 80;
        model.replaceConnection(c);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.design().connectionsOf("bucket"), QStringList{"c1"});
        model.removeConnection("c1");
        QCOMPARE(removed.count(), 1);
        QVERIFY(!model.design().hasId("c1"));
    }

    void infoAndLintNotify()
    {
        DesignModel model;
        QSignalSpy info(&model, &DesignModel::infoChanged);
        QSignalSpy lint(&model, &DesignModel::lintConfigChanged);
        DesignInfo i = model.design().info;
        i.environment = QStringLiteral("dev");
        model.setInfo(i);
        model.setInfo(i);
        QCOMPARE(info.count(), 1);
        LintConfig config;
        config.disabledRules << QStringLiteral("cross-az-traffic");
        model.setLintConfig(config);
        QCOMPARE(lint.count(), 1);
        QCOMPARE(model.design().lint.disabledRules, QStringList{"cross-az-traffic"});
    }

    void resetAnnounces()
    {
        DesignModel model;
        QSignalSpy reset(&model, &DesignModel::designReset);
        Design d;
        d.insertElement(make("vpc", ElementKind::Vpc));
        model.resetDesign(d);
        QCOMPARE(reset.count(), 1);
        QVERIFY(model.design() == d);
    }

    void treeQueries()
    {
        Design d;
        d.insertElement(make("vpc", ElementKind::Vpc));
        d.insertElement(make("az-a", ElementKind::AvailabilityZone, "vpc"));
        d.insertElement(make("az-b", ElementKind::AvailabilityZone, "vpc"));
        d.insertElement(make("sub-a", ElementKind::Subnet, "az-a"));
        d.insertElement(make("web", ElementKind::Ec2Instance, "sub-a"));
        QCOMPARE(d.children("vpc"), (QStringList{"az-a", "az-b"}));
        QCOMPARE(d.children(QString()), QStringList{"vpc"});
        QCOMPARE(d.descendants("vpc"), (QStringList{"az-a", "sub-a", "web", "az-b"}));
        QCOMPARE(d.enclosing("web", ElementKind::AvailabilityZone)->id, QStringLiteral("az-a"));
        QCOMPARE(d.enclosing("web", ElementKind::Vpc)->id, QStringLiteral("vpc"));
        QVERIFY(d.enclosing("vpc", ElementKind::Subnet) == nullptr);
        QVERIFY(d.wouldCreateCycle("az-a", "web"));
        QVERIFY(d.wouldCreateCycle("az-a", "az-a"));
        QVERIFY(!d.wouldCreateCycle("web", "az-b"));
    }

    void uniqueIdsAndValidity()
    {
        Design d;
        QCOMPARE(d.uniqueId("ec2"), QStringLiteral("ec2-1"));
        d.insertElement(make("ec2-1", ElementKind::Ec2Instance));
        d.insertConnection({"ec2-2", "x", "y", {}, 0}); // connections share the id space
        QCOMPARE(d.uniqueId("ec2"), QStringLiteral("ec2-3"));
        QVERIFY(Design::isValidId("WebServerInstance"));
        QVERIFY(Design::isValidId("subnet-a.1:x_y"));
        QVERIFY(!Design::isValidId(""));
        QVERIFY(!Design::isValidId("-leading-dash"));
        QVERIFY(!Design::isValidId("has space"));
        QVERIFY(!Design::isValidId(QString(129, QLatin1Char('a'))));
    }

    void ingressPortCoverage()
    {
        IngressRule all;
        all.protocol = QStringLiteral("all");
        QVERIFY(all.coversAllPorts());
        IngressRule full;
        full.fromPort = 0;
        full.toPort = 65535;
        QVERIFY(full.coversAllPorts());
        IngressRule ssh;
        ssh.fromPort = ssh.toPort = 22;
        QVERIFY(ssh.coversPort(22));
        QVERIFY(!ssh.coversPort(23));
        QVERIFY(!ssh.coversAllPorts());
        IngressRule range;
        range.fromPort = 1000;
        range.toPort = 4000;
        QVERIFY(range.coversPort(3306));
        QVERIFY(!range.coversPort(443));
    }
};

QTEST_GUILESS_MAIN(TestDesignModel)
#include "tst_designmodel.moc"
