// The canvas gestures, the clipboard and undo / redo.
#include "ModelEditor.h"

#include "DesignFragment.h"
#include "DesignModel.h"
#include "Document.h"
#include "Layout.h"
#include "Placement.h"
#include "commands/AddElementsCommand.h"
#include "commands/ConnectionCommands.h"
#include "commands/MoveElementsCommand.h"
#include "commands/RemoveElementsCommand.h"
#include "commands/SetPropertyCommand.h"
#include "KindInfo.h"

#include <QUndoStack>

namespace pillar::test {

ModelEditor::ModelEditor(Document *document)
    : m_document(document)
{
}

QString ModelEditor::containerAt(const QPointF &scenePos, const QSet<QString> &exclude) const
{
    const Design &design = m_document->model()->design();
    QSet<QString> skipped = exclude;
    for (const QString &id : exclude) {
        for (const QString &d : design.descendants(id))
            skipped.insert(d);
    }
    QString best;
    int bestDepth = -1;
    for (const Element &e : design.elements()) {
        if (!kindInfo(e.kind).container || skipped.contains(e.id))
            continue;
        if (!layout::sceneRect(design, e.id).contains(scenePos))
            continue;
        int depth = 0;
        for (const Element *p = design.element(e.parent); p && depth < 64; p = design.element(p->parent))
            ++depth;
        if (depth > bestDepth) {
            best = e.id;
            bestDepth = depth;
        }
    }
    return best;
}

QStringList ModelEditor::topMost(const QStringList &ids) const
{
    const Design &design = m_document->model()->design();
    const QSet<QString> set(ids.begin(), ids.end());
    QStringList result;
    for (const QString &id : ids) {
        const Element *e = design.element(id);
        if (!e)
            continue;
        bool covered = false;
        for (const Element *p = design.element(e->parent); p && !covered; p = design.element(p->parent))
            covered = set.contains(p->id);
        if (!covered)
            result << id;
    }
    return result;
}

QString ModelEditor::connectProblem(const QString &fromId, const QString &toId) const
{
    const Design &design = m_document->model()->design();
    const Element *from = design.element(fromId);
    const Element *to = design.element(toId);
    if (from && to && (from->kind == ElementKind::LoadBalancer || from->kind == ElementKind::AutoScalingGroup)
        && to->kind == ElementKind::Subnet)
        return subnetAttachmentProblem(design, fromId, toId);
    if (from && to && to->kind == ElementKind::SecurityGroup && from->kind != ElementKind::SecurityGroup)
        return securityGroupProblem(design, fromId, toId);
    const QString problem = connectionProblem(design, fromId, toId);
    if (!problem.isEmpty())
        return problem;
    for (const Connection &c : design.connections()) {
        if (c.from == fromId && c.to == toId)
            return QStringLiteral("Already connected.");
    }
    return {};
}

bool ModelEditor::apply(const EditStep &step)
{
    DesignModel *model = m_document->model();
    const Design &design = model->design();
    QUndoStack *stack = m_document->undoStack();
    const QString first = step.ids.value(0);
    if (step.op != EditOp::Nudge)
        m_nudgeIds.clear(); // another gesture: a later nudge starts a new undo step
    switch (step.op) {
    case EditOp::Add:
        return add(step);
    case EditOp::Remove:
        if (step.ids.isEmpty())
            return false;
        m_document->push(new RemoveElementsCommand(model, step.ids));
        return true;
    case EditOp::Move:
        return move(step);
    case EditOp::Nudge:
        return nudge(step);
    case EditOp::Resize:
        return resize(step);
    case EditOp::Connect:
        return connect(first, step.ids.value(1));
    case EditOp::Disconnect:
        if (!design.connection(first))
            return false;
        m_document->push(new RemoveElementsCommand(model, {first}));
        return true;
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
    case EditOp::Rename: {
        const Element *e = design.element(first);
        if (!e || e->name == step.key.trimmed())
            return false;
        m_document->push(new RenameElementCommand(model, first, step.key.trimmed()));
        return true;
    }
    case EditOp::SetConnection:
        return setConnection(step, false);
    case EditOp::Reverse:
        return setConnection(step, true);
    case EditOp::Cut: {
        copy(step.ids);
        auto *cmd = new RemoveElementsCommand(model, step.ids);
        cmd->setText(QStringLiteral("Cut %1 item(s)").arg(cmd->removedCount()));
        m_document->push(cmd);
        return true;
    }
    case EditOp::Copy:
        return copy(step.ids);
    case EditOp::Paste:
        return paste(first);
    case EditOp::Duplicate:
        return duplicate(step.ids);
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

bool ModelEditor::add(const EditStep &step)
{
    const auto kind = kindFromKey(step.key);
    if (!kind)
        return false;
    const Design &design = m_document->model()->design();
    const QString parent = containerAt(step.a);
    if (!placementProblem(design, *kind, parent).isEmpty())
        return false;
    Element e;
    e.kind = *kind;
    e.id = design.uniqueId(QString::fromLatin1(kindInfo(*kind).idPrefix));
    e.parent = parent;
    const bool container = kindInfo(*kind).container;
    const QSizeF size = container ? layout::defaultSize(*kind) : QSizeF(layout::kLeafWidth, layout::kLeafHeight);
    QPointF topLeft = step.a - QPointF(size.width() / 2, container ? 12 : size.height() / 2);
    if (!parent.isEmpty())
        topLeft -= layout::scenePosition(design, parent);
    e.geometry = QRectF(topLeft, container ? size : QSizeF(0, 0));
    m_document->push(new AddElementsCommand(m_document->model(), {e}, {}, QStringLiteral("Add %1").arg(kindDisplayName(*kind))));
    return true;
}

bool ModelEditor::move(const EditStep &step)
{
    const Design &design = m_document->model()->design();
    const QStringList moving = topMost(step.ids);
    if (moving.isEmpty())
        return false;
    const QString target = containerAt(step.b, QSet<QString>(moving.begin(), moving.end()));
    QVector<ElementPlacement> placements;
    for (const QString &id : moving) {
        const Element *e = design.element(id);
        QString parent = e->parent;
        if (target != e->parent) {
            if (!moveProblem(design, id, target).isEmpty())
                return false;
            parent = target;
        }
        QPointF pos = layout::scenePosition(design, id) + step.a;
        if (!parent.isEmpty())
            pos -= layout::scenePosition(design, parent);
        placements.append({id, parent, QRectF(pos, e->geometry.size())});
    }
    m_document->push(new MoveElementsCommand(m_document->model(), placements, MoveElementsCommand::newGestureId()));
    return true;
}

bool ModelEditor::nudge(const EditStep &step)
{
    const Design &design = m_document->model()->design();
    QVector<ElementPlacement> placements;
    for (const QString &id : topMost(step.ids)) {
        const Element *e = design.element(id);
        placements.append({id, e->parent, e->geometry.translated(step.a)});
    }
    if (placements.isEmpty())
        return false;
    if (step.ids != m_nudgeIds || !m_nudgeGesture) // the selection changed: CanvasEditor::breakMergeChain
        m_nudgeGesture = MoveElementsCommand::newGestureId();
    m_nudgeIds = step.ids;
    m_document->push(new MoveElementsCommand(m_document->model(), placements, m_nudgeGesture));
    return true;
}

bool ModelEditor::resize(const EditStep &step)
{
    const QString id = step.ids.value(0);
    const Element *e = m_document->model()->element(id);
    if (!e || !kindInfo(e->kind).container || step.path.isEmpty())
        return false;
    const int gesture = MoveElementsCommand::newGestureId();
    for (const QPointF &p : step.path) {
        e = m_document->model()->element(id);
        // CanvasEditor::minimumSize: never smaller than what it holds.
        const Design &design = m_document->model()->design();
        QSizeF min(layout::kMinContainerWidth, layout::kMinContainerHeight);
        for (const QString &child : design.children(id)) {
            const Element *c = design.element(child);
            const QSizeF s = layout::elementSize(*c);
            min = min.expandedTo(QSizeF(c->geometry.x() + s.width() + layout::kPadding, c->geometry.y() + s.height() + layout::kPadding));
        }
        const QSizeF fitted = QSizeF(p.x(), p.y()).expandedTo(min);
        m_document->push(new MoveElementsCommand(m_document->model(), {{id, e->parent, QRectF(e->geometry.topLeft(), fitted)}}, gesture));
    }
    return true;
}

bool ModelEditor::connect(const QString &fromId, const QString &toId)
{
    if (!connectProblem(fromId, toId).isEmpty())
        return false;
    DesignModel *model = m_document->model();
    const Element *from = model->element(fromId);
    const Element *to = model->element(toId);
    if (to->kind == ElementKind::Subnet) {
        QStringList subnets = from->listValue(QStringLiteral("subnets"));
        if (!subnets.contains(toId))
            subnets << toId;
        else
            subnets.removeAll(toId);
        Element edited = *from;
        edited.properties.insert(QStringLiteral("subnets"), subnets);
        m_document->push(new EditElementCommand(model, edited, QStringLiteral("Attach or detach")));
        return true;
    }
    if (to->kind == ElementKind::SecurityGroup) {
        Element edited = *from;
        if (!edited.securityGroups.contains(toId))
            edited.securityGroups << toId;
        else
            edited.securityGroups.removeAll(toId);
        m_document->push(new EditElementCommand(model, edited, QStringLiteral("Join or leave")));
        return true;
    }
    Connection c;
    c.id = model->design().uniqueId(QStringLiteral("conn"));
    c.from = fromId;
    c.to = toId;
    m_document->push(new AddConnectionCommand(model, c));
    return true;
}

bool ModelEditor::copy(const QStringList &ids)
{
    const DesignFragment fragment = copyFragment(m_document->model()->design(), ids);
    if (fragment.isEmpty())
        return false;
    m_pasteCount = 0;
    m_clipboard.reset(fragmentToMime(fragment));
    return true;
}

bool ModelEditor::paste(const QString &targetParent)
{
    const Design &design = m_document->model()->design();
    if (!targetParent.isEmpty()) {
        const Element *t = design.element(targetParent);
        if (!t || !kindInfo(t->kind).container)
            return false; // "Paste inside" is on containers only
    }
    const DesignFragment fragment = fragmentFromMime(m_clipboard.get());
    if (fragment.isEmpty())
        return false;
    QPointF offset;
    if (!targetParent.isEmpty()) {
        QRectF bounds;
        for (const Element &e : fragment.design.elements()) {
            if (e.parent.isEmpty())
                bounds |= QRectF(e.geometry.topLeft(), QSizeF(1, 1));
        }
        const QPointF inside = layout::scenePosition(design, targetParent) + QPointF(layout::kPadding + 8, layout::kHeaderHeight + 8);
        offset = inside - bounds.topLeft() + QPointF(24, 24) * m_pasteCount;
    } else {
        offset = QPointF(24, 24) * (m_pasteCount + 1);
    }
    ++m_pasteCount;
    const PasteResult pasted = pasteFragment(design, fragment, targetParent, offset);
    if (pasted.elements.isEmpty())
        return false;
    m_document->push(new AddElementsCommand(m_document->model(), pasted.elements, pasted.connections, QStringLiteral("Paste")));
    return true;
}

bool ModelEditor::duplicate(const QStringList &ids)
{
    const Design &design = m_document->model()->design();
    const DesignFragment fragment = copyFragment(design, ids);
    if (fragment.isEmpty())
        return false;
    const PasteResult pasted = pasteFragment(design, fragment, QString(), QPointF(24, 24));
    if (pasted.elements.isEmpty())
        return false;
    m_document->push(new AddElementsCommand(m_document->model(), pasted.elements, pasted.connections, QStringLiteral("Duplicate")));
    return true;
}

} // namespace pillar::test
