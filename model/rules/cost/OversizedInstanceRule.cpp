// oversized-instance: oversized instance.
#include "../RuleContext.h"

#include "../../cost/CostModel.h"

namespace pillar {

namespace {

// " It costs about $120.45 a month at ap-northeast-2 on-demand prices." when
// the cost model can price its instances. Prices element i alone, not the
// whole design.
QString costNote(const RuleContext &ctx, int i)
{
    const auto prices = PriceTable::forRegion(ctx.design().info.region);
    if (!prices)
        return {};
    const auto cost = estimateElementCost(CostContext(ctx.index(), *prices, PricingTerm::OnDemand), i);
    const auto usd = cost ? cost->partUsd(CostPart::Capacity) : std::nullopt;
    if (!usd)
        return {};
    return QLatin1Char(' ') + rulesTr("It costs about %1 a month at %2 on-demand prices.").arg(formatUsd(*usd), prices->region());
}

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
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Over-provisioned instances are paid for every hour; the author of “Side Project | 6. AWS 인프라 구축기” found 1.1 GB of memory to spare.");
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
                    r.report({e.id}, rulesTr("%1 %2 is a %3 in a dev design.").arg(kindDisplayName(t.kind), RuleContext::label(e), text)
                                         + costNote(ctx, i));
                else if (cpu > 0 && cpu < 10 && rank >= 4)
                    r.report({e.id}, rulesTr("%1 %2 is a %3 expected to average only %4% CPU.")
                                         .arg(kindDisplayName(t.kind), RuleContext::label(e), text).arg(cpu)
                                         + costNote(ctx, i));
            }
        }
    }
};

} // namespace

PILLAR_RULE(OversizedInstanceRule)

} // namespace pillar
