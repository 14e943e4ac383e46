#pragma once

#include "Design.h"
#include "Layout.h"

#include <QHash>
#include <QRectF>
#include <QSizeF>

namespace pillar {

// Lays out a whole design: VPC ⊃ AZ ⊃ subnet ⊃ resources, entry points
// (Internet, DNS, CloudFront) on the left, buckets on the right; inside a VPC
// load balancers and Auto Scaling groups left of the AZs, security groups
// below them; inside an AZ public subnets first and subnets holding data
// stores last; inside a subnet entry → compute → data order.
//
// Contract: afterwards no two siblings overlap, every child lies inside its
// container's content area (below the container's title band), and every
// container is at least as large as its content. Positions are relative to
// the parent, like Element::geometry. Deterministic: the same design gives the
// same layout.
class AutoLayout
{
public:
    // The canvas's own geometry policy (Layout.h), so what is laid out here is
    // drawn the same size there.
    static constexpr double kLeafWidth = layout::kLeafWidth;
    static constexpr double kLeafHeight = layout::kLeafHeight;
    static constexpr double kPadding = layout::kPadding;       // inside a container's border
    static constexpr double kTitleHeight = layout::kHeaderHeight;
    static constexpr double kGap = 24;                          // between siblings

    void apply(Design *design) const;

    // The drawn rectangle of an element in scene coordinates, as the canvas
    // draws it (layout::sceneRect: containers at least the minimum size).
    static QRectF sceneRect(const Design &design, const QString &id) { return layout::sceneRect(design, id); }

private:
    // Direct children of each element ("" for the top level) in file order,
    // built once per apply(): asking the design each time costs O(n) a
    // container, O(n^2) a design.
    using Children = QHash<QString, QStringList>;
    QSizeF layoutContainer(Design *design, const Children &children, const QString &id) const;
    void layoutTopLevel(Design *design, const Children &children) const;
};

} // namespace pillar
