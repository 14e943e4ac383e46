// The Problems dock, offscreen: live findings after edits (debounced, off the
// UI thread), counts in the title, filters, click-to-select, suppress with a
// reason (undoable), quick fixes from the context menu, canvas badges.

#include "TestPaths.h"

#include "DesignModel.h"
#include "DesignScene.h"
#include "DesignView.h"
#include "Document.h"
#include "ElementItem.h"
#include "LintRunner.h"
#include "ProblemsDock.h"
#include "ProblemsFilterModel.h"
#include "ProblemsModel.h"
#include "RuleExplainDialog.h"
#include "commands/RemoveElementsCommand.h"
#include "commands/SetPropertiesCommand.h"
#include "rules/Checker.h"
#include "rules/RuleRegistry.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace pillar;

namespace {

constexpr int kWaitMs = 5000;

struct Fixture {
    Fixture()
        : document(new Document)
        , scene(new DesignScene(document.get()))
        , view(new DesignView(scene.get()))
    {
        QString error;
        if (!document->load(test::sourceDir() + QStringLiteral("/tests/data/rules/done-when.pillar"), &error))
            qFatal("cannot load done-when.pillar: %s", qPrintable(error));
        runner.reset(new LintRunner(document->model()));
        scene->showFindingsOf(runner.get());
        dock.reset(new ProblemsDock(document.get(), runner.get(), scene.get(), view.get()));
        view->resize(900, 700);
        view->show();
        dock->resize(900, 300);
        dock->show();
        (void)QTest::qWaitForWindowExposed(dock.get());
    }

    const Design &design() const { return document->model()->design(); }
    // Unsuppressed findings the checker gives for the design now.
    int expected(Severity s) const
    {
        int n = 0;
        for (const Finding &f : checkDesign(design()))
            n += (!f.suppressed && f.severity == s) ? 1 : 0;
        return n;
    }
    // The row showing rule on element, or -1.
    int rowOf(const QString &rule, const QString &element) const
    {
        for (int r = 0; r < dock->filterModel()->rowCount(); ++r) {
            const Finding f = dock->findingAt(r);
            if (f.rule == rule && f.primaryElement() == element)
                return r;
        }
        return -1;
    }
    bool settled() const { return !dock->runner()->isPending(); }

    std::unique_ptr<Document> document;
    std::unique_ptr<DesignScene> scene;
    std::unique_ptr<DesignView> view;
    std::unique_ptr<LintRunner> runner;
    std::unique_ptr<ProblemsDock> dock;
};

const QString kMultiAz = QStringLiteral("rds-single-az");
const QString kPublic = QStringLiteral("rds-publicly-accessible");
const QString kSsh = QStringLiteral("sg-admin-port-open-to-world");

} // namespace

class TestProblems : public QObject
{
    Q_OBJECT

private slots:
    void showsFindingsWithCounts();
    void updatesAfterEditAndUndo();
    void staleResultsAreDropped();
    void filters();
    void clickSelectsAndCentres();
    void suppressStoresReasonAndUndoes();
    void quickFixFromContextMenu();
    void badgesFollowFindings();
    void explainShowsRuleMetadata();
};

void TestProblems::showsFindingsWithCounts()
{
    Fixture fx;
    QTRY_VERIFY_WITH_TIMEOUT(fx.settled() && fx.dock->problemsModel()->rowCount() > 0, kWaitMs);
    QVERIFY(fx.rowOf(kMultiAz, QStringLiteral("db")) >= 0);
    QVERIFY(fx.rowOf(kPublic, QStringLiteral("db")) >= 0);
    QVERIFY(fx.rowOf(kSsh, QStringLiteral("sg-app")) >= 0);
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        QCOMPARE(fx.dock->count(s), fx.expected(s));
    QVERIFY(fx.dock->count(Severity::Error) >= 1);
    // "Problems — 2 errors, 1 warning, …" in the title; the same summary for the status bar.
    QVERIFY(fx.dock->windowTitle().startsWith(QStringLiteral("Problems — ")));
    QVERIFY(fx.dock->windowTitle().endsWith(fx.dock->summary()));
    const int errors = fx.dock->count(Severity::Error);
    QVERIFY(fx.dock->summary().contains(errors == 1 ? QStringLiteral("1 error") : QStringLiteral("%1 errors").arg(errors)));
    QCOMPARE(fx.dock->severityButton(Severity::Error)->text(), QString::number(errors));
    // Sorted worst first.
    QCOMPARE(fx.dock->findingAt(0).severity, Severity::Error);
}

void TestProblems::updatesAfterEditAndUndo()
{
    Fixture fx;
    QTRY_VERIFY_WITH_TIMEOUT(fx.settled() && fx.rowOf(kMultiAz, QStringLiteral("db")) >= 0, kWaitMs);
    const int warnings = fx.dock->count(Severity::Warning) + fx.dock->count(Severity::Error) + fx.dock->count(Severity::Info);
    fx.document->push(new SetPropertiesCommand(fx.document->model(), QStringLiteral("db"), QStringLiteral("multiAz"), true));
    QTRY_VERIFY_WITH_TIMEOUT(fx.settled() && fx.rowOf(kMultiAz, QStringLiteral("db")) < 0, kWaitMs);
    QCOMPARE(fx.dock->count(Severity::Warning) + fx.dock->count(Severity::Error) + fx.dock->count(Severity::Info), warnings - 1);
    fx.document->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(fx.settled() && fx.rowOf(kMultiAz, QStringLiteral("db")) >= 0, kWaitMs);

    // The row the user is on stays current when the list refreshes.
    const int row = fx.rowOf(kSsh, QStringLiteral("sg-app"));
    fx.dock->treeView()->setCurrentIndex(fx.dock->filterModel()->index(row, 0));
    fx.document->push(new SetPropertiesCommand(fx.document->model(), QStringLiteral("db"), QStringLiteral("multiAz"), true));
    QTRY_VERIFY_WITH_TIMEOUT(fx.settled() && fx.rowOf(kMultiAz, QStringLiteral("db")) < 0, kWaitMs);
    const Finding current = fx.dock->findingAt(fx.dock->treeView()->currentIndex().row());
    QCOMPARE(current.rule, kSsh);
    QCOMPARE(current.primaryElement(), QStringLiteral("sg-app"));
}

void TestProblems::staleResultsAreDropped()
{
    Fixture fx;
    // A burst of edits (typing): only results for the final design are shown.
    for (int days = 1; days <= 20; ++days) {
        fx.document->push(new SetPropertiesCommand(fx.document->model(), QStringLiteral("db"),
                                                 QStringLiteral("backupRetentionDays"), days % 2 ? 0 : days));
        QTest::qWait(20);
    }
    QTRY_VERIFY_WITH_TIMEOUT(fx.settled(), kWaitMs);
    QVERIFY(fx.dock->runner()->findings() == checkDesign(fx.design()));
    QVERIFY(fx.dock->problemsModel()->findings() == checkDesign(fx.design()));
    QVERIFY(fx.rowOf(QStringLiteral("rds-no-backups"), QStringLiteral("db")) < 0); // 20 days at the end
}

void TestProblems::filters()
{
    Fixture fx;
    QTRY_VERIFY_WITH_TIMEOUT(fx.settled() && fx.dock->problemsModel()->rowCount() > 0, kWaitMs);
    ProblemsFilterModel *filter = fx.dock->filterModel();
    const int all = filter->rowCount();
    QCOMPARE(all, fx.dock->count(Severity::Error) + fx.dock->count(Severity::Warning) + fx.dock->count(Severity::Info));

    fx.dock->severityButton(Severity::Error)->click();
    QCOMPARE(filter->rowCount(), all - fx.dock->count(Severity::Error));
    for (int r = 0; r < filter->rowCount(); ++r)
        QVERIFY(fx.dock->findingAt(r).severity != Severity::Error);
    fx.dock->severityButton(Severity::Error)->click();
    QCOMPARE(filter->rowCount(), all);

    // Text matches the rule id or the element's id or name.
    fx.dock->filterEdit()->setText(QStringLiteral("rds-single"));
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(fx.dock->findingAt(0).rule, kMultiAz);
    fx.dock->filterEdit()->setText(QStringLiteral("sg-app"));
    QVERIFY(filter->rowCount() >= 1);
    for (int r = 0; r < filter->rowCount(); ++r)
        QVERIFY(fx.dock->findingAt(r).elements.contains(QStringLiteral("sg-app")));
    fx.dock->filterEdit()->setText(QStringLiteral("no-such-thing"));
    QCOMPARE(filter->rowCount(), 0);
    fx.dock->filterEdit()->clear();
    QCOMPARE(filter->rowCount(), all);

    // Sorting by rule puts the rows in rule order.
    fx.dock->treeView()->sortByColumn(ProblemsModel::RuleColumn, Qt::AscendingOrder);
    for (int r = 1; r < filter->rowCount(); ++r)
        QVERIFY(fx.dock->findingAt(r - 1).rule.compare(fx.dock->findingAt(r).rule, Qt::CaseInsensitive) <= 0);
}

void TestProblems::clickSelectsAndCentres()
{
    Fixture fx;
    QTRY_VERIFY_WITH_TIMEOUT(fx.settled() && fx.rowOf(kSsh, QStringLiteral("sg-app")) >= 0, kWaitMs);
    fx.view->centerOn(QPointF(-3000, -3000)); // far away from everything
    QTreeView *tree = fx.dock->treeView();
    const int row = fx.rowOf(kSsh, QStringLiteral("sg-app"));
    const QRect cell = tree->visualRect(fx.dock->filterModel()->index(row, ProblemsModel::MessageColumn));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, cell.center());
    const Finding f = fx.dock->findingAt(row);
    QStringList selected = fx.scene->selectedIds();
    QStringList expected = f.elements;
    selected.sort();
    expected.sort();
    QCOMPARE(selected, expected);
    // The view now shows the selected elements.
    const QRectF visible = fx.view->mapToScene(fx.view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(fx.scene->elementItem(QStringLiteral("app"))->sceneBoundingRect().center()));
}

void TestProblems::suppressStoresReasonAndUndoes()
{
    Fixture fx;
    QTRY_VERIFY_WITH_TIMEOUT(fx.settled() && fx.rowOf(kMultiAz, QStringLiteral("db")) >= 0, kWaitMs);
    const Finding f = fx.dock->findingAt(fx.rowOf(kMultiAz, QStringLiteral("db")));
    const int steps = fx.document->undoStack()->count();

    QVERIFY(!fx.dock->suppress(f, QStringLiteral("   "))); // a reason is required
    QCOMPARE(fx.document->undoStack()->count(), steps);

    QVERIFY(fx.dock->suppress(f, QStringLiteral("staging copy, restored from snapshots")));
    QCOMPARE(fx.document->undoStack()->count(), steps + 1);
    QCOMPARE(fx.design().lint.suppressions.size(), 1);
    QCOMPARE(fx.design().lint.suppressions[0].rule, kMultiAz);
    QCOMPARE(fx.design().lint.suppressions[0].element, QStringLiteral("db"));
    QCOMPARE(fx.design().lint.suppressions[0].reason, QStringLiteral("staging copy, restored from snapshots"));
    QVERIFY(fx.document->isModified());
    // Hidden, out of the counts, and back with "Show suppressed".
    QTRY_VERIFY_WITH_TIMEOUT(fx.settled() && fx.rowOf(kMultiAz, QStringLiteral("db")) < 0, kWaitMs);
    QCOMPARE(fx.dock->count(Severity::Warning), fx.expected(Severity::Warning));
    fx.dock->showSuppressedButton()->click();
    const int row = fx.rowOf(kMultiAz, QStringLiteral("db"));
    QVERIFY(row >= 0);
    QVERIFY(fx.dock->findingAt(row).suppressed);
    QCOMPARE(fx.dock->findingAt(row).suppressionReason, QStringLiteral("staging copy, restored from snapshots"));
    // A suppressed finding offers to lift the suppression, not to suppress or fix it.
    {
        std::unique_ptr<QMenu> menu(fx.dock->createContextMenu(fx.dock->findingAt(row), nullptr));
        QAction *lift = menu->findChild<QAction *>(QStringLiteral("removeSuppression"));
        QVERIFY(lift);
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("quickFix")));
        lift->trigger();
        QVERIFY(fx.design().lint.suppressions.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(fx.settled() && !fx.dock->findingAt(fx.rowOf(kMultiAz, QStringLiteral("db"))).suppressed, kWaitMs);
        fx.document->undoStack()->undo(); // the suppression is back
        QCOMPARE(fx.design().lint.suppressions.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(fx.settled() && fx.dock->findingAt(fx.rowOf(kMultiAz, QStringLiteral("db"))).suppressed, kWaitMs);
    }
    fx.dock->showSuppressedButton()->click();

    fx.document->undoStack()->undo();
    QVERIFY(fx.design().lint.suppressions.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(fx.settled() && fx.rowOf(kMultiAz, QStringLiteral("db")) >= 0, kWaitMs);
    QVERIFY(!fx.dock->findingAt(fx.rowOf(kMultiAz, QStringLiteral("db"))).suppressed);
}

void TestProblems::quickFixFromContextMenu()
{
    Fixture fx;
    QTRY_VERIFY_WITH_TIMEOUT(fx.settled() && fx.rowOf(kPublic, QStringLiteral("db")) >= 0, kWaitMs);
    const Finding f = fx.dock->findingAt(fx.rowOf(kPublic, QStringLiteral("db")));
    std::unique_ptr<QMenu> menu(fx.dock->createContextMenu(f, nullptr));
    QList<QAction *> fixes;
    for (QAction *a : menu->actions()) {
        if (a->objectName() == QLatin1String("quickFix"))
            fixes << a;
    }
    QCOMPARE(fixes.size(), 1);
    const int steps = fx.document->undoStack()->count();
    fixes[0]->trigger();
    QCOMPARE(fx.document->undoStack()->count(), steps + 1); // one command
    QCOMPARE(fx.design().element(QStringLiteral("db"))->boolValue(QStringLiteral("publiclyAccessible")), false);
    QTRY_VERIFY_WITH_TIMEOUT(fx.settled() && fx.rowOf(kPublic, QStringLiteral("db")) < 0, kWaitMs);
    fx.document->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(fx.settled() && fx.rowOf(kPublic, QStringLiteral("db")) >= 0, kWaitMs);
}

void TestProblems::badgesFollowFindings()
{
    Fixture fx;
    QTRY_VERIFY_WITH_TIMEOUT(fx.settled() && fx.dock->problemsModel()->rowCount() > 0, kWaitMs);
    ElementItem *db = fx.scene->elementItem(QStringLiteral("db"));
    ElementItem *sgApp = fx.scene->elementItem(QStringLiteral("sg-app"));
    int dbFindings = 0;
    Severity dbWorst = Severity::Info;
    for (const Finding &f : checkDesign(fx.design())) {
        if (!f.suppressed && f.elements.contains(QStringLiteral("db"))) {
            dbWorst = dbFindings++ ? std::max(dbWorst, f.severity) : f.severity;
        }
    }
    QVERIFY(dbFindings >= 2);
    QCOMPARE(db->findingCount(), dbFindings);
    QCOMPARE(db->findingSeverity(), dbWorst);
    QVERIFY(sgApp->findingCount() >= 1);
    QCOMPARE(sgApp->findingSeverity(), Severity::Error);

    // Fix both RDS findings: its badge count drops by two.
    fx.document->push(new SetPropertiesCommand(fx.document->model(), QStringLiteral("db"), QStringLiteral("multiAz"), true));
    fx.document->push(new SetPropertiesCommand(fx.document->model(), QStringLiteral("db"), QStringLiteral("publiclyAccessible"), false));
    QTRY_COMPARE_WITH_TIMEOUT(db->findingCount(), dbFindings - 2, kWaitMs);
    // An element without findings has no badge.
    for (const Element &e : fx.design().elements()) {
        bool named = false;
        for (const Finding &f : fx.dock->runner()->findings())
            named = named || (!f.suppressed && f.elements.contains(e.id));
        if (!named)
            QCOMPARE(fx.scene->elementItem(e.id)->findingCount(), 0);
    }
    // Delete a flagged group and undo: the scene's new item shows its badge
    // at once, before the next check comes back.
    QTRY_VERIFY_WITH_TIMEOUT(fx.settled(), kWaitMs);
    const QString group = QStringLiteral("sg-app");
    const int count = fx.scene->elementItem(group)->findingCount();
    QVERIFY(count > 0);
    fx.document->push(new RemoveElementsCommand(fx.document->model(), {group}));
    QVERIFY(!fx.scene->elementItem(group));
    fx.document->undoStack()->undo();
    QCOMPARE(fx.scene->elementItem(group)->findingCount(), count);
    QCOMPARE(fx.scene->elementItem(group)->findingSeverity(), Severity::Error);
    // The canvas follows the runner it is given, with or without a dock.
    QTRY_VERIFY_WITH_TIMEOUT(fx.settled(), kWaitMs);
    fx.scene->showFindingsOf(nullptr);
    QCOMPARE(fx.scene->elementItem(group)->findingCount(), 0);
    fx.scene->showFindingsOf(fx.runner.get());
    QCOMPARE(fx.scene->elementItem(group)->findingCount(), count);
}

void TestProblems::explainShowsRuleMetadata()
{
    Fixture fx;
    QTRY_VERIFY_WITH_TIMEOUT(fx.settled() && fx.rowOf(kMultiAz, QStringLiteral("db")) >= 0, kWaitMs);
    const Finding f = fx.dock->findingAt(fx.rowOf(kMultiAz, QStringLiteral("db")));
    RuleExplainDialog dialog(f);
    const QString html = dialog.html();
    const Rule *rule = findRule(kMultiAz);
    QVERIFY(rule);
    QVERIFY(html.contains(rule->info.titleText().toHtmlEscaped()));
    QVERIFY(html.contains(rule->info.rationaleText().toHtmlEscaped()));
    QVERIFY(html.contains(rule->info.fixText().toHtmlEscaped()));
    QVERIFY(html.contains(rule->info.sourceText().toHtmlEscaped()));
    QVERIFY(html.contains(pillarDisplayName(rule->info.pillar)));
    QVERIFY(html.contains(f.message.toHtmlEscaped()));
}

QTEST_MAIN(TestProblems)
#include "tst_problems.moc"
