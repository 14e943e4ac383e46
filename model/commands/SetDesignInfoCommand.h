#pragma once

#include "Design.h"

#include <QUndoCommand>

namespace pillar {

class DesignModel;

// Replaces the design-level settings (name, description, region,
// environment, expected users). The "before" value is taken from the model
// when the command is built; a command that changes nothing is obsolete.
class SetDesignInfoCommand : public QUndoCommand
{
public:
    SetDesignInfoCommand(DesignModel *model, const DesignInfo &after, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    DesignModel *m_model;
    DesignInfo m_before;
    DesignInfo m_after;
};

} // namespace pillar
