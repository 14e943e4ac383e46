#pragma once

#include "CfnValue.h"

#include <QCoreApplication>

// Small helpers the CfnMapper files share.
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

} // namespace pillar::cfn
