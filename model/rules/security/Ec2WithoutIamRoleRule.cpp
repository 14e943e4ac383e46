// ec2-without-iam-role: instance without an IAM role.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include <QCoreApplication>

namespace pillar {

namespace {

class Ec2WithoutIamRoleRule final : public Rule
{
public:
    Ec2WithoutIamRoleRule()
    {
        info.id = "ec2-without-iam-role";
        info.title = QT_TRANSLATE_NOOP("Rules", "Instance without an IAM role");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "With a role (instance profile) no access key or secret key goes into source "
                                                    "code or configuration; the SDKs pick the role's temporary credentials up.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC02, identity management); Buzzvil Tech Blog, “버즈빌 AWS 활용기” and the book “서비스 운영이 쉬워지는 AWS 인프라 구축 가이드”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Attach an IAM role with least privilege (as in the blog post “Side Project | 6. AWS 인프라 구축기”).");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Also checks Auto Scaling groups; an instance that belongs to a group is "
                                                "judged through the group, whose role it gets.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignIndex &index = ctx.index();
        for (ElementKind kind : {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup}) {
            for (int i : index.ofKind(kind)) {
                const Element &e = ctx.element(i);
                // An instance launched by an Auto Scaling group gets the group's
                // role; the group is judged instead.
                if (kind == ElementKind::Ec2Instance && index.asgOf(i) >= 0)
                    continue;
                if (!ctx.known(i, "iamRole") || !ctx.blank(i, "iamRole"))
                    continue;
                r.report({e.id}, rulesTr("%1 %2 has no IAM role: its code will need access keys to call AWS.")
                                     .arg(kindDisplayName(kind), RuleContext::label(e)));
            }
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *e = fixableElement(design, finding, ElementKind::Ec2Instance);
        if (!e)
            e = fixableElement(design, finding, ElementKind::AutoScalingGroup);
        if (!e)
            return {};
        const QString role = e->id + QStringLiteral("-role");
        return {propertyFix(*e, QCoreApplication::translate("QuickFix", "Give it the IAM role %1").arg(role),
                            {{QStringLiteral("iamRole"), role}})};
    }
};

} // namespace

PILLAR_RULE(Ec2WithoutIamRoleRule)

} // namespace pillar
