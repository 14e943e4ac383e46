#include "CostDock.h"

#include "DesignModel.h"
#include "Document.h"
#include "cost/CostModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

namespace pillar {

namespace {

constexpr int kSortRole = Qt::UserRole + 1;

// Numbers sort as numbers; unknown rows sort below every price.
QStandardItem *amountItem(const QString &text, double usd)
{
    auto *item = new QStandardItem(text);
    item->setData(usd, kSortRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString groupLabel(const Design &design, const QString &id)
{
    const Element *e = design.element(id);
    if (!e)
        return CostDock::tr("Outside any VPC");
    return QStringLiteral("%1 — %2").arg(e->displayName(), kindDisplayName(e->kind));
}

} // namespace

CostDock::CostDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Cost"), parent)
    , m_document(document)
    , m_region(new QComboBox)
    , m_term(new QComboBox)
    , m_totalLabel(new QLabel)
    , m_tree(new QTreeView)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("costDock"));
    auto *body = new QWidget(this);
    for (const QString &region : PriceTable::regions()) {
        const auto table = PriceTable::forRegion(region);
        m_region->addItem(table && !table->regionName().isEmpty() ? QStringLiteral("%1 (%2)").arg(table->regionName(), region) : region,
                          region);
    }
    m_term->addItem(tr("On demand"), pricingTermKey(PricingTerm::OnDemand));
    m_term->addItem(tr("1-year reserved, no upfront"), pricingTermKey(PricingTerm::Reserved1y));
    m_region->setToolTip(tr("The region whose prices are used"));
    m_term->setToolTip(tr("How EC2, RDS and ElastiCache are paid for; the rest is always on demand"));

    m_model->setSortRole(kSortRole);
    m_model->setHorizontalHeaderLabels({tr("Element"), tr("Monthly"), tr("Formula")});
    m_tree->setModel(m_model);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ElementColumn, Qt::AscendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(ElementColumn, 240);
    m_tree->setColumnWidth(MonthlyColumn, 100);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Region:")));
    bar->addWidget(m_region);
    bar->addWidget(new QLabel(tr("Term:")));
    bar->addWidget(m_term);
    bar->addStretch();
    bar->addWidget(m_totalLabel);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_tree);
    setWidget(body);

    m_timer.setSingleShot(true);
    m_timer.setInterval(kDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &CostDock::refresh);
    DesignModel *model = document->model();
    connect(model, &DesignModel::changed, this, &CostDock::schedule);
    connect(model, &DesignModel::designReset, this, [this] {
        followDesignRegion();
        m_baselineUsd.reset();
        refresh();
        takeBaseline();
    });
    // Saved (or reverted): what it costs now is the new reference.
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified) {
            refresh();
            takeBaseline();
        }
    });
    auto repriced = [this] {
        m_baselineUsd.reset();
        refresh();
        takeBaseline();
    };
    connect(m_region, &QComboBox::currentIndexChanged, this, repriced);
    connect(m_term, &QComboBox::currentIndexChanged, this, repriced);
    followDesignRegion();
    refresh();
    takeBaseline();
}

void CostDock::schedule()
{
    m_timer.start();
}

void CostDock::followDesignRegion()
{
    const int index = m_region->findData(m_document->model()->design().info.region);
    if (index >= 0) {
        const QSignalBlocker quiet(m_region);
        m_region->setCurrentIndex(index);
    }
}

void CostDock::takeBaseline()
{
    if (m_estimate && !m_document->isModified())
        m_baselineUsd = m_estimate->knownTotalUsd();
}

QString CostDock::changeSinceSaved() const
{
    if (!m_estimate || !m_baselineUsd)
        return {};
    const double delta = m_estimate->knownTotalUsd() - *m_baselineUsd;
    if (std::abs(delta) < 0.005)
        return {};
    return tr("%1%2 since saved").arg(delta > 0 ? QStringLiteral("+") : QString(), formatUsd(delta));
}

void CostDock::refresh()
{
    m_timer.stop();
    const Design &design = m_document->model()->design();
    const auto term = pricingTermFromKey(m_term->currentData().toString()).value_or(PricingTerm::OnDemand);
    QString error;
    const auto prices = PriceTable::forRegion(m_region->currentData().toString(), &error);
    if (!prices) {
        m_estimate.reset();
        m_model->removeRows(0, m_model->rowCount());
        m_totalLabel->setText(error);
        m_summary = tr("Cost unknown");
        emit summaryChanged(m_summary);
        return;
    }
    m_estimate = estimateCost(design, *prices, term);
    rebuildRows(design);
    const int unknown = m_estimate->unknownCount();
    QString total = tr("%1 a month").arg(formatUsd(m_estimate->knownTotalUsd()));
    if (unknown > 0)
        total += tr(" (%n not priced)", nullptr, unknown);
    const QString change = changeSinceSaved();
    m_totalLabel->setText(change.isEmpty() ? tr("Total: %1").arg(total) : tr("Total: %1, %2").arg(total, change));
    m_totalLabel->setToolTip(tr("Prices read %1").arg(m_estimate->pricesRead));
    if (total != m_summary) {
        m_summary = total;
        emit summaryChanged(m_summary);
    }
}

void CostDock::rebuildRows(const Design &design)
{
    // Keep the user's sort and which groups are collapsed across refreshes.
    QSet<QString> collapsed;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex index = m_model->index(r, 0);
        if (!m_tree->isExpanded(index))
            collapsed.insert(index.data(Qt::UserRole).toString());
    }
    m_model->removeRows(0, m_model->rowCount());
    QHash<QString, QList<QStandardItem *>> groups; // container id -> its group row
    QHash<QString, double> subtotals;
    QHash<QString, int> unknowns;
    QHash<QString, int> knowns;
    for (const ElementCost &cost : m_estimate->elements) {
        const Element *e = design.element(cost.element);
        if (!e)
            continue;
        const QString group = e->parent;
        if (!groups.contains(group)) {
            auto *name = new QStandardItem(groupLabel(design, group));
            name->setData(group, Qt::UserRole);
            name->setData(groupLabel(design, group), kSortRole);
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            QList<QStandardItem *> row{name, amountItem(QString(), 0), new QStandardItem};
            row[MonthlyColumn]->setFont(bold);
            groups.insert(group, row);
            m_model->appendRow(row);
        }
        auto *name = new QStandardItem(e->displayName());
        name->setData(e->id, Qt::UserRole);
        name->setData(e->displayName(), kSortRole);
        name->setToolTip(QStringLiteral("%1 (%2)").arg(e->id, kindDisplayName(e->kind)));
        const bool known = cost.isKnown();
        auto *formula = new QStandardItem(known ? cost.formula() : cost.why.join(QLatin1String("; ")));
        formula->setData(formula->text(), kSortRole);
        formula->setToolTip(formula->text());
        groups[group].first()->appendRow({name, amountItem(known ? formatUsd(cost.monthlyUsd()) : tr("unknown"),
                                                           known ? cost.monthlyUsd() : -1),
                                          formula});
        if (known) {
            subtotals[group] += cost.monthlyUsd();
            ++knowns[group];
        } else
            ++unknowns[group];
    }
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        QStandardItem *amount = it.value()[MonthlyColumn];
        // A group none of whose elements could be priced has no subtotal to show.
        const bool anyKnown = knowns.value(it.key()) > 0;
        amount->setText(anyKnown ? formatUsd(subtotals.value(it.key())) : tr("unknown"));
        amount->setData(anyKnown ? subtotals.value(it.key()) : -1.0, kSortRole);
        const int n = unknowns.value(it.key());
        it.value()[FormulaColumn]->setText(n > 0 ? tr("subtotal; %n element(s) not priced", nullptr, n) : tr("subtotal"));
        m_tree->setExpanded(it.value().first()->index(), !collapsed.contains(it.key()));
    }
    m_model->sort(m_tree->header()->sortIndicatorSection(), m_tree->header()->sortIndicatorOrder());
}

} // namespace pillar
