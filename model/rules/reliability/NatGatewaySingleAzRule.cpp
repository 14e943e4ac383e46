// nat-gateway-single-az: one NAT gateway serves subnets of other AZs.
#include "../RuleContext.h"

namespace pillar {

namespace {

class NatGatewaySingleAzRule final : public Rule
{
public:
    NatGatewaySingleAzRule()
    {
        info.id = "nat-gateway-single-az";
        info.title = QT_TRANSLATE_NOOP("Rules", "NAT gateway serves subnets in other Availability Zones");
        info.pillar = Pillar::Reliability;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::RelaxedWhenSmall;
        info.kinds = {ElementKind::NatGateway, ElementKind::Subnet};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A NAT gateway lives in one Availability Zone. Private subnets of other zones "
                                                    "that route through it lose their way out when that zone fails, although their own "
                                                    "zone is fine, and pay cross-AZ data charges meanwhile.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Reliability pillar, REL10-BP01 Deploy the workload to multiple locations; Amazon "
                                                 "VPC User Guide, “NAT gateways” (create a NAT gateway in each Availability Zone).");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Create a NAT gateway in a public subnet of each Availability Zone and route each "
                                              "zone's private subnets to their own.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignIndex &index = ctx.index();
        for (int nat : index.ofKind(ElementKind::NatGateway)) {
            const int home = index.azOf(nat);
            if (home < 0 || !ctx.known(nat, "routedSubnets") || !ctx.known(nat, "parent"))
                continue;
            QVector<int> away;
            QVector<int> zones;
            for (const QString &id : ctx.listOf(nat, "routedSubnets")) {
                const int s = index.indexOf(id);
                const int az = s >= 0 ? index.azOf(s) : -1;
                if (az < 0 || az == home)
                    continue;
                away << s;
                if (!zones.contains(az))
                    zones << az;
            }
            if (away.isEmpty())
                continue;
            QStringList ids{ctx.element(nat).id};
            for (int s : away)
                ids << ctx.element(s).id;
            r.report(ids, rulesTr("NAT gateway %1 in %2 also serves %3 in %4: an outage of %2 cuts their internet access.")
                              .arg(ctx.label(nat), ctx.label(home), ctx.labels(away), ctx.labels(zones)));
        }
    }
};

} // namespace

PILLAR_RULE(NatGatewaySingleAzRule)

} // namespace pillar
