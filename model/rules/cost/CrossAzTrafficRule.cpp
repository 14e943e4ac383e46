// cross-az-traffic: traffic between Availability Zones.
#include "../RuleContext.h"

namespace pillar {

namespace {

class CrossAzTrafficRule final : public Rule
{
public:
    CrossAzTrafficRule()
    {
        info.id = "cross-az-traffic";
        info.title = QT_TRANSLATE_NOOP("Rules", "Traffic between Availability Zones");
        info.pillar = Pillar::CostOptimization;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::Ec2Instance, ElementKind::RdsInstance, ElementKind::ElastiCache};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Traffic inside one AZ is free; between AZs it is billed in both directions. "
                                                    "Weigh it against the availability that Multi-AZ buys.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Cost optimization pillar (COST08, data transfer); Buzzvil Tech Blog, “버즈빌 AWS 활용기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Keep chatty pairs in one AZ where availability allows.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "One note per drawn connection whose two ends sit in different AZ boxes; "
                                                "the connection id is the finding's last element. Replication between "
                                                "data stores is not billed and not reported.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignIndex &index = ctx.index();
        // The price per GB from the region's table, when Pillar has one.
        QString price;
        const auto prices = PriceTable::forRegion(ctx.design().info.region);
        if (const Price *p = prices ? prices->find(QStringLiteral("data-transfer"), QStringLiteral("cross-az")) : nullptr)
            price = QLatin1Char(' ') + rulesTr("At %1 prices it costs $%2 per GB in each direction.")
                                           .arg(prices->region()).arg(p->usd);
        for (int c = 0; c < index.connectionCount(); ++c) {
            const int from = index.connectionFrom(c);
            const int to = index.connectionTo(c);
            if (from < 0 || to < 0)
                continue;
            const int azFrom = index.azOf(from);
            const int azTo = index.azOf(to);
            if (azFrom < 0 || azTo < 0 || azFrom == azTo)
                continue;
            // Replication between RDS instances in one region carries no
            // data-transfer charge; only application traffic is billed.
            if (isDataStore(ctx.index().kindOf(from)) && isDataStore(ctx.index().kindOf(to)))
                continue;
            r.report({ctx.element(from).id, ctx.element(to).id, index.connection(c).id},
                     rulesTr("Connection %1 from %2 in %3 to %4 in %5 crosses Availability Zones; that traffic is billed.")
                             .arg(index.connection(c).id, ctx.label(from), ctx.label(azFrom), ctx.label(to), ctx.label(azTo))
                         + price);
        }
    }
};

} // namespace

PILLAR_RULE(CrossAzTrafficRule)

} // namespace pillar
