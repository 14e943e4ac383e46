// The Cost dock, offscreen: rows per element with formula, groups with
// subtotals, the total, live after an edit (debounced), region and term
// pickers, the change since saved, and an element that cannot be priced.

#include "TestPaths.h"

#include "CostDock.h"
#include "DesignModel.h"
#include "Document.h"
#include "commands/SetPropertiesCommand.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace pillar;

namespace {

constexpr int kWaitMs = 3000;

// The row of an element: its group row's child.
QList<QStandardItem *> rowOf(QStandardItemModel *model, const QString &id)
{
    for (int g = 0; g < model->rowCount(); ++g) {
        QStandardItem *group = model->item(g, 0);
        for (int r = 0; r < group->rowCount(); ++r) {
            if (group->child(r, 0)->data(Qt::UserRole).toString() == id)
                return {group->child(r, 0), group->child(r, 1), group->child(r, 2)};
        }
    }
    return {};
}

QString groupAmount(QStandardItemModel *model, const QString &container)
{
    for (int g = 0; g < model->rowCount(); ++g) {
        if (model->item(g, 0)->data(Qt::UserRole).toString() == container)
            return model->item(g, 1)->text();
    }
    return {};
}

} // namespace

class TestCostDock : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_document = std::make_unique<Document>();
        QString error;
        QVERIFY2(m_document->load(test::sourceDir() + QStringLiteral("/resources/blueprints/stage-2-database-split.pillar"), &error),
                 qPrintable(error));
        m_dock = std::make_unique<CostDock>(m_document.get());
        m_dock->resize(900, 300);
        m_dock->show();
        // The blueprint runs in Seoul: the dock starts there.
        QCOMPARE(m_dock->regionBox()->currentData().toString(), QStringLiteral("ap-northeast-2"));
        m_dock->regionBox()->setCurrentIndex(m_dock->regionBox()->findData(QStringLiteral("us-east-1")));
    }
    void cleanup()
    {
        m_dock.reset();
        m_document.reset();
    }

    void listsElementsWithFormulas()
    {
        QStandardItemModel *model = m_dock->costModel();
        const auto web = rowOf(model, QStringLiteral("web-1"));
        QCOMPARE(web.size(), 3);
        // 730 × 0.0816 + 730 × 0.005
        QCOMPARE(web[1]->text(), QStringLiteral("$63.22"));
        QVERIFY(web[2]->text().contains(QStringLiteral("730 h × $0.0816 (m7g.large instance)")));
        const auto dns = rowOf(model, QStringLiteral("dns-www"));
        QCOMPARE(dns[1]->text(), QStringLiteral("unknown"));
        QVERIFY(dns[2]->text().contains(QLatin1String("Route 53")));
        // 63.218 + 128.39 (730 × 0.168 + 50 × 0.115)
        QCOMPARE(m_dock->summary(), QStringLiteral("$191.61 a month (1 not priced)"));
        // Elements are grouped by their container, each group with its subtotal.
        const Element *db = m_document->model()->element(QStringLiteral("db-main"));
        QCOMPARE(groupAmount(model, db->parent), QStringLiteral("$128.39"));
    }

    void followsEditsLiveAndShowsTheChangeSinceSaved()
    {
        QSignalSpy summary(m_dock.get(), &CostDock::summaryChanged);
        QVERIFY(m_dock->changeSinceSaved().isEmpty());
        m_document->push(new SetPropertiesCommand(m_document->model(), QStringLiteral("db-main"), QStringLiteral("multiAz"), true));
        QVERIFY(m_dock->isPending());
        // Multi-AZ doubles the instance and its storage: 63.218 + 2 × 730 × 0.168 + 100 × 0.115 = 319.998.
        QTRY_COMPARE_WITH_TIMEOUT(m_dock->summary(), QStringLiteral("$320.00 a month (1 not priced)"), kWaitMs);
        QVERIFY(summary.count() >= 1);
        QCOMPARE(m_dock->changeSinceSaved(), QStringLiteral("+$128.39 since saved"));
        // Saving makes this the new reference.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(m_document->save(dir.filePath(QStringLiteral("d.pillar")), &error), qPrintable(error));
        QVERIFY(m_dock->changeSinceSaved().isEmpty());
        m_document->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(m_dock->changeSinceSaved(), QStringLiteral("-$128.39 since saved"), kWaitMs);
    }

    void regionAndTermPickers()
    {
        m_dock->termBox()->setCurrentIndex(m_dock->termBox()->findData(QStringLiteral("reserved-1y")));
        // us-east-1 holds no 1-year reservation for m7g.large or db.m7g.large: unknown, not on demand.
        QCOMPARE(rowOf(m_dock->costModel(), QStringLiteral("web-1"))[1]->text(), QStringLiteral("unknown"));
        QVERIFY(rowOf(m_dock->costModel(), QStringLiteral("web-1"))[2]->text().contains(QLatin1String("reserved-1y")));
        m_dock->termBox()->setCurrentIndex(m_dock->termBox()->findData(QStringLiteral("on-demand")));
        m_dock->regionBox()->setCurrentIndex(m_dock->regionBox()->findData(QStringLiteral("ap-northeast-2")));
        // Seoul's table lacks m7g.large: the element says so.
        QVERIFY(rowOf(m_dock->costModel(), QStringLiteral("web-1"))[2]->text().contains(QLatin1String("ap-northeast-2")));
        // A switch of region is not a change of the design.
        QVERIFY(m_dock->changeSinceSaved().isEmpty());
        QVERIFY(!m_document->isModified());
    }

    void sortsByMonthlyCost()
    {
        m_dock->treeView()->sortByColumn(CostDock::MonthlyColumn, Qt::DescendingOrder);
        const Element *web = m_document->model()->element(QStringLiteral("web-1"));
        const Element *db = m_document->model()->element(QStringLiteral("db-main"));
        QVERIFY(web && db);
        QStandardItemModel *model = m_dock->costModel();
        double previous = 1e12;
        for (int g = 0; g < model->rowCount(); ++g) {
            const double v = model->item(g, 1)->data(Qt::UserRole + 1).toDouble();
            QVERIFY(v <= previous);
            previous = v;
        }
    }

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<CostDock> m_dock;
};

QTEST_MAIN(TestCostDock)
#include "tst_costdock.moc"
