#include "LeafItem.h"

#include "Captions.h"
#include "IconCache.h"
#include "Layout.h"
#include "RenderStyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace pillar {

namespace {

const QFont &labelFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(11);
        return f;
    }();
    return font;
}

const QFont &badgeFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(9);
        return f;
    }();
    return font;
}

QStaticText staticText(const QString &text, const QFont &font)
{
    QStaticText t(text);
    t.setTextFormat(Qt::PlainText);
    t.setPerformanceHint(QStaticText::AggressiveCaching);
    t.prepare(QTransform(), font);
    return t;
}

} // namespace

LeafItem::LeafItem(const Element &element)
    : ElementItem(element)
{
    setZValue(2);
    sync(element);
}

QSizeF LeafItem::size() const
{
    return {layout::kLeafWidth, layout::kLeafHeight};
}

QRectF LeafItem::labelRect() const
{
    return QRectF(0, 48, layout::kLeafWidth, 16);
}

void LeafItem::sync(const Element &element)
{
    m_badge = leafBadge(element);
    m_textDirty = true;
    ElementItem::sync(element);
}

void LeafItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF frame(QPointF(0, 0), size());
    const QColor color = IconCache::kindColor(m_kind);
    if (lod < kIconLod) {
        // Far away: a coloured block is all the eye can tell apart.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(iconRect(), isSelected() ? style::selectionColor() : color);
        return;
    }
    if (lod < kDetailLod) {
        // Middle distance: the icon (a cached pixmap) without text.
        IconCache::instance().paint(painter, iconRect(), m_kind);
        if (isSelected()) {
            painter->setPen(QPen(style::selectionColor(), 0));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(iconRect().adjusted(-3, -3, 3, 3));
        }
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_kind == ElementKind::SecurityGroup) {
        // A group is drawn as a chip in its own membership colour.
        painter->setPen(QPen(groupColor(m_id), 2, Qt::DashLine));
        painter->setBrush(style::groupChipFill());
        painter->drawRoundedRect(frame.adjusted(1, 1, -1, -1), 8, 8);
    }
    IconCache::instance().paint(painter, iconRect(), m_kind);
    if (m_textDirty) {
        const QFontMetricsF metrics(labelFont());
        m_labelText = staticText(metrics.elidedText(m_label, Qt::ElideMiddle, layout::kLeafWidth + 20), labelFont());
        m_badgeText = staticText(m_badge, badgeFont());
        m_textDirty = false;
    }
    // Centred under the icon; the label may be a little wider than the item.
    const qreal centre = layout::kLeafWidth / 2;
    painter->setFont(labelFont());
    painter->setPen(style::textColor());
    painter->drawStaticText(QPointF(centre - m_labelText.size().width() / 2, labelRect().top()), m_labelText);
    if (!m_badge.isEmpty()) {
        painter->setFont(badgeFont());
        painter->setPen(style::detailColor());
        painter->drawStaticText(QPointF(centre - m_badgeText.size().width() / 2, 63), m_badgeText);
    }
    paintChips(painter, QPointF(2, 2));
    paintDecorations(painter, frame, lod);
}

} // namespace pillar
