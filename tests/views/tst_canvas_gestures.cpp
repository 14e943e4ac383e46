// The canvas driven by real events: palette drops, mouse drags of elements,
// containers and handles, connection drags. Each gesture must change the model
// exactly as promised and be one undo step; refusals must change nothing.

#include "CanvasDriver.h"
#include "ConnectionItem.h"
#include "ContainerItem.h"
#include "Layout.h"
#include "Placement.h"
#include "KindInfo.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace pillar;
using test::CanvasDriver;
using test::Basic;
using test::buildBasic;
using test::rectOf;

class TestCanvasGestures : public QObject
{
    Q_OBJECT

private slots:
    void paletteMimeData();
    void paletteDropCreatesAndNests();
    void refusedDropChangesNothing_data();
    void refusedDropChangesNothing();
    void dragIsOneUndoStep();
    void dragIntoAnotherContainerReparents();
    void refusedMoveSnapsBack();
    void dropMarkFollowsTheDrag();
    void movingContainerMovesChildren();
    void connectionsByMouse();
    void attachAndJoinByMouse();
    void attachmentsComeBackWithUndo();
    void resizeByHandleIsOneStep();
    void rubberBandAndSelectAll();
};

void TestCanvasGestures::paletteMimeData()
{
    CanvasDriver d;
    for (const KindInfo &info : allKinds()) {
        QTreeWidgetItem *entry = d.palette->tree()->itemForKind(info.kind);
        QVERIFY(entry);
        std::unique_ptr<QMimeData> mime(d.palette->tree()->mimeDataFor({entry}));
        QVERIFY(mime);
        QCOMPARE(QString::fromUtf8(mime->data(QString::fromLatin1(DesignView::kElementKindMimeType))), kindKey(info.kind));
    }
    // Group headers are not draggable kinds.
    std::unique_ptr<QMimeData> none(d.palette->tree()->mimeDataFor({d.palette->tree()->topLevelItem(0)}));
    QVERIFY(!none);
}

void TestCanvasGestures::paletteDropCreatesAndNests()
{
    CanvasDriver d;
    const Basic b = buildBasic(d);
    QCOMPARE(d.design().elements().size(), size_t(5));
    QCOMPARE(d.model()->element(b.vpc)->kind, ElementKind::Vpc);
    QCOMPARE(d.model()->element(b.vpc)->parent, QString());
    QCOMPARE(d.model()->element(b.az)->parent, b.vpc);
    QCOMPARE(d.model()->element(b.subnetA)->parent, b.az);
    QCOMPARE(d.model()->element(b.subnetB)->parent, b.az);
    QCOMPARE(d.model()->element(b.ec2)->kind, ElementKind::Ec2Instance);
    QCOMPARE(d.model()->element(b.ec2)->parent, b.subnetA);
    // Dropped where the pointer was: the EC2 is centred on the drop point (snapped to the grid).
    const QPointF dropPoint = rectOf(d, b.subnetA).topLeft() + QPointF(80, 80);
    QVERIFY((rectOf(d, b.ec2).center() - dropPoint).manhattanLength() <= DesignScene::kGrid);
    QCOMPARE(d.stack()->count(), 5);
    // The scene mirrors the nesting with its items.
    QCOMPARE(d.scene->elementItem(b.ec2)->parentItem(), d.scene->elementItem(b.subnetA));
    QCOMPARE(d.scene->selectedIds(), QStringList{b.ec2});
}

void TestCanvasGestures::refusedDropChangesNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("where"); // "empty", "vpc", "az"
    QTest::newRow("EC2 on the bare canvas") << int(ElementKind::Ec2Instance) << QStringLiteral("empty");
    QTest::newRow("subnet straight into a VPC") << int(ElementKind::Subnet) << QStringLiteral("vpc");
    QTest::newRow("VPC inside a VPC") << int(ElementKind::Vpc) << QStringLiteral("vpc");
    QTest::newRow("RDS into an Availability Zone") << int(ElementKind::RdsInstance) << QStringLiteral("az");
    QTest::newRow("S3 bucket into a VPC") << int(ElementKind::S3Bucket) << QStringLiteral("vpc");
    QTest::newRow("Availability Zone on the bare canvas") << int(ElementKind::AvailabilityZone) << QStringLiteral("empty");
}

void TestCanvasGestures::refusedDropChangesNothing()
{
    QFETCH(int, kind);
    QFETCH(QString, where);
    CanvasDriver d;
    const QString vpc = d.drop(ElementKind::Vpc, QPointF(400, 100));
    const QString az = d.drop(ElementKind::AvailabilityZone, rectOf(d, vpc).topLeft() + QPointF(200, 60));
    QPointF at(1200, 900);
    QString parent;
    if (where == QLatin1String("vpc")) {
        at = rectOf(d, vpc).bottomRight() - QPointF(60, 40);
        parent = vpc;
    } else if (where == QLatin1String("az")) {
        at = rectOf(d, az).center();
        parent = az;
    }
    QVERIFY(d.scene->editor()->containerAt(at) == parent);
    const Design before = d.design();
    const int steps = d.stack()->count();
    QSignalSpy messages(d.scene.get(), &DesignScene::statusMessage);
    bool moveAccepted = true;
    QStringList created;
    const bool dropped = d.dropFromPalette(ElementKind(kind), at, &created, &moveAccepted);
    QVERIFY(!dropped);
    QVERIFY(!moveAccepted);
    QVERIFY(created.isEmpty());
    QVERIFY(d.design() == before);
    QCOMPARE(d.stack()->count(), steps);
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.last().first().toString(), placementProblem(before, ElementKind(kind), parent));
}

void TestCanvasGestures::dragIsOneUndoStep()
{
    CanvasDriver d;
    const Basic b = buildBasic(d);
    const Design before = d.design();
    const int steps = d.stack()->count();
    const QPointF start = d.centre(b.ec2);
    d.drag(start, start + QPointF(64, 32), Qt::NoModifier, 12);
    QCOMPARE(d.stack()->count(), steps + 1);
    QCOMPARE(d.model()->element(b.ec2)->parent, b.subnetA);
    QCOMPARE(d.model()->element(b.ec2)->geometry.topLeft(), before.element(b.ec2)->geometry.topLeft() + QPointF(64, 32));
    QCOMPARE(d.scene->elementItem(b.ec2)->pos(), d.model()->element(b.ec2)->geometry.topLeft());
    d.stack()->undo();
    QVERIFY(d.design() == before);
    d.stack()->redo();
    QCOMPARE(d.model()->element(b.ec2)->geometry.topLeft(), before.element(b.ec2)->geometry.topLeft() + QPointF(64, 32));
}

void TestCanvasGestures::dragIntoAnotherContainerReparents()
{
    CanvasDriver d;
    const Basic b = buildBasic(d);
    const Design before = d.design();
    const int steps = d.stack()->count();
    const QPointF target = rectOf(d, b.subnetB).topLeft() + QPointF(120, 80);
    d.drag(d.centre(b.ec2), target);
    QCOMPARE(d.stack()->count(), steps + 1);
    QCOMPARE(d.model()->element(b.ec2)->parent, b.subnetB);
    QCOMPARE(d.scene->elementItem(b.ec2)->parentItem(), d.scene->elementItem(b.subnetB));
    QVERIFY(rectOf(d, b.subnetB).contains(rectOf(d, b.ec2)));
    d.stack()->undo();
    QVERIFY(d.design() == before);
    QCOMPARE(d.scene->elementItem(b.ec2)->parentItem(), d.scene->elementItem(b.subnetA));
}

// While an element is dragged, the container it would land in is marked
// (green when allowed, red when not), one at a time; release clears it.
void TestCanvasGestures::dropMarkFollowsTheDrag()
{
    CanvasDriver d;
    const Basic b = buildBasic(d);
    auto state = [&](const QString &id) { return d.scene->elementItem(id)->dropState(); };
    const QPointF from = d.centre(b.ec2);
    d.mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    const QPointF intoB = rectOf(d, b.subnetB).topLeft() + QPointF(120, 80);
    for (int i = 1; i <= 6; ++i)
        d.mouse(QEvent::MouseMove, from + (intoB - from) * (i / 6.0), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCOMPARE(state(b.subnetB), ElementItem::DropState::Accepted);
    QCOMPARE(state(b.subnetA), ElementItem::DropState::None);
    const QPointF intoAz = rectOf(d, b.az).bottomRight() - QPointF(20, 10);
    d.mouse(QEvent::MouseMove, intoAz, Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCOMPARE(state(b.az), ElementItem::DropState::Refused); // an instance stands in a subnet
    QCOMPARE(state(b.subnetB), ElementItem::DropState::None);
    d.mouse(QEvent::MouseButtonRelease, intoAz, Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QCOMPARE(state(b.az), ElementItem::DropState::None);
}

void TestCanvasGestures::refusedMoveSnapsBack()
{
    CanvasDriver d;
    const Basic b = buildBasic(d);
    const Design before = d.design();
    const int steps = d.stack()->count();
    QSignalSpy messages(d.scene.get(), &DesignScene::statusMessage);
    // EC2 onto the bare canvas, then into the AZ (outside any subnet).
    d.drag(d.centre(b.ec2), QPointF(1200, 900));
    QVERIFY(d.design() == before);
    QCOMPARE(d.stack()->count(), steps);
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.last().first().toString(), moveProblem(before, b.ec2, QString()));
    QCOMPARE(d.scene->elementItem(b.ec2)->pos(), before.element(b.ec2)->geometry.topLeft());
    d.drag(d.centre(b.ec2), rectOf(d, b.az).bottomRight() - QPointF(20, 10));
    QVERIFY(d.design() == before);
    QCOMPARE(messages.last().first().toString(), moveProblem(before, b.ec2, b.az));
}

void TestCanvasGestures::movingContainerMovesChildren()
{
    CanvasDriver d;
    const Basic b = buildBasic(d);
    const QPointF ec2Before = rectOf(d, b.ec2).topLeft();
    const QRectF relBefore = d.model()->element(b.ec2)->geometry;
    const QPointF header = rectOf(d, b.vpc).topLeft() + QPointF(100, 10);
    d.click(header);
    QCOMPARE(d.scene->selectedIds(), QStringList{b.vpc});
    d.drag(header, header + QPointF(96, 48));
    QCOMPARE(rectOf(d, b.ec2).topLeft(), ec2Before + QPointF(96, 48));
    QCOMPARE(d.model()->element(b.ec2)->geometry, relBefore);
    QCOMPARE(d.scene->elementItem(b.ec2)->scenePos(), ec2Before + QPointF(96, 48));
}

void TestCanvasGestures::connectionsByMouse()
{
    CanvasDriver d;
    const Basic b = buildBasic(d);
    const QString users = d.drop(ElementKind::Internet, QPointF(100, 900));
    const QString lb = d.drop(ElementKind::LoadBalancer, rectOf(d, b.vpc).topLeft() + QPointF(560, 100));
    QVERIFY(!lb.isEmpty());
    QCOMPARE(d.model()->element(lb)->parent, b.vpc);
    const int steps = d.stack()->count();
    d.connectByMouse(users, lb);
    d.connectByMouse(lb, b.ec2);
    QCOMPARE(d.design().connections().size(), size_t(2));
    QCOMPARE(d.design().connections()[0].from, users);
    QCOMPARE(d.design().connections()[0].to, lb);
    QCOMPARE(d.design().connections()[1].from, lb);
    QCOMPARE(d.design().connections()[1].to, b.ec2);
    QCOMPARE(d.stack()->count(), steps + 2);
    // The drag from the handle selects nothing on its way.
    QCOMPARE(d.scene->selectedIds(), QStringList{lb});
    // Refused: into Internet / users; from EC2 to a VPC.
    QSignalSpy messages(d.scene.get(), &DesignScene::statusMessage);
    const Design before = d.design();
    d.connectByMouse(b.ec2, users);
    QVERIFY(d.design() == before);
    QCOMPARE(messages.last().first().toString(), connectionProblem(before, b.ec2, users));
    // The same connection twice is refused too.
    d.connectByMouse(users, lb);
    QVERIFY(d.design() == before);
    QCOMPARE(d.stack()->count(), steps + 2);
    // Connections follow their ends.
    ConnectionItem *c = d.scene->connectionItem(d.design().connections()[1].id);
    const QRectF pathBefore = c->boundingRect();
    d.click(d.centre(b.ec2));
    d.drag(d.centre(b.ec2), d.centre(b.ec2) + QPointF(48, 0));
    QVERIFY(c->boundingRect() != pathBefore);
    QVERIFY(c->boundingRect().intersects(rectOf(d, b.ec2)));
}

void TestCanvasGestures::attachAndJoinByMouse()
{
    CanvasDriver d;
    const Basic b = buildBasic(d);
    const QString lb = d.drop(ElementKind::LoadBalancer, rectOf(d, b.vpc).topLeft() + QPointF(560, 100));
    const QString sg = d.drop(ElementKind::SecurityGroup, rectOf(d, b.vpc).topLeft() + QPointF(560, 260));
    QVERIFY(!sg.isEmpty());
    QCOMPARE(d.model()->element(sg)->parent, b.vpc);
    // Load balancer to subnet: attach (the subnets property).
    d.click(d.centre(lb));
    d.drag(d.handle(lb), rectOf(d, b.subnetA).topLeft() + QPointF(200, 20));
    QCOMPARE(d.model()->element(lb)->listValue(QStringLiteral("subnets")), QStringList{b.subnetA});
    QVERIFY(d.design().connections().empty());
    // EC2 to security group: join it; the member shows it.
    d.connectByMouse(b.ec2, sg);
    QCOMPARE(d.model()->element(b.ec2)->securityGroups, QStringList{sg});
    // Deleting the subnet and the group leaves no reference behind.
    d.scene->selectIds({b.subnetA, sg});
    d.view->deleteSelection();
    QVERIFY(d.model()->element(lb)->listValue(QStringLiteral("subnets")).isEmpty());
    QVERIFY(!d.model()->element(b.ec2));
    d.stack()->undo();
    QCOMPARE(d.model()->element(lb)->listValue(QStringLiteral("subnets")), QStringList{b.subnetA});
    QCOMPARE(d.model()->element(b.ec2)->securityGroups, QStringList{sg});
}

void TestCanvasGestures::resizeByHandleIsOneStep()
{
    CanvasDriver d;
    const Basic b = buildBasic(d);
    const QRectF before = rectOf(d, b.subnetB);
    const int steps = d.stack()->count();
    d.click(before.topLeft() + QPointF(120, 10));
    auto *item = qgraphicsitem_cast<ContainerItem *>(d.scene->elementItem(b.subnetB));
    QVERIFY(item && item->isSelected());
    const QPointF corner = item->mapToScene(item->resizeHandleRect().center());
    d.drag(corner, corner + QPointF(96, 64));
    QCOMPARE(d.stack()->count(), steps + 1);
    // The corner lands on the grid.
    const QPointF expected = d.scene->editor()->snapped(QPointF(before.width() + 96, before.height() + 64));
    QCOMPARE(rectOf(d, b.subnetB).size(), QSizeF(expected.x(), expected.y()));
    // The AZ grew to hold it.
    QVERIFY(rectOf(d, b.az).contains(rectOf(d, b.subnetB)));
    d.stack()->undo();
    QCOMPARE(rectOf(d, b.subnetB), before);
}

void TestCanvasGestures::rubberBandAndSelectAll()
{
    CanvasDriver d;
    const QString users = d.drop(ElementKind::Internet, QPointF(200, 700));
    const QString dns = d.drop(ElementKind::Route53Record, QPointF(400, 700));
    const QString s3 = d.drop(ElementKind::S3Bucket, QPointF(800, 700));
    // A VPC whose corner the band crosses: only what lies wholly inside is taken.
    const QString vpc = d.drop(ElementKind::Vpc, QPointF(800, 150));
    QVERIFY(rectOf(d, vpc).intersects(QRectF(QPointF(100, 600), QPointF(500, 800))));
    d.scene->clearSelection();
    d.drag(QPointF(100, 600), QPointF(500, 800));
    QCOMPARE(d.scene->selectedIds(), (QStringList{users, dns}));
    // Shift-click adds, and toggles off again.
    d.click(d.centre(s3), Qt::ShiftModifier);
    QCOMPARE(d.scene->selectedIds(), (QStringList{users, dns, s3}));
    d.click(d.centre(users), Qt::ControlModifier);
    QCOMPARE(d.scene->selectedIds(), (QStringList{dns, s3}));
    d.scene->editor()->connectElements(users, dns);
    d.view->selectAllElements();
    QCOMPARE(d.scene->selectedIds().size(), 5);
}

namespace {

int attachmentItems(DesignScene *scene)
{
    int n = 0;
    for (QGraphicsItem *item : scene->items()) {
        auto *c = qgraphicsitem_cast<ConnectionItem *>(item);
        n += c && c->style() == ConnectionItem::Style::Attachment && c->isVisible() ? 1 : 0;
    }
    return n;
}

} // namespace

void TestCanvasGestures::attachmentsComeBackWithUndo()
{
    CanvasDriver d;
    // The load balancer comes before the subnets in file order: undoing a
    // delete re-inserts it first, before the subnets it is attached to.
    const QString vpc = d.drop(ElementKind::Vpc, QPointF(400, 100));
    const QString lb = d.drop(ElementKind::LoadBalancer, rectOf(d, vpc).topLeft() + QPointF(560, 100));
    const QString az = d.drop(ElementKind::AvailabilityZone, rectOf(d, vpc).topLeft() + QPointF(200, 60));
    const QString subnet = d.drop(ElementKind::Subnet, rectOf(d, az).topLeft() + QPointF(150, 50));
    QVERIFY(d.scene->editor()->connectElements(lb, subnet));
    QCOMPARE(attachmentItems(d.scene.get()), 1);
    const Design before = d.design();
    d.scene->selectIds({vpc});
    d.view->deleteSelection();
    QCOMPARE(attachmentItems(d.scene.get()), 0);
    QCOMPARE(d.scene->items().size(), 0);
    d.stack()->undo();
    QVERIFY(d.design() == before);
    QCOMPARE(attachmentItems(d.scene.get()), 1);
    // Detaching by the same gesture removes it again.
    QVERIFY(d.scene->editor()->connectElements(lb, subnet));
    QCOMPARE(attachmentItems(d.scene.get()), 0);
}

QTEST_MAIN(TestCanvasGestures)
#include "tst_canvas_gestures.moc"
