// previous-generation-instance: previous-generation instance type.
#include "../RuleContext.h"

namespace pillar {

namespace {

class PreviousGenerationInstanceRule final : public Rule
{
public:
    PreviousGenerationInstanceRule()
    {
        info.id = "previous-generation-instance";
        info.title = QT_TRANSLATE_NOOP("Rules", "Previous-generation instance type");
        info.pillar = Pillar::PerformanceEfficiency;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup, ElementKind::RdsInstance, ElementKind::ElastiCache};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "New generations arrive every year or two, faster and cheaper; Buzzvil saved about "
                                                    "30% by leaving c3.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Performance efficiency pillar (PERF02); Buzzvil Tech Blog, “버즈빌 AWS 활용기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Move to a current generation before buying reservations.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Families t1, m1, m2, m3, c1, c3, cc2, cr1, g2, hi1, hs1, i2, r3; also RDS "
                                                "instance classes and ElastiCache node types.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const struct { ElementKind kind; const char *key; } typed[] = {
            {ElementKind::Ec2Instance, "instanceType"}, {ElementKind::AutoScalingGroup, "instanceType"},
            {ElementKind::RdsInstance, "instanceClass"}, {ElementKind::ElastiCache, "nodeType"}};
        for (const auto &t : typed) {
            for (int i : ctx.index().ofKind(t.kind)) {
                const Element &e = ctx.element(i);
                if (!ctx.index().instanceTypeOf(i).isPreviousGeneration() || !ctx.known(i, t.key))
                    continue;
                r.report({e.id}, rulesTr("%1 %2 uses %3, a previous-generation type.")
                                     .arg(kindDisplayName(t.kind), RuleContext::label(e), ctx.stringOf(i, t.key)));
            }
        }
    }
};

} // namespace

PILLAR_RULE(PreviousGenerationInstanceRule)

} // namespace pillar
