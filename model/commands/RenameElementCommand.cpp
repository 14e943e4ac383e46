#include "RenameElementCommand.h"

#include "DesignModel.h"

#include <QCoreApplication>

namespace pillar {

namespace {

Element withName(const DesignModel *model, const QString &id, const QString &name)
{
    Element e = *model->element(id);
    e.name = name;
    return e;
}

} // namespace

RenameElementCommand::RenameElementCommand(DesignModel *model, const QString &id, const QString &name, QUndoCommand *parent)
    : ChangeElementsCommand(model, {withName(model, id, name)},
                            QCoreApplication::translate("Command", "Rename %1 to %2").arg(model->element(id)->displayName(), name),
                            int(MergeId::Rename), id, parent)
{
}

} // namespace pillar
