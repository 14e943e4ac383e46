// The Inspector's property editors: every editor type pushes exactly one
// command that changes the model, undo restores the exact prior design and
// the editor shows the old value again; invalid CIDRs are refused with the
// reason in place; unknown and mixed values; multi-selection; the
// design-level page; typing survives edits made elsewhere.

#include "InspectorFixture.h"

#include "Cidr.h"
#include "commands/SetPropertiesCommand.h"
#include "inspector/CheckList.h"

#include <QCheckBox>
#include <QLabel>

using namespace pillar;
using namespace pillar::test;

class TestInspector : public QObject, private InspectorFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void enumEditor();
    void boolEditor();
    void intEditor();
    void stringEditor();
    void refEditor();
    void refListEditor();
    void cidrEditor();
    void invalidCidrIsRefusedWithReason();
    void renameElement();
    void unknownValueShownUntilEdited();
    void multiSelectionEditsAllAsOneCommand();
    void designLevelSettings();
    void undoElsewhereKeepsTypedText();
    void deletingTheSelectionShowsTheDesign();
    void designPageIsCurrentWhenShownAgain();
};

void TestInspector::enumEditor()
{
    select({QStringLiteral("db-main")});
    auto *engine = editor<QComboBox>(QStringLiteral("prop-engine"));
    QVERIFY(engine);
    QCOMPARE(engine->currentData().toString(), QStringLiteral("mysql"));
    // People read labels; the file's value is in the tooltip.
    QCOMPARE(engine->currentText(), QStringLiteral("MySQL"));
    QCOMPARE(engine->itemData(engine->currentIndex(), Qt::ToolTipRole).toString(), QStringLiteral("mysql"));
    choose(engine, QStringLiteral("postgres"));
    QCOMPARE(engine->currentText(), QStringLiteral("PostgreSQL"));
    QCOMPARE(el(QStringLiteral("db-main")).stringValue(QStringLiteral("engine")), QStringLiteral("postgres"));
    expectOneCommandAndUndo();
    QCOMPARE(engine->currentData().toString(), QStringLiteral("mysql"));
}

void TestInspector::boolEditor()
{
    select({QStringLiteral("db-main")});
    auto *multiAz = editor<QCheckBox>(QStringLiteral("prop-multiAz"));
    QVERIFY(multiAz);
    QVERIFY(multiAz->isChecked());
    multiAz->click();
    QCOMPARE(el(QStringLiteral("db-main")).boolValue(QStringLiteral("multiAz")), false);
    expectOneCommandAndUndo();
    QVERIFY(multiAz->isChecked());
}

void TestInspector::intEditor()
{
    select({QStringLiteral("db-main")});
    auto *storage = editor<QSpinBox>(QStringLiteral("prop-storageGb"));
    QVERIFY(storage);
    QCOMPARE(storage->value(), 50);
    QCOMPARE(storage->suffix(), QStringLiteral(" GB"));
    QCOMPARE(storage->maximum(), 65536);
    typeAndEnter(storage, QStringLiteral("250"));
    QCOMPARE(el(QStringLiteral("db-main")).intValue(QStringLiteral("storageGb")), 250);
    expectOneCommandAndUndo();
    QCOMPARE(storage->value(), 50);
}

void TestInspector::stringEditor()
{
    select({QStringLiteral("db-main")});
    auto *cls = editor<QLineEdit>(QStringLiteral("prop-instanceClass"));
    QVERIFY(cls);
    QCOMPARE(cls->text(), QStringLiteral("db.m7g.large"));
    // Typing alone commits nothing: only Enter (or leaving the field) does.
    cls->selectAll();
    QTest::keyClicks(cls, QStringLiteral("db.r6g.xlarge"));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QTest::keyClick(cls, Qt::Key_Return);
    QCOMPARE(el(QStringLiteral("db-main")).stringValue(QStringLiteral("instanceClass")), QStringLiteral("db.r6g.xlarge"));
    expectOneCommandAndUndo();
    QCOMPARE(cls->text(), QStringLiteral("db.m7g.large"));
}

void TestInspector::refEditor()
{
    select({QStringLiteral("db-replica")});
    auto *source = editor<QComboBox>(QStringLiteral("prop-readReplicaOf"));
    QVERIFY(source);
    QCOMPARE(source->currentData().toString(), QString()); // (none)
    QCOMPARE(source->findData(QStringLiteral("db-replica")), -1); // never itself
    choose(source, QStringLiteral("db-main"));
    QCOMPARE(el(QStringLiteral("db-replica")).stringValue(QStringLiteral("readReplicaOf")), QStringLiteral("db-main"));
    expectOneCommandAndUndo();
    QCOMPARE(source->currentData().toString(), QString());

    // A reference to an element the design lacks is shown, not hidden as "(none)".
    m_document->model()->setProperty(QStringLiteral("db-replica"), QStringLiteral("readReplicaOf"), QStringLiteral("db-gone"));
    settle();
    QCOMPARE(source->currentData().toString(), QStringLiteral("db-gone"));
    QVERIFY(source->currentText().contains(QLatin1String("db-gone")));
}

void TestInspector::refListEditor()
{
    select({QStringLiteral("alb-web")});
    auto *subnets = editor<CheckList>(QStringLiteral("prop-subnets"));
    QVERIFY(subnets);
    QCOMPARE(subnets->count(), 4); // every subnet of the design
    subnets->toggle(QStringLiteral("subnet-public-a"), false);
    QCOMPARE(el(QStringLiteral("alb-web")).listValue(QStringLiteral("subnets")), QStringList{QStringLiteral("subnet-public-c")});
    expectOneCommandAndUndo();
    for (const CheckList::Entry &e : subnets->entries())
        QCOMPARE(e.state, e.id.startsWith(QLatin1String("subnet-public")) ? Qt::Checked : Qt::Unchecked);
}

void TestInspector::cidrEditor()
{
    select({QStringLiteral("subnet-public-a")});
    auto *cidr = editor<QLineEdit>(QStringLiteral("prop-cidr"));
    QVERIFY(!cidr); // the editor is the CidrField; its line edit has no name
    auto *field = editor<QWidget>(QStringLiteral("prop-cidr"));
    QVERIFY(field);
    cidr = field->findChild<QLineEdit *>();
    QCOMPARE(cidr->text(), QStringLiteral("10.0.0.0/24"));
    typeAndEnter(cidr, QStringLiteral("10.0.2.0/24"));
    QCOMPARE(el(QStringLiteral("subnet-public-a")).stringValue(QStringLiteral("cidr")), QStringLiteral("10.0.2.0/24"));
    expectOneCommandAndUndo();
    QCOMPARE(cidr->text(), QStringLiteral("10.0.0.0/24"));
}

void TestInspector::invalidCidrIsRefusedWithReason()
{
    select({QStringLiteral("vpc-main")});
    auto *field = editor<QWidget>(QStringLiteral("prop-cidr"));
    QVERIFY(field);
    auto *cidr = field->findChild<QLineEdit *>();
    auto *error = field->findChild<QLabel *>(QStringLiteral("cidrError"));
    QVERIFY(error && error->isHidden());
    cidr->selectAll();
    QTest::keyClicks(cidr, QStringLiteral("10.0.0.300/16"));
    // Shown as typed, before Enter: the parser's own reason, under the field.
    QString why;
    QVERIFY(!Cidr::parse(QStringLiteral("10.0.0.300/16"), &why));
    QVERIFY(!why.isEmpty());
    QVERIFY(!error->isHidden());
    QCOMPARE(error->text(), why);
    QVERIFY(cidr->styleSheet().contains(QLatin1String("border")));
    QTest::keyClick(cidr, Qt::Key_Return);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(m_document->model()->design(), m_before);
    QCOMPARE(cidr->text(), QStringLiteral("10.0.0.300/16")); // kept for correcting
    // Corrected, it is committed and the error goes away.
    typeAndEnter(cidr, QStringLiteral("10.1.0.0/16"));
    QVERIFY(error->isHidden());
    QCOMPARE(el(QStringLiteral("vpc-main")).stringValue(QStringLiteral("cidr")), QStringLiteral("10.1.0.0/16"));
    expectOneCommandAndUndo();
}

void TestInspector::renameElement()
{
    select({QStringLiteral("web-a")});
    auto *id = editor<QLineEdit>(QStringLiteral("idField"));
    QVERIFY(id && id->isReadOnly());
    QCOMPARE(id->text(), QStringLiteral("web-a"));
    QCOMPARE(editor<QLabel>(QStringLiteral("kindLabel"))->text(), kindDisplayName(ElementKind::Ec2Instance));
    auto *name = editor<QLineEdit>(QStringLiteral("nameField"));
    const QString old = name->text();
    typeAndEnter(name, QStringLiteral("Web server A"));
    QCOMPARE(el(QStringLiteral("web-a")).name, QStringLiteral("Web server A"));
    expectOneCommandAndUndo();
    QCOMPARE(name->text(), old);
}

void TestInspector::unknownValueShownUntilEdited()
{
    select({QStringLiteral("web-c")});
    auto *monitoring = editor<QCheckBox>(QStringLiteral("prop-detailedMonitoring"));
    QVERIFY(monitoring);
    QCOMPARE(monitoring->checkState(), Qt::PartiallyChecked);
    QCOMPARE(monitoring->text(), QStringLiteral("unknown"));
    QVERIFY(monitoring->font().italic());
    monitoring->click();
    QVERIFY(!el(QStringLiteral("web-c")).isUnknown(QStringLiteral("detailedMonitoring")));
    QCOMPARE(el(QStringLiteral("web-c")).boolValue(QStringLiteral("detailedMonitoring")), true);
    QCOMPARE(monitoring->checkState(), Qt::Checked);
    QVERIFY(monitoring->text().isEmpty());
    expectOneCommandAndUndo();
    QCOMPARE(monitoring->checkState(), Qt::PartiallyChecked);
    QCOMPARE(monitoring->text(), QStringLiteral("unknown"));
}

void TestInspector::multiSelectionEditsAllAsOneCommand()
{
    // Make the two web servers differ first, outside the inspector.
    m_document->model()->setProperty(QStringLiteral("web-c"), QStringLiteral("expectedCpu"), 55);
    m_document->undoStack()->clear();
    m_before = m_document->model()->design();
    select({QStringLiteral("web-a"), QStringLiteral("web-c")});
    QVERIFY(!editor<QLineEdit>(QStringLiteral("nameField"))); // one name for many makes no sense
    auto *cpu = editor<QSpinBox>(QStringLiteral("prop-expectedCpu"));
    QVERIFY(cpu);
    QCOMPARE(cpu->text(), QStringLiteral("mixed"));
    auto *type = editor<QLineEdit>(QStringLiteral("prop-instanceType"));
    QCOMPARE(type->text(), QStringLiteral("m7g.large")); // the same on both
    typeAndEnter(type, QStringLiteral("c7g.large"));
    QCOMPARE(el(QStringLiteral("web-a")).stringValue(QStringLiteral("instanceType")), QStringLiteral("c7g.large"));
    QCOMPARE(el(QStringLiteral("web-c")).stringValue(QStringLiteral("instanceType")), QStringLiteral("c7g.large"));
    expectOneCommandAndUndo();
    QCOMPARE(type->text(), QStringLiteral("m7g.large"));

    typeAndEnter(cpu, QStringLiteral("40"));
    QCOMPARE(el(QStringLiteral("web-a")).intValue(QStringLiteral("expectedCpu")), 40);
    QCOMPARE(el(QStringLiteral("web-c")).intValue(QStringLiteral("expectedCpu")), 40);
    QCOMPARE(cpu->value(), 40);
    expectOneCommandAndUndo();
    QCOMPARE(cpu->text(), QStringLiteral("mixed"));
}

void TestInspector::designLevelSettings()
{
    select({});
    QVERIFY(m_inspector->showsDesign());
    auto *name = editor<QLineEdit>(QStringLiteral("designName"));
    QCOMPARE(name->text(), QStringLiteral("Three-tier web service"));
    typeAndEnter(name, QStringLiteral("Shop"));
    QCOMPARE(m_document->model()->design().info.name, QStringLiteral("Shop"));
    expectOneCommandAndUndo();
    QCOMPARE(name->text(), QStringLiteral("Three-tier web service"));

    auto *env = editor<QComboBox>(QStringLiteral("designEnvironment"));
    QCOMPARE(env->currentData().toString(), QStringLiteral("prod"));
    QCOMPARE(env->currentText(), QStringLiteral("Production"));
    choose(env, QStringLiteral("dev"));
    QCOMPARE(m_document->model()->design().info.environment, QStringLiteral("dev"));
    expectOneCommandAndUndo();
    QCOMPARE(env->currentData().toString(), QStringLiteral("prod"));

    auto *users = editor<QSpinBox>(QStringLiteral("designExpectedUsers"));
    QCOMPARE(users->value(), 5000);
    typeAndEnter(users, QStringLiteral("120000"));
    QCOMPARE(m_document->model()->design().info.expectedUsers, 120000);
    expectOneCommandAndUndo();
    QCOMPARE(users->value(), 5000);

    auto *region = editor<QComboBox>(QStringLiteral("designRegion"));
    typeAndEnter(region->lineEdit(), QStringLiteral("eu-west-3"));
    QCOMPARE(m_document->model()->design().info.region, QStringLiteral("eu-west-3"));
    expectOneCommandAndUndo();
    QCOMPARE(region->currentText(), QStringLiteral("ap-northeast-2"));
}

void TestInspector::undoElsewhereKeepsTypedText()
{
    select({QStringLiteral("db-main")});
    auto *cls = editor<QLineEdit>(QStringLiteral("prop-instanceClass"));
    m_inspector->activateWindow();
    cls->setFocus();
    QTRY_VERIFY(cls->hasFocus());
    cls->selectAll();
    QTest::keyClicks(cls, QStringLiteral("db.r7g"));
    // Another edit lands (from the canvas, a quick fix…) while the user types.
    m_document->push(new SetPropertiesCommand(m_document->model(), QStringLiteral("db-main"), QStringLiteral("multiAz"), false));
    settle();
    QVERIFY(cls->hasFocus());
    QCOMPARE(cls->text(), QStringLiteral("db.r7g"));
    QVERIFY(!editor<QCheckBox>(QStringLiteral("prop-multiAz"))->isChecked()); // the other editor did follow
    QTest::keyClick(cls, Qt::Key_Return);
    QCOMPARE(el(QStringLiteral("db-main")).stringValue(QStringLiteral("instanceClass")), QStringLiteral("db.r7g"));
    QCOMPARE(m_document->undoStack()->count(), 2);
}

void TestInspector::deletingTheSelectionShowsTheDesign()
{
    select({QStringLiteral("db-replica")});
    QVERIFY(!m_inspector->showsDesign());
    m_document->model()->removeElement(QStringLiteral("db-replica"));
    settle();
    QVERIFY(m_inspector->showsDesign());
    QVERIFY(m_inspector->selection().isEmpty());
}

void TestInspector::designPageIsCurrentWhenShownAgain()
{
    select({QStringLiteral("web-a")});
    DesignInfo info = m_document->model()->design().info;
    info.name = QStringLiteral("Renamed while an element was inspected");
    m_document->model()->setInfo(info);
    settle();
    select({});
    QCOMPARE(editor<QLineEdit>(QStringLiteral("designName"))->text(), info.name);
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
