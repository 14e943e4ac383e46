// api-stage-without-logging: API stage with no access log.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include <QCoreApplication>

namespace pillar {

namespace {

class ApiStageWithoutLoggingRule final : public Rule
{
public:
    ApiStageWithoutLoggingRule()
    {
        info.id = "api-stage-without-logging";
        info.title = QT_TRANSLATE_NOOP("Rules", "API stage without access logging");
        info.pillar = Pillar::Reliability;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::RaisedAtScale;
        info.kinds = {ElementKind::ApiGateway};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Without an access log there is no record of who called which route, with what "
                                                    "status and latency: errors and abuse go unseen, and an incident cannot be "
                                                    "reconstructed. Monitoring every tier is part of scaling past 500,000 users.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar, SEC04-BP01 Configure service and application logging; "
                                                 "Reliability pillar, REL06-BP01 Monitor all components for the workload; the AWS "
                                                 "talk “천만 사용자를 위한 AWS 클라우드 아키텍처 진화하기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Turn on access logging for the stage (a CloudWatch Logs group or Firehose).");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::ApiGateway)) {
            if (ctx.known(i, "accessLogging") && !ctx.boolOf(i, "accessLogging"))
                r.report({ctx.element(i).id}, rulesTr("Stage %1 of API %2 writes no access log.").arg(ctx.stringOf(i, "stageName"), ctx.label(i)));
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *e = fixableElement(design, finding, ElementKind::ApiGateway);
        if (!e)
            return {};
        return {propertyFix(*e, QCoreApplication::translate("QuickFix", "Turn stage access logging on"),
                            {{QStringLiteral("accessLogging"), true}})};
    }
};

} // namespace

PILLAR_RULE(ApiStageWithoutLoggingRule)

} // namespace pillar
