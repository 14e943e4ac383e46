#pragma once

#include "ChangeElementsCommand.h"

#include <QVariant>

namespace pillar {

// Sets one typed property (an invalid QVariant resets it to the default).
// Consecutive edits of the same element and key merge into one step.
class SetPropertyCommand : public ChangeElementsCommand
{
public:
    SetPropertyCommand(DesignModel *model, const QString &id, const QString &key, const QVariant &value,
                       QUndoCommand *parent = nullptr);
};

// Renames an element (its display name; the id never changes).
class RenameElementCommand : public ChangeElementsCommand
{
public:
    RenameElementCommand(DesignModel *model, const QString &id, const QString &name, QUndoCommand *parent = nullptr);
};

} // namespace pillar
