#pragma once

#include "Design.h"

#include <QHash>
#include <QPointF>
#include <QVariantMap>

class QMimeData;

namespace pillar {

// A piece of a design on its way through the clipboard (copy, cut, paste,
// duplicate). `design` is self-contained and valid on its own: the copied
// elements with all their descendants and the connections between them; the
// roots sit at the top level with scene positions. What pointed outside the
// piece is kept beside it, so a paste can restore it when the target has it.
struct DesignFragment {
    Design design;
    QHash<QString, QString> originalParent;     // root id -> its container in the source
    QHash<QString, QStringList> outsideGroups;  // id -> security groups outside the piece
    QHash<QString, QVariantMap> outsideRefs;    // id -> Ref / RefList properties naming outside ids

    bool isEmpty() const { return design.elements().empty(); }
};

// The selected elements (and their descendants) of `design`. Connection ids
// in `ids` are ignored: a connection travels when both its ends do.
DesignFragment copyFragment(const Design &design, const QStringList &ids);

// What a paste adds to `target`: fresh unique ids, references inside the
// piece renamed, outside references kept when they exist in target. Roots go
// into targetParent when AWS allows it, else back into their original
// container, else the top level; a root that fits nowhere is left out and
// its reason added to *refused. Security groups and subnets an element
// names are kept only where securityGroupProblem() / subnetAttachmentProblem()
// allow them once the piece has landed. Positions are the copied scene
// positions moved by `offset`.
struct PasteResult {
    QVector<Element> elements;   // parents before children
    QVector<Connection> connections;
    QStringList refused;
};
PasteResult pasteFragment(const Design &target, const DesignFragment &fragment, const QString &targetParent,
                          const QPointF &offset);

// Clipboard form: the fragment as a design file plus a small text part for
// the outside links. fragmentFromMime returns an empty fragment (and the
// reason in *error) when the data is not a readable fragment.
constexpr const char *kFragmentMimeType = "application/x-pillar-fragment";
QMimeData *fragmentToMime(const DesignFragment &fragment);
DesignFragment fragmentFromMime(const QMimeData *mime, QString *error = nullptr);

} // namespace pillar
