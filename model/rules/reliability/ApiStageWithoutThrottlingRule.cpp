// api-stage-without-throttling: API stage left at the account-wide limit.
#include "../RuleContext.h"

namespace pillar {

namespace {

class ApiStageWithoutThrottlingRule final : public Rule
{
public:
    ApiStageWithoutThrottlingRule()
    {
        info.id = "api-stage-without-throttling";
        info.title = QT_TRANSLATE_NOOP("Rules", "API stage without throttling");
        info.pillar = Pillar::Reliability;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::RaisedAtScale;
        info.kinds = {ElementKind::ApiGateway};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A stage without its own rate limit shares the account's limit for the region "
                                                    "with every other API: a spike, a retry storm or a flood on one exhausts it for all, "
                                                    "and passes straight through to the back end, Lambda concurrency and tables behind it.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Reliability pillar, REL05-BP02 Throttle requests.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Set a stage throttling rate and burst that the back end has been tested to take.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "A throttling rate of 0 means the account default.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::ApiGateway)) {
            if (ctx.known(i, "throttlingRate") && ctx.intOf(i, "throttlingRate") <= 0)
                r.report({ctx.element(i).id}, rulesTr("Stage %1 of API %2 sets no throttling rate: it is limited only by the "
                                                      "account's limit, shared with every API in the region.")
                                                  .arg(ctx.stringOf(i, "stageName"), ctx.label(i)));
        }
    }
};

} // namespace

PILLAR_RULE(ApiStageWithoutThrottlingRule)

} // namespace pillar
