#pragma once

#include "Design.h"

#include <QSet>
#include <QString>
#include <QStringList>

// What must hold of every design an edit leaves behind, for the editing
// property test. Each violation is "category: detail"; the category alone
// names the broken invariant, so a shrinker can keep hunting the same bug.
namespace pillar::test {

// Everything the editing API would refuse or that no edit may leave behind:
// duplicate or malformed ids, a parent that is missing or not allowed by
// Placement.h, a cycle, a dangling or wrongly typed reference (security
// groups, Ref / RefList properties, subnet attachments, ingress source
// groups, connection ends), a security group or subnet of another VPC, a
// connection that connectionProblem() refuses or that doubles another, a
// property value or ingress rule the inspector rejects, a child drawn
// outside its container, a suppression naming an element that is gone.
// Empty when the design is whole.
QStringList invariantViolations(const Design &design);

// The checker's well-formedness findings that mean "an edit should have
// refused this" (invalid-placement, dangling-reference, invalid-connection),
// as "rule: ids" keys. An edit must add none.
QSet<QString> refusalFindings(const Design &design);

inline QString violationCategory(const QString &violation)
{
    return violation.section(QLatin1Char(':'), 0, 0);
}

} // namespace pillar::test
