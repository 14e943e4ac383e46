#pragma once

#include <QString>
#include <QStringList>

namespace pillar {

class Design;

// Find (Ctrl+F): the elements whose name, id or kind matches `query`,
// ignoring case, best matches first: an exact name or id, then a name or id
// that starts with the query, then one that contains it, then elements whose
// kind ("Lambda function", "lambda-function") contains it. Design order
// within each group; an empty or blank query finds nothing.
QStringList findElements(const Design &design, const QString &query);

} // namespace pillar
