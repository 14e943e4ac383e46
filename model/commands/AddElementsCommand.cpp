#include "AddElementsCommand.h"

#include "DesignModel.h"
#include "Layout.h"

namespace pillar {

AddElementsCommand::AddElementsCommand(DesignModel *model, const QVector<Element> &elements,
                                       const QVector<Connection> &connections, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_connections(connections)
{
    QHash<QString, Element> pending;
    for (const Element &e : elements)
        pending.insert(e.id, e);
    layout::growToFit(model->design(), pending);
    // New elements may have been clamped inside their parent; existing ones grew.
    for (const Element &e : elements)
        m_elements << pending.value(e.id);
    for (auto it = pending.constBegin(); it != pending.constEnd(); ++it) {
        if (const Element *existing = model->element(it.key())) {
            m_grownBefore << *existing;
            m_grownAfter << it.value();
        }
    }
}

void AddElementsCommand::redo()
{
    for (const Element &e : m_elements)
        m_model->insertElement(e);
    for (const Connection &c : m_connections)
        m_model->insertConnection(c);
    for (const Element &e : m_grownAfter)
        m_model->replaceElement(e);
}

void AddElementsCommand::undo()
{
    for (const Element &e : m_grownBefore)
        m_model->replaceElement(e);
    for (int i = m_connections.size() - 1; i >= 0; --i)
        m_model->removeConnection(m_connections[i].id);
    // Children before parents, so no view ever sees an orphan.
    for (int i = m_elements.size() - 1; i >= 0; --i)
        m_model->removeElement(m_elements[i].id);
}

} // namespace pillar
