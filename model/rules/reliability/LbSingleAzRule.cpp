// lb-single-az: load balancer in fewer than two AZs.
#include "ZoneSpread.h"
#include "../RuleContext.h"

namespace pillar {

namespace {

class LbSingleAzRule final : public Rule
{
public:
    LbSingleAzRule()
    {
        info.id = "lb-single-az";
        info.title = QT_TRANSLATE_NOOP("Rules", "Load balancer in fewer than two AZs");
        info.pillar = Pillar::Reliability;
        info.defaultSeverity = Severity::Error;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::LoadBalancer, ElementKind::Subnet};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A load balancer exists to spread traffic over Availability Zones; an "
                                                    "Application Load Balancer cannot even be created with subnets in one AZ.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL10); the AWS talk “천만 사용자를 위한 AWS 클라우드 아키텍처 진화하기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Attach the load balancer to a subnet in a second Availability Zone.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        reportFewerThanTwoZones(ctx, r, ElementKind::LoadBalancer,
                                QT_TRANSLATE_NOOP("Rules", "Load balancer %1 is attached to no subnet in any Availability Zone."),
                                QT_TRANSLATE_NOOP("Rules", "Load balancer %1 is attached to subnets in one Availability Zone only (%2)."));
    }
};

} // namespace

PILLAR_RULE(LbSingleAzRule)

} // namespace pillar
