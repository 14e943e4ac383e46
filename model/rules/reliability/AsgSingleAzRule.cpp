// asg-single-az: auto Scaling group in one AZ.
#include "ZoneSpread.h"
#include "../RuleContext.h"

namespace pillar {

namespace {

class AsgSingleAzRule final : public Rule
{
public:
    AsgSingleAzRule()
    {
        info.id = "asg-single-az";
        info.title = QT_TRANSLATE_NOOP("Rules", "Auto Scaling group in one AZ");
        info.pillar = Pillar::Reliability;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::RelaxedWhenSmall;
        info.kinds = {ElementKind::AutoScalingGroup, ElementKind::Subnet};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A group spread over AZs refills the surviving AZ when one fails.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL10); the AWS talk “천만 사용자를 위한 AWS 클라우드 아키텍처 진화하기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Give the group subnets in two or more Availability Zones.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "The group's AZs are those of its subnets and of the instances that name it.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        reportFewerThanTwoZones(ctx, r, ElementKind::AutoScalingGroup,
                                QT_TRANSLATE_NOOP("Rules", "Auto Scaling group %1 has no subnet in any Availability Zone to launch into."),
                                QT_TRANSLATE_NOOP("Rules", "Auto Scaling group %1 launches into one Availability Zone only (%2)."));
    }
};

} // namespace

PILLAR_RULE(AsgSingleAzRule)

} // namespace pillar
