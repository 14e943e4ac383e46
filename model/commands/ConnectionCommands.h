#pragma once

#include "Element.h"
#include "MergeIds.h"

#include <QUndoCommand>

namespace pillar {

class DesignModel;

// Adds one connection (appended). The caller checks connectionProblem() first.
// Removing connections is RemoveElementsCommand's job (it takes their ids).
class AddConnectionCommand : public QUndoCommand
{
public:
    AddConnectionCommand(DesignModel *model, const Connection &connection, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    DesignModel *m_model;
    Connection m_connection;
};

// Changes a connection: its protocol and port, or its direction. Successive
// protocol / port edits of one connection merge; a reversal does not. An
// edit that connectionChangeProblem() refuses is obsolete: pushing it does
// nothing.
class ChangeConnectionCommand : public QUndoCommand
{
public:
    ChangeConnectionCommand(DesignModel *model, const Connection &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return int(MergeId::ChangeConnection); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    DesignModel *m_model;
    Connection m_before;
    Connection m_after;
};

} // namespace pillar
