// lb-single-target: load balancer with a single target.
#include "ZoneSpread.h"
#include "../RuleContext.h"

namespace pillar {

namespace {

class LbSingleTargetRule final : public Rule
{
public:
    LbSingleTargetRule()
    {
        info.id = "lb-single-target";
        info.title = QT_TRANSLATE_NOOP("Rules", "Load balancer with a single target");
        info.pillar = Pillar::Reliability;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::RelaxedWhenSmall;
        info.kinds = {ElementKind::LoadBalancer, ElementKind::Ec2Instance, ElementKind::AutoScalingGroup, ElementKind::EcsService};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "With one target there is no redundancy behind the load balancer.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL10); the AWS talk “천만 사용자를 위한 AWS 클라우드 아키텍처 진화하기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Add a second target or put an Auto Scaling group behind the load balancer.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "An Auto Scaling group with a maximum size of 2 or more, and an ECS service "
                                                "with 2 or more desired tasks, count as several targets; a Lambda function "
                                                "scales by itself and is not reported.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int lb : ctx.index().ofKind(ElementKind::LoadBalancer)) {
            const QVector<int> targets = targetsOf(ctx, lb);
            if (targets.size() != 1)
                continue;
            const int target = targets.first();
            const Element &t = ctx.element(target);
            const ElementKind kind = ctx.index().kindOf(target);
            if (kind == ElementKind::AutoScalingGroup && ctx.intOf(target, "maxSize") >= 2)
                continue;
            if (kind == ElementKind::EcsService && (ctx.intOf(target, "desiredCount") >= 2 || !ctx.known(target, "desiredCount")))
                continue;
            if (kind == ElementKind::LambdaFunction)
                continue; // Lambda runs as many copies as requests need
            r.report({ctx.element(lb).id, t.id}, rulesTr("Load balancer %1 has a single target, %2: nothing takes over when it fails.")
                                                     .arg(ctx.label(lb), RuleContext::label(t)));
        }
    }
};

} // namespace

PILLAR_RULE(LbSingleTargetRule)

} // namespace pillar
