#include "DesignRenderer.h"

#include "Captions.h"
#include "ConnectionGeometry.h"
#include "IconPath.h"
#include "Layout.h"
#include "RenderStyle.h"
#include "KindInfo.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

#include <cmath>
#include <map>
#include <memory>

namespace pillar {

namespace {

// One parsed SVG per kind for the process; rendering it draws vectors, so
// SVG and PDF output keep icons sharp.
QSvgRenderer *iconRenderer(ElementKind kind)
{
    static std::map<int, std::unique_ptr<QSvgRenderer>> cache;
    auto &slot = cache[int(kind)];
    if (!slot) {
        slot = std::make_unique<QSvgRenderer>(kindIconPath(kind));
    }
    return slot->isValid() ? slot.get() : nullptr;
}

void paintIcon(QPainter *painter, const QRectF &rect, ElementKind kind)
{
    if (QSvgRenderer *svg = iconRenderer(kind)) {
        svg->render(painter, rect);
        return;
    }
    style::paintFallbackIcon(painter, rect, kind); // no icon resource
}

const QRectF kLeafIcon(26, 2, 44, 44); // as LeafItem::iconRect()

} // namespace

DesignRenderer::DesignRenderer(const Design &design, const QStringList &only)
    : m_design(design)
{
    // Children per parent in file order, built once: Design::children() is O(n).
    QHash<QString, QStringList> children;
    for (const Element &e : design.elements())
        children[e.parent] << e.id;

    QStringList roots;
    if (only.isEmpty()) {
        roots = children.value(QString());
    } else {
        // Selected elements whose ancestors are not selected too.
        const QSet<QString> wanted(only.begin(), only.end());
        for (const QString &id : only) {
            const Element *e = design.element(id);
            if (!e)
                continue;
            bool covered = false;
            for (const Element *p = design.element(e->parent); p && !covered; p = design.element(p->parent))
                covered = wanted.contains(p->id);
            if (!covered && !roots.contains(id))
                roots << id;
        }
    }
    // Depth first, parents before children; a visited set guards against cycles.
    QStringList stack(roots.crbegin(), roots.crend());
    while (!stack.isEmpty()) {
        const QString id = stack.takeLast();
        if (m_drawn.contains(id))
            continue;
        m_drawn.insert(id);
        m_order << id;
        const QStringList kids = children.value(id);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack << *it;
    }
    for (const QString &id : std::as_const(m_order)) {
        const QRectF r = layout::sceneRect(design, id);
        m_rects.insert(id, r);
        // Leaf labels may be a little wider than the item (see LeafItem).
        const Element *e = design.element(id);
        m_bounds |= kindInfo(e->kind).container ? r : r.adjusted(-12, 0, 12, 0);
    }
    if (!m_bounds.isNull())
        m_bounds.adjust(-kMargin, -kMargin, kMargin, kMargin);
}

QRectF DesignRenderer::anchorRect(const QString &id) const
{
    const QRectF r = m_rects.value(id);
    const Element *e = m_design.element(id);
    if (!e || kindInfo(e->kind).container)
        return r;
    return kLeafIcon.translated(r.topLeft()).adjusted(-4, -4, 4, 4);
}

void DesignRenderer::paint(QPainter *painter, const QRectF &target) const
{
    if (m_bounds.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->translate(target.topLeft());
    painter->scale(target.width() / m_bounds.width(), target.height() / m_bounds.height());
    painter->translate(-m_bounds.topLeft());
    paintScene(painter);
    painter->restore();
}

void DesignRenderer::paintScene(QPainter *painter) const
{
    // Containers under everything, resources above them, connections on top: the canvas's z order.
    for (const QString &id : m_order) {
        const Element *e = m_design.element(id);
        if (kindInfo(e->kind).container)
            paintContainer(painter, *e, m_rects.value(id));
    }
    for (const QString &id : m_order) {
        const Element *e = m_design.element(id);
        if (!kindInfo(e->kind).container)
            paintLeaf(painter, *e, m_rects.value(id));
    }
    for (const QString &id : m_order) {
        const Element *e = m_design.element(id);
        if (!attachesToSubnets(e->kind))
            continue;
        for (const QString &subnet : e->listValue(QStringLiteral("subnets"))) {
            if (m_drawn.contains(subnet))
                paintLine(painter, anchorRect(id), anchorRect(subnet), QString(), false);
        }
    }
    for (const Connection &c : m_design.connections()) {
        if (m_drawn.contains(c.from) && m_drawn.contains(c.to))
            paintLine(painter, anchorRect(c.from), anchorRect(c.to), connectionLabel(c), true);
    }
}

void DesignRenderer::paintContainer(QPainter *painter, const Element &e, const QRectF &r) const
{
    const bool isPublic = style::isPublicSubnet(e);
    const style::ContainerColors colors = style::containerColors(e.kind, isPublic);
    painter->setPen(QPen(colors.border, 1.5, colors.dashed ? Qt::DashLine : Qt::SolidLine));
    painter->setBrush(colors.fill);
    painter->drawRect(r);
    paintIcon(painter, QRectF(r.left() + 4, r.top() + 4, 20, 20), e.kind);

    const QString detail = containerDetail(e);

    QFont font = painter->font();
    font.setPixelSize(12);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(style::textColor());
    const QFontMetricsF metrics(font);
    const QRectF label(r.left() + 30, r.top() + 4, std::max(40.0, r.width() - 40), 20);
    const QString name = metrics.elidedText(e.displayName(), Qt::ElideRight, label.width());
    painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter, name);
    if (!detail.isEmpty()) {
        font.setBold(false);
        font.setPixelSize(10);
        painter->setFont(font);
        painter->setPen(style::detailColor());
        const qreal x = label.left() + metrics.horizontalAdvance(name) + 8;
        const qreal room = std::max(0.0, r.right() - x - 4);
        painter->drawText(QRectF(x, label.top(), room, label.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(font).elidedText(detail, Qt::ElideRight, room));
    }
}

void DesignRenderer::paintLeaf(QPainter *painter, const Element &e, const QRectF &r) const
{
    if (e.kind == ElementKind::SecurityGroup) {
        painter->setPen(QPen(style::groupColor(e.id), 2, Qt::DashLine));
        painter->setBrush(style::groupChipFill());
        painter->drawRoundedRect(r.adjusted(1, 1, -1, -1), 8, 8);
    }
    paintIcon(painter, kLeafIcon.translated(r.topLeft()), e.kind);

    QFont font = painter->font();
    font.setBold(false);
    font.setPixelSize(11);
    painter->setFont(font);
    painter->setPen(style::textColor());
    const qreal wide = layout::kLeafWidth + 20;
    const QString name = QFontMetricsF(font).elidedText(e.displayName(), Qt::ElideMiddle, wide);
    painter->drawText(QRectF(r.center().x() - wide / 2, r.top() + 48, wide, 15), Qt::AlignHCenter | Qt::AlignTop, name);
    const QString badge = leafBadge(e);
    if (!badge.isEmpty()) {
        font.setPixelSize(9);
        painter->setFont(font);
        painter->setPen(style::detailColor());
        painter->drawText(QRectF(r.center().x() - wide / 2, r.top() + 63, wide, 13), Qt::AlignHCenter | Qt::AlignTop, badge);
    }
    // Security group chips stacked down the left edge.
    qreal y = r.top() + 2;
    for (const QString &group : e.securityGroups) {
        painter->setPen(QPen(Qt::white, 1));
        painter->setBrush(style::groupColor(group));
        painter->drawRoundedRect(QRectF(r.left() + 2, y, 16, 9), 3, 3);
        y += 11;
    }
}

void DesignRenderer::paintLine(QPainter *painter, const QRectF &from, const QRectF &to, const QString &label, bool traffic) const
{
    const QLineF line = connectionLine(from, to);
    const QColor color = traffic ? style::trafficColor() : style::attachmentColor();
    painter->setPen(QPen(color, traffic ? 1.6 : 1.0, traffic ? Qt::SolidLine : Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawLine(line);
    paintConnectionEnd(painter, line, color, traffic);
    paintConnectionLabel(painter, line, label, color);
}

} // namespace pillar
