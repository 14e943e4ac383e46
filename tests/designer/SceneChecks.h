#pragma once

// What must hold between the canvas and the model after every edit: one
// element item per element, under its parent's item and where the model puts
// it; one arrow item per connection; nothing more. Shared by the window tests.

#include "MainWindow.h"

#include "ConnectionItem.h"
#include "DesignModel.h"
#include "DesignScene.h"
#include "Document.h"
#include "ElementItem.h"

#include <QString>

namespace pillar::test {

// Empty when scene and model agree, else what differs.
inline QString sceneMismatch(MainWindow &window)
{
    DesignScene *scene = window.scene();
    const Design &design = window.document()->model()->design();
    int elementItems = 0;
    int trafficItems = 0;
    for (QGraphicsItem *item : scene->items()) {
        if (dynamic_cast<ElementItem *>(item))
            ++elementItems;
        else if (auto *c = qgraphicsitem_cast<ConnectionItem *>(item); c && c->style() == ConnectionItem::Style::Traffic)
            ++trafficItems;
    }
    if (elementItems != int(design.elements().size()))
        return QStringLiteral("%1 element items for %2 elements").arg(elementItems).arg(design.elements().size());
    if (trafficItems != int(design.connections().size()))
        return QStringLiteral("%1 connection items for %2 connections").arg(trafficItems).arg(design.connections().size());
    for (const Element &e : design.elements()) {
        ElementItem *item = scene->elementItem(e.id);
        if (!item)
            return QStringLiteral("no item for %1").arg(e.id);
        if (item->parentItem() != scene->elementItem(e.parent))
            return QStringLiteral("item of %1 is not under the item of %2").arg(e.id, e.parent);
        if (item->pos() != e.geometry.topLeft())
            return QStringLiteral("item of %1 is not where the model puts it").arg(e.id);
    }
    for (const Connection &c : design.connections()) {
        if (!scene->connectionItem(c.id))
            return QStringLiteral("no item for connection %1").arg(c.id);
    }
    return QString();
}

} // namespace pillar::test
