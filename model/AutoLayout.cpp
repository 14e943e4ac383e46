#include "AutoLayout.h"

#include "KindInfo.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace pillar {

namespace {

// Left-to-right order of kinds: where traffic enters, then compute, then data.
int rank(ElementKind kind)
{
    return kindInfo(kind).layoutRank;
}

struct Item {
    QString id;
    QSizeF size;
};

void setPos(Design *design, const QString &id, QPointF pos, QSizeF size, bool container)
{
    Element *e = design->element(id);
    e->geometry = container ? QRectF(pos, size) : QRectF(pos, QSizeF(0, 0));
}

// Places items in rows of at most `perRow`, starting at origin; returns the bounding size.
QSizeF grid(Design *design, const QVector<Item> &items, QPointF origin, int perRow)
{
    double x = origin.x(), y = origin.y(), rowHeight = 0, width = 0;
    int inRow = 0;
    for (const Item &item : items) {
        if (inRow == perRow) {
            y += rowHeight + AutoLayout::kGap;
            x = origin.x();
            rowHeight = 0;
            inRow = 0;
        }
        const Element *e = design->element(item.id);
        setPos(design, item.id, QPointF(x, y), item.size, kindInfo(e->kind).container);
        x += item.size.width() + AutoLayout::kGap;
        width = std::max(width, x - AutoLayout::kGap - origin.x());
        rowHeight = std::max(rowHeight, item.size.height());
        ++inRow;
    }
    if (items.isEmpty())
        return QSizeF(0, 0);
    return QSizeF(width, y + rowHeight - origin.y());
}

QSizeF column(Design *design, const QVector<Item> &items, QPointF origin)
{
    return grid(design, items, origin, 1);
}

QSizeF row(Design *design, const QVector<Item> &items, QPointF origin)
{
    return grid(design, items, origin, std::max(1, int(items.size())));
}

} // namespace

QSizeF AutoLayout::layoutContainer(Design *design, const Children &children, const QString &id) const
{
    const Element *self = design->element(id);
    const ContainerLayout arrangement = kindInfo(self->kind).arrangement;
    QVector<Item> leaves, boxes, groups;
    QStringList kids = children.value(id);
    std::stable_sort(kids.begin(), kids.end(), [design](const QString &a, const QString &b) {
        return rank(design->element(a)->kind) < rank(design->element(b)->kind);
    });
    for (const QString &kid : kids) {
        const Element *e = design->element(kid);
        if (kindInfo(e->kind).container)
            boxes << Item{kid, layoutContainer(design, children, kid)};
        else if (kindInfo(e->kind).band == LayoutBand::Groups)
            groups << Item{kid, QSizeF(kLeafWidth, kLeafHeight)};
        else
            leaves << Item{kid, QSizeF(kLeafWidth, kLeafHeight)};
    }
    const QPointF origin(kPadding, kTitleHeight + kPadding);
    QSizeF content(0, 0);
    if (arrangement == ContainerLayout::Zones) {
        // [LBs / ASGs column] [AZs stacked] ; security groups in rows below.
        const QSizeF left = column(design, leaves, origin);
        const double azX = origin.x() + (left.width() > 0 ? left.width() + kGap : 0);
        double azWidth = 0;
        for (const Item &b : boxes)
            azWidth = std::max(azWidth, b.size.width());
        for (Item &b : boxes) { // equal widths read as one grid of zones
            Element *az = design->element(b.id);
            if (az->kind == ElementKind::AvailabilityZone) {
                az->geometry.setWidth(azWidth);
                b.size.setWidth(azWidth);
            }
        }
        const QSizeF azs = column(design, boxes, QPointF(azX, origin.y()));
        const double width = std::max(left.width(), azX - origin.x() + azs.width());
        const double top = origin.y() + std::max(left.height(), azs.height());
        // At least three groups a row: a narrow VPC widens rather than growing a tall column.
        const int perRow = std::max(3, int((width + kGap) / (kLeafWidth + kGap)));
        const QSizeF sgs = grid(design, groups, QPointF(origin.x(), top + (top > origin.y() ? kGap : 0)), perRow);
        content = QSizeF(std::max(width, sgs.width()),
                         top - origin.y() + (sgs.height() > 0 ? kGap + sgs.height() : 0));
    } else if (arrangement == ContainerLayout::Subnets) {
        // Public subnets first, then by the kind of what they hold.
        auto subnetRank = [design, &children](const Item &item) {
            const Element *s = design->element(item.id);
            if (s->kind != ElementKind::Subnet)
                return 20;
            if (s->boolValue(QStringLiteral("public")))
                return 0;
            int best = 10;
            for (const QString &kid : children.value(item.id))
                best = std::min(best, rank(design->element(kid)->kind));
            return best == 10 ? 5 : best;
        };
        QHash<QString, int> rankOf; // once a box, not once a comparison
        for (const Item &b : boxes)
            rankOf.insert(b.id, subnetRank(b));
        std::stable_sort(boxes.begin(), boxes.end(),
                         [&](const Item &a, const Item &b) { return rankOf.value(a.id) < rankOf.value(b.id); });
        double height = 0;
        for (const Item &b : boxes)
            height = std::max(height, b.size.height());
        for (Item &b : boxes) { // one height per AZ so subnets line up
            design->element(b.id)->geometry.setHeight(height);
            b.size.setHeight(height);
        }
        const QSizeF subnets = row(design, boxes, origin);
        const QSizeF rest = row(design, leaves + groups, QPointF(origin.x() + (subnets.width() > 0 ? subnets.width() + kGap : 0), origin.y()));
        content = QSizeF(subnets.width() + (rest.width() > 0 ? kGap + rest.width() : 0), std::max(subnets.height(), rest.height()));
    } else {
        QVector<Item> all = boxes + leaves + groups;
        const int perRow = all.size() <= 2 ? 2 : int(std::ceil(std::sqrt(double(all.size()))));
        content = grid(design, all, origin, perRow);
    }
    // Never below the canvas's minimum container size, which it would draw anyway.
    const QSizeF size(std::max(layout::kMinContainerWidth, content.width() + 2 * kPadding),
                      std::max(layout::kMinContainerHeight, origin.y() + content.height() + kPadding));
    design->element(id)->geometry.setSize(size);
    return size;
}

void AutoLayout::layoutTopLevel(Design *design, const Children &children) const
{
    QVector<Item> entries, middle, groups, right;
    for (const QString &id : children.value(QString())) {
        const Element *e = design->element(id);
        const QSizeF size = kindInfo(e->kind).container ? layoutContainer(design, children, id) : QSizeF(kLeafWidth, kLeafHeight);
        switch (kindInfo(e->kind).band) {
        case LayoutBand::Entry: entries << Item{id, size}; break;
        case LayoutBand::Side: right << Item{id, size}; break;
        case LayoutBand::Groups: groups << Item{id, size}; break;
        case LayoutBand::Middle: middle << Item{id, size}; break;
        }
    }
    auto byRank = [design](const Item &a, const Item &b) {
        return rank(design->element(a.id)->kind) < rank(design->element(b.id)->kind);
    };
    std::stable_sort(entries.begin(), entries.end(), byRank);
    std::stable_sort(middle.begin(), middle.end(), byRank);
    double x = kGap;
    const QSizeF e = column(design, entries, QPointF(x, kGap));
    x += e.width() > 0 ? e.width() + 2 * kGap : 0;
    const QSizeF m = column(design, middle, QPointF(x, kGap));
    const double groupsTop = kGap + (m.height() > 0 ? m.height() + kGap : 0);
    const int perRow = std::max(4, int((m.width() + kGap) / (kLeafWidth + kGap)));
    const QSizeF g = grid(design, groups, QPointF(x, groupsTop), perRow);
    const double middleWidth = std::max(m.width(), g.width());
    x += middleWidth > 0 ? middleWidth + 2 * kGap : 0;
    column(design, right, QPointF(x, kGap));
}

void AutoLayout::apply(Design *design) const
{
    Children children;
    for (const Element &e : design->elements())
        children[e.parent].append(e.id);
    layoutTopLevel(design, children);
}

} // namespace pillar
