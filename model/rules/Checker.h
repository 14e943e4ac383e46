#pragma once

#include "Finding.h"
#include "Rule.h"

#include "../Design.h"

#include <QVector>

namespace pillar {

// The Well-Architected checker: a pure function of the design.
//
// Runs every rule of the catalogue that the design does not disable, then
//  - sets each finding's severity from the rule's default, moved by the
//    design's environment and expected users (see ContextPolicy), then
//    replaced by the design's severity override for the rule, if any;
//  - marks findings matched by a suppression (same rule, suppression element
//    = the finding's primary element) as suppressed, with the reason;
//  - adds an "unused-suppression" finding for each suppression that matched
//    nothing, and an "unknown-rule" finding for settings naming no rule.
// Suppressed findings are returned (flagged); callers decide whether to show
// them. Order: catalogue order, then the order each rule reports in.
QVector<Finding> checkDesign(const Design &design);

// A rule's severity for this design before any per-design override.
Severity contextualSeverity(const RuleInfo &rule, const DesignInfo &info);

} // namespace pillar
