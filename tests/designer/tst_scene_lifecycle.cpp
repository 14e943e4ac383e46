// How graphics items live and die while commands remove, re-add and re-parent
// elements, driven through the real window with real clicks and keys.
//
// Each shape of the delete crash (issue "Never lose an edit") is a case here:
// a selected security group deleted with a selected member, Select All then
// Delete on every blueprint and on an imported design, a selected container
// deleted with its members, a selected connection deleted with its end, undo
// of a removal that brings back members of a selected group, re-parenting a
// selected element, and replacing the design while a group is selected.
// After every step the scene must hold exactly one item per element and
// connection, nested as the model says.

#include "MainWindow.h"
#include "SceneChecks.h"
#include "TestPaths.h"

#include "ConnectionItem.h"
#include "DesignModel.h"
#include "DesignScene.h"
#include "DesignView.h"
#include "Document.h"
#include "ElementItem.h"
#include "commands/MoveElementsCommand.h"
#include "io/DesignJson.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

using namespace pillar;

namespace {

QByteArray bytesOf(MainWindow &window)
{
    return writeDesign(window.document()->model()->design());
}

QStringList blueprints()
{
    QStringList paths;
    const QDir dir(test::sourceDir() + "/resources/blueprints");
    for (const QString &name : dir.entryList({"*.pillar"}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

} // namespace

class TestSceneLifecycle : public QObject
{
    Q_OBJECT

    // Opens path in a shown, active window.
    bool open(MainWindow &window, const QString &path)
    {
        window.setQuietImport(true);
        window.resize(1600, 1000);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        window.activateWindow();
        (void)QTest::qWaitForWindowActive(&window);
        if (!window.openFile(path))
            return false;
        window.view()->zoomToFit();
        window.view()->setFocus();
        return true;
    }

    // A click (ctrl: Ctrl+click) where a user would click an element: its anchor.
    void click(MainWindow &window, const QString &id, bool ctrl = false)
    {
        ElementItem *item = window.scene()->elementItem(id);
        QVERIFY2(item, qPrintable(id));
        window.view()->ensureVisible(item, 10, 10);
        const QPoint p = window.view()->mapFromScene(item->mapToScene(item->anchorRect().center()));
        QTest::mouseClick(window.view()->viewport(), Qt::LeftButton, ctrl ? Qt::ControlModifier : Qt::NoModifier, p);
    }

    // A key press as the user types it, on the canvas (shortcuts included).
    void key(MainWindow &window, int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(window.view()->viewport(), Qt::Key(k), modifiers);
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // autosave copies go to a test folder
    }

    void init()
    {
        QApplication::clipboard()->clear();
    }

    // The reported crash: the "Database" group and its member "Database
    // (primary)" selected by click and Ctrl+click, then Delete or Ctrl+X.
    void deleteGroupWithSelectedMember_data()
    {
        QTest::addColumn<int>("keyCode");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("Delete") << int(Qt::Key_Delete) << int(Qt::NoModifier);
        QTest::newRow("Ctrl+X") << int(Qt::Key_X) << int(Qt::ControlModifier);
    }
    void deleteGroupWithSelectedMember()
    {
        QFETCH(int, keyCode);
        QFETCH(int, modifiers);
        MainWindow window;
        QVERIFY(open(window, test::sourceDir() + "/resources/blueprints/stage-4-scale-out.pillar"));
        const QByteArray before = bytesOf(window);
        click(window, "sg-db");
        click(window, "db-main", true);
        QCOMPARE(window.scene()->selectedIds(), QStringList({"db-main", "sg-db"}));
        key(window, keyCode, Qt::KeyboardModifiers(modifiers));
        const Design &design = window.document()->model()->design();
        QVERIFY(!design.element("sg-db"));
        QVERIFY(!design.element("db-main"));
        QVERIFY(!design.element("db-replica-a")->securityGroups.contains("sg-db"));
        QCOMPARE(test::sceneMismatch(window), QString());
        key(window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(bytesOf(window), before);
        QCOMPARE(test::sceneMismatch(window), QString());
        // The other members are outlined again once the group is selected.
        click(window, "sg-db");
        QCOMPARE(test::sceneMismatch(window), QString());
    }

    // Select All → Delete → Undo → Cut → Paste → Undo, on every blueprint.
    void selectAllDeleteUndoCutPaste_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : blueprints())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        QTest::newRow("imported template") << test::sharedDir() + "/corpus/cfn/ECS_EC2LaunchType_clusters__private-vpc.yaml";
    }
    void selectAllDeleteUndoCutPaste()
    {
        QFETCH(QString, path);
        MainWindow window;
        QVERIFY(open(window, path));
        const QByteArray before = bytesOf(window);
        const int count = int(window.document()->model()->design().elements().size());
        QVERIFY(count > 0);

        key(window, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(window.scene()->selectedIds().size(),
                 count + int(window.document()->model()->design().connections().size()));
        key(window, Qt::Key_Delete);
        QVERIFY(window.document()->model()->design().elements().empty());
        QCOMPARE(test::sceneMismatch(window), QString());

        key(window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(bytesOf(window), before);
        QCOMPARE(test::sceneMismatch(window), QString());

        key(window, Qt::Key_A, Qt::ControlModifier);
        key(window, Qt::Key_X, Qt::ControlModifier);
        QVERIFY(window.document()->model()->design().elements().empty());
        QCOMPARE(test::sceneMismatch(window), QString());

        key(window, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(int(window.document()->model()->design().elements().size()), count);
        QCOMPARE(test::sceneMismatch(window), QString());
        QVERIFY(!window.scene()->selectedIds().isEmpty()); // the pasted elements

        key(window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(window.document()->model()->design().elements().empty());
        QCOMPARE(test::sceneMismatch(window), QString());
        key(window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(bytesOf(window), before);
        QCOMPARE(test::sceneMismatch(window), QString());
        // And forward again to the end.
        key(window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        key(window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(int(window.document()->model()->design().elements().size()), count);
        QCOMPARE(test::sceneMismatch(window), QString());
    }

    // A selected container, a selected member of it and a selected group.
    void deleteSelectedContainerWithMembers()
    {
        MainWindow window;
        QVERIFY(open(window, test::sourceDir() + "/resources/blueprints/stage-4-scale-out.pillar"));
        const QByteArray before = bytesOf(window);
        window.scene()->selectIds({"az-a", "subnet-data-a", "db-main", "sg-db", "sg-web"});
        key(window, Qt::Key_Delete);
        const Design &design = window.document()->model()->design();
        QVERIFY(!design.element("az-a") && !design.element("web-a1") && !design.element("sg-web"));
        QVERIFY(design.element("web-c1") && design.element("web-c1")->securityGroups.isEmpty());
        QCOMPARE(test::sceneMismatch(window), QString());
        key(window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(bytesOf(window), before);
        QCOMPARE(test::sceneMismatch(window), QString());
        key(window, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(test::sceneMismatch(window), QString());
    }

    // A selected connection whose end goes, and a selected group whose
    // members come back on undo while it stays selected.
    void selectedConnectionAndUndoUnderSelectedGroup()
    {
        MainWindow window;
        QVERIFY(open(window, test::sourceDir() + "/resources/blueprints/stage-4-scale-out.pillar"));
        const Design &design = window.document()->model()->design();
        QStringList selection{"web-a1"};
        for (const Connection &c : design.connections()) {
            if (c.from == "web-a1" || c.to == "web-a1")
                selection << c.id;
        }
        QVERIFY(selection.size() > 1);
        window.scene()->selectIds(selection);
        key(window, Qt::Key_Delete);
        QVERIFY(!design.element("web-a1"));
        QCOMPARE(test::sceneMismatch(window), QString());
        click(window, "sg-web");
        QCOMPARE(window.scene()->selectedIds(), QStringList({"sg-web"}));
        key(window, Qt::Key_Z, Qt::ControlModifier); // web-a1 comes back into the selected group
        QVERIFY(design.element("web-a1"));
        QCOMPARE(test::sceneMismatch(window), QString());
        key(window, Qt::Key_Delete); // the group, with web-a1 and the others outlined
        QVERIFY(!design.element("sg-web"));
        QCOMPARE(test::sceneMismatch(window), QString());
        key(window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(test::sceneMismatch(window), QString());
    }

    // A selected element moved into another container, then undone.
    void reparentSelectedElement()
    {
        MainWindow window;
        QVERIFY(open(window, test::sourceDir() + "/resources/blueprints/stage-4-scale-out.pillar"));
        const QByteArray before = bytesOf(window);
        window.scene()->selectIds({"web-a1", "sg-web"});
        DesignModel *model = window.document()->model();
        QRectF g = model->element("web-a1")->geometry;
        g.moveTopLeft(QPointF(24, 48));
        window.document()->push(new MoveElementsCommand(model, {{"web-a1", "subnet-private-c", g}}, MoveElementsCommand::newGestureId()));
        QCOMPARE(model->element("web-a1")->parent, QString("subnet-private-c"));
        QCOMPARE(test::sceneMismatch(window), QString());
        key(window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(bytesOf(window), before);
        QCOMPARE(test::sceneMismatch(window), QString());
    }

    // Opening another design while a group and its members are selected.
    void replaceDesignWhileGroupSelected()
    {
        MainWindow window;
        QVERIFY(open(window, test::sourceDir() + "/resources/blueprints/stage-4-scale-out.pillar"));
        click(window, "sg-db");
        click(window, "db-main", true);
        QVERIFY(window.openFile(test::sourceDir() + "/resources/blueprints/stage-1-one-user.pillar"));
        QCOMPARE(test::sceneMismatch(window), QString());
        QVERIFY(window.scene()->selectedIds().isEmpty());
    }
};

QTEST_MAIN(TestSceneLifecycle)
#include "tst_scene_lifecycle.moc"
