#include "RuleRegistry.h"

#include "RuleFamilies.h"

#include <QHash>

namespace pillar {

namespace {

std::vector<Rule> buildCatalogue()
{
    std::vector<Rule> rules;
    addSecurityGroupRules(rules);
    addDataExposureRules(rules);
    addResourceSecurityRules(rules);
    addDataProtectionRules(rules);
    addAvailabilityRules(rules);
    addResilienceRules(rules);
    addPerformanceRules(rules);
    addCostRules(rules);
    addStructureRules(rules);
    addConnectivityRules(rules);
    rules.push_back({{kUnusedSuppressionRule, QT_TRANSLATE_NOOP("Rules", "Suppression that matches nothing"),
                      Pillar::WellFormedness, Severity::Warning, ContextPolicy::None, {},
                      QT_TRANSLATE_NOOP("Rules", "A suppression whose rule no longer fires on its element hides nothing; kept, "
                                                 "it would silently hide the problem if it came back."),
                      QT_TRANSLATE_NOOP("Rules", "Pillar's checker (as checkov and cdk-nag users ask for)."),
                      QT_TRANSLATE_NOOP("Rules", "Remove the suppression from the design's lint settings."),
                      QT_TRANSLATE_NOOP("Rules", "A suppression names a rule and the finding's primary element (its first id).")},
                     nullptr});
    rules.push_back({{kUnknownRuleRule, QT_TRANSLATE_NOOP("Rules", "Lint settings name an unknown rule"),
                      Pillar::WellFormedness, Severity::Warning, ContextPolicy::None, {},
                      QT_TRANSLATE_NOOP("Rules", "A suppression, severity override or disabled rule that names no rule of the "
                                                 "catalogue does nothing, usually because of a typo or a renamed rule."),
                      QT_TRANSLATE_NOOP("Rules", "Pillar's checker."),
                      QT_TRANSLATE_NOOP("Rules", "Correct the rule id (pillar-cli rules lists them) or remove the entry."),
                      ""},
                     nullptr});
    return rules;
}

} // namespace

const std::vector<Rule> &allRules()
{
    static const std::vector<Rule> rules = buildCatalogue();
    return rules;
}

const Rule *findRule(const QString &id)
{
    static const QHash<QString, const Rule *> byId = [] {
        QHash<QString, const Rule *> map;
        for (const Rule &r : allRules())
            map.insert(r.info.idString(), &r);
        return map;
    }();
    return byId.value(id, nullptr);
}

} // namespace pillar
