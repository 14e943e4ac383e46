// The Inspector's tables and lists: security group rules (add, edit,
// refuse an invalid source, remove), members, attached groups of one or a
// mixed selection, and load balancer listeners. Each change one command.

#include "InspectorFixture.h"

#include "Cidr.h"
#include "inspector/CheckList.h"
#include "inspector/IngressRuleTable.h"
#include "inspector/ListenerTable.h"

#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>

using namespace pillar;
using namespace pillar::test;

class TestInspectorTables : public QObject, private InspectorFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void mixedKindsShowSharedEditors();
    void securityGroupRules();
    void invalidRuleSourceIsRefused();
    void securityGroupMembers();
    void attachSecurityGroup();
    void loadBalancerListeners();
    void candidatesStayInTheirVpc();
};

void TestInspectorTables::mixedKindsShowSharedEditors()
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

void TestInspectorTables::securityGroupRules()
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

void TestInspectorTables::invalidRuleSourceIsRefused()
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

void TestInspectorTables::securityGroupMembers()
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

void TestInspectorTables::attachSecurityGroup()
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

void TestInspectorTables::loadBalancerListeners()
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


// The inspector offers only the subnets, groups and members AWS allows
// (Placement's answers): nothing of another VPC, except what is already
// attached, which stays visible so it can be taken off.
void TestInspectorTables::candidatesStayInTheirVpc()
{
    DesignModel *model = m_document->model();
    auto add = [&](ElementKind kind, const char *id, const char *parent) {
        Element e;
        e.kind = kind;
        e.id = QString::fromLatin1(id);
        e.parent = QString::fromLatin1(parent);
        model->insertElement(e);
    };
    add(ElementKind::Vpc, "vpc-other", "");
    add(ElementKind::AvailabilityZone, "az-other", "vpc-other");
    add(ElementKind::Subnet, "subnet-other", "az-other");
    add(ElementKind::SecurityGroup, "sg-other", "vpc-other");
    add(ElementKind::SecurityGroup, "sg-default-vpc", "");
    settle();
    auto ids = [](const CheckList *list) {
        QStringList out;
        for (const CheckList::Entry &e : list->entries())
            out << e.id;
        return out;
    };

    select({QStringLiteral("alb-web")});
    const QStringList subnets = ids(editor<CheckList>(QStringLiteral("prop-subnets")));
    QCOMPARE(subnets.size(), 4);
    QVERIFY(!subnets.contains(QStringLiteral("subnet-other")));
    const QStringList groups = ids(editor<CheckList>(QStringLiteral("securityGroupList")));
    QVERIFY(!groups.contains(QStringLiteral("sg-other")));
    QVERIFY(groups.contains(QStringLiteral("sg-default-vpc"))); // a group outside any VPC takes anything
    QVERIFY(groups.contains(QStringLiteral("sg-web")));

    select({QStringLiteral("sg-other")});
    QVERIFY(ids(editor<CheckList>(QStringLiteral("memberList"))).isEmpty()); // nothing stands in vpc-other

    // Already attached across VPCs (as a file may say): shown, checked, removable.
    Element lb = el(QStringLiteral("alb-web"));
    lb.properties.insert(QStringLiteral("subnets"), lb.listValue(QStringLiteral("subnets")) << QStringLiteral("subnet-other"));
    lb.securityGroups << QStringLiteral("sg-other");
    model->replaceElement(lb);
    settle();
    select({QStringLiteral("alb-web")});
    auto *subnetList = editor<CheckList>(QStringLiteral("prop-subnets"));
    QVERIFY(ids(subnetList).contains(QStringLiteral("subnet-other")));
    QVERIFY(ids(editor<CheckList>(QStringLiteral("securityGroupList"))).contains(QStringLiteral("sg-other")));
    subnetList->toggle(QStringLiteral("subnet-other"), false);
    QVERIFY(!el(QStringLiteral("alb-web")).listValue(QStringLiteral("subnets")).contains(QStringLiteral("subnet-other")));
}

QTEST_MAIN(TestInspectorTables)
#include "tst_inspector_tables.moc"
