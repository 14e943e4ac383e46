#include "OutlineView.h"

#include "DesignModel.h"

#include <QHash>
#include <QHeaderView>
#include <QTimer>

namespace pillar {

OutlineView::OutlineView(DesignModel *model, QWidget *parent)
    : QTreeWidget(parent)
    , m_model(model)
{
    setColumnCount(3);
    setHeaderLabels({tr("Name"), tr("Kind"), tr("Id")});
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setUniformRowHeights(true);
    connect(model, &DesignModel::designReset, this, &OutlineView::scheduleRebuild);
    connect(model, &DesignModel::elementAdded, this, &OutlineView::scheduleRebuild);
    connect(model, &DesignModel::elementRemoved, this, &OutlineView::scheduleRebuild);
    connect(model, &DesignModel::elementChanged, this, &OutlineView::scheduleRebuild);
    rebuild();
}

void OutlineView::scheduleRebuild()
{
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, &OutlineView::rebuild);
}

void OutlineView::rebuild()
{
    m_rebuildPending = false;
    clear();
    const Design &design = m_model->design();
    QHash<QString, QTreeWidgetItem *> items;
    for (const Element &e : design.elements()) {
        auto *item = new QTreeWidgetItem({e.displayName(), kindDisplayName(e.kind), e.id});
        items.insert(e.id, item);
    }
    for (const Element &e : design.elements()) {
        QTreeWidgetItem *parentItem = items.value(e.parent);
        if (parentItem)
            parentItem->addChild(items.value(e.id));
        else
            addTopLevelItem(items.value(e.id));
    }
    expandAll();
}

} // namespace pillar
