// lb-without-health-check: load balancer without a health check path.
#include "../RuleContext.h"

namespace pillar {

namespace {

class LbWithoutHealthCheckRule final : public Rule
{
public:
    LbWithoutHealthCheckRule()
    {
        info.id = "lb-without-health-check";
        info.title = QT_TRANSLATE_NOOP("Rules", "Load balancer without a health check path");
        info.pillar = Pillar::Reliability;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::LoadBalancer};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A load balancer sends traffic only to healthy targets; the health check path "
                                                    "decides whether the web server alone or the application behind it must answer.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL06, monitor workload resources); the book “서비스 운영이 쉬워지는 AWS 인프라 구축 가이드”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Set a health check path that the application itself serves.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Only load balancers with targets; network load balancers are skipped (TCP checks).");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignIndex &index = ctx.index();
        for (int i : index.ofKind(ElementKind::LoadBalancer)) {
            const Element &e = ctx.element(i);
            // Network load balancers check TCP by default; a path is an HTTP notion.
            if (ctx.equals(i, "type", "network") || !ctx.known(i, "healthCheckPath"))
                continue;
            if (!ctx.blank(i, "healthCheckPath"))
                continue;
            bool hasTarget = false;
            for (int c : index.outgoing(i)) {
                const int to = index.connectionTo(c);
                hasTarget = hasTarget || (to >= 0 && isCompute(ctx.index().kindOf(to)));
            }
            if (hasTarget)
                r.report({e.id}, rulesTr("Load balancer %1 has targets but no health check path.").arg(RuleContext::label(e)));
        }
    }
};

} // namespace

PILLAR_RULE(LbWithoutHealthCheckRule)

} // namespace pillar
