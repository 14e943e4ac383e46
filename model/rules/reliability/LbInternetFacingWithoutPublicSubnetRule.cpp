// lb-internet-facing-without-public-subnet: an internet-facing load balancer
// attached only to private subnets, which the internet cannot reach.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include <QCoreApplication>

namespace pillar {

namespace {

class LbInternetFacingWithoutPublicSubnetRule final : public Rule
{
public:
    LbInternetFacingWithoutPublicSubnetRule()
    {
        info.id = "lb-internet-facing-without-public-subnet";
        info.title = QT_TRANSLATE_NOOP("Rules", "Internet-facing load balancer without a public subnet");
        info.pillar = Pillar::Reliability;
        info.defaultSeverity = Severity::Error;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::LoadBalancer, ElementKind::Subnet};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "An internet-facing load balancer gets its public addresses in the subnets it is "
                                                    "attached to; in subnets with no route to an internet gateway no request from the "
                                                    "internet reaches it, so the service is down as drawn.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL02-BP01, use highly available network connectivity for your "
                                                 "workload public endpoints); Elastic Load Balancing User Guide, “Subnets for your "
                                                 "Application Load Balancer”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Attach the load balancer to public subnets (one per Availability Zone), or make it "
                                              "internal if only the VPC should reach it.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Not reported while any of its subnets is not known to be private.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::LoadBalancer)) {
            if (!ctx.known(i, "scheme") || !ctx.equals(i, "scheme", "internet-facing"))
                continue;
            const IndexList subnets = ctx.index().attachedSubnetsOf(i);
            if (subnets.isEmpty())
                continue; // lb-single-az says it is attached to nothing
            bool allPrivate = true;
            QStringList names;
            for (int s : subnets) {
                allPrivate = allPrivate && ctx.known(s, "public") && !ctx.boolOf(s, "public");
                names << RuleContext::label(ctx.element(s));
            }
            if (allPrivate)
                r.report({ctx.element(i).id},
                         rulesTr("Internet-facing load balancer %1 is attached only to private subnets (%2): the internet cannot reach it.")
                             .arg(RuleContext::label(ctx.element(i)), names.join(QLatin1String(", "))));
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *e = fixableElement(design, finding, ElementKind::LoadBalancer);
        if (!e)
            return {};
        return {propertyFix(*e, QCoreApplication::translate("QuickFix", "Make it internal"),
                            {{QStringLiteral("scheme"), QStringLiteral("internal")}})};
    }
};

} // namespace

PILLAR_RULE(LbInternetFacingWithoutPublicSubnetRule)

} // namespace pillar
