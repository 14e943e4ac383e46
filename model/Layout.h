#pragma once

#include "Design.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace pillar {

// Canvas geometry shared by the views and by the commands that move things,
// so that "a container grows to fit its children" is one policy, decided here.
//
// Element::geometry holds the position relative to the parent container's
// top-left (scene coordinates at the top level). Containers store their size;
// other elements are drawn at a fixed size.
namespace layout {

constexpr double kLeafWidth = 96;
constexpr double kLeafHeight = 80;
constexpr double kHeaderHeight = 28;     // a container's title band
constexpr double kPadding = 16;          // gap kept between a container's edge and its children
constexpr double kMinContainerWidth = 160;
constexpr double kMinContainerHeight = 110;

// The drawn size: the stored size for containers (at least the minimum), the
// fixed leaf size otherwise.
QSizeF elementSize(const Element &element);
// Default size of a newly created element of this kind.
QSizeF defaultSize(ElementKind kind);

// Top-left in scene coordinates: the sum of the positions up the parent chain.
QPointF scenePosition(const Design &design, const QString &id);
QRectF sceneRect(const Design &design, const QString &id);

// Makes every container that holds an element of `pending` large enough for
// it, walking up the chain; clamps children that would stick out of the
// top/left edge back inside. `pending` maps id -> the element as it will be
// after the edit (new elements included); grown containers are added to it.
// Containers only grow here, they never shrink.
void growToFit(const Design &design, QHash<QString, Element> &pending);

// True when the element has no stored layout (the reader leaves geometry all
// zero when a file has none).
bool isUnplaced(const Element &element);

// Gives every element that has no stored position one:
// containers are sized around their children and laid out left to right.
// Used when a design written without layout (an import) is opened.
void autoLayout(Design &design);
bool needsLayout(const Design &design);

} // namespace layout
} // namespace pillar
