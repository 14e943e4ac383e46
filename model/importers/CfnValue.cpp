#include "CfnValue.h"

#include <utility>

namespace pillar {

CfnValue CfnValue::scalar(const QString &text)
{
    CfnValue v;
    v.type = Scalar;
    v.text = text;
    return v;
}

CfnValue CfnValue::unknown(const QString &why)
{
    CfnValue v;
    v.type = Unknown;
    v.text = why;
    return v;
}

CfnValue CfnValue::resourceRef(const QString &id, const QString &attribute)
{
    CfnValue v;
    v.type = ResourceRef;
    v.text = id;
    v.attribute = attribute;
    return v;
}

CfnValue CfnValue::external(const QString &name)
{
    CfnValue v;
    v.type = External;
    v.text = name;
    return v;
}

bool CfnValue::containsUnresolved() const
{
    switch (type) {
    case Function:
    case External:
    case Unknown:
    case ResourceRef:
        return true;
    case List:
        for (const CfnValue &item : items) {
            if (item.containsUnresolved())
                return true;
        }
        return false;
    case Map:
        for (const auto &entry : map) {
            if (entry.second.containsUnresolved())
                return true;
        }
        return false;
    default:
        return false;
    }
}

const CfnValue *CfnValue::get(const QString &key) const
{
    if (type != Map)
        return nullptr;
    for (const auto &entry : map) {
        if (entry.first == key)
            return &entry.second;
    }
    return nullptr;
}

CfnValue *CfnValue::get(const QString &key)
{
    return const_cast<CfnValue *>(std::as_const(*this).get(key));
}

bool CfnValue::toBool(bool *ok) const
{
    *ok = false;
    if (type != Scalar)
        return false;
    if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
        *ok = true;
        return true;
    }
    if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
        *ok = true;
        return false;
    }
    return false;
}

int CfnValue::toInt(bool *ok) const
{
    *ok = false;
    if (type != Scalar)
        return 0;
    return text.trimmed().toInt(ok);
}

QString CfnValue::place() const
{
    if (line <= 0)
        return QString();
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

} // namespace pillar
