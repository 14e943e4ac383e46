#pragma once

#include "ElementItem.h"

namespace pillar {

// A VPC, Availability Zone or subnet: a labelled box that holds the items of
// its children (as child items, so they move with it). Resized by the handle
// at its bottom-right corner.
class ContainerItem : public ElementItem
{
public:
    enum { Type = UserType + 2 };
    explicit ContainerItem(const Element &element);

    int type() const override { return Type; }
    QSizeF size() const override { return m_size; }
    QRectF labelRect() const override;
    QRectF connectHandleRect() const override { return {}; }
    QRectF resizeHandleRect() const;
    void sync(const Element &element) override;
    void setSize(const QSizeF &size);
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QSizeF m_size;
    QString m_detail; // CIDR, zone
    bool m_public = false;
};

} // namespace pillar
