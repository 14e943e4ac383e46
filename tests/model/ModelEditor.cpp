// The canvas gestures (through the designer's CanvasEditor), the clipboard
// and undo / redo.
#include "ModelEditor.h"

#include "DesignModel.h"
#include "Document.h"
#include "KindInfo.h"
#include "commands/MoveElementsCommand.h"

#include <QUndoStack>

namespace pillar::test {

ModelEditor::ModelEditor(Document *document)
    : m_document(document)
    , m_canvas(document)
{
    m_canvas.setClipboard([this](QMimeData *data) { m_clipboard.reset(data); }, [this] { return m_clipboard.get(); });
}

bool ModelEditor::apply(const EditStep &step)
{
    DesignModel *model = m_document->model();
    const Design &design = model->design();
    QUndoStack *stack = m_document->undoStack();
    const QString first = step.ids.value(0);
    if (step.op != EditOp::Nudge || step.ids != m_nudgeIds) {
        m_canvas.breakMergeChain(); // the selection changed, or another gesture came between
        m_nudgeIds.clear();
    }
    switch (step.op) {
    case EditOp::Add: {
        const auto kind = kindFromKey(step.key);
        return kind && !m_canvas.addElement(*kind, step.a).isEmpty();
    }
    case EditOp::Remove:
        return m_canvas.remove(step.ids);
    case EditOp::Move:
        return m_canvas.moveElements(step.ids, step.a, step.b, MoveElementsCommand::newGestureId());
    case EditOp::Nudge:
        m_nudgeIds = step.ids;
        return m_canvas.nudge(step.ids, step.a);
    case EditOp::Resize:
        return resize(step);
    case EditOp::Connect:
        return m_canvas.connectElements(first, step.ids.value(1));
    case EditOp::Disconnect:
        return design.connection(first) && m_canvas.remove({first});
    case EditOp::ToggleGroup: {
        const Element *g = design.element(step.key);
        if (!g || g->kind != ElementKind::SecurityGroup)
            return false;
        for (const QString &id : step.ids) {
            const Element *e = design.element(id);
            if (!e || !takesSecurityGroups(e->kind))
                return false; // the form shows no group list then
        }
        return toggleGroup(step.ids, step.key);
    }
    case EditOp::ToggleMember: {
        const Element *g = design.element(first);
        const Element *member = design.element(step.key);
        if (!g || g->kind != ElementKind::SecurityGroup || !member || !takesSecurityGroups(member->kind))
            return false;
        return toggleGroup({step.key}, first);
    }
    case EditOp::SetProperty:
        return setProperty(step);
    case EditOp::ToggleRef:
        return toggleRef(step);
    case EditOp::AddIngress:
    case EditOp::EditIngress:
    case EditOp::RemoveIngress:
        return editIngress(step);
    case EditOp::ToggleListener:
        return toggleListener(step);
    case EditOp::Rename:
        return m_canvas.rename(first, step.key);
    case EditOp::SetConnection:
        return setConnection(step, false);
    case EditOp::Reverse:
        return setConnection(step, true);
    case EditOp::Cut:
        return m_canvas.cut(step.ids);
    case EditOp::Copy:
        return m_canvas.copy(step.ids);
    case EditOp::Paste:
        return paste(first);
    case EditOp::Duplicate:
        return !m_canvas.duplicate(step.ids).isEmpty();
    case EditOp::QuickFix:
        return quickFix(step);
    case EditOp::Suppress:
        return suppress(step, true);
    case EditOp::Unsuppress:
        return suppress(step, false);
    case EditOp::DesignInfo:
        return designInfo(step);
    case EditOp::Undo:
        if (!stack->canUndo())
            return false;
        stack->undo();
        return true;
    case EditOp::Redo:
        if (!stack->canRedo())
            return false;
        stack->redo();
        return true;
    }
    return false;
}

bool ModelEditor::resize(const EditStep &step)
{
    const QString id = step.ids.value(0);
    const Element *e = m_document->model()->element(id);
    if (!e || !kindInfo(e->kind).container || step.path.isEmpty())
        return false;
    const int gesture = MoveElementsCommand::newGestureId();
    for (const QPointF &p : step.path)
        m_canvas.resizeContainer(id, QSizeF(p.x(), p.y()), gesture);
    return true;
}

bool ModelEditor::paste(const QString &targetParent)
{
    if (!targetParent.isEmpty()) {
        const Element *t = m_document->model()->element(targetParent);
        if (!t || !kindInfo(t->kind).container)
            return false; // "Paste inside" is on containers only
    }
    return m_clipboard && !m_canvas.paste(targetParent).isEmpty();
}

} // namespace pillar::test
