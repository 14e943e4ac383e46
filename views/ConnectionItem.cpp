#include "ConnectionItem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace pillar {

namespace {

// Where the segment from the centre of r towards `towards` leaves r.
QPointF edgePoint(const QRectF &r, const QPointF &towards)
{
    const QPointF c = r.center();
    const QPointF d = towards - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e9 : (r.width() / 2) / std::abs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e9 : (r.height() / 2) / std::abs(d.y());
    const qreal s = std::min(1.0, std::min(sx, sy));
    return c + d * s;
}

} // namespace

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
        const QPointF a = edgePoint(fromRect, toRect.center());
        const QPointF b = edgePoint(toRect, fromRect.center());
        m_line = QLineF(a, b);
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
    QColor color = m_style == Style::Traffic ? QColor(0x23, 0x2F, 0x3E) : QColor(0x7A, 0x86, 0x94);
    if (isSelected())
        color = QColor(0x1A, 0x73, 0xE8);
    QPen pen(color, m_style == Style::Traffic ? (isSelected() ? 2.5 : 1.6) : 1.0);
    if (m_style == Style::Attachment)
        pen.setStyle(Qt::DashLine);
    if (!detailed)
        pen.setWidthF(0);
    painter->setPen(pen);
    painter->drawLine(m_line);
    if (!detailed || m_line.length() < 1)
        return;
    if (m_style == Style::Traffic) {
        // Arrowhead at the target: the direction traffic flows.
        const qreal angle = std::atan2(-m_line.dy(), m_line.dx());
        const QPointF tip = m_line.p2();
        const qreal size = 10;
        const QPointF left = tip - QPointF(std::cos(angle - M_PI / 7) * size, -std::sin(angle - M_PI / 7) * size);
        const QPointF right = tip - QPointF(std::cos(angle + M_PI / 7) * size, -std::sin(angle + M_PI / 7) * size);
        painter->setBrush(color);
        painter->setPen(Qt::NoPen);
        painter->drawPolygon(QPolygonF() << tip << left << right);
    } else {
        painter->setBrush(color);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(m_line.p2(), 3, 3);
    }
    if (!m_label.isEmpty()) {
        QFont font = painter->font();
        font.setPixelSize(10);
        painter->setFont(font);
        const QFontMetricsF metrics(font);
        QRectF box(QPointF(), QSizeF(metrics.horizontalAdvance(m_label) + 10, metrics.height() + 4));
        box.moveCenter(m_line.center());
        painter->setPen(QPen(color, 1));
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(box, 4, 4);
        painter->drawText(box, Qt::AlignCenter, m_label);
    }
}

} // namespace pillar
