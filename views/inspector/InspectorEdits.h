#pragma once

#include "Element.h"

#include <QPair>
#include <QStringList>
#include <QVector>

namespace pillar {

class Design;

// Helpers the inspector's forms share (their edits go through
// commands/ElementEdits.h and SetPropertiesCommand).
namespace inspector {

// "Name (id)", or the id alone when the element has no name.
QString elementLabel(const Element &element);

// Id and label of every element whose kind is in kinds, in file order.
QVector<QPair<QString, QString>> elementsOfKinds(const Design &design, const std::vector<ElementKind> &kinds);

} // namespace inspector
} // namespace pillar
