// The Inspector's connection page: selecting only a connection shows its
// ends, protocol and port; each edit (protocol, port, a common port, reverse
// direction) is one command that undo takes back exactly; the page follows
// undo and redo, falls back to the design when the connection goes, and
// gives way to the element page when elements are selected too.

#include "InspectorFixture.h"

#include "DesignModel.h"
#include "commands/ConnectionCommands.h"

#include <QLabel>
#include <QPushButton>

using namespace pillar;
using namespace pillar::test;

class TestInspectorConnection : public QObject, private InspectorFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void showsTheSelectedConnection()
    {
        select({QStringLiteral("web-a-to-db")});
        QVERIFY(m_inspector->showsConnections());
        QCOMPARE(editor<QLabel>(QStringLiteral("connectionId"))->text(), QStringLiteral("web-a-to-db"));
        QVERIFY(editor<QLabel>(QStringLiteral("connectionFrom"))->text().contains(QStringLiteral("web-a")));
        QVERIFY(editor<QLabel>(QStringLiteral("connectionTo"))->text().contains(QStringLiteral("db-main")));
        QCOMPARE(editor<QComboBox>(QStringLiteral("connectionProtocol"))->currentData().toString(), QStringLiteral("tcp"));
        QCOMPARE(editor<QSpinBox>(QStringLiteral("connectionPort"))->value(), 3306);
        QCOMPARE(editor<QComboBox>(QStringLiteral("connectionCommonPort"))->currentText(), QStringLiteral("MySQL (3306)"));
    }

    void notStatedProtocolAndPort()
    {
        select({QStringLiteral("users-to-dns")});
        QCOMPARE(editor<QComboBox>(QStringLiteral("connectionProtocol"))->currentData().toString(), QString());
        auto *port = editor<QSpinBox>(QStringLiteral("connectionPort"));
        QCOMPARE(port->value(), 0);
        QCOMPARE(port->text(), port->specialValueText());
        QCOMPARE(editor<QComboBox>(QStringLiteral("connectionCommonPort"))->currentIndex(), 0); // "None"
    }

    void protocolEdit()
    {
        select({QStringLiteral("web-a-to-db")});
        choose(editor<QComboBox>(QStringLiteral("connectionProtocol")), QStringLiteral("udp"));
        QCOMPARE(m_document->model()->connection(QStringLiteral("web-a-to-db"))->protocol, QStringLiteral("udp"));
        // No common port is udp/3306: the pick shows none.
        QCOMPARE(editor<QComboBox>(QStringLiteral("connectionCommonPort"))->currentIndex(), -1);
        expectOneCommandAndUndo();
        QCOMPARE(editor<QComboBox>(QStringLiteral("connectionProtocol"))->currentData().toString(), QStringLiteral("tcp"));
    }

    void portEdit()
    {
        select({QStringLiteral("web-a-to-db")});
        auto *port = editor<QSpinBox>(QStringLiteral("connectionPort"));
        port->setFocus();
        typeAndEnter(port, QStringLiteral("5432"));
        QCOMPARE(m_document->model()->connection(QStringLiteral("web-a-to-db"))->port, 5432);
        QCOMPARE(editor<QComboBox>(QStringLiteral("connectionCommonPort"))->currentText(), QStringLiteral("PostgreSQL (5432)"));
        expectOneCommandAndUndo();
        QCOMPARE(port->value(), 3306);
    }

    void commonPortSetsProtocolAndPortInOneCommand()
    {
        select({QStringLiteral("alb-to-web-a")});
        auto *common = editor<QComboBox>(QStringLiteral("connectionCommonPort"));
        const int https = common->findText(QStringLiteral("HTTPS (443)"));
        QVERIFY(https >= 0);
        common->setCurrentIndex(https);
        emit common->activated(https);
        const Connection *c = m_document->model()->connection(QStringLiteral("alb-to-web-a"));
        QCOMPARE(c->protocol, QStringLiteral("https"));
        QCOMPARE(c->port, 443);
        QCOMPARE(editor<QComboBox>(QStringLiteral("connectionProtocol"))->currentData().toString(), QStringLiteral("https"));
        QCOMPARE(editor<QSpinBox>(QStringLiteral("connectionPort"))->value(), 443);
        expectOneCommandAndUndo();
    }

    void reverseDirection()
    {
        select({QStringLiteral("alb-to-web-a")});
        QTest::mouseClick(editor<QPushButton>(QStringLiteral("connectionReverse")), Qt::LeftButton);
        const Connection *c = m_document->model()->connection(QStringLiteral("alb-to-web-a"));
        QCOMPARE(c->from, QStringLiteral("web-a"));
        QCOMPARE(c->to, QStringLiteral("alb-web"));
        settle();
        QVERIFY(editor<QLabel>(QStringLiteral("connectionFrom"))->text().contains(QStringLiteral("web-a")));
        // A port pick after the reversal is a step of its own.
        choose(editor<QComboBox>(QStringLiteral("connectionProtocol")), QStringLiteral("udp"));
        QCOMPARE(m_document->undoStack()->count(), 2);
        m_document->undoStack()->undo();
        QCOMPARE(m_document->model()->connection(QStringLiteral("alb-to-web-a"))->from, QStringLiteral("web-a"));
        m_document->undoStack()->undo();
        QCOMPARE(m_document->model()->design(), m_before);
        settle();
        QVERIFY(editor<QLabel>(QStringLiteral("connectionFrom"))->text().contains(QStringLiteral("alb-web")));
    }

    // An RDS instance opens no connection to an EC2 instance: the reversal
    // is refused (connectionChangeProblem) and pushes nothing.
    void reverseRefusedWhereAwsHasNoSuchFlow()
    {
        select({QStringLiteral("web-a-to-db")});
        QTest::mouseClick(editor<QPushButton>(QStringLiteral("connectionReverse")), Qt::LeftButton);
        QCOMPARE(m_document->model()->connection(QStringLiteral("web-a-to-db"))->from, QStringLiteral("web-a"));
        QCOMPARE(m_document->undoStack()->count(), 0);
        QCOMPARE(m_document->model()->design(), m_before);
    }

    void followsEditsElsewhereUndoAndRedo()
    {
        select({QStringLiteral("web-a-to-db")});
        Connection edited = *m_document->model()->connection(QStringLiteral("web-a-to-db"));
        edited.port = 6379; // as the canvas's context menu would
        m_document->push(new ChangeConnectionCommand(m_document->model(), edited));
        settle();
        auto *port = editor<QSpinBox>(QStringLiteral("connectionPort"));
        QCOMPARE(port->value(), 6379);
        m_document->undoStack()->undo();
        settle();
        QCOMPARE(port->value(), 3306);
        m_document->undoStack()->redo();
        settle();
        QCOMPARE(port->value(), 6379);
        QCOMPARE(editor<QComboBox>(QStringLiteral("connectionCommonPort"))->currentText(), QStringLiteral("Redis (6379)"));
    }

    void removedConnectionShowsTheDesign()
    {
        select({QStringLiteral("web-a-to-db")});
        m_document->model()->removeConnection(QStringLiteral("web-a-to-db"));
        settle();
        QVERIFY(m_inspector->showsDesign());
        QVERIFY(m_inspector->selection().isEmpty());
    }

    void severalConnectionsGetANote()
    {
        select({QStringLiteral("web-a-to-db"), QStringLiteral("web-c-to-db")});
        QVERIFY(m_inspector->showsConnections());
        QVERIFY(editor<QLabel>(QStringLiteral("connectionNote"))->isVisible());
        QVERIFY(!editor<QComboBox>(QStringLiteral("connectionProtocol"))->isVisible());
    }

    void elementsTakeThePage()
    {
        select({QStringLiteral("web-a-to-db"), QStringLiteral("db-main")});
        QVERIFY(!m_inspector->showsConnections());
        QVERIFY(!m_inspector->showsDesign());
        QCOMPARE(m_inspector->selection(), QStringList{QStringLiteral("db-main")});
    }
};

QTEST_MAIN(TestInspectorConnection)
#include "tst_inspector_connection.moc"
