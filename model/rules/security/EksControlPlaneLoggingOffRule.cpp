// eks-control-plane-logging-off: no EKS control-plane logs.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include <QCoreApplication>

namespace pillar {

namespace {

class EksControlPlaneLoggingOffRule final : public Rule
{
public:
    EksControlPlaneLoggingOffRule()
    {
        info.id = "eks-control-plane-logging-off";
        info.title = QT_TRANSLATE_NOOP("Rules", "EKS control-plane logging off");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::EksCluster};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Without the api and audit logs of the control plane there is no record of who "
                                                    "changed what in the cluster, and failed authentications go unseen.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar, SEC04-BP01 Configure service and application logging; Amazon "
                                                 "EKS User Guide, “Send control plane logs to CloudWatch Logs”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Enable at least the api, audit and authenticator control-plane log types.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::EksCluster)) {
            if (ctx.known(i, "controlPlaneLogs") && ctx.itemsOf(i, "controlPlaneLogs").isEmpty())
                r.report({ctx.element(i).id}, rulesTr("EKS cluster %1 sends no control-plane logs.").arg(ctx.label(i)));
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *e = fixableElement(design, finding, ElementKind::EksCluster);
        if (!e)
            return {};
        return {propertyFix(*e, QCoreApplication::translate("QuickFix", "Enable the api, audit and authenticator logs"),
                            {{QStringLiteral("controlPlaneLogs"), QStringLiteral("api, audit, authenticator")}})};
    }
};

} // namespace

PILLAR_RULE(EksControlPlaneLoggingOffRule)

} // namespace pillar
