// oversized-instance: oversized instance.
#include "../RuleContext.h"

namespace pillar {

namespace {

class OversizedInstanceRule final : public Rule
{
public:
    OversizedInstanceRule()
    {
        info.id = "oversized-instance";
        info.title = QT_TRANSLATE_NOOP("Rules", "Oversized instance");
        info.pillar = Pillar::CostOptimization;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup, ElementKind::RdsInstance};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Over-provisioned instances are paid for every hour; M found 1.1 GB spare.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Cost optimization pillar (COST06); the blog post “Side Project | 6. AWS 인프라 구축기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Right-size after measuring: pick the size the load needs.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Thresholds: xlarge or bigger in a dev design; large or bigger with an expected "
                                                "average CPU below 10%.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const struct { ElementKind kind; const char *key; } typed[] = {
            {ElementKind::Ec2Instance, "instanceType"}, {ElementKind::AutoScalingGroup, "instanceType"},
            {ElementKind::RdsInstance, "instanceClass"}};
        for (const auto &t : typed) {
            for (int i : ctx.index().ofKind(t.kind)) {
                const Element &e = ctx.element(i);
                if (!ctx.known(i, t.key))
                    continue;
                const int rank = ctx.index().instanceTypeOf(i).sizeRank();
                if (rank < 4)
                    continue;
                const QString text = ctx.stringOf(i, t.key);
                const int cpu = t.kind == ElementKind::RdsInstance ? 0 : ctx.intOf(i, "expectedCpu");
                if (ctx.isDev() && rank >= 5)
                    r.report({e.id}, rulesTr("%1 %2 is a %3 in a dev design.").arg(kindDisplayName(t.kind), RuleContext::label(e), text));
                else if (cpu > 0 && cpu < 10 && rank >= 4)
                    r.report({e.id}, rulesTr("%1 %2 is a %3 expected to average only %4% CPU.")
                                         .arg(kindDisplayName(t.kind), RuleContext::label(e), text).arg(cpu));
            }
        }
    }
};

} // namespace

PILLAR_RULE(OversizedInstanceRule)

} // namespace pillar
