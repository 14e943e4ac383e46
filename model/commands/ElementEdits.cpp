#include "ElementEdits.h"

#include "ChangeElementsCommand.h"
#include "DesignModel.h"
#include "Document.h"
#include "SetPropertiesCommand.h"

#include <QCoreApplication>

namespace pillar {

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

bool pushPropertyEdit(Document *document, const QStringList &ids, const QVariantMap &values)
{
    auto *command = new SetPropertiesCommand(document->model(), ids, values);
    if (command->isObsolete()) {
        delete command;
        return false;
    }
    document->push(command);
    return true;
}

bool pushGroupMembership(Document *document, const QStringList &ids, const QString &group, bool join, const QString &text)
{
    return pushElementEdit(document, ids, text, [&](Element &e) {
        if (join && !e.securityGroups.contains(group))
            e.securityGroups.append(group);
        else if (!join)
            e.securityGroups.removeAll(group);
    });
}

bool pushReferenceToggle(Document *document, const QStringList &ids, const QString &key, const QString &ref, bool add,
                         const QString &text)
{
    return pushElementEdit(document, ids, text, [&](Element &e) {
        QStringList list = e.listValue(key);
        if (add && !list.contains(ref))
            list.append(ref);
        else if (!add)
            list.removeAll(ref);
        e.properties.insert(key, list);
        e.unknown.removeAll(key);
    });
}

QString describeTargets(const DesignModel *model, const QStringList &ids)
{
    if (ids.size() == 1) {
        if (const Element *e = model->element(ids.first()))
            return e->displayName();
    }
    return QCoreApplication::translate("Command", "%n element(s)", nullptr, int(ids.size()));
}

} // namespace pillar
