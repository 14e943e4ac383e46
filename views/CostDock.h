#pragma once

#include "cost/CostEstimate.h"

#include <QDockWidget>
#include <QTimer>

#include <optional>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTreeView;

namespace pillar {

class Design;
class Document;

// The Cost dock: what the open design costs a month, element by element
// with the formula (or why it cannot be priced), grouped by the container
// each element sits in with a subtotal per group, and the total. Live: a
// quarter of a second after the last change it prices the design again
// (pricing is a pure function of the design, cheap enough for the UI
// thread). Region and pricing term are pickers of the dock, not edits of
// the design; the region starts at the design's own. It also shows the
// change since the file was last opened or saved.
class CostDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit CostDock(Document *document, QWidget *parent = nullptr);

    static constexpr int kDebounceMs = 250;
    enum Column { ElementColumn, MonthlyColumn, FormulaColumn, ColumnCount };

    QComboBox *regionBox() const { return m_region; }
    QComboBox *termBox() const { return m_term; }
    QTreeView *treeView() const { return m_tree; }
    QStandardItemModel *costModel() const { return m_model; }
    // The estimate shown; nullopt when the region has no price table.
    const std::optional<CostEstimate> &estimate() const { return m_estimate; }
    // "$1,024.78 a month (1 not priced)", as the status bar shows it.
    QString summary() const { return m_summary; }
    // "+$12.00 since saved", empty when nothing changed.
    QString changeSinceSaved() const;
    bool isPending() const { return m_timer.isActive(); }

signals:
    void summaryChanged(const QString &summary);

private:
    void schedule();
    void refresh();
    void rebuildRows(const Design &design);
    void takeBaseline();
    void followDesignRegion();

    Document *m_document;
    QComboBox *m_region;
    QComboBox *m_term;
    QLabel *m_totalLabel;
    QTreeView *m_tree;
    QStandardItemModel *m_model;
    QTimer m_timer;
    std::optional<CostEstimate> m_estimate;
    std::optional<double> m_baselineUsd; // total when last opened or saved, at the same prices
    QString m_summary;
};

} // namespace pillar
