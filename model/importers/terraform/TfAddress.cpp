#include "TfAddress.h"

#include "TfJsonReader.h"

#include <QHash>

namespace pillar {

namespace {

// Terraform 0.11 states flatten attributes: "ingress.#" = "2",
// "ingress.123.from_port" = "22", "tags.%" = "1", "tags.Name" = "web".
// Rebuilds the nested lists and maps; keys under a map ("%") are taken whole.
CfnValue unflatten(const QVector<QPair<QString, const CfnValue *>> &flat, const QString &prefix, int depth)
{
    CfnValue out;
    out.type = CfnValue::Map;
    if (depth > 16) { // no provider nests this deep; keep the rest flat rather than recurse on
        for (const auto &entry : flat)
            out.map.append({entry.first.mid(prefix.size()), *entry.second});
        return out;
    }
    QStringList children;
    QHash<QString, QVector<QPair<QString, const CfnValue *>>> nested;
    for (const auto &entry : flat) {
        const QString rest = entry.first.mid(prefix.size());
        const int dot = rest.indexOf(QLatin1Char('.'));
        const QString head = dot < 0 ? rest : rest.left(dot);
        if (dot < 0) {
            out.map.append({head, *entry.second});
            continue;
        }
        if (!nested.contains(head))
            children << head;
        nested[head].append(entry);
    }
    for (const QString &head : children) {
        const auto &entries = nested[head];
        const QString childPrefix = prefix + head + QLatin1Char('.');
        bool isList = false, isMap = false;
        for (const auto &e : entries) {
            isList = isList || e.first == childPrefix + QLatin1Char('#');
            isMap = isMap || e.first == childPrefix + QLatin1Char('%');
        }
        CfnValue child;
        if (isMap) {
            child.type = CfnValue::Map;
            for (const auto &e : entries) {
                if (e.first != childPrefix + QLatin1Char('%'))
                    child.map.append({e.first.mid(childPrefix.size()), *e.second});
            }
        } else {
            QVector<QPair<QString, const CfnValue *>> inner;
            for (const auto &e : entries) {
                if (e.first != childPrefix + QLatin1Char('#'))
                    inner << e;
            }
            child = unflatten(inner, childPrefix, depth + 1);
            if (isList) { // items keyed by position or by a set hash: keep their order
                CfnValue list;
                list.type = CfnValue::List;
                for (auto &item : child.map)
                    list.items.append(std::move(item.second));
                child = std::move(list);
            }
        }
        out.map.append({head, std::move(child)});
    }
    return out;
}

} // namespace

CfnValue tfUnflatten(const QVector<QPair<QString, const CfnValue *>> &flat)
{
    return unflatten(flat, QString(), 0);
}

// "[0]" or "[\"a\"]" as Terraform writes an instance key in an address.
QString tfIndexSuffix(const CfnValue &index)
{
    if (!index.isScalar())
        return QString();
    if (index.attribute != kTfStringMark)
        return QLatin1Char('[') + index.text + QLatin1Char(']');
    QString escaped = index.text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QStringLiteral("[\"") + escaped + QStringLiteral("\"]");
}

// Splits "module.a[0].module.b.aws_x.y[1]" into its module part and the
// resource part, honouring quoted keys (which may hold dots).
void tfSplitAddress(const QString &address, QString *module, QString *resource)
{
    int lastModuleEnd = -1;
    int depth = 0;
    bool quoted = false;
    int segmentStart = 0;
    QStringList segments;
    QVector<int> ends;
    for (int i = 0; i <= address.size(); ++i) {
        const QChar c = i < address.size() ? address[i] : QLatin1Char('.');
        if (quoted) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = true;
        else if (c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char(']'))
            --depth;
        else if (c == QLatin1Char('.') && depth == 0) {
            segments << address.mid(segmentStart, i - segmentStart);
            ends << i;
            segmentStart = i + 1;
        }
    }
    for (int i = 0; i + 1 < segments.size(); i += 2) {
        if (segments[i] != QLatin1String("module"))
            break;
        lastModuleEnd = ends[i + 1];
    }
    *module = lastModuleEnd < 0 ? QString() : address.left(lastModuleEnd);
    *resource = lastModuleEnd < 0 ? address : address.mid(lastModuleEnd + 1);
}

QString tfConfigModule(const QString &moduleAddress)
{
    QString out;
    out.reserve(moduleAddress.size());
    int depth = 0;
    bool quoted = false;
    for (int i = 0; i < moduleAddress.size(); ++i) {
        const QChar c = moduleAddress[i];
        if (quoted) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            continue;
        }
        if (c == QLatin1Char('[')) {
            ++depth;
        } else if (c == QLatin1Char(']')) {
            --depth;
        } else if (depth > 0) {
            if (c == QLatin1Char('"'))
                quoted = true;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace pillar
