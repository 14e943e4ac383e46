#include "ContainerItem.h"

#include "Captions.h"
#include "IconCache.h"
#include "Layout.h"
#include "Placement.h"
#include "RenderStyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace pillar {

ContainerItem::ContainerItem(const Element &element)
    : ElementItem(element)
{
    // Outermost containers (VPCs) lie under those they hold.
    setZValue(canBeTopLevel(element.kind) ? 0 : 1);
    sync(element);
}

QRectF ContainerItem::labelRect() const
{
    return QRectF(30, 4, std::max(40.0, m_size.width() - 40), 20);
}

QRectF ContainerItem::resizeHandleRect() const
{
    return QRectF(m_size.width() - 14, m_size.height() - 14, 14, 14);
}

void ContainerItem::sync(const Element &element)
{
    setSize(layout::elementSize(element));
    m_public = style::isPublicSubnet(element);
    m_detail = containerDetail(element);
    ElementItem::sync(element);
}

void ContainerItem::setSize(const QSizeF &size)
{
    if (m_size == size)
        return;
    prepareGeometryChange();
    m_size = size;
}

void ContainerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF frame(QPointF(0, 0), m_size);
    const style::ContainerColors colors = style::containerColors(m_kind, m_public);
    const QColor border = colors.border;
    const QColor fill = colors.fill;
    const Qt::PenStyle style = colors.dashed ? Qt::DashLine : Qt::SolidLine;
    // Far away: no antialiasing, cosmetic pen, no text (the view sets no
    // state per item, so each item sets the hints it needs).
    painter->setRenderHint(QPainter::Antialiasing, lod >= kDetailLod);
    painter->setPen(QPen(border, lod < kDetailLod ? 0 : 1.5, lod < kDetailLod ? Qt::SolidLine : style));
    painter->setBrush(fill);
    painter->drawRect(frame);
    if (lod < kDetailLod) {
        if (isSelected())
            painter->fillRect(QRectF(0, 0, m_size.width(), layout::kHeaderHeight), style::selectionColor());
        return;
    }
    IconCache::instance().paint(painter, QRectF(4, 4, 20, 20), m_kind);
    QFont font = painter->font();
    font.setPixelSize(12);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(style::textColor());
    const QFontMetricsF metrics(font);
    const QRectF label = labelRect();
    const QString name = metrics.elidedText(m_label, Qt::ElideRight, label.width());
    painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter, name);
    if (!m_detail.isEmpty()) {
        font.setBold(false);
        font.setPixelSize(10);
        painter->setFont(font);
        painter->setPen(style::detailColor());
        const qreal x = label.left() + metrics.horizontalAdvance(name) + 8;
        painter->drawText(QRectF(x, label.top(), std::max(0.0, frame.right() - x - 4), label.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(font).elidedText(m_detail, Qt::ElideRight, frame.right() - x - 4));
    }
    paintDecorations(painter, frame, lod);
    if (isSelected()) {
        const QRectF h = resizeHandleRect();
        QPolygonF grip;
        grip << h.topRight() << h.bottomRight() << h.bottomLeft();
        painter->setPen(Qt::NoPen);
        painter->setBrush(style::selectionColor());
        painter->drawPolygon(grip);
    }
}

} // namespace pillar
