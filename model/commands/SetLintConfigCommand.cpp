#include "SetLintConfigCommand.h"

#include "DesignModel.h"

#include <QCoreApplication>

#include <algorithm>

namespace pillar {

SetLintConfigCommand::SetLintConfigCommand(DesignModel *model, const LintConfig &after, const QString &text,
                                           QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_before(model->design().lint)
    , m_after(after)
{
    setObsolete(m_before == m_after);
}

void SetLintConfigCommand::redo()
{
    m_model->setLintConfig(m_after);
}

void SetLintConfigCommand::undo()
{
    m_model->setLintConfig(m_before);
}

SetLintConfigCommand *SetLintConfigCommand::addSuppression(DesignModel *model, const Suppression &suppression)
{
    LintConfig lint = model->design().lint;
    lint.suppressions.append(suppression);
    return new SetLintConfigCommand(model, lint,
                                    QCoreApplication::translate("Command", "Suppress %1 on %2")
                                        .arg(suppression.rule, suppression.element));
}

SetLintConfigCommand *SetLintConfigCommand::removeSuppression(DesignModel *model, const QString &rule,
                                                              const QString &element)
{
    LintConfig lint = model->design().lint;
    lint.suppressions.erase(std::remove_if(lint.suppressions.begin(), lint.suppressions.end(),
                                           [&](const Suppression &s) { return s.rule == rule && s.element == element; }),
                            lint.suppressions.end());
    return new SetLintConfigCommand(model, lint,
                                    QCoreApplication::translate("Command", "Remove suppression of %1 on %2")
                                        .arg(rule, element));
}

} // namespace pillar
