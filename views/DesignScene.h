#pragma once

#include "ConnectionLayer.h"
#include "rules/Finding.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

namespace pillar {

class CanvasEditor;
class ConnectionItem;
class Document;
class ElementItem;
class LintRunner;
class SceneGestures;

// The canvas scene: one item per element and connection, kept in step with
// the DesignModel through its signals only (never the other way round). Items
// are addressed by id through the maps here. Mouse gestures are handled by
// SceneGestures, which turns them into CanvasEditor calls.
class DesignScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit DesignScene(Document *document, QObject *parent = nullptr);
    ~DesignScene() override;

    Document *document() const { return m_document; }
    CanvasEditor *editor() const { return m_editor; }

    ElementItem *elementItem(const QString &id) const { return m_elements.value(id); }
    ConnectionItem *connectionItem(const QString &id) const { return m_arrows.connection(id); }
    int elementItemCount() const { return m_elements.size(); }

    // Selected element and connection ids, in design order.
    QStringList selectedIds() const;
    void selectIds(const QStringList &ids);
    // The topmost element item under scenePos, skipping `exclude` subtrees.
    ElementItem *elementItemAt(const QPointF &scenePos, const QStringList &exclude = {}) const;
    // The bounding rectangle of the whole design, grown by margin.
    QRectF designRect(qreal margin = 0) const;

    // Grows the scene rectangle to hold the design now (it is otherwise
    // updated once per event-loop turn).
    void updateSceneRect();

    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool on);
    static constexpr double kGrid = 16;

    // Puts items of `ids` (and connections attached below them) back where
    // the model says: after a refused drag.
    void resyncGeometry(const QStringList &ids);
    // Re-routes the connections touching id or anything inside it.
    void updateConnectionsOf(const QString &id);
    // Marks the element `id` as where a drop from the palette or a drag on
    // the canvas would land, accepted or refused; an empty id clears it. One
    // mark at a time.
    void setDropHighlight(const QString &id, bool accepted);

    // Draws the findings of runner's checks as badges on the elements they
    // name (worst severity, count; suppressed findings do not count), and
    // keeps them across re-created items. nullptr: no badges.
    void showFindingsOf(LintRunner *runner);
    void showFindings(const QVector<Finding> &findings);

signals:
    void statusMessage(const QString &text);
    void renameRequested(const QString &id);
    // Double-click on an element (a security group opens its editor).
    void elementActivated(const QString &id);
    // Some element's finding badge changed (views that cache the canvas redraw).
    void badgesChanged();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void rebuild();
    ElementItem *createItem(const QString &id);
    void placeItem(const QString &id);
    void onElementAdded(const QString &id);
    void onElementAboutToBeRemoved(const QString &id);
    void onElementChanged(const QString &id);
    void onElementGeometryChanged(const QString &id);
    void onConnectionAdded(const QString &id);
    void onConnectionAboutToBeRemoved(const QString &id);
    void onConnectionChanged(const QString &id);
    void scheduleSceneRectUpdate();
    void onSelectionChanged();
    // A selected security group outlines its members in its colour.
    void refreshHighlights();
    void markHighlightsStale();
    // Deletes an item of the scene's without announcing a selection change
    // before the model's change is over.
    void discardItem(QGraphicsItem *item);
    // Announces what a model change left pending (a selection that lost
    // items, highlights to redraw) once model and scene agree again: at the
    // end of each command, or on the next event-loop turn.
    void settle();
    void scheduleSettle();

    Document *m_document;
    CanvasEditor *m_editor;
    SceneGestures *m_gestures;
    QString m_dropHighlight;
    struct Badge {
        Severity severity = Severity::Info;
        int count = 0;
        bool operator==(const Badge &o) const { return severity == o.severity && count == o.count; }
    };
    QHash<QString, Badge> m_badges;  // element id -> what its item shows
    QMetaObject::Connection m_lintConnection;
    QHash<QString, ElementItem *> m_elements;
    ConnectionLayer m_arrows;
    QStringList m_highlighted;
    bool m_snap = true;
    bool m_sceneRectPending = false;
    bool m_selectionChangePending = false;
    bool m_highlightsStale = false;
    bool m_settleScheduled = false;
};

} // namespace pillar
