#pragma once

#include "Rule.h"

#include <functional>
#include <vector>

namespace pillar {

// Ids of the checker's own rules about the design's lint settings.
constexpr const char *kUnusedSuppressionRule = "unused-suppression";
constexpr const char *kUnknownRuleRule = "unknown-rule";

// The whole catalogue in a stable order: security, reliability, performance,
// cost, well-formedness, then the checker's own rules (whose findings
// checkDesign() makes). Each entry is the one instance of its rule.
const std::vector<std::reference_wrapper<const Rule>> &allRules();
// nullptr when no rule has that id.
const Rule *findRule(const QString &id);

} // namespace pillar
