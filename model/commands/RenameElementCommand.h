#pragma once

#include "ChangeElementsCommand.h"

namespace pillar {

// Renames an element (its display name; the id never changes). Consecutive
// renames of the same element merge into one step.
class RenameElementCommand : public ChangeElementsCommand
{
public:
    RenameElementCommand(DesignModel *model, const QString &id, const QString &name, QUndoCommand *parent = nullptr);
};

} // namespace pillar
