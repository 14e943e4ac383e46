#include "Layout.h"

#include "KindInfo.h"

#include <algorithm>

namespace pillar::layout {

QSizeF defaultSize(ElementKind kind)
{
    return kindInfo(kind).defaultSize;
}

bool isUnplaced(const Element &element)
{
    return element.geometry == QRectF();
}

QSizeF elementSize(const Element &element)
{
    if (!kindInfo(element.kind).container)
        return {kLeafWidth, kLeafHeight};
    return {std::max(element.geometry.width(), kMinContainerWidth), std::max(element.geometry.height(), kMinContainerHeight)};
}

QPointF scenePosition(const Design &design, const QString &id)
{
    QPointF pos;
    const Element *e = design.element(id);
    // Bounded walk: an unchecked design may hold a cycle.
    for (size_t steps = 0; e && steps <= design.elements().size(); ++steps) {
        pos += e->geometry.topLeft();
        e = design.element(e->parent);
    }
    return pos;
}

QRectF sceneRect(const Design &design, const QString &id)
{
    const Element *e = design.element(id);
    if (!e)
        return {};
    return QRectF(scenePosition(design, id), elementSize(*e));
}

void growToFit(const Design &design, QHash<QString, Element> &pending)
{
    QStringList work = pending.keys();
    std::sort(work.begin(), work.end()); // deterministic order
    for (int guard = 0; !work.isEmpty() && guard < 100000; ++guard) {
        const QString id = work.takeFirst();
        Element child = pending.value(id);
        if (child.parent.isEmpty())
            continue;
        Element parent = pending.contains(child.parent) ? pending.value(child.parent)
                                                        : (design.element(child.parent) ? *design.element(child.parent) : Element());
        if (parent.id.isEmpty() || !kindInfo(parent.kind).container)
            continue;
        // Clamp into the parent's inner area so nothing hides under the title.
        QRectF g = child.geometry;
        const QPointF clamped(std::max(g.x(), kPadding), std::max(g.y(), kHeaderHeight));
        if (clamped != g.topLeft()) {
            g.moveTopLeft(clamped);
            child.geometry = g;
            pending.insert(id, child);
        }
        const QSizeF size = elementSize(child);
        const QSizeF parentSize = elementSize(parent);
        const double needW = g.x() + size.width() + kPadding;
        const double needH = g.y() + size.height() + kPadding;
        if (needW > parentSize.width() || needH > parentSize.height()) {
            parent.geometry.setSize(QSizeF(std::max(needW, parentSize.width()), std::max(needH, parentSize.height())));
            pending.insert(parent.id, parent);
            if (!work.contains(parent.id))
                work << parent.id;
        }
    }
}

namespace {

// Lays out the children of `id` in a row and returns the size they need.
QSizeF layoutChildren(Design &design, const QHash<QString, QStringList> &byParent, const QString &id, int depth)
{
    const QStringList kids = byParent.value(id);
    double x = id.isEmpty() ? 40 : kPadding;
    const double top = id.isEmpty() ? 40 : kHeaderHeight + 8;
    double leafX = x;
    double leafY = top;
    double rowBottom = top;
    double right = x;
    // Containers side by side; leaves in rows of three above them.
    QStringList containers;
    int leavesInRow = 0;
    for (const QString &kid : kids) {
        Element *e = design.element(kid);
        if (kindInfo(e->kind).container) {
            containers << kid;
            continue;
        }
        if (!isUnplaced(*e))
            continue;
        if (leavesInRow == (id.isEmpty() ? 8 : 3)) {
            leafX = x;
            leafY = rowBottom + 24;
            leavesInRow = 0;
        }
        e->geometry = QRectF(leafX, leafY, 0, 0);
        leafX += kLeafWidth + 40;
        right = std::max(right, leafX);
        rowBottom = std::max(rowBottom, leafY + kLeafHeight);
        ++leavesInRow;
    }
    double cx = x;
    const double cy = leavesInRow > 0 ? rowBottom + 32 : top;
    double bottom = rowBottom;
    for (const QString &kid : containers) {
        const QSizeF inner = depth < 64 ? layoutChildren(design, byParent, kid, depth + 1) : QSizeF(0, 0);
        Element *e = design.element(kid);
        if (isUnplaced(*e)) {
            const QSizeF min = defaultSize(e->kind);
            const QSizeF size(std::max(inner.width(), min.width() * 0.5), std::max(inner.height(), min.height() * 0.5));
            e->geometry = QRectF(QPointF(cx, cy), size);
        }
        const QSizeF size = elementSize(*e);
        cx = e->geometry.x() + size.width() + 24;
        right = std::max(right, cx);
        bottom = std::max(bottom, e->geometry.y() + size.height());
    }
    return {right - 24 + kPadding, bottom + kPadding};
}

} // namespace

bool needsLayout(const Design &design)
{
    return std::any_of(design.elements().begin(), design.elements().end(),
                       [](const Element &e) { return isUnplaced(e); });
}

void autoLayout(Design &design)
{
    QHash<QString, QStringList> byParent;
    for (const Element &e : design.elements())
        byParent[design.element(e.parent) ? e.parent : QString()] << e.id;
    layoutChildren(design, byParent, QString(), 0);
}

} // namespace pillar::layout
