#pragma once

#include "Element.h"
#include "rules/Severity.h"

#include <QGraphicsItem>

namespace pillar {

// Base of the items that draw an element. Thin: it holds what it needs to
// paint (copied from the model by the scene via sync()) and knows where its
// handles are; it decides nothing. The scene positions it (parent-relative,
// like Element::geometry) and parents it to its container's item.
class ElementItem : public QGraphicsItem
{
public:
    enum class DropState { None, Accepted, Refused };

    explicit ElementItem(const Element &element);

    QString id() const { return m_id; }
    ElementKind kind() const { return m_kind; }
    virtual QSizeF size() const = 0;
    // Copies the drawn state from the model's element.
    virtual void sync(const Element &element);

    QRectF boundingRect() const override;
    // Where a connection drag starts (item coordinates); empty when none.
    virtual QRectF connectHandleRect() const;
    // What connections point at (item coordinates): the icon of a resource,
    // the whole box of a container.
    virtual QRectF anchorRect() const { return QRectF(QPointF(), size()); }
    // Where the label is drawn (item coordinates): rename-in-place goes there.
    virtual QRectF labelRect() const = 0;

    void setHighlight(const QColor &color);   // invalid colour: none
    void setDropState(DropState state);
    DropState dropState() const { return m_dropState; }
    // The badge for the element's findings: the worst severity's colour and
    // how many there are; count 0 removes it. The Problems dock decides.
    void setFindingBadge(Severity severity, int count);
    int findingCount() const { return m_findingCount; }
    Severity findingSeverity() const { return m_findingSeverity; }

    // The colour that marks membership of a security group (stable per id).
    static QColor groupColor(const QString &groupId);

protected:
    // Level of detail (device pixels per scene unit): below kDetailLod text
    // and handles are dropped, below kIconLod icons become plain blocks.
    static constexpr qreal kDetailLod = 0.4;
    static constexpr qreal kIconLod = 0.15;
    static constexpr qreal kBadgeRadius = 8;
    void paintChips(QPainter *painter, const QPointF &origin) const;
    void paintDecorations(QPainter *painter, const QRectF &frame, qreal lod) const;
    void paintFindingBadge(QPainter *painter, const QRectF &frame, qreal lod) const;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

    QString m_id;
    ElementKind m_kind;
    QString m_label;
    QStringList m_groups;
    QColor m_highlight;
    DropState m_dropState = DropState::None;
    bool m_hovered = false;
    Severity m_findingSeverity = Severity::Info;
    int m_findingCount = 0;
};

} // namespace pillar
