#include "SetPropertyCommand.h"

#include "DesignModel.h"
#include "PropertySpec.h"

#include <QCoreApplication>

namespace pillar {

namespace {

Element withProperty(DesignModel *model, const QString &id, const QString &key, const QVariant &value)
{
    Element e = *model->element(id);
    if (value.isValid())
        e.properties.insert(key, value);
    else
        e.properties.remove(key);
    e.unknown.removeAll(key);
    return e;
}

QString propertyText(DesignModel *model, const QString &id, const QString &key)
{
    const Element *e = model->element(id);
    const PropertySpec *spec = findPropertySpec(e->kind, key);
    return QCoreApplication::translate("Command", "Set %1 of %2").arg(spec ? spec->displayLabel() : key, e->displayName());
}

Element withName(DesignModel *model, const QString &id, const QString &name)
{
    Element e = *model->element(id);
    e.name = name;
    return e;
}

} // namespace

SetPropertyCommand::SetPropertyCommand(DesignModel *model, const QString &id, const QString &key, const QVariant &value,
                                       QUndoCommand *parent)
    : ChangeElementsCommand(model, {withProperty(model, id, key, value)}, propertyText(model, id, key),
                            int(MergeId::SetProperty), id + QLatin1Char('\n') + key, parent)
{
}

RenameElementCommand::RenameElementCommand(DesignModel *model, const QString &id, const QString &name, QUndoCommand *parent)
    : ChangeElementsCommand(model, {withName(model, id, name)},
                            QCoreApplication::translate("Command", "Rename %1 to %2").arg(model->element(id)->displayName(), name),
                            int(MergeId::Rename), id, parent)
{
}

} // namespace pillar
