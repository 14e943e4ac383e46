// The "done when" of the canvas: stage 3 of BLUEPRINTS.md ("1,000+ users":
// a VPC with two AZs, a public and a private subnet in each, an
// internet-facing ALB over both AZs with HTTPS, one EC2 per AZ, RDS Multi-AZ)
// drawn from an empty canvas with mouse gestures only: palette drags, drags
// on handles, context-menu clicks. The drawing is compared with the shipped
// blueprint (resources/blueprints/stage-3-high-availability.pillar), then
// undone step by step back to empty and redone, comparing the whole design
// after every step.
//
// With PILLAR_SCREENSHOT_DIR set it also saves the drawn design and pictures
// of the canvas (drawn, undone, redone) there.

#include "CanvasDriver.h"
#include "Layout.h"
#include "PropertySpec.h"
#include "TestPaths.h"
#include "io/DesignJson.h"

#include <QDir>
#include <QTest>

using namespace pillar;
using test::CanvasDriver;

class TestBlueprintStage3 : public QObject
{
    Q_OBJECT

private slots:
    void drawUndoRedo();

private:
    void snapshot(CanvasDriver &d, const char *name);
    void compareWithBlueprint(const Design &drawn, const QHash<QString, QString> &toBlueprint);
};

void TestBlueprintStage3::snapshot(CanvasDriver &d, const char *name)
{
    const QString dir = qEnvironmentVariable("PILLAR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    d.view->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

// Same elements in the same containers, same groups, attachments, listeners,
// switches and connections as the blueprint. Not drawn by mouse, so not
// compared: names, ingress rules, descriptions, sizes, CIDRs (the inspector's
// job, in the panels issue).
void TestBlueprintStage3::compareWithBlueprint(const Design &drawn, const QHash<QString, QString> &toBlueprint)
{
    const LoadResult loaded = readDesignFile(test::sourceDir() + QStringLiteral("/resources/blueprints/stage-3-high-availability.pillar"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
    const Design &blueprint = *loaded.design;
    QHash<QString, QString> fromBlueprint;
    for (auto it = toBlueprint.constBegin(); it != toBlueprint.constEnd(); ++it)
        fromBlueprint.insert(it.value(), it.key());
    auto mine = [&](const QStringList &ids) {
        QStringList out;
        for (const QString &id : ids)
            out << fromBlueprint.value(id, QStringLiteral("?") + id);
        return out;
    };
    QCOMPARE(drawn.elements().size(), blueprint.elements().size());
    for (const Element &b : blueprint.elements()) {
        const QString id = fromBlueprint.value(b.id);
        const Element *e = drawn.element(id);
        QVERIFY2(e, qPrintable(b.id));
        QCOMPARE(e->kind, b.kind);
        QCOMPARE(e->parent, mine({b.parent}).value(0, QString()).replace(QLatin1String("?"), QString()));
        QCOMPARE(e->securityGroups, mine(b.securityGroups));
        QCOMPARE(e->listeners, b.listeners);
        for (const char *key : {"public", "multiAz", "scheme", "type"}) {
            const QString k = QString::fromLatin1(key);
            if (findPropertySpec(b.kind, k))
                QCOMPARE(e->value(k), b.value(k));
        }
        if (findPropertySpec(b.kind, QStringLiteral("subnets")))
            QCOMPARE(e->listValue(QStringLiteral("subnets")), mine(b.listValue(QStringLiteral("subnets"))));
    }
    QCOMPARE(drawn.connections().size(), blueprint.connections().size());
    for (const Connection &b : blueprint.connections()) {
        bool found = false;
        for (const Connection &c : drawn.connections()) {
            if (c.from == fromBlueprint.value(b.from) && c.to == fromBlueprint.value(b.to)) {
                found = true;
                QCOMPARE(c.port, b.port);
                QCOMPARE(c.protocol, b.protocol.isEmpty() || b.port == 0 ? c.protocol : b.protocol);
            }
        }
        QVERIFY2(found, qPrintable(b.id));
    }
}

void TestBlueprintStage3::drawUndoRedo()
{
    CanvasDriver d;
    QVector<Design> states{d.design()};
    // Every gesture must be exactly one undo step; record the design after each.
    auto step = [&](const char *what) {
        QVERIFY2(d.stack()->count() == states.size(), what);
        states << d.design();
    };
    auto rect = [&](const QString &id) { return layout::sceneRect(d.design(), id); };
    QHash<QString, QString> toBlueprint; // drawn id -> blueprint id

    const QString vpc = d.drop(ElementKind::Vpc, QPointF(640, 60));
    QVERIFY(!vpc.isEmpty());
    step("VPC");
    // Make room: drag the VPC's corner handle.
    d.click(rect(vpc).topLeft() + QPointF(200, 10));
    const QPointF corner = rect(vpc).bottomRight() - QPointF(5, 5);
    d.drag(corner, corner + QPointF(240, 200));
    QVERIFY(rect(vpc).width() >= 950);
    step("resize VPC");

    const QString azA = d.drop(ElementKind::AvailabilityZone, rect(vpc).topLeft() + QPointF(180, 130));
    step("AZ a");
    const QString azC = d.drop(ElementKind::AvailabilityZone, rect(vpc).topLeft() + QPointF(530, 130));
    step("AZ c");

    QString publicSubnet[2], privateSubnet[2], web[2];
    const QString az[2] = {azA, azC};
    for (int i = 0; i < 2; ++i) {
        publicSubnet[i] = d.drop(ElementKind::Subnet, rect(az[i]).topLeft() + QPointF(160, 52));
        step("public subnet");
        privateSubnet[i] = d.drop(ElementKind::Subnet, rect(az[i]).topLeft() + QPointF(160, 212));
        step("private subnet");
        QVERIFY(d.chooseFromContextMenu(rect(publicSubnet[i]).topLeft() + QPointF(200, 12),
                                        {QStringLiteral("Public (routes to an internet gateway)")}));
        step("make public");
    }

    const QString alb = d.drop(ElementKind::LoadBalancer, rect(vpc).topLeft() + QPointF(820, 200));
    step("ALB");
    for (int i = 0; i < 2; ++i) {
        d.click(d.centre(alb));
        d.drag(d.handle(alb), rect(publicSubnet[i]).topLeft() + QPointF(200, 100));
        step("attach ALB");
    }
    QVERIFY(d.chooseFromContextMenu(d.centre(alb), {QStringLiteral("Listeners"), QStringLiteral("HTTPS :443")}));
    step("HTTPS listener");
    QVERIFY(d.chooseFromContextMenu(d.centre(alb), {QStringLiteral("Listeners"), QStringLiteral("HTTP :80 → redirect to HTTPS")}));
    step("HTTP redirect listener");

    for (int i = 0; i < 2; ++i) {
        web[i] = d.drop(ElementKind::Ec2Instance, rect(privateSubnet[i]).topLeft() + QPointF(70, 80));
        step("EC2");
    }
    const QString rds = d.drop(ElementKind::RdsInstance, rect(privateSubnet[0]).topLeft() + QPointF(190, 80));
    step("RDS");
    QVERIFY(d.chooseFromContextMenu(d.centre(rds), {QStringLiteral("Multi-AZ")}));
    step("Multi-AZ");

    // Security groups below the zones; members join by a drag to the group.
    const QString sgAlb = d.drop(ElementKind::SecurityGroup, rect(vpc).topLeft() + QPointF(120, 580));
    step("sg alb");
    const QString sgWeb = d.drop(ElementKind::SecurityGroup, rect(vpc).topLeft() + QPointF(300, 580));
    step("sg web");
    const QString sgDb = d.drop(ElementKind::SecurityGroup, rect(vpc).topLeft() + QPointF(480, 580));
    step("sg db");
    QCOMPARE(d.model()->element(sgDb)->parent, vpc);
    d.connectByMouse(alb, sgAlb);
    step("ALB joins sg");
    for (int i = 0; i < 2; ++i) {
        d.connectByMouse(web[i], sgWeb);
        step("web joins sg");
    }
    d.connectByMouse(rds, sgDb);
    step("db joins sg");

    const QString users = d.drop(ElementKind::Internet, QPointF(120, 420));
    step("users");
    const QString dns = d.drop(ElementKind::Route53Record, QPointF(120, 200));
    step("dns");
    d.connectByMouse(users, dns);
    step("users -> dns");
    d.connectByMouse(dns, alb);
    step("dns -> ALB");
    QVERIFY(d.chooseFromContextMenu(QLineF(d.anchor(dns), d.anchor(alb)).pointAt(0.25), {QStringLiteral("Port"), QStringLiteral("HTTPS (443)")}));
    step("port 443");
    for (int i = 0; i < 2; ++i) {
        d.connectByMouse(alb, web[i]);
        step("ALB -> EC2");
        QVERIFY(d.chooseFromContextMenu(QLineF(d.anchor(alb), d.anchor(web[i])).pointAt(0.5), {QStringLiteral("Port"), QStringLiteral("HTTP (80)")}));
        step("port 80");
    }
    for (int i = 0; i < 2; ++i) {
        d.connectByMouse(web[i], rds);
        step("EC2 -> RDS");
        QVERIFY(d.chooseFromContextMenu(QLineF(d.anchor(web[i]), d.anchor(rds)).pointAt(0.5), {QStringLiteral("Port"), QStringLiteral("MySQL (3306)")}));
        step("port 3306");
    }

    // What was drawn is blueprint stage 3.
    toBlueprint = {{users, QStringLiteral("users")}, {dns, QStringLiteral("dns-www")}, {vpc, QStringLiteral("vpc-main")},
                   {azA, QStringLiteral("az-a")}, {azC, QStringLiteral("az-c")},
                   {publicSubnet[0], QStringLiteral("subnet-public-a")}, {privateSubnet[0], QStringLiteral("subnet-private-a")},
                   {publicSubnet[1], QStringLiteral("subnet-public-c")}, {privateSubnet[1], QStringLiteral("subnet-private-c")},
                   {web[0], QStringLiteral("web-a")}, {web[1], QStringLiteral("web-c")}, {rds, QStringLiteral("db-main")},
                   {alb, QStringLiteral("alb-web")}, {sgAlb, QStringLiteral("sg-alb")}, {sgWeb, QStringLiteral("sg-web")},
                   {sgDb, QStringLiteral("sg-db")}};
    const Design drawn = d.design();
    compareWithBlueprint(drawn, toBlueprint);
    if (QTest::currentTestFailed())
        return;
    // Every element lies inside its container on the canvas.
    for (const Element &e : drawn.elements()) {
        if (!e.parent.isEmpty())
            QVERIFY2(layout::sceneRect(drawn, e.parent).contains(layout::sceneRect(drawn, e.id)), qPrintable(e.id));
    }
    // And it is a valid design file that reads back the same.
    const QByteArray file = writeDesign(drawn);
    const LoadResult reread = readDesign(file, QStringLiteral("stage3"));
    QVERIFY2(reread.ok(), qPrintable(reread.error.toString()));
    QVERIFY(*reread.design == drawn);
    if (const QString dir = qEnvironmentVariable("PILLAR_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QFile out(dir + QStringLiteral("/stage3.pillar"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file);
    }
    d.scene->clearSelection();
    d.view->zoomToFit();
    snapshot(d, "stage3-drawn");
    // Icons and text stay sharp when zoomed in.
    d.view->setZoom(4);
    d.view->centerOn(d.centre(rds));
    snapshot(d, "stage3-zoom400");
    d.view->setZoom(0.25);
    snapshot(d, "stage3-zoom25");

    // Undo step by step back to the empty canvas.
    const int steps = d.stack()->count();
    QCOMPARE(steps, states.size() - 1);
    for (int i = steps - 1; i >= 0; --i) {
        d.stack()->undo();
        QVERIFY2(d.design() == states[i], qPrintable(QStringLiteral("after undoing to step %1").arg(i)));
        QCOMPARE(d.scene->elementItemCount(), int(states[i].elements().size()));
    }
    QVERIFY(d.design() == Design());
    QCOMPARE(d.scene->items().size(), 0);
    snapshot(d, "stage3-undone");

    // Redo it all.
    for (int i = 1; i <= steps; ++i) {
        d.stack()->redo();
        QVERIFY2(d.design() == states[i], qPrintable(QStringLiteral("after redoing step %1").arg(i)));
    }
    QVERIFY(d.design() == drawn);
    QCOMPARE(d.scene->elementItemCount(), int(drawn.elements().size()));
    for (const Element &e : drawn.elements()) {
        ElementItem *item = d.scene->elementItem(e.id);
        QVERIFY(item);
        QCOMPARE(item->scenePos(), layout::scenePosition(drawn, e.id));
    }
    d.view->zoomToFit();
    snapshot(d, "stage3-redone");
}

QTEST_MAIN(TestBlueprintStage3)
#include "tst_blueprint_stage3.moc"
