// The Inspector: every editor type pushes exactly one command that changes
// the model, undo restores the exact prior design and the editor shows the
// old value again; invalid CIDRs are refused with the reason in place;
// multi-selection edits; security group rules and members; listeners; the
// design-level page.

#include "Cidr.h"
#include "DesignModel.h"
#include "Document.h"
#include "TestPaths.h"
#include "commands/SetPropertyCommand.h"
#include "inspector/CheckList.h"
#include "inspector/InspectorWidget.h"
#include "inspector/IngressRuleTable.h"
#include "inspector/ListenerTable.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace pillar;

namespace {

// What a user's pick from the drop-down does: the index changes, then activated().
void choose(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

// Select all, type, press Enter: how a user replaces a field's text.
void typeAndEnter(QWidget *edit, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(edit))
        line->selectAll();
    else if (auto *spin = qobject_cast<QSpinBox *>(edit))
        spin->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void settle()
{
    QCoreApplication::processEvents();
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
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
    void mixedKindsShowSharedEditors();
    void securityGroupRules();
    void invalidRuleSourceIsRefused();
    void securityGroupMembers();
    void attachSecurityGroup();
    void loadBalancerListeners();
    void designLevelSettings();
    void undoElsewhereKeepsTypedText();
    void deletingTheSelectionShowsTheDesign();
    void designPageIsCurrentWhenShownAgain();

private:
    template<typename T>
    T *editor(const QString &name)
    {
        return m_inspector->findChild<T *>(name);
    }
    void select(const QStringList &ids)
    {
        m_inspector->setSelection(ids);
        settle();
    }
    // One command on the stack, the model differs; undo gives back the exact design.
    void expectOneCommandAndUndo()
    {
        QCOMPARE(m_document->undoStack()->count(), 1);
        QVERIFY(m_document->model()->design() != m_before);
        m_document->undoStack()->undo();
        QCOMPARE(m_document->model()->design(), m_before);
        settle();
    }
    const Element &el(const QString &id) { return *m_document->model()->element(id); }

    std::unique_ptr<Document> m_document;
    std::unique_ptr<InspectorWidget> m_inspector;
    Design m_before;
};

void TestInspector::init()
{
    m_document = std::make_unique<Document>();
    QString error;
    QVERIFY2(m_document->load(test::sourceDir() + QStringLiteral("/resources/samples/three-tier.pillar"), &error),
             qPrintable(error));
    // A replica to point readReplicaOf at, and an unknown imported value.
    Design design = m_document->model()->design();
    Element replica = *design.element(QStringLiteral("db-main"));
    replica.id = QStringLiteral("db-replica");
    replica.name = QStringLiteral("Replica");
    design.insertElement(replica);
    Element *web = design.element(QStringLiteral("web-c"));
    web->unknown = {QStringLiteral("detailedMonitoring")};
    m_document->reset(design, m_document->filePath());
    m_before = m_document->model()->design();
    m_inspector = std::make_unique<InspectorWidget>(m_document.get());
    m_inspector->resize(420, 900);
    m_inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inspector.get()));
}

void TestInspector::cleanup()
{
    m_inspector.reset();
    m_document.reset();
}

void TestInspector::enumEditor()
{
    select({QStringLiteral("db-main")});
    auto *engine = editor<QComboBox>(QStringLiteral("prop-engine"));
    QVERIFY(engine);
    QCOMPARE(engine->currentData().toString(), QStringLiteral("mysql"));
    choose(engine, QStringLiteral("postgres"));
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

void TestInspector::mixedKindsShowSharedEditors()
{
    select({QStringLiteral("web-a"), QStringLiteral("db-main")});
    QVERIFY(!editor<QWidget>(QStringLiteral("prop-instanceType"))); // EC2 only
    QVERIFY(!editor<QWidget>(QStringLiteral("prop-engine")));       // RDS only
    auto *groups = editor<CheckList>(QStringLiteral("securityGroupList"));
    QVERIFY(groups); // both carry security groups
    for (const CheckList::Entry &e : groups->entries()) {
        if (e.id == QLatin1String("sg-web") || e.id == QLatin1String("sg-db"))
            QCOMPARE(e.state, Qt::PartiallyChecked);
    }
    groups->toggle(QStringLiteral("sg-web"), true);
    QVERIFY(el(QStringLiteral("db-main")).securityGroups.contains(QStringLiteral("sg-web")));
    QCOMPARE(el(QStringLiteral("web-a")).securityGroups, QStringList{QStringLiteral("sg-web")});
    expectOneCommandAndUndo();
}

void TestInspector::securityGroupRules()
{
    select({QStringLiteral("sg-alb")});
    auto *rules = editor<IngressRuleTable>(QString());
    QVERIFY(rules);
    QTableWidget *table = rules->table();
    QCOMPARE(table->rowCount(), 2);
    QUndoStack *stack = m_document->undoStack();

    editor<QPushButton>(QStringLiteral("addIngressRule"))->click();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(el(QStringLiteral("sg-alb")).ingress.size(), 3);
    QCOMPARE(el(QStringLiteral("sg-alb")).ingress.last().cidr, QStringLiteral("10.0.0.0/16")); // its VPC, not the world
    QCOMPARE(table->rowCount(), 3);

    // Narrow rule 1 to a security group picked from the source list.
    auto *source = static_cast<QComboBox *>(table->cellWidget(0, IngressRuleTable::SourceColumn));
    choose(source, QStringLiteral("sg-web"));
    QCOMPARE(stack->count(), 2);
    QCOMPARE(el(QStringLiteral("sg-alb")).ingress[0].sourceGroup, QStringLiteral("sg-web"));
    QVERIFY(el(QStringLiteral("sg-alb")).ingress[0].cidr.isEmpty());

    // Change its port range and protocol.
    auto *to = static_cast<QSpinBox *>(table->cellWidget(0, IngressRuleTable::ToColumn));
    typeAndEnter(to, QStringLiteral("8443"));
    QCOMPARE(stack->count(), 3);
    QCOMPARE(el(QStringLiteral("sg-alb")).ingress[0].toPort, 8443);
    auto *protocol = static_cast<QComboBox *>(table->cellWidget(1, IngressRuleTable::ProtocolColumn));
    protocol->setCurrentIndex(protocol->findText(QStringLiteral("udp")));
    emit protocol->activated(protocol->currentIndex());
    QCOMPARE(el(QStringLiteral("sg-alb")).ingress[1].protocol, QStringLiteral("udp"));
    QCOMPARE(stack->count(), 4);

    // Remove rule 2 with its row's button.
    static_cast<QToolButton *>(table->cellWidget(1, IngressRuleTable::RemoveColumn))->click();
    settle();
    QCOMPARE(stack->count(), 5);
    QCOMPARE(el(QStringLiteral("sg-alb")).ingress.size(), 2);
    QCOMPARE(table->rowCount(), 2);

    // Undo step by step: each one was a single command; the table follows.
    stack->undo();
    settle();
    QCOMPARE(table->rowCount(), 3);
    while (stack->canUndo())
        stack->undo();
    settle();
    QCOMPARE(m_document->model()->design(), m_before);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(static_cast<QComboBox *>(table->cellWidget(0, IngressRuleTable::SourceColumn))->currentText(),
             QStringLiteral("0.0.0.0/0"));
}

void TestInspector::invalidRuleSourceIsRefused()
{
    select({QStringLiteral("sg-alb")});
    auto *rules = editor<IngressRuleTable>(QString());
    auto *source = static_cast<QComboBox *>(rules->table()->cellWidget(0, IngressRuleTable::SourceColumn));
    source->lineEdit()->selectAll();
    QTest::keyClicks(source->lineEdit(), QStringLiteral("0.0.0.0/33"));
    QTest::keyClick(source->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(m_document->model()->design(), m_before);
    QVERIFY(!rules->error().isEmpty());
    QString why;
    QVERIFY(!Cidr::parse(QStringLiteral("0.0.0.0/33"), &why));
    QVERIFY2(rules->error().contains(why), qPrintable(rules->error()));
    // A valid private block is taken.
    source->lineEdit()->selectAll();
    QTest::keyClicks(source->lineEdit(), QStringLiteral("10.0.0.0/16"));
    QTest::keyClick(source->lineEdit(), Qt::Key_Return);
    QVERIFY(rules->error().isEmpty());
    QCOMPARE(el(QStringLiteral("sg-alb")).ingress[0].cidr, QStringLiteral("10.0.0.0/16"));
    expectOneCommandAndUndo();
}

void TestInspector::securityGroupMembers()
{
    select({QStringLiteral("sg-db")});
    auto *members = editor<CheckList>(QStringLiteral("memberList"));
    QVERIFY(members);
    QStringList checked;
    for (const CheckList::Entry &e : members->entries()) {
        if (e.state == Qt::Checked)
            checked << e.id;
    }
    QCOMPARE(checked, (QStringList{QStringLiteral("db-main"), QStringLiteral("db-replica")}));
    members->toggle(QStringLiteral("web-a"), true);
    QCOMPARE(el(QStringLiteral("web-a")).securityGroups, (QStringList{QStringLiteral("sg-web"), QStringLiteral("sg-db")}));
    expectOneCommandAndUndo();
    members->toggle(QStringLiteral("db-main"), false);
    QVERIFY(el(QStringLiteral("db-main")).securityGroups.isEmpty());
    expectOneCommandAndUndo();
}

void TestInspector::attachSecurityGroup()
{
    select({QStringLiteral("db-main")});
    auto *groups = editor<CheckList>(QStringLiteral("securityGroupList"));
    QVERIFY(groups);
    QCOMPARE(groups->count(), 3);
    groups->toggle(QStringLiteral("sg-db"), false);
    QVERIFY(el(QStringLiteral("db-main")).securityGroups.isEmpty());
    expectOneCommandAndUndo();
    QCOMPARE(groups->entries().at(2).state, Qt::Checked);
}

void TestInspector::loadBalancerListeners()
{
    select({QStringLiteral("alb-web")});
    auto *listeners = editor<ListenerTable>(QString());
    QVERIFY(listeners);
    QTableWidget *table = listeners->table();
    QCOMPARE(table->rowCount(), 2);
    auto *action = static_cast<QComboBox *>(table->cellWidget(1, ListenerTable::ActionColumn));
    QCOMPARE(action->currentData().toString(), QStringLiteral("redirect-https"));
    choose(action, QStringLiteral("forward"));
    QCOMPARE(el(QStringLiteral("alb-web")).listeners[1].action, QStringLiteral("forward"));
    expectOneCommandAndUndo();
    // The rows were rebuilt from the model: look the cell up again.
    action = static_cast<QComboBox *>(table->cellWidget(1, ListenerTable::ActionColumn));
    QCOMPARE(action->currentData().toString(), QStringLiteral("redirect-https"));

    static_cast<QToolButton *>(table->cellWidget(0, ListenerTable::RemoveColumn))->click();
    settle();
    QCOMPARE(el(QStringLiteral("alb-web")).listeners.size(), 1);
    expectOneCommandAndUndo();
    QCOMPARE(table->rowCount(), 2);

    editor<QPushButton>(QStringLiteral("addListener"))->click();
    QCOMPARE(el(QStringLiteral("alb-web")).listeners.size(), 3);
    expectOneCommandAndUndo();
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
    m_document->push(new SetPropertyCommand(m_document->model(), QStringLiteral("db-main"), QStringLiteral("multiAz"), false));
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
