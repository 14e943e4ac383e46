#include "SceneGestures.h"

#include "editing/CanvasEditor.h"
#include "ContainerItem.h"
#include "DesignModel.h"
#include "DesignScene.h"
#include "Document.h"
#include "Placement.h"
#include "commands/MoveElementsCommand.h"
#include "RenderStyle.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QPen>

namespace pillar {

SceneGestures::SceneGestures(DesignScene *scene)
    : m_scene(scene)
{
}

SceneGestures::~SceneGestures() = default;

bool SceneGestures::press(QGraphicsSceneMouseEvent *event)
{
    // Shift-click extends the selection like Ctrl-click.
    if (event->modifiers() & Qt::ShiftModifier)
        event->setModifiers(event->modifiers() | Qt::ControlModifier);
    m_mode = Mode::None;
    if (event->button() != Qt::LeftButton)
        return false;
    m_pressPos = event->scenePos();
    ElementItem *item = m_scene->elementItemAt(event->scenePos());
    // The connect handle sticks out of the body; look for it on any item.
    for (QGraphicsItem *candidate : m_scene->items(event->scenePos())) {
        auto *e = dynamic_cast<ElementItem *>(candidate);
        if (e && e->connectHandleRect().contains(e->mapFromScene(event->scenePos()))) {
            m_mode = Mode::Connecting;
            m_subject = e->id();
            m_rubberLine = m_scene->addLine(QLineF(event->scenePos(), event->scenePos()),
                                            QPen(style::selectionColor(), 2, Qt::DashLine));
            m_rubberLine->setZValue(2000);
            return true;
        }
    }
    auto *container = qgraphicsitem_cast<ContainerItem *>(item);
    if (container && container->isSelected()
        && container->resizeHandleRect().contains(container->mapFromScene(event->scenePos()))) {
        m_mode = Mode::Resizing;
        m_subject = container->id();
        m_startSize = container->size();
        m_gesture = MoveElementsCommand::newGestureId();
        return true;
    }
    return false;
}

void SceneGestures::afterPress(QGraphicsSceneMouseEvent *event)
{
    if (m_mode != Mode::None || event->button() != Qt::LeftButton)
        return;
    ElementItem *item = m_scene->elementItemAt(event->scenePos());
    if (!item || !item->isSelected())
        return;
    QStringList selected;
    for (const QString &id : m_scene->selectedIds()) {
        if (m_scene->elementItem(id))
            selected << id;
    }
    m_ids = m_scene->editor()->topMost(selected);
    if (m_ids.isEmpty())
        return;
    m_startPos.clear();
    for (const QString &id : std::as_const(m_ids))
        m_startPos << m_scene->elementItem(id)->pos();
    m_anchorScene = m_scene->elementItem(m_ids.first())->scenePos();
    m_delta = QPointF();
    m_mode = Mode::PendingMove;
}

bool SceneGestures::move(QGraphicsSceneMouseEvent *event)
{
    const QPointF pos = event->scenePos();
    CanvasEditor *editor = m_scene->editor();
    switch (m_mode) {
    case Mode::None:
        return false;
    case Mode::PendingMove:
        if (!(event->buttons() & Qt::LeftButton))
            return false;
        if ((event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton)).manhattanLength() < QApplication::startDragDistance()
            && (pos - m_pressPos).manhattanLength() < 4)
            return true;
        m_mode = Mode::Moving;
        m_gesture = MoveElementsCommand::newGestureId();
        [[fallthrough]];
    case Mode::Moving: {
        // Snap the first item's top-left; the others keep their offsets.
        m_delta = editor->snapped(m_anchorScene + (pos - m_pressPos)) - m_anchorScene;
        for (int i = 0; i < m_ids.size(); ++i) {
            if (ElementItem *item = m_scene->elementItem(m_ids[i])) {
                item->setPos(m_startPos[i] + m_delta);
                m_scene->updateConnectionsOf(m_ids[i]);
            }
        }
        const QString target = editor->containerAt(pos, QSet<QString>(m_ids.begin(), m_ids.end()));
        const Design &design = m_scene->document()->model()->design();
        QString problem;
        bool reparent = false;
        for (const QString &id : std::as_const(m_ids)) {
            const Element *e = design.element(id);
            if (e && e->parent != target) {
                reparent = true;
                if (problem.isEmpty())
                    problem = moveProblem(design, id, target);
            }
        }
        ElementItem *targetItem = m_scene->elementItem(target);
        setDropTarget(reparent ? targetItem : nullptr, problem.isEmpty());
        if (!problem.isEmpty())
            emit m_scene->statusMessage(problem);
        return true;
    }
    case Mode::Resizing: {
        const QSizeF size(m_startSize.width() + pos.x() - m_pressPos.x(), m_startSize.height() + pos.y() - m_pressPos.y());
        const QPointF snappedCorner = editor->snapped(QPointF(size.width(), size.height()));
        editor->resizeContainer(m_subject, QSizeF(snappedCorner.x(), snappedCorner.y()), m_gesture);
        return true;
    }
    case Mode::Connecting: {
        ElementItem *from = m_scene->elementItem(m_subject);
        if (!from || !m_rubberLine)
            return true;
        const QPointF start = from->mapToScene(from->connectHandleRect().center());
        m_rubberLine->setLine(QLineF(start, pos));
        ElementItem *target = m_scene->elementItemAt(pos, {m_subject});
        if (target) {
            const QString problem = editor->connectProblem(m_subject, target->id());
            setDropTarget(target, problem.isEmpty());
            if (!problem.isEmpty())
                emit m_scene->statusMessage(problem);
        } else {
            setDropTarget(nullptr, true);
        }
        return true;
    }
    }
    return false;
}

bool SceneGestures::release(QGraphicsSceneMouseEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier)
        event->setModifiers(event->modifiers() | Qt::ControlModifier);
    const Mode mode = m_mode;
    m_mode = Mode::None;
    setDropTarget(nullptr, true);
    switch (mode) {
    case Mode::None:
    case Mode::PendingMove:
        return false;
    case Mode::Moving:
        if (!m_scene->editor()->moveElements(m_ids, m_delta, event->scenePos(), m_gesture))
            m_scene->resyncGeometry(m_ids);
        return false; // let the scene release its mouse grabber
    case Mode::Resizing:
        return true;
    case Mode::Connecting: {
        delete m_rubberLine;
        m_rubberLine = nullptr;
        ElementItem *target = m_scene->elementItemAt(event->scenePos(), {m_subject});
        if (target && m_scene->elementItem(m_subject))
            m_scene->editor()->connectElements(m_subject, target->id());
        return true;
    }
    }
    return false;
}

void SceneGestures::forget(const QString &id)
{
    if (m_subject == id || m_ids.contains(id))
        cancel();
}

void SceneGestures::cancel()
{
    delete m_rubberLine;
    m_rubberLine = nullptr;
    setDropTarget(nullptr, true);
    m_mode = Mode::None;
    m_ids.clear();
    m_subject.clear();
}

void SceneGestures::setDropTarget(ElementItem *item, bool accepted)
{
    m_scene->setDropHighlight(item ? item->id() : QString(), accepted);
}

} // namespace pillar
