#include "ChangeElementsCommand.h"

#include "DesignModel.h"

namespace pillar {

ChangeElementsCommand::ChangeElementsCommand(DesignModel *model, const QVector<Element> &after, const QString &text,
                                             int mergeId, const QString &mergeKey, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_mergeId(mergeId)
    , m_mergeKey(mergeKey)
{
    for (const Element &e : after) {
        const Element *current = model->element(e.id);
        Q_ASSERT(current);
        if (!current)
            continue;
        m_before << *current;
        m_after << e;
    }
    updateObsolete();
}

void ChangeElementsCommand::redo()
{
    for (const Element &e : std::as_const(m_after))
        m_model->replaceElement(e);
}

void ChangeElementsCommand::undo()
{
    for (int i = m_before.size() - 1; i >= 0; --i)
        m_model->replaceElement(m_before[i]);
}

bool ChangeElementsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const ChangeElementsCommand *>(other);
    if (!o || o->m_mergeId != m_mergeId || o->m_mergeKey != m_mergeKey || m_mergeKey.isEmpty())
        return false;
    // Take the other's end state; elements it touches for the first time
    // (a container that grew late in a drag) keep their original "before".
    for (int i = 0; i < o->m_after.size(); ++i) {
        const Element &e = o->m_after[i];
        int found = -1;
        for (int j = 0; j < m_after.size(); ++j) {
            if (m_after[j].id == e.id) {
                found = j;
                break;
            }
        }
        if (found >= 0) {
            m_after[found] = e;
        } else {
            m_before << o->m_before[i];
            m_after << e;
        }
    }
    updateObsolete();
    return true;
}

void ChangeElementsCommand::updateObsolete()
{
    setObsolete(m_before == m_after);
}

EditElementCommand::EditElementCommand(DesignModel *model, const Element &after, const QString &text, QUndoCommand *parent)
    : ChangeElementsCommand(model, {after}, text, -1, QString(), parent)
{
}

} // namespace pillar
