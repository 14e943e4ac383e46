#include "CanvasEditor.h"

#include "DesignFragment.h"
#include "DesignModel.h"
#include "Document.h"
#include "Layout.h"
#include "Placement.h"
#include "commands/AddElementsCommand.h"
#include "commands/ConnectionCommands.h"
#include "commands/MoveElementsCommand.h"
#include "commands/RemoveElementsCommand.h"
#include "commands/RenameElementCommand.h"
#include "commands/SetPropertiesCommand.h"
#include "KindInfo.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace pillar {

CanvasEditor::CanvasEditor(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_putClipboard([](QMimeData *data) { QGuiApplication::clipboard()->setMimeData(data); })
    , m_clipboard([] { return QGuiApplication::clipboard()->mimeData(); })
{
}

void CanvasEditor::setClipboard(std::function<void(QMimeData *)> put, std::function<const QMimeData *()> get)
{
    m_putClipboard = std::move(put);
    m_clipboard = std::move(get);
}

QPointF CanvasEditor::snapped(const QPointF &p) const
{
    if (m_grid <= 0)
        return p;
    return QPointF(std::round(p.x() / m_grid) * m_grid, std::round(p.y() / m_grid) * m_grid);
}

QString CanvasEditor::containerAt(const QPointF &scenePos, const QSet<QString> &exclude) const
{
    const Design &design = m_document->model()->design();
    QSet<QString> skipped = exclude;
    for (const QString &id : exclude) {
        for (const QString &d : design.descendants(id))
            skipped.insert(d);
    }
    QString best;
    int bestDepth = -1;
    for (const Element &e : design.elements()) {
        if (!kindInfo(e.kind).container || skipped.contains(e.id))
            continue;
        if (!layout::sceneRect(design, e.id).contains(scenePos))
            continue;
        int depth = 0;
        for (const Element *p = design.element(e.parent); p && depth < 64; p = design.element(p->parent))
            ++depth;
        if (depth > bestDepth) {
            best = e.id;
            bestDepth = depth;
        }
    }
    return best;
}

QString CanvasEditor::dropProblem(ElementKind kind, const QPointF &scenePos) const
{
    return placementProblem(m_document->model()->design(), kind, containerAt(scenePos));
}

QString CanvasEditor::addElement(ElementKind kind, const QPointF &scenePos)
{
    const Design &design = m_document->model()->design();
    const QString parent = containerAt(scenePos);
    const QString problem = placementProblem(design, kind, parent);
    if (!problem.isEmpty()) {
        emit message(problem);
        return {};
    }
    Element e;
    e.kind = kind;
    e.id = design.uniqueId(QString::fromLatin1(kindInfo(kind).idPrefix));
    e.parent = parent;
    const QSizeF size = kindInfo(kind).container ? layout::defaultSize(kind) : QSizeF(layout::kLeafWidth, layout::kLeafHeight);
    QPointF topLeft = snapped(scenePos - QPointF(size.width() / 2, kindInfo(kind).container ? 12 : size.height() / 2));
    if (!parent.isEmpty())
        topLeft -= layout::scenePosition(design, parent);
    e.geometry = QRectF(topLeft, kindInfo(kind).container ? size : QSizeF(0, 0));
    m_document->push(new AddElementsCommand(m_document->model(), {e}, {},
                                                         tr("Add %1").arg(kindDisplayName(kind))));
    return e.id;
}

QStringList CanvasEditor::topMost(const QStringList &ids) const
{
    const Design &design = m_document->model()->design();
    const QSet<QString> set(ids.begin(), ids.end());
    QStringList result;
    for (const QString &id : ids) {
        const Element *e = design.element(id);
        if (!e)
            continue;
        bool covered = false;
        for (const Element *p = design.element(e->parent); p && !covered; p = design.element(p->parent))
            covered = set.contains(p->id);
        if (!covered)
            result << id;
    }
    return result;
}

bool CanvasEditor::moveElements(const QStringList &ids, const QPointF &delta, const QPointF &dropPos, int gestureId)
{
    const Design &design = m_document->model()->design();
    const QStringList moving = topMost(ids);
    if (moving.isEmpty())
        return false;
    const QString target = containerAt(dropPos, QSet<QString>(moving.begin(), moving.end()));
    QVector<ElementPlacement> placements;
    for (const QString &id : moving) {
        const Element *e = design.element(id);
        QString parent = e->parent;
        if (target != e->parent) {
            const QString problem = moveProblem(design, id, target);
            if (!problem.isEmpty()) {
                emit message(problem);
                return false;
            }
            parent = target;
        }
        QPointF pos = layout::scenePosition(design, id) + delta;
        if (!parent.isEmpty())
            pos -= layout::scenePosition(design, parent);
        placements.append({id, parent, QRectF(pos, e->geometry.size())});
    }
    m_document->push(new MoveElementsCommand(m_document->model(), placements, gestureId));
    return true;
}

QSizeF CanvasEditor::minimumSize(const QString &id) const
{
    const Design &design = m_document->model()->design();
    QSizeF min(layout::kMinContainerWidth, layout::kMinContainerHeight);
    for (const QString &child : design.children(id)) {
        const Element *c = design.element(child);
        const QSizeF s = layout::elementSize(*c);
        min = min.expandedTo(QSizeF(c->geometry.x() + s.width() + layout::kPadding, c->geometry.y() + s.height() + layout::kPadding));
    }
    return min;
}

void CanvasEditor::resizeContainer(const QString &id, const QSizeF &size, int gestureId)
{
    const Element *e = m_document->model()->element(id);
    if (!e || !kindInfo(e->kind).container)
        return;
    const QSizeF minimum = minimumSize(id);
    QSizeF fitted = size.expandedTo(minimum);
    // Siblings never overlap: the frame stops short of the next one to its
    // right or below (one that already overlapped is left to the user).
    const Design &design = m_document->model()->design();
    const QRectF before = layout::sceneRect(design, id);
    const QPointF origin = before.topLeft();
    constexpr double kGap = layout::kPadding / 2;
    QString stoppedBy;
    for (const QString &sibling : design.children(e->parent)) {
        if (sibling == id)
            continue;
        const QRectF other = layout::sceneRect(design, sibling);
        const QRectF grown(origin, fitted);
        if (before.intersects(other) || !grown.intersects(other))
            continue;
        const bool right = other.left() >= before.right(), below = other.top() >= before.bottom();
        const double maxWidth = other.left() - kGap - origin.x(), maxHeight = other.top() - kGap - origin.y();
        // Diagonally placed: give up the smaller overshoot.
        const bool clampWidth = right && (!below || fitted.width() - maxWidth <= fitted.height() - maxHeight);
        if (clampWidth)
            fitted.setWidth(std::max(minimum.width(), maxWidth));
        else if (below)
            fitted.setHeight(std::max(minimum.height(), maxHeight));
        stoppedBy = design.element(sibling)->displayName();
    }
    if (!stoppedBy.isEmpty())
        emit message(tr("%1 stops at %2: containers side by side cannot overlap.").arg(e->displayName(), stoppedBy));
    m_document->push(new MoveElementsCommand(m_document->model(),
                                                          {{id, e->parent, QRectF(e->geometry.topLeft(), fitted)}}, gestureId));
}

QString CanvasEditor::connectProblem(const QString &fromId, const QString &toId) const
{
    const Design &design = m_document->model()->design();
    const Element *from = design.element(fromId);
    const Element *to = design.element(toId);
    // A drag to a subnet attaches, to a group joins; anything else draws a connection.
    if (from && to && attachesToSubnets(from->kind) && to->kind == ElementKind::Subnet)
        return subnetAttachmentProblem(design, fromId, toId);
    if (from && to && to->kind == ElementKind::SecurityGroup && from->kind != ElementKind::SecurityGroup)
        return securityGroupProblem(design, fromId, toId);
    Connection connection;
    connection.from = fromId;
    connection.to = toId;
    return connectionChangeProblem(design, connection);
}

bool CanvasEditor::connectElements(const QString &fromId, const QString &toId)
{
    const QString problem = connectProblem(fromId, toId);
    if (!problem.isEmpty()) {
        emit message(problem);
        return false;
    }
    DesignModel *model = m_document->model();
    const Element *from = model->element(fromId);
    const Element *to = model->element(toId);
    if (to->kind == ElementKind::Subnet) {
        QStringList subnets = from->listValue(QStringLiteral("subnets"));
        const bool attach = !subnets.contains(toId);
        if (attach)
            subnets << toId;
        else
            subnets.removeAll(toId);
        // A separate step per gesture: property edits would merge.
        Element edited = *from;
        edited.properties.insert(QStringLiteral("subnets"), subnets);
        const QString text = attach ? tr("Attach %1 to %2").arg(from->displayName(), to->displayName())
                                    : tr("Detach %1 from %2").arg(from->displayName(), to->displayName());
        m_document->push(new EditElementCommand(model, edited, text));
        emit message(text);
        return true;
    }
    if (to->kind == ElementKind::SecurityGroup) {
        Element edited = *from;
        const bool join = !edited.securityGroups.contains(toId);
        if (join)
            edited.securityGroups << toId;
        else
            edited.securityGroups.removeAll(toId);
        const QString text = join ? tr("Add %1 to security group %2").arg(from->displayName(), to->displayName())
                                  : tr("Remove %1 from security group %2").arg(from->displayName(), to->displayName());
        m_document->push(new EditElementCommand(model, edited, text));
        emit message(text);
        return true;
    }
    Connection c;
    c.id = model->design().uniqueId(QStringLiteral("conn"));
    c.from = fromId;
    c.to = toId;
    m_document->push(new AddConnectionCommand(model, c));
    return true;
}

bool CanvasEditor::remove(const QStringList &ids)
{
    if (ids.isEmpty())
        return false;
    m_document->push(new RemoveElementsCommand(m_document->model(), ids));
    return true;
}

bool CanvasEditor::copy(const QStringList &ids)
{
    const DesignFragment fragment = copyFragment(m_document->model()->design(), ids);
    if (fragment.isEmpty())
        return false;
    m_putClipboard(fragmentToMime(fragment));
    return true;
}

bool CanvasEditor::cut(const QStringList &ids)
{
    copy(ids);
    auto *cmd = new RemoveElementsCommand(m_document->model(), ids);
    cmd->setText(tr("Cut %n item(s)", nullptr, cmd->removedCount()));
    m_document->push(cmd);
    return true;
}

QStringList CanvasEditor::paste(const QString &targetParent)
{
    QString error;
    const DesignFragment fragment = fragmentFromMime(m_clipboard(), &error);
    if (fragment.isEmpty()) {
        emit message(error);
        return {};
    }
    QPointF offset;
    if (!targetParent.isEmpty()) {
        // Into a chosen container: the piece's top-left goes just inside it.
        QRectF bounds;
        for (const Element &e : fragment.design.elements()) {
            if (e.parent.isEmpty())
                bounds |= QRectF(e.geometry.topLeft(), QSizeF(1, 1));
        }
        const QPointF inside = layout::scenePosition(m_document->model()->design(), targetParent)
            + QPointF(layout::kPadding + 8, layout::kHeaderHeight + 8);
        offset = inside - bounds.topLeft();
    }
    return pasteFragmentOf(fragment, targetParent, clearOffset(fragment, targetParent, offset), tr("Paste"));
}

QStringList CanvasEditor::duplicate(const QStringList &ids)
{
    const DesignFragment fragment = copyFragment(m_document->model()->design(), ids);
    if (fragment.isEmpty())
        return {};
    return pasteFragmentOf(fragment, QString(), clearOffset(fragment, QString(), QPointF()), tr("Duplicate"));
}

QPointF CanvasEditor::clearOffset(const DesignFragment &fragment, const QString &targetParent, QPointF preferred) const
{
    // Room between a copy and its neighbours, so their labels stay apart.
    constexpr double kGap = 24;
    constexpr int kTries = 64;
    const Design &design = m_document->model()->design();
    QVector<QRectF> roots;
    QRectF bounds;
    QSet<QString> landing;
    for (const Element &e : fragment.design.elements()) {
        if (!e.parent.isEmpty())
            continue;
        // Leaves keep no size in the file: the layout knows it.
        const QRectF root = layout::sceneRect(fragment.design, e.id);
        roots << root;
        bounds |= root;
        landing.insert(!targetParent.isEmpty() ? targetParent : fragment.originalParent.value(e.id));
    }
    QVector<QRectF> taken;
    for (const Element &e : design.elements()) {
        if (landing.contains(e.parent))
            taken << layout::sceneRect(design, e.id);
    }
    double stepX = bounds.width() + kGap;
    if (m_grid > 0)
        stepX = std::ceil(stepX / m_grid) * m_grid;
    QPointF offset = preferred;
    for (int i = 0; i < kTries; ++i, offset.rx() += stepX) {
        bool clear = true;
        for (const QRectF &root : roots) {
            const QRectF landed = root.translated(offset).adjusted(-kGap / 2, -kGap / 2, kGap / 2, kGap / 2);
            for (const QRectF &other : taken)
                clear = clear && !landed.intersects(other);
        }
        if (clear)
            return offset;
    }
    return preferred + QPointF(stepX, 0);
}

QStringList CanvasEditor::pasteFragmentOf(const DesignFragment &fragment, const QString &targetParent, const QPointF &offset,
                                          const QString &text)
{
    const PasteResult pasted = pasteFragment(m_document->model()->design(), fragment, targetParent, offset);
    if (!pasted.refused.isEmpty())
        emit message(pasted.refused.first());
    if (pasted.elements.isEmpty())
        return {};
    m_document->push(new AddElementsCommand(m_document->model(), pasted.elements, pasted.connections, text));
    QStringList ids;
    for (const Element &e : pasted.elements)
        ids << e.id;
    return ids;
}

QStringList CanvasEditor::arrangeable(const QStringList &ids, int atLeast, const QString &tooFew)
{
    const Design &design = m_document->model()->design();
    const QStringList items = topMost(ids);
    if (items.size() < atLeast) {
        emit message(tooFew);
        return {};
    }
    const QString parent = design.element(items.first())->parent;
    for (const QString &id : items) {
        if (design.element(id)->parent != parent) {
            emit message(tr("Align and distribute line up elements of one container: select elements that stand "
                            "side by side in the same VPC, zone or subnet."));
            return {};
        }
    }
    return items;
}

bool CanvasEditor::pushArrangement(const QVector<ElementPlacement> &placements, const QString &text)
{
    const Design &design = m_document->model()->design();
    const bool moves = std::any_of(placements.begin(), placements.end(), [&](const ElementPlacement &p) {
        return design.element(p.id)->geometry.topLeft() != p.geometry.topLeft();
    });
    if (!moves) {
        emit message(tr("Nothing to move: the elements are lined up already."));
        return false;
    }
    m_document->push(new MoveElementsCommand(m_document->model(), placements, 0, text));
    return true;
}

bool CanvasEditor::align(const QStringList &ids, Alignment how)
{
    const QStringList items = arrangeable(ids, 2, tr("Select two or more elements to align them."));
    if (items.isEmpty())
        return false;
    const Design &design = m_document->model()->design();
    QRectF box;
    for (const QString &id : items) {
        const Element *e = design.element(id);
        box = box.united(QRectF(e->geometry.topLeft(), layout::elementSize(*e)));
    }
    QVector<ElementPlacement> placements;
    for (const QString &id : items) {
        const Element *e = design.element(id);
        const QSizeF size = layout::elementSize(*e);
        QPointF pos = e->geometry.topLeft();
        switch (how) {
        case Alignment::Left: pos.setX(box.left()); break;
        case Alignment::Centre: pos.setX(box.center().x() - size.width() / 2); break;
        case Alignment::Right: pos.setX(box.right() - size.width()); break;
        case Alignment::Top: pos.setY(box.top()); break;
        case Alignment::Middle: pos.setY(box.center().y() - size.height() / 2); break;
        case Alignment::Bottom: pos.setY(box.bottom() - size.height()); break;
        }
        placements.append({id, e->parent, QRectF(pos, e->geometry.size())});
    }
    static const char *const names[] = {QT_TR_NOOP("Align left"),  QT_TR_NOOP("Align centres"),
                                        QT_TR_NOOP("Align right"), QT_TR_NOOP("Align tops"),
                                        QT_TR_NOOP("Align middles"), QT_TR_NOOP("Align bottoms")};
    return pushArrangement(placements, tr(names[int(how)]));
}

bool CanvasEditor::distribute(const QStringList &ids, Qt::Orientation orientation)
{
    const QStringList items = arrangeable(ids, 3, tr("Select three or more elements to distribute them."));
    if (items.isEmpty())
        return false;
    const Design &design = m_document->model()->design();
    const bool horizontal = orientation == Qt::Horizontal;
    struct Item {
        const Element *e;
        double start;  // left or top
        double extent; // width or height
    };
    QVector<Item> row;
    for (const QString &id : items) {
        const Element *e = design.element(id);
        const QSizeF size = layout::elementSize(*e);
        row.append({e, horizontal ? e->geometry.x() : e->geometry.y(), horizontal ? size.width() : size.height()});
    }
    std::stable_sort(row.begin(), row.end(), [](const Item &a, const Item &b) { return a.start < b.start; });
    const double first = row.first().start;
    const double last = row.last().start + row.last().extent;
    double occupied = 0;
    for (const Item &i : row)
        occupied += i.extent;
    // Equal gaps; when the elements are wider than the room they span, equal
    // steps between their centres instead.
    const double gap = (last - first - occupied) / (row.size() - 1);
    QVector<ElementPlacement> placements;
    double at = first;
    const double firstCentre = first + row.first().extent / 2;
    const double step = (row.last().start + row.last().extent / 2 - firstCentre) / (row.size() - 1);
    for (int i = 0; i < row.size(); ++i) {
        const Item &item = row[i];
        const double start = gap >= 0 ? at : firstCentre + i * step - item.extent / 2;
        at += item.extent + gap;
        QPointF pos = item.e->geometry.topLeft();
        if (horizontal)
            pos.setX(start);
        else
            pos.setY(start);
        placements.append({item.e->id, item.e->parent, QRectF(pos, item.e->geometry.size())});
    }
    return pushArrangement(placements, horizontal ? tr("Distribute horizontally") : tr("Distribute vertically"));
}

bool CanvasEditor::nudge(const QStringList &ids, const QPointF &delta)
{
    const Design &design = m_document->model()->design();
    QVector<ElementPlacement> placements;
    for (const QString &id : topMost(ids)) {
        const Element *e = design.element(id);
        placements.append({id, e->parent, e->geometry.translated(delta)});
    }
    if (placements.isEmpty())
        return false;
    if (!m_nudgeGesture)
        m_nudgeGesture = MoveElementsCommand::newGestureId();
    m_document->push(new MoveElementsCommand(m_document->model(), placements, m_nudgeGesture));
    return true;
}

void CanvasEditor::breakMergeChain()
{
    m_nudgeGesture = 0;
}

bool CanvasEditor::rename(const QString &id, const QString &name)
{
    const Element *e = m_document->model()->element(id);
    if (!e || e->name == name.trimmed())
        return false;
    m_document->push(new RenameElementCommand(m_document->model(), id, name.trimmed()));
    return true;
}

void CanvasEditor::setProperty(const QString &id, const QString &key, const QVariant &value)
{
    if (!m_document->model()->element(id))
        return;
    m_document->push(new SetPropertiesCommand(m_document->model(), id, key, value));
}

void CanvasEditor::editElement(const Element &edited, const QString &text)
{
    if (!m_document->model()->element(edited.id))
        return;
    m_document->push(new EditElementCommand(m_document->model(), edited, text));
}

void CanvasEditor::setConnectionPort(const QString &connectionId, const QString &protocol, int port)
{
    const Connection *c = m_document->model()->connection(connectionId);
    if (!c)
        return;
    Connection edited = *c;
    edited.protocol = protocol;
    edited.port = port;
    m_document->push(new ChangeConnectionCommand(m_document->model(), edited));
}

} // namespace pillar
