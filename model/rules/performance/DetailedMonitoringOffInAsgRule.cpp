// detailed-monitoring-off-in-asg: auto Scaling without detailed monitoring.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include <QCoreApplication>

namespace pillar {

namespace {

class DetailedMonitoringOffInAsgRule final : public Rule
{
public:
    DetailedMonitoringOffInAsgRule()
    {
        info.id = "detailed-monitoring-off-in-asg";
        info.title = QT_TRANSLATE_NOOP("Rules", "Auto Scaling without detailed monitoring");
        info.pillar = Pillar::PerformanceEfficiency;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::AutoScalingGroup};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Without 1-minute metrics scaling reacts to 5-minute averages.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Performance efficiency pillar (PERF05, monitoring); Buzzvil Tech Blog, “버즈빌 AWS 활용기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Enable detailed monitoring in the launch template.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::AutoScalingGroup)) {
            const Element &e = ctx.element(i);
            if (ctx.known(i, "detailedMonitoring") && !ctx.boolOf(i, "detailedMonitoring"))
                r.report({e.id}, rulesTr("Auto Scaling group %1 scales on 5-minute metrics: detailed monitoring is off.")
                                     .arg(RuleContext::label(e)));
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *e = fixableElement(design, finding, ElementKind::AutoScalingGroup);
        if (!e)
            return {};
        return {propertyFix(*e, QCoreApplication::translate("QuickFix", "Turn detailed monitoring on"),
                            {{QStringLiteral("detailedMonitoring"), true}})};
    }
};

} // namespace

PILLAR_RULE(DetailedMonitoringOffInAsgRule)

} // namespace pillar
