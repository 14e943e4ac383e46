// The designer window's menus beyond File ▸ Open/Save: Edit actions that
// follow the selection, redo on Ctrl+Y, Find, the Help menu's dialogs, the
// history's first entry, refusals that leave the status bar once an edit
// goes through, and the export dialog's remembered folder.

#include "MainWindow.h"
#include "TestPaths.h"

#include "DesignModel.h"
#include "DesignScene.h"
#include "Document.h"
#include "FileActions.h"
#include "FindDialog.h"
#include "HelpDialogs.h"
#include "editing/CanvasEditor.h"
#include "rules/RuleRegistry.h"

#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUndoView>
#include <QtTest>

using namespace pillar;

namespace {

QAction *menuAction(const MainWindow &window, const QString &menu, const QString &text)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (top->text().remove('&') != menu || !top->menu())
            continue;
        for (QAction *a : top->menu()->actions()) {
            if (a->text().remove('&') == text)
                return a;
        }
    }
    return nullptr;
}

QString stage3()
{
    return test::sourceDir() + "/resources/blueprints/stage-3-high-availability.pillar";
}

} // namespace

class TestWindowMenus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void editActionsFollowSelection()
    {
        MainWindow window;
        QVERIFY(window.openFile(stage3()));
        QAction *cut = menuAction(window, "Edit", "Cut");
        QAction *copy = menuAction(window, "Edit", "Copy");
        QAction *remove = menuAction(window, "Edit", "Delete");
        QAction *rename = menuAction(window, "Edit", "Rename");
        QVERIFY(cut && copy && remove && rename);
        window.scene()->clearSelection();
        QVERIFY(!cut->isEnabled() && !copy->isEnabled() && !remove->isEnabled() && !rename->isEnabled());
        const QString first = window.document()->model()->design().elements().front().id;
        window.scene()->selectIds({first});
        QVERIFY(cut->isEnabled() && copy->isEnabled() && remove->isEnabled() && rename->isEnabled());
        const QString second = window.document()->model()->design().elements().back().id;
        window.scene()->selectIds({first, second});
        QVERIFY(cut->isEnabled() && !rename->isEnabled());
    }

    void redoAnswersCtrlY()
    {
        MainWindow window;
        QAction *redo = menuAction(window, "Edit", "Redo");
        QVERIFY(redo);
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    }

    void findShowsTheChosenElement()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(stage3()));
        QAction *find = menuAction(window, "Edit", "Find…");
        QVERIFY(find);
        QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
        find->trigger();
        auto *dialog = window.findChild<FindDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        // By kind: every RDS instance of the design, and only those.
        const Design &d = window.document()->model()->design();
        int rds = 0;
        for (const Element &e : d.elements())
            rds += e.kind == ElementKind::RdsInstance ? 1 : 0;
        QVERIFY(rds > 0);
        dialog->queryEdit()->setText("RDS");
        QCOMPARE(dialog->results()->count(), rds);
        // Enter takes the first match onto the canvas, selected.
        QTest::keyClick(dialog->queryEdit(), Qt::Key_Return);
        const QStringList selected = window.scene()->selectedIds();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(d.element(selected.first())->kind, ElementKind::RdsInstance);
        dialog->queryEdit()->setText("no element has this name");
        QCOMPARE(dialog->results()->count(), 1); // "No element matches"
        QVERIFY(dialog->results()->item(0)->data(Qt::UserRole).toString().isEmpty());
    }

    void shortcutsDialogReadsTheMenus()
    {
        MainWindow window;
        ShortcutsDialog dialog(window.menuBar());
        QHash<QString, QString> rows;
        for (int i = 0; i < dialog.table()->rowCount(); ++i)
            rows.insert(dialog.table()->item(i, 0)->text(), dialog.table()->item(i, 1)->text());
        QCOMPARE(rows.value(QString::fromUtf8("Edit ▸ Find")), QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
        QVERIFY(rows.value(QString::fromUtf8("Edit ▸ Redo")).contains("Ctrl+Y"));
        QVERIFY(rows.contains(QString::fromUtf8("File ▸ Save")));
        QVERIFY(menuAction(window, "Help", "Keyboard Shortcuts"));
        QVERIFY(menuAction(window, "Help", "About Pillar"));
    }

    void rulesCatalogueListsEveryRule()
    {
        RulesCatalogueDialog dialog;
        int leaves = 0;
        for (QTreeWidgetItemIterator it(dialog.tree()); *it; ++it)
            leaves += (*it)->childCount() == 0 ? 1 : 0;
        QCOMPARE(size_t(leaves), allRules().size());
        QVERIFY(dialog.showRule("rds-single-az"));
        const Rule *rule = findRule("rds-single-az");
        QVERIFY(dialog.details()->toPlainText().contains(rule->info.titleText()));
        QVERIFY(dialog.details()->toPlainText().contains(rule->info.fixText()));
        QVERIFY(!dialog.showRule("no-such-rule"));
        // The filter hides what does not match.
        dialog.filter()->setText("rds-single-az");
        int shown = 0;
        for (QTreeWidgetItemIterator it(dialog.tree()); *it; ++it)
            shown += (*it)->childCount() == 0 && !(*it)->isHidden() ? 1 : 0;
        QVERIFY(shown >= 1 && shown < leaves);
    }

    void historyStartsWithWhatWasOpened()
    {
        MainWindow window;
        auto *history = window.findChild<QUndoView *>();
        QVERIFY(history);
        QCOMPARE(history->emptyLabel(), QStringLiteral("New design"));
        QVERIFY(window.openFile(stage3()));
        QCOMPARE(history->emptyLabel(), QStringLiteral("Opened stage-3-high-availability.pillar"));
    }

    void refusalLeavesOnceAnEditGoesThrough()
    {
        MainWindow window;
        QVERIFY(window.openFile(stage3()));
        emit window.scene()->statusMessage("Refused for the test");
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Refused for the test"));
        QVERIFY(!window.scene()->editor()->addElement(ElementKind::Internet, QPointF(-2000, -2000)).isEmpty());
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
        // Another message is not cleared by an edit.
        window.statusBar()->showMessage("Saved");
        window.document()->undoStack()->undo();
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Saved"));
    }

    void exportRemembersItsFolder()
    {
        MainWindow window;
        QVERIFY(window.openFile(stage3()));
        FileActions *files = window.fileActions();
        QCOMPARE(files->exportSuggestion("svg"),
                 QFileInfo(stage3()).absolutePath() + "/stage-3-high-availability.svg");
        QTemporaryDir dir;
        files->exported(dir.filePath("picture.png"));
        QCOMPARE(files->exportSuggestion("pdf"), QDir(dir.path()).filePath("stage-3-high-availability.pdf"));
    }
};

QTEST_MAIN(TestWindowMenus)
#include "tst_window_menus.moc"
