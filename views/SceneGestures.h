#pragma once

#include <QPointF>
#include <QSizeF>
#include <QStringList>
#include <QVector>

class QGraphicsLineItem;
class QGraphicsSceneMouseEvent;

namespace pillar {

class DesignScene;
class ElementItem;

// The mouse gestures of the canvas: drag selected elements (into another
// container on release), resize a container by its corner handle, drag from
// an element's connect handle to another element. Items are moved on screen
// while the button is down; the model changes once, on release, through
// CanvasEditor, so a whole drag is one undo step and a refused drop snaps
// back. Resizing pushes merged commands as it goes (one step per gesture).
class SceneGestures
{
public:
    explicit SceneGestures(DesignScene *scene);
    ~SceneGestures();

    // Each returns true when it consumed the event (the scene then skips its
    // default handling). afterPress runs after the default selection handling.
    bool press(QGraphicsSceneMouseEvent *event);
    void afterPress(QGraphicsSceneMouseEvent *event);
    bool move(QGraphicsSceneMouseEvent *event);
    bool release(QGraphicsSceneMouseEvent *event);
    // The element went away (undo, delete) while a gesture used it.
    void forget(const QString &id);

private:
    enum class Mode { None, PendingMove, Moving, Resizing, Connecting };
    void setDropTarget(ElementItem *item, bool accepted);
    void cancel();

    DesignScene *m_scene;
    Mode m_mode = Mode::None;
    QPointF m_pressPos;
    int m_gesture = 0;
    // Moving
    QStringList m_ids;
    QVector<QPointF> m_startPos;    // parent-relative, as the items had them
    QPointF m_anchorScene;          // scene top-left of the first item
    QPointF m_delta;
    // Resizing / connecting
    QString m_subject;
    QSizeF m_startSize;
    QGraphicsLineItem *m_rubberLine = nullptr;
};

} // namespace pillar
