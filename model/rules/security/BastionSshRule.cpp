// bastion-ssh: bastion host for SSH.
#include "../RuleContext.h"

namespace pillar {

namespace {

class BastionSshRule final : public Rule
{
public:
    BastionSshRule()
    {
        info.id = "bastion-ssh";
        info.title = QT_TRANSLATE_NOOP("Rules", "Bastion host for SSH");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::Ec2Instance};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A bastion is one more server to patch and one more door to guard; "
                                                    "Systems Manager gives shell access without an open SSH port.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC06, protect compute); the AWS talk “천만 사용자를 위한 AWS 클라우드 아키텍처 진화하기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Use Systems Manager Session Manager and remove the bastion.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "An instance counts as a bastion when its workload is \"bastion\" or when "
                                                "its security groups admit nothing but TCP 22.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::Ec2Instance)) {
            const Element &e = ctx.element(i);
            bool sshOnly = false;
            bool any = false;
            for (int sg : ctx.index().groupsOf(i)) {
                for (const IngressEntry &rule : ctx.index().ingressOf(sg)) {
                    any = true;
                    sshOnly = (rule.protocol == IngressEntry::Protocol::Tcp && rule.fromPort == 22 && rule.toPort == 22);
                    if (!sshOnly)
                        break;
                }
                if (any && !sshOnly)
                    break;
            }
            const bool declared = ctx.equals(i, "workload", "bastion");
            if (declared || (any && sshOnly)) {
                r.report({e.id}, declared
                         ? rulesTr("%1 is a bastion host for SSH hopping.").arg(RuleContext::label(e))
                         : rulesTr("%1 accepts only SSH (22): it looks like a bastion host.").arg(RuleContext::label(e)));
            }
        }
    }
};

} // namespace

PILLAR_RULE(BastionSshRule)

} // namespace pillar
