#include "ElementItem.h"

#include "RenderStyle.h"

#include <QGraphicsSceneHoverEvent>
#include <algorithm>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace pillar {

ElementItem::ElementItem(const Element &element)
    : m_id(element.id)
    , m_kind(element.kind)
{
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
}

void ElementItem::sync(const Element &element)
{
    m_label = element.displayName();
    m_groups = element.securityGroups;
    update();
}

QRectF ElementItem::boundingRect() const
{
    // Room for the selection frame, the connect handle and the finding badge
    // (centred on the top-right corner) outside the body.
    return QRectF(QPointF(0, 0), size()).adjusted(-4, -kBadgeRadius - 1, 13, 4);
}

QRectF ElementItem::connectHandleRect() const
{
    const QSizeF s = size();
    return QRectF(s.width() - 6, s.height() / 2 - 7, 14, 14);
}

void ElementItem::setHighlight(const QColor &color)
{
    if (m_highlight == color)
        return;
    m_highlight = color;
    update();
}

void ElementItem::setFindingBadge(Severity severity, int count)
{
    count = std::max(0, count);
    if (m_findingCount == count && (count == 0 || m_findingSeverity == severity))
        return;
    m_findingSeverity = severity;
    m_findingCount = count;
    update();
}

void ElementItem::setDropState(DropState state)
{
    if (m_dropState == state)
        return;
    m_dropState = state;
    update();
}

QColor ElementItem::groupColor(const QString &groupId)
{
    // Shared with the exported pictures (pillar_render).
    return style::groupColor(groupId);
}

void ElementItem::paintChips(QPainter *painter, const QPointF &origin) const
{
    // Stacked down the left edge, beside the icon.
    qreal y = origin.y();
    for (const QString &group : m_groups) {
        painter->setPen(QPen(style::onMarkColor(), 1));
        painter->setBrush(groupColor(group));
        painter->drawRoundedRect(QRectF(origin.x(), y, 16, 9), 3, 3);
        y += 11;
    }
}

void ElementItem::paintDecorations(QPainter *painter, const QRectF &frame, qreal lod) const
{
    if (m_highlight.isValid()) {
        painter->setPen(QPen(m_highlight, 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(frame.adjusted(-2, -2, 2, 2), 6, 6);
    }
    if (m_dropState != DropState::None) {
        const QColor c = m_dropState == DropState::Accepted ? style::dropAcceptedColor() : style::dropRefusedColor();
        painter->setPen(QPen(c, 3, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(frame.adjusted(1, 1, -1, -1));
    }
    if (isSelected()) {
        painter->setPen(QPen(style::selectionColor(), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(frame.adjusted(-3, -3, 3, 3), 6, 6);
    }
    const QRectF handle = connectHandleRect();
    if (!handle.isEmpty() && (m_hovered || isSelected()) && lod >= kDetailLod) {
        painter->setPen(QPen(style::onMarkColor(), 1.5));
        painter->setBrush(style::selectionColor());
        painter->drawEllipse(handle);
    }
    paintFindingBadge(painter, frame, lod);
}

void ElementItem::paintFindingBadge(QPainter *painter, const QRectF &frame, qreal lod) const
{
    if (m_findingCount <= 0 || lod < kIconLod)
        return;
    const QString text = m_findingCount > 99 ? QStringLiteral("99+") : QString::number(m_findingCount);
    const qreal width = std::max(2 * kBadgeRadius, 6.0 + 6.0 * text.size());
    const QRectF badge(frame.right() - width / 2, frame.top() - kBadgeRadius, width, 2 * kBadgeRadius);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(style::onMarkColor(), 1.5));
    painter->setBrush(style::severityColor(m_findingSeverity));
    painter->drawRoundedRect(badge, kBadgeRadius, kBadgeRadius);
    if (lod < kDetailLod)
        return;
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(10);
    painter->setFont(font);
    painter->setPen(style::onMarkColor());
    painter->drawText(badge, Qt::AlignCenter, text);
}

void ElementItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void ElementItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace pillar
