#pragma once

#include "Rule.h"

#include <vector>

namespace pillar {

// Each family file appends its rules, in catalogue order. RuleRegistry.cpp
// calls them; nothing else should.
void addSecurityGroupRules(std::vector<Rule> &rules);
void addDataExposureRules(std::vector<Rule> &rules);
void addResourceSecurityRules(std::vector<Rule> &rules);
void addDataProtectionRules(std::vector<Rule> &rules);
void addAvailabilityRules(std::vector<Rule> &rules);
void addResilienceRules(std::vector<Rule> &rules);
void addPerformanceRules(std::vector<Rule> &rules);
void addCostRules(std::vector<Rule> &rules);
void addStructureRules(std::vector<Rule> &rules);
void addConnectivityRules(std::vector<Rule> &rules);

} // namespace pillar
