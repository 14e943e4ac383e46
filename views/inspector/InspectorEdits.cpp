#include "InspectorEdits.h"

#include "Design.h"

#include <algorithm>

namespace pillar::inspector {

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
