// subnet-cidr-outside-vpc: subnet CIDR outside its VPC.
#include "../RuleContext.h"

#include "../../Cidr.h"

namespace pillar {

namespace {

class SubnetCidrOutsideVpcRule final : public Rule
{
public:
    SubnetCidrOutsideVpcRule()
    {
        info.id = "subnet-cidr-outside-vpc";
        info.title = QT_TRANSLATE_NOOP("Rules", "Subnet CIDR outside its VPC");
        info.pillar = Pillar::WellFormedness;
        info.defaultSeverity = Severity::Error;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::Subnet, ElementKind::Vpc};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A subnet's addresses must come from its VPC's CIDR block.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Well-formedness: the VPC addressing model.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Pick a subnet CIDR inside the VPC's block.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Addressing outside the VPC and overlapping blocks are separate rules (this one and cidr-overlap).");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignIndex &index = ctx.index();
        for (int s : index.ofKind(ElementKind::Subnet)) {
            const int vpc = index.vpcOf(s);
            if (vpc < 0)
                continue;
            const auto &subnetCidr = index.cidrOf(s);
            const auto &vpcCidr = index.cidrOf(vpc);
            if (!subnetCidr || !vpcCidr || subnetCidr->isV6() != vpcCidr->isV6() || vpcCidr->contains(*subnetCidr))
                continue;
            r.report({ctx.element(s).id, ctx.element(vpc).id},
                     rulesTr("Subnet %1 (%2) lies outside the CIDR block of its VPC %3 (%4).")
                         .arg(ctx.label(s), subnetCidr->toString(), ctx.label(vpc), vpcCidr->toString()));
        }
    }
};

} // namespace

PILLAR_RULE(SubnetCidrOutsideVpcRule)

} // namespace pillar
