#pragma once

#include "ElementKind.h"

#include <QHash>
#include <QVector>

#include <functional>

class QGraphicsItem;
class QGraphicsScene;

namespace pillar {

class ConnectionItem;
class DesignModel;
class ElementItem;

// The scene's arrows: one item per model connection, and one dashed
// attachment per subnet a load balancer or Auto Scaling group uses. Indexed
// by their ends, so moving an element re-routes only what touches it. An end
// whose item is not there yet (undo re-inserts in file order) hides the
// arrow until it arrives.
class ConnectionLayer
{
public:
    using ItemLookup = std::function<ElementItem *(const QString &)>;
    // Deletes an arrow item; the scene's, so that removing a selected arrow
    // in the middle of a model change announces nothing half-done.
    using ItemDiscard = std::function<void(QGraphicsItem *)>;

    ConnectionLayer(QGraphicsScene *scene, const DesignModel *model, ItemLookup lookup, ItemDiscard discard);

    // Forgets every item (after the scene deleted them all).
    void clear();
    void addConnection(const QString &id);
    void removeConnection(const QString &id);
    ConnectionItem *connection(const QString &id) const { return m_connections.value(id); }

    // Rebuilds the attachments of a load balancer / Auto Scaling group.
    void refreshAttachments(const QString &ownerId);
    // A new element: a subnet gets the attachments that name it.
    void elementAdded(const QString &id);
    // Drops what the element owns or what ends at it.
    void elementAboutToBeRemoved(const QString &id);
    // Re-routes every arrow that ends at id.
    void updateEndsAt(const QString &id);

private:
    void update(ConnectionItem *item);
    void forget(ConnectionItem *item);

    QGraphicsScene *m_scene;
    const DesignModel *m_model;
    ItemLookup m_lookup;
    ItemDiscard m_discard;
    QHash<QString, ConnectionItem *> m_connections;
    QHash<QString, QVector<ConnectionItem *>> m_attachments; // owner id -> its attachments
    QHash<QString, QVector<ConnectionItem *>> m_byEnd;       // element id -> arrows ending there
};

} // namespace pillar
