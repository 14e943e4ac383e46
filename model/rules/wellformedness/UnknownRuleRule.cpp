// unknown-rule: lint settings name an unknown rule.
#include "../RuleContext.h"

namespace pillar {

namespace {

class UnknownRuleRule final : public Rule
{
public:
    UnknownRuleRule()
    {
        info.id = "unknown-rule";
        info.title = QT_TRANSLATE_NOOP("Rules", "Lint settings name an unknown rule");
        info.pillar = Pillar::WellFormedness;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A suppression, severity override or disabled rule that names no rule of the "
                                                    "catalogue does nothing, usually because of a typo or a renamed rule.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Pillar's checker.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Correct the rule id (pillar-cli rules lists them) or remove the entry.");
    }

    // checkDesign() reports these from the design's lint settings, after the
    // other rules; the design's elements have nothing to say.
    void check(const RuleContext &, Reporter &) const override {}
};

} // namespace

PILLAR_RULE(UnknownRuleRule)

} // namespace pillar
