// steady-load-on-demand: production instances that run all month, paid by
// the hour.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include "../../cost/CostModel.h"

#include <cmath>

namespace pillar {

namespace {

// What the instances cost a month on demand and reserved; nullopt when any
// of them cannot be priced both ways at the design's region. Only these
// instances are priced, each once per term: a lint does not estimate the
// whole design twice (nor look each instance up in a list of all of them).
std::optional<std::pair<double, double>> costs(const RuleContext &ctx, const QVector<int> &instances)
{
    const auto prices = PriceTable::forRegion(ctx.design().info.region);
    if (!prices)
        return std::nullopt;
    const CostContext onDemand(ctx.index(), *prices, PricingTerm::OnDemand);
    const CostContext reserved(ctx.index(), *prices, PricingTerm::Reserved1y);
    double a = 0;
    double b = 0;
    for (int i : instances) {
        const auto x = estimateElementCost(onDemand, i);
        const auto y = estimateElementCost(reserved, i);
        const auto ux = x ? x->partUsd(CostPart::Capacity) : std::nullopt;
        const auto uy = y ? y->partUsd(CostPart::Capacity) : std::nullopt;
        if (!ux || !uy)
            return std::nullopt;
        a += *ux;
        b += *uy;
    }
    return std::pair{a, b};
}

class SteadyLoadOnDemandRule final : public Rule
{
public:
    SteadyLoadOnDemandRule()
    {
        info.id = "steady-load-on-demand";
        info.title = QT_TRANSLATE_NOOP("Rules", "Steady production instances paid on demand");
        info.pillar = Pillar::CostOptimization;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::Ec2Instance, ElementKind::RdsInstance};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "An instance that runs all month costs about a third less on a 1-year "
                                                    "reservation or savings plan than on demand. A Reserved Instance binds you to "
                                                    "its instance family for the term, so a newer, cheaper generation waits until it "
                                                    "ends; a Compute Savings Plan follows a change of family.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Cost optimization pillar (COST07, pricing models); the blog post “Side Project | 6. "
                                                 "AWS 인프라 구축기”; Buzzvil Tech Blog, “버즈빌 AWS 활용기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Cover the instances that run all the time with a 1-year savings plan or "
                                              "reservation, and set their purchase option; keep scaling capacity on demand.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Production designs only. Looks at EC2 instances outside Auto Scaling groups and "
                                                "RDS instances whose purchase option is on demand; one finding names them all, "
                                                "with the monthly difference when the region's prices allow it.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        if (ctx.design().info.environment != QLatin1String("prod"))
            return;
        QVector<int> instances;
        QStringList ids;
        QStringList labels;
        for (const ElementKind kind : {ElementKind::Ec2Instance, ElementKind::RdsInstance}) {
            for (int i : ctx.index().ofKind(kind)) {
                if (kind == ElementKind::Ec2Instance && ctx.index().asgOf(i) >= 0)
                    continue; // scaling capacity: on demand is right
                if (ctx.known(i, "purchase") && ctx.equals(i, "purchase", "on-demand")) {
                    instances << i;
                    ids << ctx.element(i).id;
                    labels << ctx.label(i);
                }
            }
        }
        if (ids.isEmpty())
            return;
        QString message = QCoreApplication::translate("Rules", "%n production instance(s) run on demand all month: %1.", nullptr,
                                                        int(ids.size()))
                              .arg(labels.join(QLatin1String(", ")));
        if (const auto c = costs(ctx, instances); c && c->second < c->first) {
            message += QLatin1Char(' ')
                + rulesTr("About %1 a month at %2 prices; on 1-year terms about %3 (%4% less).")
                      .arg(formatUsd(c->first), ctx.design().info.region, formatUsd(c->second))
                      .arg(std::lround(100 * (1 - c->second / c->first)));
        }
        r.report(ids, message);
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        QVector<Element> edited;
        for (const QString &id : finding.elements) {
            const Element *e = design.element(id);
            if (!e || e->stringValue(QStringLiteral("purchase")) != QLatin1String("on-demand"))
                return {};
            Element copy = *e;
            copy.properties.insert(QStringLiteral("purchase"), QStringLiteral("reserved"));
            copy.unknown.removeAll(QStringLiteral("purchase"));
            edited << copy;
        }
        if (edited.isEmpty())
            return {};
        return {replaceElementsFix(QCoreApplication::translate("QuickFix", "Mark them as covered by 1-year reservations"), edited)};
    }
};

} // namespace

PILLAR_RULE(SteadyLoadOnDemandRule)

} // namespace pillar
