#pragma once

// One row of the rules table test: an edit of the three-tier sample that
// trips a rule, and a close edit that does not.

#include "Design.h"

#include <functional>
#include <vector>

namespace pillar::test {

using Edit = std::function<void(Design &)>;

struct Case {
    const char *rule;
    const char *primary; // expected primary element of the finding ("" for a design-wide one)
    Edit trips;
    Edit close;
};

// The rules of the three-tier kinds (tst_rules.cpp).
const std::vector<Case> &classicRuleCases();
// The rules of the serverless, messaging, container and Region kinds (ServiceRuleCases.cpp).
const std::vector<Case> &serviceRuleCases();

} // namespace pillar::test
