#include "PaletteTree.h"

#include "DesignView.h"
#include "IconCache.h"
#include "KindInfo.h"

#include <QHeaderView>
#include <QMimeData>

#include <algorithm>

namespace pillar {

namespace {

constexpr int kKindRole = Qt::UserRole + 1;

} // namespace

PaletteTree::PaletteTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setSelectionMode(SingleSelection);
    setIconSize(QSize(28, 28));
    setRootIsDecorated(false);
    setIndentation(8);
    populate();
}

void PaletteTree::populate()
{
    const ElementCategory order[] = {ElementCategory::Networking, ElementCategory::Compute, ElementCategory::Containers,
                                     ElementCategory::Serverless, ElementCategory::Database, ElementCategory::Integration,
                                     ElementCategory::StorageDelivery, ElementCategory::EntryPoints};
    const qreal dpr = devicePixelRatioF();
    for (ElementCategory category : order) {
        const bool any = std::any_of(allKinds().begin(), allKinds().end(),
                                     [category](const KindInfo &info) { return info.category == category; });
        if (!any)
            continue;
        auto *group = new QTreeWidgetItem(this, {categoryDisplayName(category)});
        group->setFlags(Qt::ItemIsEnabled);
        QFont font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
        group->setForeground(0, IconCache::categoryColor(category));
        for (const KindInfo &info : allKinds()) {
            if (info.category != category)
                continue;
            auto *item = new QTreeWidgetItem(group, {kindDisplayName(info.kind)});
            item->setIcon(0, QIcon(IconCache::instance().pixmap(info.kind, 28, dpr)));
            item->setData(0, kKindRole, kindKey(info.kind));
            item->setToolTip(0, tr("Drag onto the canvas to add a %1").arg(kindDisplayName(info.kind)));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
    }
    expandAll();
}

void PaletteTree::setFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = topLevelItem(g);
        int visible = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive)
                || item->data(0, kKindRole).toString().contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            visible += match ? 1 : 0;
        }
        group->setHidden(visible == 0);
    }
}

QTreeWidgetItem *PaletteTree::itemForKind(ElementKind kind) const
{
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, kKindRole).toString() == kindKey(kind))
                return group->child(i);
        }
    }
    return nullptr;
}

QStringList PaletteTree::mimeTypes() const
{
    return {QString::fromLatin1(DesignView::kElementKindMimeType)};
}

QMimeData *PaletteTree::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    if (items.isEmpty() || items.first()->data(0, kKindRole).toString().isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(DesignView::kElementKindMimeType), items.first()->data(0, kKindRole).toString().toUtf8());
    mime->setText(items.first()->text(0));
    return mime;
}

} // namespace pillar
