#pragma once

#include "CfnValue.h"

#include <QCoreApplication>

// Small helpers the importer and its resource mappers share.
namespace pillar::cfn {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("CfnImport", text);
}

// True when v is a Ref/GetAtt of the resource id.
inline bool refersTo(const CfnValue *v, const QString &id)
{
    return v && v->type == CfnValue::ResourceRef && v->text == id;
}

// The items of a list, a single value as a one-item list, nothing for nullptr.
inline QVector<CfnValue> itemsOf(const CfnValue *v)
{
    if (!v)
        return {};
    if (v->isList())
        return v->items;
    return {*v};
}

// The ids of the resources v refers to anywhere inside it, each once, in order.
inline void collectRefIds(const CfnValue &v, QStringList *out)
{
    if (v.type == CfnValue::ResourceRef && !out->contains(v.text))
        out->append(v.text);
    for (const CfnValue &item : v.items)
        collectRefIds(item, out);
    for (const auto &entry : v.map)
        collectRefIds(entry.second, out);
}

} // namespace pillar::cfn
