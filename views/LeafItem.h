#pragma once

#include "ElementItem.h"

#include <QStaticText>

namespace pillar {

// A resource drawn as an icon with its name below: EC2, RDS, load balancer,
// security group… Fixed size (layout::kLeafWidth x kLeafHeight).
class LeafItem : public ElementItem
{
public:
    enum { Type = UserType + 1 };
    explicit LeafItem(const Element &element);

    int type() const override { return Type; }
    QSizeF size() const override;
    QRectF labelRect() const override;
    QRectF anchorRect() const override { return iconRect().adjusted(-4, -4, 4, 4); }
    static QRectF iconRect() { return QRectF(26, 2, 44, 44); }
    void sync(const Element &element) override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_badge; // short state shown under the name, e.g. "Multi-AZ", "internal"
    // Laid out once per change, not per paint: a zoomed-in frame draws
    // hundreds of these.
    // Prepared lazily at the first detailed paint, so building a scene of
    // thousands of elements lays out no text.
    QStaticText m_labelText;
    QStaticText m_badgeText;
    bool m_textDirty = true;
};

} // namespace pillar
