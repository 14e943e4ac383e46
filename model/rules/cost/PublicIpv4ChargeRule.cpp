// public-ipv4-charge: public IPv4 addresses are billed.
#include "../RuleContext.h"

#include "../../cost/CostEstimate.h"

#include <algorithm>

namespace pillar {

namespace {

// A public IPv4 address a month at the design's region's prices (the same
// $0.005 an hour everywhere since February 2024).
double ipv4MonthlyUsd(const Design &design)
{
    const auto prices = PriceTable::forRegionOrDefault(design.info.region);
    const Price *p = prices ? prices->find(QStringLiteral("ipv4"), QStringLiteral("public")) : nullptr;
    return p ? p->usd * kHoursPerMonth : 0;
}

class PublicIpv4ChargeRule final : public Rule
{
public:
    PublicIpv4ChargeRule()
    {
        info.id = "public-ipv4-charge";
        info.title = QT_TRANSLATE_NOOP("Rules", "Public IPv4 addresses are billed");
        info.pillar = Pillar::CostOptimization;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup, ElementKind::LoadBalancer};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Every public IPv4 address costs $0.005 an hour since February 2024 (about "
                                                    "$3.65 a month), attached or not.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Cost optimization pillar (COST07, pricing models); the blog post “Side Project | 6. AWS 인프라 구축기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Remove public addresses that nothing outside needs; reach instances through "
                                              "the load balancer or Session Manager.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "An internet-facing load balancer is counted as one address per Availability Zone.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignIndex &index = ctx.index();
        const double monthly = ipv4MonthlyUsd(ctx.design());
        auto report = [&](const Element &e, int count, const QString &what) {
            r.report({e.id}, rulesTr("%1 %2 uses %3 public IPv4 address(es) (%4): about $%5 a month.")
                                 .arg(kindDisplayName(e.kind), RuleContext::label(e)).arg(count).arg(what)
                                 .arg(count * monthly, 0, 'f', 2));
        };
        for (int i : index.ofKind(ElementKind::Ec2Instance)) {
            const Element &e = ctx.element(i);
            // Instances of an Auto Scaling group are counted with the group.
            if (index.asgOf(i) < 0 && ctx.boolOf(i, "publicIp") && ctx.known(i, "publicIp"))
                report(e, 1, rulesTr("public IP or Elastic IP"));
        }
        for (int i : index.ofKind(ElementKind::AutoScalingGroup)) {
            const Element &e = ctx.element(i);
            if (ctx.boolOf(i, "publicIp") && ctx.known(i, "publicIp"))
                report(e, std::max(1, ctx.intOf(i, "desiredCapacity")), rulesTr("one per instance"));
        }
        for (int i : index.ofKind(ElementKind::LoadBalancer)) {
            const Element &e = ctx.element(i);
            if (ctx.known(i, "scheme") && ctx.equals(i, "scheme", "internet-facing"))
                report(e, std::max<int>(1, index.zonesOf(i).size()), rulesTr("one per Availability Zone"));
        }
    }
};

} // namespace

PILLAR_RULE(PublicIpv4ChargeRule)

} // namespace pillar
