// burstable-instance-sustained-load: burstable instance under sustained load.
#include "../RuleContext.h"

namespace pillar {

namespace {

class BurstableInstanceSustainedLoadRule final : public Rule
{
public:
    BurstableInstanceSustainedLoadRule()
    {
        info.id = "burstable-instance-sustained-load";
        info.title = QT_TRANSLATE_NOOP("Rules", "Burstable instance under sustained load");
        info.pillar = Pillar::PerformanceEfficiency;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A t2/t3/t4g instance above its baseline spends CPU credits; when they run out "
                                                    "it is throttled to the baseline. A micro and a medium burst at the same speed.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Performance efficiency pillar (PERF02, compute); Buzzvil Tech Blog, “버즈빌 AWS 활용기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Pick a fixed-performance type (m, c, r families) or a larger burstable one.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Baselines are per vCPU, as CloudWatch reports CPU: t2 nano 5, micro 10, small 20, "
                                                "medium 20, large 30, xlarge 22.5, 2xlarge 17; t3/t3a/t4g nano 5, micro 10, small "
                                                "20, medium 20, large 30, xlarge 40, 2xlarge 40. A \"t2.medium 40%\" baseline is "
                                                "the two-vCPU total, i.e. 20% per vCPU.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (ElementKind kind : {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup}) {
            for (int i : ctx.index().ofKind(kind)) {
                const Element &e = ctx.element(i);
                if (!ctx.known(i, "instanceType") || !ctx.known(i, "expectedCpu"))
                    continue;
                const double baseline = ctx.index().instanceTypeOf(i).baselineCpuPercent();
                if (baseline <= 0)
                    continue;
                const int cpu = ctx.intOf(i, "expectedCpu");
                if (baseline > 0 && cpu > baseline)
                    r.report({e.id}, rulesTr("%1 %2 is a %3 expected to average %4% CPU, above its %5% baseline: it will run out "
                                             "of CPU credits and be throttled.")
                                         .arg(kindDisplayName(kind), RuleContext::label(e), ctx.stringOf(i, "instanceType"))
                                         .arg(cpu).arg(baseline));
            }
        }
    }
};

} // namespace

PILLAR_RULE(BurstableInstanceSustainedLoadRule)

} // namespace pillar
