#pragma once

#include <QGraphicsItem>
#include <QPainterPath>

namespace pillar {

// An arrow between two element items, from the edge of one box to the edge
// of the other, with an optional port label at its middle. Two styles: a
// traffic connection (model Connection, selectable) and an attachment (a load
// balancer or Auto Scaling group to a subnet it uses: thin, dashed).
// Lives at the top level of the scene; the scene calls setEnds() whenever
// either end moves.
class ConnectionItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    enum class Style { Traffic, Attachment };

    ConnectionItem(const QString &id, const QString &from, const QString &to, Style style);

    int type() const override { return Type; }
    QString id() const { return m_id; }
    QString from() const { return m_from; }
    QString to() const { return m_to; }
    Style style() const { return m_style; }

    void setLabel(const QString &label);
    // Ends as scene rectangles of the two elements.
    void setEnds(const QRectF &fromRect, const QRectF &toRect);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_id;
    QString m_from;
    QString m_to;
    Style m_style;
    QString m_label;
    QLineF m_line;
    QPainterPath m_shape;
    QRectF m_bounds;
};

} // namespace pillar
