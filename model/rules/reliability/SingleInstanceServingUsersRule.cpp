// single-instance-serving-users: users reach a single instance directly.
#include "../RuleContext.h"

namespace pillar {

namespace {

class SingleInstanceServingUsersRule final : public Rule
{
public:
    SingleInstanceServingUsersRule()
    {
        info.id = "single-instance-serving-users";
        info.title = QT_TRANSLATE_NOOP("Rules", "Users reach a single instance directly");
        info.pillar = Pillar::Reliability;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::Internet, ElementKind::Route53Record, ElementKind::Ec2Instance};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "One server with an Elastic IP is fine for the first users, but vertical "
                                                    "scaling hits a limit and the server is a single point of failure; a load "
                                                    "balancer allows horizontal scaling.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL07, design to adapt to demand); the AWS talk “천만 사용자를 위한 AWS 클라우드 아키텍처 진화하기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Put an Application Load Balancer in front and add instances.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Reported for each EC2 instance that a connection from Internet / users or a "
                                                "Route 53 record reaches directly.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignIndex &index = ctx.index();
        for (int i : index.ofKind(ElementKind::Ec2Instance)) {
            for (int c : index.incoming(i)) {
                const int from = index.connectionFrom(c);
                if (from < 0)
                    continue;
                const ElementKind k = ctx.index().kindOf(from);
                if (k != ElementKind::Internet && k != ElementKind::Route53Record)
                    continue;
                r.report({ctx.element(i).id, ctx.element(from).id},
                         rulesTr("Users reach the single instance %1 directly through %2, with no load balancer in front.")
                             .arg(ctx.label(i), ctx.label(from)));
                break;
            }
        }
    }
};

} // namespace

PILLAR_RULE(SingleInstanceServingUsersRule)

} // namespace pillar
