#pragma once

#include "ElementKind.h"

#include <QTreeWidget>

namespace pillar {

// Every element kind, grouped by category, with its icon. Dragging an entry
// starts a drag whose mime data (DesignView::kElementKindMimeType) carries
// the kind key; the canvas turns the drop into an element.
class PaletteTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit PaletteTree(QWidget *parent = nullptr);

    // Hides entries whose name does not contain text (case-insensitive), and
    // the groups left empty.
    void setFilter(const QString &text);
    QTreeWidgetItem *itemForKind(ElementKind kind) const;
    // The mime data a drag of these entries carries (what Qt's drag uses).
    QMimeData *mimeDataFor(const QList<QTreeWidgetItem *> &items) const { return mimeData(items); }

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;

private:
    void populate();
};

} // namespace pillar
