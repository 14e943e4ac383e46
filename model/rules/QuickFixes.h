#pragma once

#include "Finding.h"

#include "../Design.h"

#include <QString>
#include <QVariantMap>
#include <QVector>

#include <functional>

class QUndoCommand;

namespace pillar {

class DesignModel;

// A mechanical repair for one finding: what the user is offered ("Turn
// Multi-AZ on") and how to build the one undoable command that does it.
struct QuickFix {
    QString label;  // translated; also the undo text
    // Builds the command against the model's current design. The caller pushes
    // it (Document::push) and owns it until then.
    std::function<QUndoCommand *(DesignModel *)> createCommand;
};

// The quick fixes for a finding on this design, best first; empty when the
// fix is not mechanical (it needs a human decision) or the finding no longer
// matches the design. Applying any of them makes the finding go away.
// Asks the finding's rule (Rule::quickFixes); none for an unknown rule.
QVector<QuickFix> quickFixes(const Design &design, const Finding &finding);

// Building blocks for the rules' quick fixes.

// The finding's primary element when it is still in the design and of that
// kind; else nullptr.
const Element *fixableElement(const Design &design, const Finding &finding, ElementKind kind);
// Replaces elements with edited copies (matched by id), as one command.
QuickFix replaceElementsFix(const QString &label, const QVector<Element> &after);
// Sets properties on one element (and forgets that they were unknown).
QuickFix propertyFix(const Element &e, const QString &label, const QVariantMap &values);
// For a DynamoDB table on provisioned capacity that the finding is about:
// turn capacity auto scaling on, or switch to on-demand; empty when the
// finding's element is gone or is not a table.
QVector<QuickFix> provisionedCapacityFixes(const Design &design, const Finding &finding);

} // namespace pillar
