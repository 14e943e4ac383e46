#include "DesignSearch.h"

#include "Design.h"
#include "ElementKind.h"

#include <array>

namespace pillar {

QStringList findElements(const Design &design, const QString &query)
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        return {};
    enum Rank { Exact, Prefix, Contains, Kind, Ranks };
    std::array<QStringList, Ranks> found;
    for (const Element &e : design.elements()) {
        const QString name = e.displayName();
        auto matches = [&](auto test) { return test(name) || test(e.id); };
        if (matches([&](const QString &s) { return s.compare(q, Qt::CaseInsensitive) == 0; }))
            found[Exact] << e.id;
        else if (matches([&](const QString &s) { return s.startsWith(q, Qt::CaseInsensitive); }))
            found[Prefix] << e.id;
        else if (matches([&](const QString &s) { return s.contains(q, Qt::CaseInsensitive); }))
            found[Contains] << e.id;
        else if (kindDisplayName(e.kind).contains(q, Qt::CaseInsensitive) || kindKey(e.kind).contains(q, Qt::CaseInsensitive))
            found[Kind] << e.id;
    }
    QStringList ids;
    for (const QStringList &group : found)
        ids << group;
    return ids;
}

} // namespace pillar
