#include "InspectorEdits.h"

#include "DesignModel.h"
#include "Document.h"
#include "commands/ChangeElementsCommand.h"
#include "commands/MergeIds.h"

#include <QCoreApplication>

#include <algorithm>

namespace pillar::inspector {

bool pushElementEdit(Document *document, const QStringList &ids, const QString &text,
                     const std::function<void(Element &)> &edit, int mergeId, const QString &mergeKey)
{
    const DesignModel *model = document->model();
    QVector<Element> after;
    bool changed = false;
    for (const QString &id : ids) {
        const Element *current = model->element(id);
        if (!current)
            continue;
        Element e = *current;
        edit(e);
        changed = changed || e != *current;
        after << e;
    }
    if (!changed)
        return false;
    document->push(new ChangeElementsCommand(document->model(), after, text, mergeId, mergeKey));
    return true;
}

bool setProperty(Document *document, const QStringList &ids, const PropertySpec &spec, const QVariant &value)
{
    const QString text = QCoreApplication::translate("Command", "Set %1 of %2")
                             .arg(spec.displayLabel(), describeTargets(document->model(), ids));
    // Same key as SetPropertyCommand for one element, so canvas and inspector edits merge alike.
    const QString mergeKey = ids.join(QLatin1Char(',')) + QLatin1Char('\n') + spec.key;
    return pushElementEdit(
        document, ids, text,
        [&](Element &e) {
            if (value.isValid())
                e.properties.insert(spec.key, value);
            else
                e.properties.remove(spec.key);
            e.unknown.removeAll(spec.key);
        },
        int(MergeId::SetProperty), mergeKey);
}

QString describeTargets(const DesignModel *model, const QStringList &ids)
{
    if (ids.size() == 1) {
        if (const Element *e = model->element(ids.first()))
            return e->displayName();
    }
    return QCoreApplication::translate("Command", "%n element(s)", nullptr, int(ids.size()));
}

QString elementLabel(const Element &element)
{
    if (element.name.isEmpty() || element.name == element.id)
        return element.id;
    return QStringLiteral("%1 (%2)").arg(element.name, element.id);
}

QVector<QPair<QString, QString>> elementsOfKinds(const Design &design, const std::vector<ElementKind> &kinds)
{
    QVector<QPair<QString, QString>> result;
    for (const Element &e : design.elements()) {
        if (std::find(kinds.begin(), kinds.end(), e.kind) != kinds.end())
            result.append({e.id, elementLabel(e)});
    }
    return result;
}

} // namespace pillar::inspector
