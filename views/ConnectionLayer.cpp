#include "ConnectionLayer.h"

#include "ConnectionGeometry.h"
#include "ConnectionItem.h"
#include "DesignModel.h"
#include "ElementItem.h"

#include <QGraphicsScene>

namespace pillar {

ConnectionLayer::ConnectionLayer(QGraphicsScene *scene, const DesignModel *model, ItemLookup lookup, ItemDiscard discard)
    : m_scene(scene)
    , m_model(model)
    , m_lookup(std::move(lookup))
    , m_discard(std::move(discard))
{
}

void ConnectionLayer::clear()
{
    m_connections.clear();
    m_attachments.clear();
    m_byEnd.clear();
}

void ConnectionLayer::addConnection(const QString &id)
{
    const Connection *c = m_model->connection(id);
    if (!c)
        return;
    auto *item = new ConnectionItem(c->id, c->from, c->to, ConnectionItem::Style::Traffic);
    item->setLabel(connectionLabel(*c));
    m_scene->addItem(item);
    m_connections.insert(id, item);
    m_byEnd[c->from] << item;
    m_byEnd[c->to] << item;
    update(item);
}

void ConnectionLayer::removeConnection(const QString &id)
{
    if (ConnectionItem *item = m_connections.take(id))
        forget(item);
}

void ConnectionLayer::forget(ConnectionItem *item)
{
    m_byEnd[item->from()].removeAll(item);
    m_byEnd[item->to()].removeAll(item);
    m_discard(item);
}

void ConnectionLayer::refreshAttachments(const QString &ownerId)
{
    for (ConnectionItem *item : m_attachments.take(ownerId))
        forget(item);
    const Element *e = m_model->element(ownerId);
    if (!e || !attachesToSubnets(e->kind))
        return;
    for (const QString &subnet : e->listValue(QStringLiteral("subnets"))) {
        if (!m_model->element(subnet))
            continue;
        auto *item = new ConnectionItem(QString(), ownerId, subnet, ConnectionItem::Style::Attachment);
        m_scene->addItem(item);
        m_attachments[ownerId] << item;
        m_byEnd[ownerId] << item;
        m_byEnd[subnet] << item;
        update(item);
    }
}

void ConnectionLayer::elementAdded(const QString &id)
{
    const Element *e = m_model->element(id);
    if (!e)
        return;
    if (attachesToSubnets(e->kind))
        refreshAttachments(id);
    if (e->kind != ElementKind::Subnet)
        return;
    // Its load balancers may have come back first (undo re-inserts in file order).
    for (const Element &owner : m_model->design().elements()) {
        if (attachesToSubnets(owner.kind) && owner.listValue(QStringLiteral("subnets")).contains(id))
            refreshAttachments(owner.id);
    }
}

void ConnectionLayer::elementAboutToBeRemoved(const QString &id)
{
    for (ConnectionItem *item : m_attachments.take(id))
        forget(item);
    // Only attachments can still end here: the model removes connections first.
    for (ConnectionItem *item : m_byEnd.take(id)) {
        m_attachments[item->from()].removeAll(item);
        m_byEnd[item->from()].removeAll(item);
        m_byEnd[item->to()].removeAll(item);
        if (m_connections.value(item->id()) == item)
            m_connections.remove(item->id());
        m_discard(item);
    }
}

void ConnectionLayer::updateEndsAt(const QString &id)
{
    const auto it = m_byEnd.constFind(id);
    if (it == m_byEnd.constEnd())
        return;
    for (ConnectionItem *item : it.value())
        update(item);
}

void ConnectionLayer::update(ConnectionItem *item)
{
    ElementItem *from = m_lookup(item->from());
    ElementItem *to = m_lookup(item->to());
    item->setVisible(from && to);
    if (!from || !to)
        return;
    item->setEnds(from->mapRectToScene(from->anchorRect()), to->mapRectToScene(to->anchorRect()));
}

} // namespace pillar
