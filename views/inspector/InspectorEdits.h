#pragma once

#include "Element.h"
#include "PropertySpec.h"

#include <QPair>
#include <QStringList>
#include <QVector>

#include <functional>

namespace pillar {

class Design;
class DesignModel;
class Document;

// The inspector's way into the undo stack: every edit it makes goes through
// one of these, so one gesture is exactly one command and an edit that
// changes nothing pushes nothing.
namespace inspector {

// Applies `edit` to a copy of every element of ids and pushes ONE
// ChangeElementsCommand (merging with the previous one when mergeId and
// mergeKey agree). Returns false, pushing nothing, when no element changed.
bool pushElementEdit(Document *document, const QStringList &ids, const QString &text,
                     const std::function<void(Element &)> &edit, int mergeId = -1, const QString &mergeKey = QString());

// Sets one typed property on all of ids (an invalid value resets it to the
// default) and clears its "unknown" mark. Consecutive edits of the same
// property of the same elements merge, like SetPropertyCommand.
bool setProperty(Document *document, const QStringList &ids, const PropertySpec &spec, const QVariant &value);

// "web-1" for one element, "3 elements" for several: for command texts.
QString describeTargets(const DesignModel *model, const QStringList &ids);

// "Name (id)", or the id alone when the element has no name.
QString elementLabel(const Element &element);

// Id and label of every element whose kind is in kinds, in file order.
QVector<QPair<QString, QString>> elementsOfKinds(const Design &design, const std::vector<ElementKind> &kinds);

} // namespace inspector
} // namespace pillar
