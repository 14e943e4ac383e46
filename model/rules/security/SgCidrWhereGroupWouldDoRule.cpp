// sg-cidr-where-group-would-do: private CIDR where a security group would do.
#include "../IngressFacts.h"
#include "../RuleContext.h"

#include "../../Cidr.h"

#include <optional>

namespace pillar {

namespace {

class SgCidrWhereGroupWouldDoRule final : public Rule
{
public:
    SgCidrWhereGroupWouldDoRule()
    {
        info.id = "sg-cidr-where-group-would-do";
        info.title = QT_TRANSLATE_NOOP("Rules", "Private CIDR where a security group would do");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::SecurityGroup};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Allowing instance-to-instance traffic by private address breaks when "
                                                    "addresses change and admits whatever else lands in the range; security "
                                                    "group membership says what is meant.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC05); Buzzvil Tech Blog, “버즈빌 AWS 활용기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Reference the source security group instead of its addresses.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Only private ranges that overlap the group's own VPC are reported.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int sg : ctx.index().ofKind(ElementKind::SecurityGroup)) {
            std::optional<Cidr> vpcCidr;
            const int vpc = ctx.index().vpcOf(sg);
            if (vpc >= 0)
                vpcCidr = ctx.index().cidrOf(vpc);
            QStringList sources;
            const QVector<IngressEntry> &ingress = ctx.index().ingressOf(sg);
            for (int k = 0; k < ingress.size(); ++k) {
                const auto &cidr = ingress[k].cidr;
                if (!cidr || !ingress[k].facts.fromPrivate || ingress[k].facts.fromAnywhere)
                    continue;
                // Only addresses inside the group's own VPC are instance-to-instance
                // traffic; a private CIDR elsewhere (VPN, peering) has no group to name.
                if (vpcCidr && !vpcCidr->overlaps(*cidr))
                    continue;
                const IngressRule &rule = ctx.element(sg).ingress[k];
                sources << QStringLiteral("%1 (%2)").arg(rule.cidr, describePorts(rule));
            }
            if (sources.isEmpty())
                continue;
            const Element &g = ctx.element(sg);
            r.report({g.id}, rulesTr("Security group %1 admits traffic by private address: %2.")
                                 .arg(RuleContext::label(g), sources.join(QLatin1String(", "))));
        }
    }
};

} // namespace

PILLAR_RULE(SgCidrWhereGroupWouldDoRule)

} // namespace pillar
