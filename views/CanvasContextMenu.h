#pragma once

class QGraphicsSceneContextMenuEvent;

namespace pillar {

class DesignScene;

// The right-click menu of the canvas. On an element: rename, duplicate,
// copy, delete, and its yes/no and pick-one properties (so a design can be
// finished with the mouse alone); on a connection: its port label; on the
// background: paste. Every choice goes through CanvasEditor (one undo step).
class CanvasContextMenu
{
public:
    static void exec(DesignScene *scene, QGraphicsSceneContextMenuEvent *event);
};

} // namespace pillar
