// The "done when" of the canvas: stage 3 of BLUEPRINTS.md ("1,000+ users":
// a VPC with two AZs, a public and a private subnet in each, an
// internet-facing ALB over both AZs with HTTPS, one EC2 per AZ, RDS Multi-AZ)
// drawn from an empty canvas with mouse gestures only: palette drags, drags
// on handles, context-menu clicks. Then undone step by step back to empty
// and redone, comparing the whole design after every step.
//
// With PILLAR_SCREENSHOT_DIR set it also saves the drawn design and pictures
// of the canvas (drawn, undone, redone) there.

#include "CanvasDriver.h"
#include "Layout.h"
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
};

void TestBlueprintStage3::snapshot(CanvasDriver &d, const char *name)
{
    const QString dir = qEnvironmentVariable("PILLAR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    d.view->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
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

    const QString vpc = d.drop(ElementKind::Vpc, QPointF(640, 60));
    QVERIFY(!vpc.isEmpty());
    step("VPC");
    // Make room: drag the VPC's corner handle.
    d.click(rect(vpc).topLeft() + QPointF(200, 10));
    const QPointF corner = rect(vpc).bottomRight() - QPointF(5, 5);
    d.drag(corner, corner + QPointF(240, 180));
    QVERIFY(rect(vpc).width() >= 950);
    step("resize VPC");

    const QString azA = d.drop(ElementKind::AvailabilityZone, rect(vpc).topLeft() + QPointF(180, 130));
    step("AZ a");
    const QString azB = d.drop(ElementKind::AvailabilityZone, rect(vpc).topLeft() + QPointF(530, 130));
    step("AZ b");
    QCOMPARE(d.model()->element(azA)->parent, vpc);
    QCOMPARE(d.model()->element(azB)->parent, vpc);

    QString publicSubnet[2], privateSubnet[2], ec2[2];
    const QString az[2] = {azA, azB};
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
    QCOMPARE(d.model()->element(alb)->parent, vpc);
    for (int i = 0; i < 2; ++i) {
        d.click(d.centre(alb));
        d.drag(d.handle(alb), rect(publicSubnet[i]).topLeft() + QPointF(200, 100));
        step("attach ALB");
    }
    QVERIFY(d.chooseFromContextMenu(d.centre(alb), {QStringLiteral("Listeners"), QStringLiteral("HTTPS :443")}));
    step("HTTPS listener");

    for (int i = 0; i < 2; ++i) {
        ec2[i] = d.drop(ElementKind::Ec2Instance, rect(privateSubnet[i]).topLeft() + QPointF(70, 80));
        step("EC2");
    }
    const QString rds = d.drop(ElementKind::RdsInstance, rect(privateSubnet[0]).topLeft() + QPointF(190, 80));
    step("RDS");
    QVERIFY(d.chooseFromContextMenu(d.centre(rds), {QStringLiteral("Multi-AZ")}));
    step("Multi-AZ");

    const QString users = d.drop(ElementKind::Internet, QPointF(120, 300));
    step("users");
    d.connectByMouse(users, alb);
    step("users -> ALB");
    const QLineF usersToAlb(d.centre(users), d.centre(alb));
    QVERIFY(d.chooseFromContextMenu(usersToAlb.pointAt(0.3), {QStringLiteral("Port"), QStringLiteral("HTTPS (443)")}));
    step("port 443");
    for (int i = 0; i < 2; ++i) {
        d.connectByMouse(alb, ec2[i]);
        step("ALB -> EC2");
    }
    for (int i = 0; i < 2; ++i) {
        d.connectByMouse(ec2[i], rds);
        step("EC2 -> RDS");
    }

    // What was drawn is blueprint stage 3.
    const Design drawn = d.design();
    auto count = [&](ElementKind k) {
        return std::count_if(drawn.elements().begin(), drawn.elements().end(), [k](const Element &e) { return e.kind == k; });
    };
    QCOMPARE(count(ElementKind::Vpc), 1);
    QCOMPARE(count(ElementKind::AvailabilityZone), 2);
    QCOMPARE(count(ElementKind::Subnet), 4);
    QCOMPARE(count(ElementKind::Ec2Instance), 2);
    QCOMPARE(count(ElementKind::RdsInstance), 1);
    QCOMPARE(count(ElementKind::LoadBalancer), 1);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(drawn.element(publicSubnet[i])->parent, az[i]);
        QVERIFY(drawn.element(publicSubnet[i])->boolValue(QStringLiteral("public")));
        QCOMPARE(drawn.element(privateSubnet[i])->parent, az[i]);
        QVERIFY(!drawn.element(privateSubnet[i])->boolValue(QStringLiteral("public")));
        QCOMPARE(drawn.element(ec2[i])->parent, privateSubnet[i]);
        QCOMPARE(drawn.enclosing(ec2[i], ElementKind::AvailabilityZone)->id, az[i]);
    }
    const Element *lb = drawn.element(alb);
    QCOMPARE(lb->stringValue(QStringLiteral("scheme")), QStringLiteral("internet-facing"));
    QCOMPARE(lb->stringValue(QStringLiteral("type")), QStringLiteral("application"));
    QCOMPARE(lb->listValue(QStringLiteral("subnets")), (QStringList{publicSubnet[0], publicSubnet[1]}));
    QCOMPARE(lb->listeners.size(), 1);
    QCOMPARE(lb->listeners[0].protocol, QStringLiteral("HTTPS"));
    QCOMPARE(lb->listeners[0].port, 443);
    QVERIFY(drawn.element(rds)->boolValue(QStringLiteral("multiAz")));
    QCOMPARE(drawn.element(rds)->parent, privateSubnet[0]);
    QCOMPARE(drawn.connections().size(), size_t(5));
    QCOMPARE(drawn.connections()[0].port, 443);
    // Every element lies inside its container on the canvas.
    for (const Element &e : drawn.elements()) {
        if (!e.parent.isEmpty())
            QVERIFY2(layout::sceneRect(drawn, e.parent).contains(layout::sceneRect(drawn, e.id)), qPrintable(e.id));
    }
    // And it is a valid design file.
    const QByteArray file = writeDesign(drawn);
    const LoadResult reread = readDesign(file, QStringLiteral("stage3"));
    QVERIFY2(reread.ok(), qPrintable(reread.error.toString()));
    for (const Element &e : drawn.elements()) {
        const Element *back = reread.design->element(e.id);
        if (back && *back != e)
            qDebug() << e.id << e.properties << back->properties << e.geometry << back->geometry << e.unknown << back->unknown
                     << e.securityGroups << back->securityGroups << e.name << back->name;
        QVERIFY2(back && *back == e, qPrintable(e.id));
    }
    QVERIFY(reread.design->connections() == drawn.connections());
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
