// Every undo command: push -> undo -> redo returns the model to the exact
// prior state (Design ==), merging makes one step of a gesture, and deleting
// leaves nothing dangling.

#include "DesignModel.h"
#include "Document.h"
#include "Layout.h"
#include "PropertySpec.h"
#include "TestPaths.h"
#include "commands/AddElementsCommand.h"
#include "commands/ChangeElementsCommand.h"
#include "commands/ConnectionCommands.h"
#include "commands/MoveElementsCommand.h"
#include "commands/RemoveElementsCommand.h"
#include "commands/RenameElementCommand.h"
#include "commands/SetPropertiesCommand.h"
#include "io/DesignJson.h"
#include "KindInfo.h"

#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace pillar;

namespace {

using CommandFactory = std::function<QUndoCommand *(DesignModel *)>;

Design sampleDesign()
{
    LoadResult r = readDesignFile(test::sourceDir() + QStringLiteral("/resources/samples/three-tier.pillar"));
    if (!r.ok())
        qFatal("cannot read sample: %s", qPrintable(r.error.toString()));
    layout::autoLayout(*r.design);
    return *r.design;
}

// Ids an element or connection names that the design does not have.
QStringList danglingReferences(const Design &d)
{
    QStringList bad;
    auto check = [&](const QString &owner, const QString &ref) {
        if (!ref.isEmpty() && !d.element(ref))
            bad << owner + QStringLiteral(" -> ") + ref;
    };
    for (const Element &e : d.elements()) {
        check(e.id, e.parent);
        for (const QString &sg : e.securityGroups)
            check(e.id, sg);
        for (const IngressRule &r : e.ingress)
            check(e.id, r.sourceGroup);
        for (const PropertySpec &spec : propertySpecs(e.kind)) {
            if (spec.type == PropertyType::Ref)
                check(e.id, e.stringValue(spec.key));
            if (spec.type == PropertyType::RefList) {
                for (const QString &ref : e.listValue(spec.key))
                    check(e.id, ref);
            }
        }
    }
    for (const Connection &c : d.connections()) {
        check(c.id, c.from);
        check(c.id, c.to);
    }
    return bad;
}

Element newElement(const Design &d, ElementKind kind, const QString &parent, QRectF geometry)
{
    Element e;
    e.kind = kind;
    e.id = d.uniqueId(QString::fromLatin1(kindInfo(kind).idPrefix));
    e.parent = parent;
    e.geometry = geometry;
    return e;
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void pushUndoRedo_data();
    void pushUndoRedo();
    void removeLeavesNothingDangling_data();
    void removeLeavesNothingDangling();
    void dragIsOneStep();
    void dragBackToStartLeavesNoStep();
    void propertyEditsMerge();
    void containersGrowToFit();
    void removeRestoresOrder();
};

void TestCommands::pushUndoRedo_data()
{
    QTest::addColumn<CommandFactory>("factory");
    QTest::addColumn<bool>("semanticChange"); // false: only geometry changes

    QTest::newRow("add element") << CommandFactory([](DesignModel *m) {
        return new AddElementsCommand(m, {newElement(m->design(), ElementKind::Ec2Instance, QStringLiteral("subnet-public-a"),
                                                     QRectF(30, 40, 0, 0))}, {}, QStringLiteral("add"));
    }) << true;
    QTest::newRow("add subtree with connection") << CommandFactory([](DesignModel *m) {
        Element az = newElement(m->design(), ElementKind::AvailabilityZone, QStringLiteral("vpc-main"), QRectF(900, 60, 300, 300));
        Element subnet = newElement(m->design(), ElementKind::Subnet, az.id, QRectF(16, 40, 250, 150));
        Element ec2 = newElement(m->design(), ElementKind::Ec2Instance, subnet.id, QRectF(20, 40, 0, 0));
        Connection c{QStringLiteral("conn-new"), QStringLiteral("web-a"), ec2.id, QStringLiteral("tcp"), 8080};
        return new AddElementsCommand(m, {az, subnet, ec2}, {c}, QStringLiteral("paste"));
    }) << true;
    QTest::newRow("remove leaf") << CommandFactory([](DesignModel *m) {
        return new RemoveElementsCommand(m, {QStringLiteral("web-a")});
    }) << true;
    QTest::newRow("remove container") << CommandFactory([](DesignModel *m) {
        return new RemoveElementsCommand(m, {QStringLiteral("az-a")});
    }) << true;
    QTest::newRow("remove security group") << CommandFactory([](DesignModel *m) {
        return new RemoveElementsCommand(m, {QStringLiteral("sg-web")});
    }) << true;
    QTest::newRow("remove connection") << CommandFactory([](DesignModel *m) {
        return new RemoveElementsCommand(m, {m->design().connections().front().id});
    }) << true;
    QTest::newRow("move") << CommandFactory([](DesignModel *m) {
        const Element *e = m->element(QStringLiteral("web-a"));
        return new MoveElementsCommand(m, {{e->id, e->parent, e->geometry.translated(16, 8)}}, 0);
    }) << false;
    QTest::newRow("reparent") << CommandFactory([](DesignModel *m) {
        return new MoveElementsCommand(m, {{QStringLiteral("web-a"), QStringLiteral("subnet-public-a"), QRectF(40, 40, 0, 0)}}, 0);
    }) << true;
    QTest::newRow("resize") << CommandFactory([](DesignModel *m) {
        const Element *e = m->element(QStringLiteral("vpc-main"));
        return new MoveElementsCommand(m, {{e->id, e->parent, QRectF(e->geometry.topLeft(), e->geometry.size() + QSizeF(100, 50))}}, 0);
    }) << false;
    QTest::newRow("set property") << CommandFactory([](DesignModel *m) {
        return new SetPropertiesCommand(m, QStringLiteral("db-main"), QStringLiteral("multiAz"), false);
    }) << true;
    QTest::newRow("reset property") << CommandFactory([](DesignModel *m) {
        return new SetPropertiesCommand(m, QStringLiteral("db-main"), QStringLiteral("engine"), QVariant());
    }) << true;
    QTest::newRow("rename") << CommandFactory([](DesignModel *m) {
        return new RenameElementCommand(m, QStringLiteral("web-a"), QStringLiteral("Front A"));
    }) << true;
    QTest::newRow("edit security groups") << CommandFactory([](DesignModel *m) {
        Element e = *m->element(QStringLiteral("web-c"));
        e.securityGroups << QStringLiteral("sg-db");
        return new EditElementCommand(m, e, QStringLiteral("join"));
    }) << true;
    QTest::newRow("add connection") << CommandFactory([](DesignModel *m) {
        return new AddConnectionCommand(m, {QStringLiteral("conn-x"), QStringLiteral("users"), QStringLiteral("web-c"), {}, 0});
    }) << true;
    QTest::newRow("change connection") << CommandFactory([](DesignModel *m) {
        Connection c = m->design().connections().back();
        c.port = 9999;
        return new ChangeConnectionCommand(m, c);
    }) << true;
}

void TestCommands::pushUndoRedo()
{
    QFETCH(CommandFactory, factory);
    QFETCH(bool, semanticChange);
    DesignModel model;
    model.resetDesign(sampleDesign());
    QUndoStack stack;
    const Design before = model.design();
    stack.push(factory(&model));
    QCOMPARE(stack.count(), 1);
    const Design after = model.design();
    QVERIFY(after != before);
    if (!semanticChange) {
        QCOMPARE(after.elements().size(), before.elements().size());
        for (size_t i = 0; i < after.elements().size(); ++i)
            QVERIFY(after.elements()[i].sameSemantics(before.elements()[i]));
    }
    QVERIFY2(danglingReferences(after).isEmpty(), qPrintable(danglingReferences(after).join(QLatin1String(", "))));
    stack.undo();
    QVERIFY(model.design() == before);
    stack.redo();
    QVERIFY(model.design() == after);
    stack.undo();
    QVERIFY(model.design() == before);
}

void TestCommands::removeLeavesNothingDangling_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("subnet used by the load balancer") << QStringList{QStringLiteral("subnet-public-a")};
    QTest::newRow("availability zone") << QStringList{QStringLiteral("az-a")};
    QTest::newRow("security group used as ingress source") << QStringList{QStringLiteral("sg-alb")};
    QTest::newRow("whole vpc") << QStringList{QStringLiteral("vpc-main")};
    QTest::newRow("everything") << QStringList{QStringLiteral("users"), QStringLiteral("dns-www"), QStringLiteral("vpc-main")};
}

void TestCommands::removeLeavesNothingDangling()
{
    QFETCH(QStringList, ids);
    DesignModel model;
    model.resetDesign(sampleDesign());
    QUndoStack stack;
    const Design before = model.design();
    stack.push(new RemoveElementsCommand(&model, ids));
    for (const QString &id : ids)
        QVERIFY(!model.element(id));
    QVERIFY2(danglingReferences(model.design()).isEmpty(), qPrintable(danglingReferences(model.design()).join(QLatin1String(", "))));
    // What is left is a valid design file.
    const LoadResult reread = readDesign(writeDesign(model.design()), QStringLiteral("after-delete"));
    QVERIFY2(reread.ok(), qPrintable(reread.error.toString()));
    stack.undo();
    QVERIFY(model.design() == before);
}

void TestCommands::dragIsOneStep()
{
    DesignModel model;
    model.resetDesign(sampleDesign());
    QUndoStack stack;
    const Design before = model.design();
    const int gesture = MoveElementsCommand::newGestureId();
    const Element start = *model.element(QStringLiteral("web-a"));
    for (int i = 1; i <= 10; ++i)
        stack.push(new MoveElementsCommand(&model, {{start.id, start.parent, start.geometry.translated(i * 4, i * 2)}}, gesture));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(model.element(start.id)->geometry.topLeft(), start.geometry.topLeft() + QPointF(40, 20));
    // Another gesture is another step.
    stack.push(new MoveElementsCommand(&model, {{start.id, start.parent, start.geometry}}, MoveElementsCommand::newGestureId()));
    QCOMPARE(stack.count(), 2);
    stack.undo();
    stack.undo();
    QVERIFY(model.design() == before);
}

void TestCommands::dragBackToStartLeavesNoStep()
{
    Document document;
    document.reset(sampleDesign());
    DesignModel &model = *document.model();
    const Design before = model.design();
    const int gesture = MoveElementsCommand::newGestureId();
    const Element start = *model.element(QStringLiteral("web-a"));
    document.push(new MoveElementsCommand(&model, {{start.id, start.parent, start.geometry.translated(30, 0)}}, gesture));
    QCOMPARE(document.undoStack()->count(), 1);
    document.push(new MoveElementsCommand(&model, {{start.id, start.parent, start.geometry}}, gesture));
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(model.design() == before);
    QVERIFY(!document.isModified());
    // A command that changes nothing never lands on the stack.
    document.push(new MoveElementsCommand(&model, {{start.id, start.parent, start.geometry}}, 0));
    document.push(new RenameElementCommand(&model, start.id, start.name));
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestCommands::propertyEditsMerge()
{
    DesignModel model;
    model.resetDesign(sampleDesign());
    QUndoStack stack;
    const Design before = model.design();
    stack.push(new SetPropertiesCommand(&model, QStringLiteral("web-a"), QStringLiteral("instanceType"), QStringLiteral("t3.large")));
    stack.push(new SetPropertiesCommand(&model, QStringLiteral("web-a"), QStringLiteral("instanceType"), QStringLiteral("t3.xlarge")));
    QCOMPARE(stack.count(), 1);
    stack.push(new SetPropertiesCommand(&model, QStringLiteral("web-c"), QStringLiteral("instanceType"), QStringLiteral("t3.large")));
    QCOMPARE(stack.count(), 2);
    QCOMPARE(model.element(QStringLiteral("web-a"))->stringValue(QStringLiteral("instanceType")), QStringLiteral("t3.xlarge"));
    stack.undo();
    stack.undo();
    QVERIFY(model.design() == before);
}

void TestCommands::containersGrowToFit()
{
    DesignModel model;
    model.resetDesign(sampleDesign());
    QUndoStack stack;
    const Design before = model.design();
    const Element *subnet = model.element(QStringLiteral("subnet-private-a"));
    const QSizeF subnetSize = subnet->geometry.size();
    const QSizeF vpcSize = model.element(QStringLiteral("vpc-main"))->geometry.size();
    // Far past the right edge of the subnet, the AZ and the VPC.
    stack.push(new MoveElementsCommand(&model, {{QStringLiteral("web-a"), subnet->id, QRectF(2000, 40, 0, 0)}}, 0));
    const Design &d = model.design();
    QCOMPARE(d.element(QStringLiteral("subnet-private-a"))->geometry.width(), 2000 + layout::kLeafWidth + layout::kPadding);
    QVERIFY(d.element(QStringLiteral("subnet-private-a"))->geometry.width() > subnetSize.width());
    QVERIFY(d.element(QStringLiteral("vpc-main"))->geometry.width() > vpcSize.width());
    for (const QString &id : {QStringLiteral("web-a"), QStringLiteral("subnet-private-a"), QStringLiteral("az-a")}) {
        const Element *e = d.element(id);
        const QRectF inParent(e->geometry.topLeft(), layout::elementSize(*e));
        QVERIFY2(QRectF(QPointF(), layout::elementSize(*d.element(e->parent))).contains(inParent), qPrintable(id));
    }
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QVERIFY(model.design() == before);
}

void TestCommands::removeRestoresOrder()
{
    DesignModel model;
    model.resetDesign(sampleDesign());
    QUndoStack stack;
    const Design before = model.design();
    // Scattered ids, elements and a connection together.
    stack.push(new RemoveElementsCommand(&model, {QStringLiteral("users"), QStringLiteral("az-c"), QStringLiteral("sg-db"),
                                                  before.connections().back().id}));
    QVERIFY(model.design().elements().size() < before.elements().size());
    stack.undo();
    QVERIFY(model.design() == before);
    for (size_t i = 0; i < before.elements().size(); ++i)
        QCOMPARE(model.design().elements()[i].id, before.elements()[i].id);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
