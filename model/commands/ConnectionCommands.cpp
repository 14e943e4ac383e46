#include "ConnectionCommands.h"

#include "DesignModel.h"
#include "Placement.h"

#include <QCoreApplication>

namespace pillar {

namespace {

QString endName(DesignModel *model, const QString &id)
{
    const Element *e = model->element(id);
    return e ? e->displayName() : id;
}

} // namespace

AddConnectionCommand::AddConnectionCommand(DesignModel *model, const Connection &connection, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Command", "Connect %1 to %2")
                       .arg(endName(model, connection.from), endName(model, connection.to)),
                   parent)
    , m_model(model)
    , m_connection(connection)
{
}

void AddConnectionCommand::redo()
{
    m_model->insertConnection(m_connection);
}

void AddConnectionCommand::undo()
{
    m_model->removeConnection(m_connection.id);
}

ChangeConnectionCommand::ChangeConnectionCommand(DesignModel *model, const Connection &after, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Command", "Change connection %1 → %2")
                       .arg(endName(model, after.from), endName(model, after.to)),
                   parent)
    , m_model(model)
    , m_before(*model->connection(after.id))
    , m_after(after)
{
    // The connection rules hold for an edited connection as for a drawn one:
    // a reversal into Internet / users or out of an S3 bucket, or onto a
    // connection that already goes that way, is refused (does nothing).
    setObsolete(m_before == m_after || !connectionChangeProblem(model->design(), after).isEmpty());
}

void ChangeConnectionCommand::redo()
{
    m_model->replaceConnection(m_after);
}

void ChangeConnectionCommand::undo()
{
    m_model->replaceConnection(m_before);
}

bool ChangeConnectionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeConnectionCommand *>(other);
    // Successive port picks are one step; reversing the arrow is a step of its own.
    const auto reverses = [](const Connection &before, const Connection &after) {
        return before.from != after.from || before.to != after.to;
    };
    if (o->m_after.id != m_after.id || reverses(m_before, m_after) || reverses(o->m_before, o->m_after))
        return false;
    m_after = o->m_after;
    setObsolete(m_before == m_after);
    return true;
}

} // namespace pillar
