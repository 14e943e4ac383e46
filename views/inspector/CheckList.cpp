#include "CheckList.h"

#include <QSignalBlocker>

namespace pillar {

CheckList::CheckList(QWidget *parent)
    : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::NoSelection);
    setUniformItemSizes(true);
    connect(this, &QListWidget::itemChanged, this, &CheckList::onItemChanged);
}

void CheckList::setEntries(const QVector<Entry> &list)
{
    if (entries().size() == list.size()) {
        bool same = true;
        for (int i = 0; i < list.size() && same; ++i) {
            const QListWidgetItem *it = item(i);
            same = it->data(Qt::UserRole).toString() == list[i].id && it->text() == list[i].label
                && it->checkState() == list[i].state;
        }
        if (same)
            return;
    }
    m_filling = true;
    clear();
    for (const Entry &e : list) {
        auto *it = new QListWidgetItem(e.label, this);
        it->setData(Qt::UserRole, e.id);
        it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        it->setCheckState(e.state);
    }
    m_filling = false;
    updateGeometry();
}

QVector<CheckList::Entry> CheckList::entries() const
{
    QVector<Entry> result;
    for (int i = 0; i < count(); ++i)
        result.append({item(i)->data(Qt::UserRole).toString(), item(i)->text(), item(i)->checkState()});
    return result;
}

void CheckList::toggle(const QString &id, bool checked)
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(Qt::UserRole).toString() == id)
            item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

QSize CheckList::sizeHint() const
{
    // Tall enough for a few rows without a scroll bar, never the whole dock.
    const int rows = qBound(2, count(), 8);
    const int row = count() > 0 ? sizeHintForRow(0) : fontMetrics().height() + 4;
    return {QListWidget::sizeHint().width(), rows * row + 2 * frameWidth() + 2};
}

void CheckList::onItemChanged(QListWidgetItem *it)
{
    if (m_filling)
        return;
    // A partially checked entry (mixed multi-selection) becomes checked on click.
    emit toggled(it->data(Qt::UserRole).toString(), it->checkState() != Qt::Unchecked);
}

} // namespace pillar
