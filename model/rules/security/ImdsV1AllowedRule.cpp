// imdsv1-allowed: instances that still answer IMDSv1 metadata requests.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include <QCoreApplication>

namespace pillar {

namespace {

// The property that holds the setting on each kind the rule judges.
const char *tokensKey(ElementKind kind)
{
    return kind == ElementKind::EksCluster ? "nodeHttpTokens" : "httpTokens";
}

class ImdsV1AllowedRule final : public Rule
{
public:
    ImdsV1AllowedRule()
    {
        info.id = "imdsv1-allowed";
        info.title = QT_TRANSLATE_NOOP("Rules", "Instances allow IMDSv1");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup, ElementKind::EksCluster};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "With IMDSv1 allowed, any server-side request forgery in the application (a URL "
                                                    "fetcher, a proxy, an open redirect) can read the instance role's credentials from "
                                                    "169.254.169.254 with one GET. IMDSv2 requires a session token obtained by a PUT, "
                                                    "which such requests cannot make.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar, SEC06 (How do you protect your compute resources?); Amazon EC2 "
                                                 "User Guide, “Use the Instance Metadata Service to access instance metadata” "
                                                 "(require IMDSv2).");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Require IMDSv2: set HttpTokens to required in the instance's metadata options or "
                                              "its launch template.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "EC2 instances, Auto Scaling groups (their launch template or configuration) and "
                                                "EKS node groups. An instance of a drawn Auto Scaling group is judged with the group. "
                                                "When a template leaves HttpTokens out, EC2's default applies: optional, unless the "
                                                "AMI itself requires IMDSv2.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignIndex &index = ctx.index();
        for (ElementKind kind : {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup, ElementKind::EksCluster}) {
            const char *key = tokensKey(kind);
            for (int i : index.ofKind(kind)) {
                if (kind == ElementKind::Ec2Instance && index.asgOf(i) >= 0)
                    continue;
                if (!ctx.known(i, key) || !ctx.equals(i, key, "optional"))
                    continue;
                if (kind == ElementKind::EksCluster)
                    r.report({ctx.element(i).id}, rulesTr("The nodes of EKS cluster %1 allow IMDSv1 (metadata tokens optional): an "
                                                          "SSRF flaw in a pod can read the node role's credentials.")
                                                      .arg(ctx.label(i)));
                else
                    r.report({ctx.element(i).id}, rulesTr("%1 %2 allows IMDSv1 (metadata tokens optional): an SSRF flaw can read "
                                                          "the instance role's credentials.")
                                                      .arg(kindDisplayName(kind), ctx.label(i)));
            }
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *e = design.element(finding.primaryElement());
        if (!e || (e->kind != ElementKind::Ec2Instance && e->kind != ElementKind::AutoScalingGroup && e->kind != ElementKind::EksCluster))
            return {};
        return {propertyFix(*e, QCoreApplication::translate("QuickFix", "Require IMDSv2 (metadata tokens required)"),
                            {{QString::fromLatin1(tokensKey(e->kind)), QStringLiteral("required")}})};
    }
};

} // namespace

PILLAR_RULE(ImdsV1AllowedRule)

} // namespace pillar
