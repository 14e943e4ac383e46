#include "DesignScene.h"

#include "CanvasContextMenu.h"
#include "CanvasEditor.h"
#include "ConnectionItem.h"
#include "ContainerItem.h"
#include "DesignModel.h"
#include "Document.h"
#include "LeafItem.h"
#include "SceneGestures.h"

#include <QGraphicsSceneMouseEvent>

#include <algorithm>

namespace pillar {

namespace {

// Room around the design so it can be scrolled a little past its edges.
constexpr qreal kSceneMargin = 400;

bool hasAttachments(ElementKind kind)
{
    return kind == ElementKind::LoadBalancer || kind == ElementKind::AutoScalingGroup;
}

QString connectionLabel(const Connection &c)
{
    if (c.port > 0)
        return c.protocol.isEmpty() ? QString::number(c.port) : c.protocol + QLatin1Char('/') + QString::number(c.port);
    return c.protocol;
}

} // namespace

DesignScene::DesignScene(Document *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_editor(new CanvasEditor(document, this))
    , m_gestures(new SceneGestures(this))
{
    setItemIndexMethod(BspTreeIndex);
    m_editor->setGridSize(m_snap ? kGrid : 0);
    DesignModel *model = document->model();
    connect(model, &DesignModel::designReset, this, &DesignScene::rebuild);
    connect(model, &DesignModel::elementAdded, this, &DesignScene::onElementAdded);
    connect(model, &DesignModel::elementAboutToBeRemoved, this, &DesignScene::onElementAboutToBeRemoved);
    connect(model, &DesignModel::elementChanged, this, &DesignScene::onElementChanged);
    connect(model, &DesignModel::elementGeometryChanged, this, &DesignScene::onElementGeometryChanged);
    connect(model, &DesignModel::connectionAdded, this, &DesignScene::onConnectionAdded);
    connect(model, &DesignModel::connectionAboutToBeRemoved, this, &DesignScene::onConnectionAboutToBeRemoved);
    connect(model, &DesignModel::connectionChanged, this, &DesignScene::onConnectionChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, &DesignScene::onSelectionChanged);
    connect(m_editor, &CanvasEditor::message, this, &DesignScene::statusMessage);
    rebuild();
}

DesignScene::~DesignScene()
{
    delete m_gestures;
}

void DesignScene::setSnapToGrid(bool on)
{
    m_snap = on;
    m_editor->setGridSize(on ? kGrid : 0);
}

void DesignScene::rebuild()
{
    m_highlighted.clear();
    m_elements.clear();
    m_connections.clear();
    m_attachments.clear();
    m_byEnd.clear();
    clear();
    const Design &design = m_document->model()->design();
    for (const Element &e : design.elements())
        createItem(e.id);
    for (const Element &e : design.elements())
        placeItem(e.id);
    for (const Connection &c : design.connections())
        addConnectionItem(c.id);
    for (const Element &e : design.elements()) {
        if (hasAttachments(e.kind))
            refreshAttachments(e.id);
    }
    setSceneRect(designRect(kSceneMargin));
}

ElementItem *DesignScene::createItem(const QString &id)
{
    const Element *e = m_document->model()->element(id);
    ElementItem *item = kindInfo(e->kind).container ? static_cast<ElementItem *>(new ContainerItem(*e))
                                                    : static_cast<ElementItem *>(new LeafItem(*e));
    addItem(item);
    m_elements.insert(id, item);
    return item;
}

void DesignScene::placeItem(const QString &id)
{
    const Element *e = m_document->model()->element(id);
    ElementItem *item = m_elements.value(id);
    if (!e || !item)
        return;
    // A parent item that is not there yet (undo inserts in file order) adopts
    // the child when it arrives: see onElementAdded.
    ElementItem *parent = m_elements.value(e->parent);
    if (item->parentItem() != parent)
        item->setParentItem(parent);
    item->setPos(e->geometry.topLeft());
    if (auto *container = qgraphicsitem_cast<ContainerItem *>(item))
        container->sync(*e);
}

void DesignScene::addConnectionItem(const QString &id)
{
    const Connection *c = m_document->model()->connection(id);
    auto *item = new ConnectionItem(c->id, c->from, c->to, ConnectionItem::Style::Traffic);
    item->setLabel(connectionLabel(*c));
    addItem(item);
    m_connections.insert(id, item);
    m_byEnd[c->from] << item;
    m_byEnd[c->to] << item;
    updateConnectionItem(item);
}

void DesignScene::removeAttachmentsOf(const QString &id)
{
    for (ConnectionItem *item : m_attachments.take(id)) {
        m_byEnd[item->from()].removeAll(item);
        m_byEnd[item->to()].removeAll(item);
        delete item;
    }
}

void DesignScene::refreshAttachments(const QString &id)
{
    removeAttachmentsOf(id);
    const Element *e = m_document->model()->element(id);
    if (!e || !hasAttachments(e->kind))
        return;
    for (const QString &subnet : e->listValue(QStringLiteral("subnets"))) {
        if (!m_elements.contains(subnet))
            continue;
        auto *item = new ConnectionItem(QString(), id, subnet, ConnectionItem::Style::Attachment);
        addItem(item);
        m_attachments[id] << item;
        m_byEnd[id] << item;
        m_byEnd[subnet] << item;
        updateConnectionItem(item);
    }
}

void DesignScene::updateConnectionItem(ConnectionItem *item)
{
    ElementItem *from = m_elements.value(item->from());
    ElementItem *to = m_elements.value(item->to());
    item->setVisible(from && to);
    if (!from || !to)
        return;
    item->setEnds(from->mapRectToScene(from->anchorRect()), to->mapRectToScene(to->anchorRect()));
}

void DesignScene::updateConnectionsOf(const QString &id)
{
    ElementItem *root = m_elements.value(id);
    if (!root)
        return;
    QVector<QGraphicsItem *> stack{root};
    while (!stack.isEmpty()) {
        QGraphicsItem *next = stack.takeLast();
        if (auto *e = dynamic_cast<ElementItem *>(next)) {
            for (ConnectionItem *c : m_byEnd.value(e->id()))
                updateConnectionItem(c);
        }
        stack << next->childItems().toVector();
    }
}

void DesignScene::onElementAdded(const QString &id)
{
    createItem(id);
    placeItem(id);
    const Element *e = m_document->model()->element(id);
    if (kindInfo(e->kind).container) {
        for (ElementItem *item : std::as_const(m_elements)) {
            const Element *child = m_document->model()->element(item->id());
            if (child && child->parent == id && item->parentItem() != m_elements.value(id))
                placeItem(child->id);
        }
    }
    if (hasAttachments(e->kind))
        refreshAttachments(id);
    updateConnectionsOf(id);
    setSceneRect(sceneRect() | designRect(kSceneMargin));
}

void DesignScene::onElementAboutToBeRemoved(const QString &id)
{
    ElementItem *item = m_elements.take(id);
    if (!item)
        return;
    m_gestures->forget(id);
    removeAttachmentsOf(id);
    for (ConnectionItem *c : m_byEnd.take(id)) {
        // Only attachments can still end here: the model removes connections first.
        m_attachments[c->from()].removeAll(c);
        m_byEnd[c->from()].removeAll(c);
        delete c;
    }
    m_highlighted.removeAll(id);
    for (QGraphicsItem *child : item->childItems())
        child->setParentItem(nullptr); // never delete items the maps still hold
    delete item;
}

void DesignScene::onElementChanged(const QString &id)
{
    const Element *e = m_document->model()->element(id);
    ElementItem *item = m_elements.value(id);
    if (!e || !item)
        return;
    item->sync(*e);
    placeItem(id);
    if (hasAttachments(e->kind))
        refreshAttachments(id);
    updateConnectionsOf(id);
    if (!m_highlighted.isEmpty() || e->kind == ElementKind::SecurityGroup || !e->securityGroups.isEmpty())
        refreshHighlights();
}

void DesignScene::onElementGeometryChanged(const QString &id)
{
    placeItem(id);
    updateConnectionsOf(id);
    setSceneRect(sceneRect() | designRect(kSceneMargin));
}

void DesignScene::onConnectionAdded(const QString &id)
{
    addConnectionItem(id);
}

void DesignScene::onConnectionAboutToBeRemoved(const QString &id)
{
    ConnectionItem *item = m_connections.take(id);
    if (!item)
        return;
    m_byEnd[item->from()].removeAll(item);
    m_byEnd[item->to()].removeAll(item);
    delete item;
}

void DesignScene::onConnectionChanged(const QString &id)
{
    onConnectionAboutToBeRemoved(id);
    addConnectionItem(id);
}

void DesignScene::onSelectionChanged()
{
    m_editor->breakMergeChain();
    refreshHighlights();
}

void DesignScene::refreshHighlights()
{
    for (const QString &id : std::as_const(m_highlighted)) {
        if (ElementItem *item = m_elements.value(id))
            item->setHighlight(QColor());
    }
    m_highlighted.clear();
    // A selected security group shows its members.
    QStringList groups;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *leaf = qgraphicsitem_cast<LeafItem *>(item); leaf && leaf->kind() == ElementKind::SecurityGroup)
            groups << leaf->id();
    }
    if (groups.isEmpty())
        return;
    for (const Element &e : m_document->model()->design().elements()) {
        for (const QString &g : groups) {
            if (e.securityGroups.contains(g)) {
                m_elements.value(e.id)->setHighlight(ElementItem::groupColor(g));
                m_highlighted << e.id;
                break;
            }
        }
    }
}

QStringList DesignScene::selectedIds() const
{
    const Design &design = m_document->model()->design();
    QVector<QPair<int, QString>> ordered;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *e = dynamic_cast<ElementItem *>(item))
            ordered.append({design.elementIndex(e->id()), e->id()});
        else if (auto *c = qgraphicsitem_cast<ConnectionItem *>(item); c && c->style() == ConnectionItem::Style::Traffic)
            ordered.append({int(design.elements().size()) + design.connectionIndex(c->id()), c->id()});
    }
    std::sort(ordered.begin(), ordered.end());
    QStringList ids;
    for (const auto &p : ordered)
        ids << p.second;
    return ids;
}

void DesignScene::selectIds(const QStringList &ids)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (const QString &id : ids) {
        if (ElementItem *e = m_elements.value(id))
            e->setSelected(true);
        else if (ConnectionItem *c = m_connections.value(id))
            c->setSelected(true);
    }
    blocker.unblock();
    emit selectionChanged();
}

ElementItem *DesignScene::elementItemAt(const QPointF &scenePos, const QStringList &exclude) const
{
    for (QGraphicsItem *item : items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder)) {
        auto *e = dynamic_cast<ElementItem *>(item);
        if (!e || !QRectF(QPointF(), e->size()).contains(e->mapFromScene(scenePos)))
            continue;
        bool excluded = false;
        for (QGraphicsItem *a = e; a && !excluded; a = a->parentItem()) {
            if (auto *ae = dynamic_cast<ElementItem *>(a))
                excluded = exclude.contains(ae->id());
        }
        if (!excluded)
            return e;
    }
    return nullptr;
}

QRectF DesignScene::designRect(qreal margin) const
{
    QRectF r;
    for (ElementItem *item : m_elements) {
        if (!item->parentItem())
            r |= item->mapRectToScene(QRectF(QPointF(), item->size()));
    }
    if (r.isEmpty())
        r = QRectF(0, 0, 1200, 800);
    return r.adjusted(-margin, -margin, margin, margin);
}

void DesignScene::resyncGeometry(const QStringList &ids)
{
    for (const QString &id : ids) {
        placeItem(id);
        updateConnectionsOf(id);
    }
}

void DesignScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // A consumed press is accepted: otherwise the view would also start a
    // rubber band and select everything the gesture crosses.
    if (m_gestures->press(event))
        event->accept();
    else
        QGraphicsScene::mousePressEvent(event);
    m_gestures->afterPress(event);
}

void DesignScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_gestures->move(event))
        event->accept();
    else
        QGraphicsScene::mouseMoveEvent(event);
}

void DesignScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_gestures->release(event))
        event->accept();
    else
        QGraphicsScene::mouseReleaseEvent(event);
}

void DesignScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    ElementItem *item = elementItemAt(event->scenePos());
    if (!item || event->button() != Qt::LeftButton) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    if (item->kind() != ElementKind::SecurityGroup && item->labelRect().contains(item->mapFromScene(event->scenePos())))
        emit renameRequested(item->id());
    else
        emit elementActivated(item->id());
}

void DesignScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    CanvasContextMenu::exec(this, event);
}

} // namespace pillar
