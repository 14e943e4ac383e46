#include "SetDesignInfoCommand.h"

#include "DesignModel.h"

#include <QCoreApplication>

namespace pillar {

SetDesignInfoCommand::SetDesignInfoCommand(DesignModel *model, const DesignInfo &after, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Command", "Change design settings"), parent)
    , m_model(model)
    , m_before(model->design().info)
    , m_after(after)
{
    setObsolete(m_before == m_after);
}

void SetDesignInfoCommand::redo()
{
    m_model->setInfo(m_after);
}

void SetDesignInfoCommand::undo()
{
    m_model->setInfo(m_before);
}

} // namespace pillar
