// internal-tier-without-lb: tier calls another tier without a load balancer.
#include "../RuleContext.h"

#include <QMap>

namespace pillar {

namespace {

class InternalTierWithoutLbRule final : public Rule
{
public:
    InternalTierWithoutLbRule()
    {
        info.id = "internal-tier-without-lb";
        info.title = QT_TRANSLATE_NOOP("Rules", "Tier calls another tier without a load balancer");
        info.pillar = Pillar::PerformanceEfficiency;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "An internal load balancer spreads traffic between tiers and hides their "
                                                    "instances from each other.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Performance efficiency pillar (PERF04); Buzzvil Tech Blog, “버즈빌 AWS 활용기” and the AWS talk “천만 사용자를 위한 AWS 클라우드 아키텍처 진화하기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Add an internal load balancer between the tiers.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Reported when one instance or group connects directly to two or more "
                                                "instances of the same workload.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignIndex &index = ctx.index();
        for (ElementKind kind : {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup}) {
            for (int i : index.ofKind(kind)) {
                QMap<QString, QVector<int>> tiers;
                for (int c : index.outgoing(i)) {
                    const int to = index.connectionTo(c);
                    // Lambda functions are called by name and scale by themselves: no balancing to do.
                    if (to >= 0 && isCompute(ctx.index().kindOf(to)) && to != i && ctx.index().kindOf(to) != ElementKind::LambdaFunction)
                        tiers[ctx.tierOf(to)] << to;
                }
                for (auto it = tiers.cbegin(); it != tiers.cend(); ++it) {
                    if (it.value().size() < 2)
                        continue;
                    QStringList ids{ctx.element(i).id};
                    for (int t : it.value())
                        ids << ctx.element(t).id;
                    r.report(ids, rulesTr("%1 calls %2 instances of the %3 tier directly (%4), with no internal load balancer.")
                                      .arg(ctx.label(i)).arg(it.value().size()).arg(it.key(), ctx.labels(it.value())));
                }
            }
        }
    }
};

} // namespace

PILLAR_RULE(InternalTierWithoutLbRule)

} // namespace pillar
