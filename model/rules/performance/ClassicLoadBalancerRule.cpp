// classic-load-balancer: classic Load Balancer.
#include "../RuleContext.h"

namespace pillar {

namespace {

class ClassicLoadBalancerRule final : public Rule
{
public:
    ClassicLoadBalancerRule()
    {
        info.id = "classic-load-balancer";
        info.title = QT_TRANSLATE_NOOP("Rules", "Classic Load Balancer");
        info.pillar = Pillar::PerformanceEfficiency;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::LoadBalancer};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "The Classic Load Balancer is superseded by the Application (L7) and Network "
                                                    "(L4) Load Balancers.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Performance efficiency pillar (PERF04); the AWS talk “천만 사용자를 위한 AWS 클라우드 아키텍처 진화하기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Migrate to an Application or Network Load Balancer.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::LoadBalancer)) {
            const Element &e = ctx.element(i);
            if (ctx.known(i, "type") && ctx.equals(i, "type", "classic"))
                r.report({e.id}, rulesTr("Load balancer %1 is a Classic Load Balancer.").arg(RuleContext::label(e)));
        }
    }
};

} // namespace

PILLAR_RULE(ClassicLoadBalancerRule)

} // namespace pillar
