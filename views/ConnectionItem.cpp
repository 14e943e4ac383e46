#include "ConnectionItem.h"

#include "ConnectionGeometry.h"
#include "RenderStyle.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace pillar {

ConnectionItem::ConnectionItem(const QString &id, const QString &from, const QString &to, Style style)
    : m_id(id)
    , m_from(from)
    , m_to(to)
    , m_style(style)
{
    setZValue(style == Style::Traffic ? 1000 : 999);
    if (style == Style::Traffic)
        setFlags(ItemIsSelectable);
    else
        setAcceptedMouseButtons(Qt::NoButton); // clicks go to what lies below
}

void ConnectionItem::setLabel(const QString &label)
{
    if (m_label == label)
        return;
    prepareGeometryChange();
    m_label = label;
    setEnds(QRectF(), QRectF()); // recompute bounds from the current line
}

void ConnectionItem::setEnds(const QRectF &fromRect, const QRectF &toRect)
{
    prepareGeometryChange();
    if (!fromRect.isNull() || !toRect.isNull()) {
        m_line = connectionLine(fromRect, toRect);
    }
    QPainterPath path;
    path.moveTo(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    m_shape = stroker.createStroke(path);
    m_bounds = m_shape.boundingRect().adjusted(-8, -8, 8, 8);
    if (!m_label.isEmpty())
        m_bounds |= QRectF(m_line.center() - QPointF(40, 12), QSizeF(80, 24));
}

QRectF ConnectionItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath ConnectionItem::shape() const
{
    return m_shape;
}

void ConnectionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    // A line a few pixels long is a speck under the boxes it joins.
    if (m_line.length() * lod < 4)
        return;
    const bool detailed = lod >= 0.4;
    painter->setRenderHint(QPainter::Antialiasing, detailed);
    QColor color = m_style == Style::Traffic ? style::trafficColor() : style::attachmentColor();
    if (isSelected())
        color = style::selectionColor();
    QPen pen(color, m_style == Style::Traffic ? (isSelected() ? 2.5 : 1.6) : 1.0);
    if (m_style == Style::Attachment)
        pen.setStyle(Qt::DashLine);
    if (!detailed)
        pen.setWidthF(0);
    painter->setPen(pen);
    painter->drawLine(m_line);
    if (!detailed)
        return;
    paintConnectionEnd(painter, m_line, color, m_style == Style::Traffic);
    paintConnectionLabel(painter, m_line, m_label, color);
}

} // namespace pillar
