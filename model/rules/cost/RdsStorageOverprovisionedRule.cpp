// rds-storage-overprovisioned: RDS storage far above need.
#include "../RuleContext.h"

#include "../../cost/CostModel.h"

namespace pillar {

namespace {

class RdsStorageOverprovisionedRule final : public Rule
{
public:
    RdsStorageOverprovisionedRule()
    {
        info.id = "rds-storage-overprovisioned";
        info.title = QT_TRANSLATE_NOOP("Rules", "RDS storage far above need");
        info.pillar = Pillar::CostOptimization;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::RdsInstance};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "RDS storage can grow but never shrink; Buzzvil paid for 1 TB it did not need. Start "
                                                    "around 10 GB in dev and 50 GB at launch.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Cost optimization pillar (COST06, right-size); Buzzvil Tech Blog, “버즈빌 AWS 활용기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Start small and enable storage autoscaling.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Thresholds: more than 100 GB in dev or staging; more than 1,000 GB in prod "
                                                "below 10,000 expected users.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const bool prod = ctx.design().info.environment == QLatin1String("prod");
        const int limit = prod ? 1000 : 100;
        if (prod && ctx.design().info.expectedUsers >= kLargeScaleUsers)
            return;
        for (int i : ctx.index().ofKind(ElementKind::RdsInstance)) {
            const Element &e = ctx.element(i);
            const int gb = ctx.intOf(i, "storageGb");
            if (ctx.known(i, "storageGb") && gb > limit) {
                QString message = rulesTr("RDS instance %1 allocates %2 GB in a %3 design; storage can grow later but never shrink.")
                                      .arg(RuleContext::label(e)).arg(gb).arg(ctx.design().info.environment);
                // This instance is priced alone, not the whole design.
                const auto prices = PriceTable::forRegion(ctx.design().info.region);
                const auto cost = prices ? estimateElementCost(CostContext(ctx.index(), *prices, PricingTerm::OnDemand), i)
                                         : std::nullopt;
                if (const auto usd = cost ? cost->partUsd(CostPart::Storage) : std::nullopt)
                    message += QLatin1Char(' ') + rulesTr("That storage costs about %1 a month at %2 prices.").arg(formatUsd(*usd), prices->region());
                r.report({e.id}, message);
            }
        }
    }
};

} // namespace

PILLAR_RULE(RdsStorageOverprovisionedRule)

} // namespace pillar
