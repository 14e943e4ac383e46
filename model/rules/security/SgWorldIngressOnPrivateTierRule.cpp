// sg-world-ingress-on-private-tier: private tier accepts traffic from the world.
#include "WorldOpenIngress.h"
#include "../IngressFacts.h"
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include <algorithm>

namespace pillar {

namespace {

// True when something reaches element i, and only load balancers do (for an
// instance of an Auto Scaling group, what reaches the group counts too).
// A data store is always a private tier.
bool reachedOnlyThroughLoadBalancers(const RuleContext &ctx, int i)
{
    const DesignIndex &index = ctx.index();
    const ElementKind kind = index.kindOf(i);
    if (isDataStore(kind))
        return true;
    if (!isCompute(kind))
        return false;
    QVector<int> sources;
    for (int c : index.incoming(i))
        sources << index.connectionFrom(c);
    if (kind == ElementKind::Ec2Instance) {
        const int asg = index.asgOf(i);
        if (asg >= 0) {
            for (int c : index.incoming(asg))
                sources << index.connectionFrom(c);
        }
    }
    if (sources.isEmpty())
        return false;
    for (int s : sources) {
        if (s < 0 || ctx.index().kindOf(s) != ElementKind::LoadBalancer)
            return false;
    }
    return true;
}

class SgWorldIngressOnPrivateTierRule final : public Rule
{
public:
    SgWorldIngressOnPrivateTierRule()
    {
        info.id = "sg-world-ingress-on-private-tier";
        info.title = QT_TRANSLATE_NOOP("Rules", "Private tier accepts traffic from the world");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::SecurityGroup, ElementKind::Ec2Instance, ElementKind::AutoScalingGroup, ElementKind::RdsInstance, ElementKind::ElastiCache};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "An instance reached only through a load balancer, or a data store, has no "
                                                    "reason to accept traffic from anywhere: only the load balancer (or the "
                                                    "application) needs to reach it.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC05); Buzzvil Tech Blog, “버즈빌 AWS 활용기” and the blog post “Side Project | 6. AWS 인프라 구축기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Allow the load balancer's security group as the source instead of 0.0.0.0/0.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Ports 80/443 open to the world on an internet-facing load balancer or a "
                                                "CloudFront origin are normal and never reported.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int sg : ctx.index().ofKind(ElementKind::SecurityGroup)) {
            // Sensitive ports and all traffic are errors of their own rules.
            const QVector<IngressEntry> &ingress = ctx.index().ingressOf(sg);
            auto isOpen = [](const IngressEntry &rule) {
                return rule.facts.fromAnywhere && !rule.allPorts && !rule.admitsSensitivePort();
            };
            if (std::none_of(ingress.begin(), ingress.end(), isOpen))
                continue;
            QVector<int> privateMembers;
            for (int m : ctx.index().membersOf(sg)) {
                if (reachedOnlyThroughLoadBalancers(ctx, m))
                    privateMembers << m;
            }
            if (privateMembers.isEmpty())
                continue;
            const Element &g = ctx.element(sg);
            QStringList open;
            for (int k = 0; k < ingress.size(); ++k) {
                if (isOpen(ingress[k]))
                    open << describePorts(g.ingress[k]);
            }
            QStringList ids{g.id};
            for (int m : privateMembers)
                ids << ctx.element(m).id;
            r.report(ids, rulesTr("Security group %1 admits %2 from anywhere, but %3 is only reached through a load balancer.")
                              .arg(RuleContext::label(g), open.join(QLatin1String(", ")), ctx.labels(privateMembers)));
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *sg = fixableElement(design, finding, ElementKind::SecurityGroup);
        return sg ? worldOpenIngressFixes(design, *sg, WorldOpenIngress::PrivateTier) : QVector<QuickFix>();
    }
};

} // namespace

PILLAR_RULE(SgWorldIngressOnPrivateTierRule)

} // namespace pillar
