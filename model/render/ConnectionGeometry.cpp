#include "ConnectionGeometry.h"

#include "Element.h"
#include "RenderStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace pillar {

QString connectionLabel(const Connection &c)
{
    if (c.port > 0)
        return c.protocol.isEmpty() ? QString::number(c.port) : c.protocol + QLatin1Char('/') + QString::number(c.port);
    return c.protocol;
}

QPointF edgePoint(const QRectF &r, const QPointF &towards)
{
    const QPointF c = r.center();
    const QPointF d = towards - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e9 : (r.width() / 2) / std::abs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e9 : (r.height() / 2) / std::abs(d.y());
    return c + d * std::min(1.0, std::min(sx, sy));
}

QLineF connectionLine(const QRectF &from, const QRectF &to)
{
    return QLineF(edgePoint(from, to.center()), edgePoint(to, from.center()));
}

void paintConnectionEnd(QPainter *painter, const QLineF &line, const QColor &color, bool traffic)
{
    if (line.length() < 1)
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    if (!traffic) {
        painter->drawEllipse(line.p2(), 3, 3);
        return;
    }
    const qreal angle = std::atan2(-line.dy(), line.dx());
    const QPointF tip = line.p2();
    const qreal size = 10;
    const QPointF left = tip - QPointF(std::cos(angle - M_PI / 7) * size, -std::sin(angle - M_PI / 7) * size);
    const QPointF right = tip - QPointF(std::cos(angle + M_PI / 7) * size, -std::sin(angle + M_PI / 7) * size);
    painter->drawPolygon(QPolygonF() << tip << left << right);
}

void paintConnectionLabel(QPainter *painter, const QLineF &line, const QString &label, const QColor &color)
{
    if (label.isEmpty())
        return;
    QFont font = painter->font();
    font.setBold(false);
    font.setPixelSize(10);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    QRectF box(QPointF(), QSizeF(metrics.horizontalAdvance(label) + 10, metrics.height() + 4));
    box.moveCenter(line.center());
    painter->setPen(QPen(color, 1));
    painter->setBrush(style::labelGround());
    painter->drawRoundedRect(box, 4, 4);
    painter->drawText(box, Qt::AlignCenter, label);
}

} // namespace pillar
