#include "SetPropertiesCommand.h"

#include "DesignModel.h"
#include "ElementEdits.h"
#include "PropertySpec.h"

#include <QCoreApplication>

namespace pillar {

namespace {

QVector<Element> withProperties(const DesignModel *model, const QStringList &ids, const QVariantMap &values)
{
    QVector<Element> after;
    for (const QString &id : ids) {
        const Element *current = model->element(id);
        if (!current)
            continue;
        Element e = *current;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (it.value().isValid())
                e.properties.insert(it.key(), it.value());
            else
                e.properties.remove(it.key());
            e.unknown.removeAll(it.key());
        }
        after << e;
    }
    return after;
}

QString defaultText(const DesignModel *model, const QStringList &ids, const QVariantMap &values)
{
    const QString targets = describeTargets(model, ids);
    if (values.size() != 1)
        return QCoreApplication::translate("Command", "Set %n properties of %1", nullptr, int(values.size())).arg(targets);
    const QString key = values.firstKey();
    const Element *e = ids.isEmpty() ? nullptr : model->element(ids.first());
    const PropertySpec *spec = e ? findPropertySpec(e->kind, key) : nullptr;
    return QCoreApplication::translate("Command", "Set %1 of %2").arg(spec ? spec->displayLabel() : key, targets);
}

// Same elements, same keys: "a,b\nkey1,key2".
QString mergeKey(const QStringList &ids, const QVariantMap &values)
{
    return ids.join(QLatin1Char(',')) + QLatin1Char('\n') + values.keys().join(QLatin1Char(','));
}

} // namespace

SetPropertiesCommand::SetPropertiesCommand(DesignModel *model, const QStringList &ids, const QVariantMap &values,
                                           const QString &text, Merge merge, QUndoCommand *parent)
    : ChangeElementsCommand(model, withProperties(model, ids, values), text.isEmpty() ? defaultText(model, ids, values) : text,
                            merge == Merge::WithNext ? int(MergeId::SetProperty) : -1,
                            merge == Merge::WithNext ? mergeKey(ids, values) : QString(), parent)
{
}

SetPropertiesCommand::SetPropertiesCommand(DesignModel *model, const QString &id, const QString &key, const QVariant &value,
                                           QUndoCommand *parent)
    : SetPropertiesCommand(model, QStringList{id}, QVariantMap{{key, value}}, QString(), Merge::WithNext, parent)
{
}

} // namespace pillar
