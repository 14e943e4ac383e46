#include "DesignScene.h"

#include "CanvasContextMenu.h"
#include "editing/CanvasEditor.h"
#include "ConnectionLayer.h"
#include "ConnectionItem.h"
#include "ContainerItem.h"
#include "DesignModel.h"
#include "Document.h"
#include "LeafItem.h"
#include "LintRunner.h"
#include "SceneGestures.h"
#include "KindInfo.h"

#include <QGraphicsSceneMouseEvent>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace pillar {

namespace {

// Room around the design so it can be scrolled a little past its edges.
constexpr qreal kSceneMargin = 400;

} // namespace

DesignScene::DesignScene(Document *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_editor(new CanvasEditor(document, this))
    , m_gestures(new SceneGestures(this))
    , m_arrows(this, document->model(), [this](const QString &id) { return m_elements.value(id); },
               [this](QGraphicsItem *item) { discardItem(item); })
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
    // The end of every command: what its model changes left to announce.
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &DesignScene::settle);
    connect(m_editor, &CanvasEditor::message, this, &DesignScene::statusMessage);
    rebuild();
}

DesignScene::~DesignScene()
{
    // Delete the items while this is still a DesignScene: the base class
    // destructor would announce selection changes to slots of a half-destroyed
    // object.
    blockSignals(true);
    clear();
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
    m_arrows.clear();
    {
        // clear() announces each selected item it deletes, while the maps
        // are already empty: one announcement comes when the scene is whole.
        const bool hadSelection = !selectedItems().isEmpty();
        const QSignalBlocker quiet(this);
        clear();
        m_selectionChangePending |= hadSelection;
    }
    const Design &design = m_document->model()->design();
    for (const Element &e : design.elements())
        createItem(e.id);
    for (const Element &e : design.elements())
        placeItem(e.id);
    for (const Connection &c : design.connections())
        m_arrows.addConnection(c.id);
    for (const Element &e : design.elements()) {
        if (attachesToSubnets(e.kind))
            m_arrows.refreshAttachments(e.id);
    }
    setSceneRect(designRect(kSceneMargin));
    settle();
}

ElementItem *DesignScene::createItem(const QString &id)
{
    const Element *e = m_document->model()->element(id);
    ElementItem *item = kindInfo(e->kind).container ? static_cast<ElementItem *>(new ContainerItem(*e))
                                                    : static_cast<ElementItem *>(new LeafItem(*e));
    addItem(item);
    m_elements.insert(id, item);
    // A re-created item (undo of a delete, a reload) gets its badge back.
    const auto badge = m_badges.constFind(id);
    if (badge != m_badges.constEnd())
        item->setFindingBadge(badge->severity, badge->count);
    return item;
}

void DesignScene::showFindingsOf(LintRunner *runner)
{
    disconnect(m_lintConnection);
    m_lintConnection = {};
    if (runner) {
        m_lintConnection = connect(runner, &LintRunner::findingsReady, this, &DesignScene::showFindings);
        showFindings(runner->findings());
    } else {
        showFindings({});
    }
}

void DesignScene::showFindings(const QVector<Finding> &findings)
{
    QHash<QString, Badge> badges;
    for (const Finding &f : findings) {
        if (f.suppressed)
            continue;
        for (const QString &id : f.elements) {
            Badge &b = badges[id];
            b.severity = b.count == 0 ? f.severity : std::max(b.severity, f.severity);
            ++b.count;
        }
    }
    if (badges == m_badges)
        return;
    const QHash<QString, Badge> old = std::exchange(m_badges, badges);
    for (auto it = old.constBegin(); it != old.constEnd(); ++it) {
        if (!m_badges.contains(it.key())) {
            if (ElementItem *item = m_elements.value(it.key()))
                item->setFindingBadge(Severity::Info, 0);
        }
    }
    for (auto it = m_badges.constBegin(); it != m_badges.constEnd(); ++it) {
        if (ElementItem *item = m_elements.value(it.key()))
            item->setFindingBadge(it->severity, it->count);
    }
    emit badgesChanged();
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

void DesignScene::setDropHighlight(const QString &id, bool accepted)
{
    if (id != m_dropHighlight) {
        if (ElementItem *old = elementItem(m_dropHighlight))
            old->setDropState(ElementItem::DropState::None);
        m_dropHighlight = id;
    }
    if (ElementItem *item = elementItem(id))
        item->setDropState(accepted ? ElementItem::DropState::Accepted : ElementItem::DropState::Refused);
}

void DesignScene::updateConnectionsOf(const QString &id)
{
    ElementItem *root = m_elements.value(id);
    if (!root)
        return;
    QVector<QGraphicsItem *> stack{root};
    while (!stack.isEmpty()) {
        QGraphicsItem *next = stack.takeLast();
        if (auto *e = dynamic_cast<ElementItem *>(next))
            m_arrows.updateEndsAt(e->id());
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
    m_arrows.elementAdded(id);
    updateConnectionsOf(id);
    scheduleSceneRectUpdate();
    if (!e->securityGroups.isEmpty())
        markHighlightsStale(); // it may come back into a selected group
}

void DesignScene::onElementAboutToBeRemoved(const QString &id)
{
    ElementItem *item = m_elements.take(id);
    if (!item)
        return;
    m_gestures->forget(id);
    m_arrows.elementAboutToBeRemoved(id);
    m_highlighted.removeAll(id);
    for (QGraphicsItem *child : item->childItems())
        child->setParentItem(nullptr); // never delete items the maps still hold
    discardItem(item);
}

void DesignScene::discardItem(QGraphicsItem *item)
{
    // Deleting a selected item makes QGraphicsScene announce a selection
    // change at once, in the middle of the model's change: the element is
    // still in the model but its item is gone, and whoever listens (the
    // highlights, the inspector) would read a half-removed design. The
    // announcement waits for settle(), when model and scene agree again.
    if (item->isSelected()) {
        m_selectionChangePending = true;
        scheduleSettle();
    }
    const QSignalBlocker quiet(this);
    delete item;
}

void DesignScene::markHighlightsStale()
{
    m_highlightsStale = true;
    scheduleSettle();
}

void DesignScene::scheduleSettle()
{
    // Commands settle at their end (the undo stack's indexChanged); this
    // covers model changes made outside a command.
    if (m_settleScheduled)
        return;
    m_settleScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_settleScheduled = false;
        settle();
    });
}

void DesignScene::settle()
{
    if (m_selectionChangePending) {
        m_selectionChangePending = false;
        emit selectionChanged(); // refreshes the highlights too
    }
    if (m_highlightsStale)
        refreshHighlights();
}

void DesignScene::onElementChanged(const QString &id)
{
    const Element *e = m_document->model()->element(id);
    ElementItem *item = m_elements.value(id);
    if (!e || !item)
        return;
    item->sync(*e);
    placeItem(id);
    if (attachesToSubnets(e->kind))
        m_arrows.refreshAttachments(id);
    updateConnectionsOf(id);
    if (!m_highlighted.isEmpty() || e->kind == ElementKind::SecurityGroup || !e->securityGroups.isEmpty())
        markHighlightsStale();
}

void DesignScene::onElementGeometryChanged(const QString &id)
{
    placeItem(id);
    updateConnectionsOf(id);
    scheduleSceneRectUpdate();
}

void DesignScene::scheduleSceneRectUpdate()
{
    // Once per event-loop turn: a paste of many elements must not measure
    // the whole design once per element. The rectangle only grows, so the
    // view does not jump when something is deleted.
    if (m_sceneRectPending)
        return;
    m_sceneRectPending = true;
    QTimer::singleShot(0, this, &DesignScene::updateSceneRect);
}

void DesignScene::updateSceneRect()
{
    m_sceneRectPending = false;
    setSceneRect(sceneRect() | designRect(kSceneMargin));
}

void DesignScene::onConnectionAdded(const QString &id)
{
    m_arrows.addConnection(id);
}

void DesignScene::onConnectionAboutToBeRemoved(const QString &id)
{
    m_arrows.removeConnection(id);
}

void DesignScene::onConnectionChanged(const QString &id)
{
    const bool selected = m_arrows.connection(id) && m_arrows.connection(id)->isSelected();
    m_arrows.removeConnection(id);
    m_arrows.addConnection(id);
    if (selected)
        m_arrows.connection(id)->setSelected(true);
}

void DesignScene::onSelectionChanged()
{
    m_editor->breakMergeChain();
    refreshHighlights();
}

void DesignScene::refreshHighlights()
{
    m_highlightsStale = false;
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
        ElementItem *item = m_elements.value(e.id);
        for (const QString &g : groups) {
            if (item && e.securityGroups.contains(g)) {
                item->setHighlight(ElementItem::groupColor(g));
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
        else if (ConnectionItem *c = m_arrows.connection(id))
            c->setSelected(true);
    }
    blocker.unblock();
    m_selectionChangePending = false;
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
