#pragma once

#include "Design.h"

#include <QUndoCommand>

namespace pillar {

class DesignModel;

// Replaces the design's lint settings (suppressions, severity overrides,
// disabled rules) with `after`. The "before" settings are taken from the model
// when the command is built; a command that changes nothing is obsolete.
class SetLintConfigCommand : public QUndoCommand
{
public:
    SetLintConfigCommand(DesignModel *model, const LintConfig &after, const QString &text,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // Convenience builders for the Problems dock and quick fixes.
    static SetLintConfigCommand *addSuppression(DesignModel *model, const Suppression &suppression);
    static SetLintConfigCommand *removeSuppression(DesignModel *model, const QString &rule, const QString &element);

private:
    DesignModel *m_model;
    LintConfig m_before;
    LintConfig m_after;
};

} // namespace pillar
