// sg-all-traffic-open: all traffic open to the world.
#include "WorldOpenIngress.h"
#include "../IngressFacts.h"
#include "../QuickFixes.h"
#include "../RuleContext.h"

namespace pillar {

namespace {

class SgAllTrafficOpenRule final : public Rule
{
public:
    SgAllTrafficOpenRule()
    {
        info.id = "sg-all-traffic-open";
        info.title = QT_TRANSLATE_NOOP("Rules", "All traffic open to the world");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Error;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::SecurityGroup};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "An ingress rule from anywhere with protocol \"all\" or ports 0-65535 "
                                                    "exposes every service on every member, including SSH and databases.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC05); Buzzvil Tech Blog, “버즈빌 AWS 활용기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Open only the port the service needs, from the narrowest source.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int sg : ctx.index().ofKind(ElementKind::SecurityGroup)) {
            const QVector<IngressEntry> &ingress = ctx.index().ingressOf(sg);
            for (int k = 0; k < ingress.size(); ++k) {
                if (ingress[k].allPorts && ingress[k].facts.fromAnywhere) {
                    const Element &g = ctx.element(sg);
                    const IngressRule &rule = g.ingress[k];
                    r.report(groupAndMembers(ctx, sg),
                             rulesTr("Security group %1 admits every port (%2) from anywhere (%3); %4.")
                                 .arg(RuleContext::label(g), describePorts(rule), rule.cidr, appliesTo(ctx, sg)));
                }
            }
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *sg = fixableElement(design, finding, ElementKind::SecurityGroup);
        return sg ? worldOpenIngressFixes(design, *sg, WorldOpenIngress::AllTraffic) : QVector<QuickFix>();
    }
};

} // namespace

PILLAR_RULE(SgAllTrafficOpenRule)

} // namespace pillar
