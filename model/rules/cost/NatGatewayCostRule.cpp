// nat-gateway-cost: NAT gateways bill by the hour and by the GB.
#include "../RuleContext.h"

#include "../../cost/CostEstimate.h"

namespace pillar {

namespace {

class NatGatewayCostRule final : public Rule
{
public:
    NatGatewayCostRule()
    {
        info.id = "nat-gateway-cost";
        info.title = QT_TRANSLATE_NOOP("Rules", "NAT gateways are billed by the hour and by the GB");
        info.pillar = Pillar::CostOptimization;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::NatGateway};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A NAT gateway costs every hour it exists and again for every GB it processes; "
                                                    "traffic to S3 and DynamoDB through it is billed although a gateway VPC endpoint "
                                                    "carries it for nothing.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Cost optimization pillar, COST08-BP02 Select components to optimize data transfer "
                                                 "cost; Amazon VPC pricing.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Send S3 and DynamoDB traffic through gateway VPC endpoints, and other AWS API "
                                              "traffic through interface endpoints where that is cheaper than the NAT gateway.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Prices are the region's on-demand NAT gateway hour and data processing prices "
                                                "from Pillar's price tables.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const auto prices = PriceTable::forRegionOrDefault(ctx.design().info.region);
        const Price *hour = prices ? prices->find(QStringLiteral("nat"), QStringLiteral("hour")) : nullptr;
        const Price *data = prices ? prices->find(QStringLiteral("nat"), QStringLiteral("data")) : nullptr;
        for (int nat : ctx.index().ofKind(ElementKind::NatGateway)) {
            if (hour && data)
                r.report({ctx.element(nat).id}, rulesTr("NAT gateway %1 costs about $%2 a month ($%3 an hour) plus $%4 for every GB "
                                                        "it processes.")
                                                    .arg(ctx.label(nat))
                                                    .arg(hour->usd * kHoursPerMonth, 0, 'f', 2)
                                                    .arg(hour->usd, 0, 'f', 3)
                                                    .arg(data->usd, 0, 'f', 3));
            else
                r.report({ctx.element(nat).id}, rulesTr("NAT gateway %1 is billed for every hour and for every GB it processes.")
                                                    .arg(ctx.label(nat)));
        }
    }
};

} // namespace

PILLAR_RULE(NatGatewayCostRule)

} // namespace pillar
