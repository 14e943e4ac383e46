#pragma once

#include <QColor>
#include <QLineF>
#include <QRectF>
#include <QString>

class QPainter;

namespace pillar {

struct Connection;

// How a connection is drawn, shared by the canvas (ConnectionItem) and the
// exported pictures (DesignRenderer) so both draw the same arrow.

// "tcp/443", "443", "tcp" or "" — the label on a traffic connection.
QString connectionLabel(const Connection &c);
// Where the segment from the centre of r towards `towards` leaves r.
QPointF edgePoint(const QRectF &r, const QPointF &towards);
// The segment joining two boxes, from the edge of one to the edge of the other.
QLineF connectionLine(const QRectF &from, const QRectF &to);
// Paints the end of a connection at line.p2() in color: an arrowhead for
// traffic (the direction it flows), a dot for an attachment.
void paintConnectionEnd(QPainter *painter, const QLineF &line, const QColor &color, bool traffic);
// Paints label in a rounded box centred on the line.
void paintConnectionLabel(QPainter *painter, const QLineF &line, const QString &label, const QColor &color);

} // namespace pillar
