#pragma once

#include "AutoLayout.h"
#include "Design.h"
#include "KindInfo.h"

#include <QStringList>

namespace pillar::test {

// Everything wrong with a laid-out design's geometry: overlapping siblings,
// children outside their container's content area (below its title band).
inline QStringList layoutProblems(const Design &design)
{
    QStringList problems;
    QStringList parents{QString()};
    for (const Element &e : design.elements()) {
        if (kindInfo(e.kind).container)
            parents << e.id;
    }
    for (const QString &parent : parents) {
        const QStringList kids = design.children(parent);
        for (int i = 0; i < kids.size(); ++i) {
            const QRectF a = AutoLayout::sceneRect(design, kids[i]);
            if (a.width() <= 0 || a.height() <= 0)
                problems << QStringLiteral("%1 has no size").arg(kids[i]);
            if (!parent.isEmpty()) {
                QRectF content = AutoLayout::sceneRect(design, parent);
                content.setTop(content.top() + AutoLayout::kTitleHeight);
                if (!content.contains(a))
                    problems << QStringLiteral("%1 sticks out of %2").arg(kids[i], parent);
            } else if (a.left() < 0 || a.top() < 0) {
                problems << QStringLiteral("%1 has negative scene coordinates").arg(kids[i]);
            }
            for (int j = i + 1; j < kids.size(); ++j) {
                if (a.intersects(AutoLayout::sceneRect(design, kids[j])))
                    problems << QStringLiteral("%1 overlaps %2").arg(kids[i], kids[j]);
            }
        }
    }
    return problems;
}

} // namespace pillar::test
