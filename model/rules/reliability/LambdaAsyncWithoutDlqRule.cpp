// lambda-async-without-dlq: asynchronously invoked Lambda with nowhere for failed events.
#include "../RuleContext.h"

#include "../../KindInfo.h"

namespace pillar {

namespace {

class LambdaAsyncWithoutDlqRule final : public Rule
{
public:
    LambdaAsyncWithoutDlqRule()
    {
        info.id = "lambda-async-without-dlq";
        info.title = QT_TRANSLATE_NOOP("Rules", "Asynchronously invoked Lambda without a dead-letter queue");
        info.pillar = Pillar::Reliability;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::LambdaFunction, ElementKind::SnsTopic, ElementKind::S3Bucket};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "An asynchronous invocation (an SNS message, an S3 notification, an EventBridge "
                                                    "event) is queued by Lambda and retried twice; after that the event is dropped "
                                                    "unless a dead-letter queue or an on-failure destination keeps it. Nobody waits for "
                                                    "the answer, so nobody notices. A synchronous caller (API Gateway, a load balancer) "
                                                    "sees the error itself, and an event source mapping (SQS, Kinesis, DynamoDB streams) "
                                                    "retries from its source, so neither is reported.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Reliability pillar, REL05-BP04 Fail fast and limit queues; AWS Lambda Developer "
                                                 "Guide, “Asynchronous invocation” (dead-letter queues and destinations).");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Give the function a dead-letter queue (SQS or SNS) or an on-failure destination.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "A function counts as invoked asynchronously when a drawn SNS topic or S3 bucket "
                                                "triggers it, or when its invocation property says asynchronous (EventBridge and "
                                                "other sources that are not drawn).");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignIndex &index = ctx.index();
        for (int i : index.ofKind(ElementKind::LambdaFunction)) {
            QVector<int> sources;
            for (int c : index.incoming(i)) {
                const int from = index.connectionFrom(c);
                if (from >= 0 && kindInfo(index.kindOf(from)).invokesLambda == LambdaInvocation::Asynchronous && !sources.contains(from))
                    sources << from;
            }
            const bool declared = ctx.known(i, "invocation") && ctx.equals(i, "invocation", "asynchronous");
            if ((sources.isEmpty() && !declared) || !ctx.known(i, "onFailure") || !ctx.blank(i, "onFailure"))
                continue;
            QStringList ids{ctx.element(i).id};
            for (int s : sources)
                ids << ctx.element(s).id;
            const QString by = sources.isEmpty() ? rulesTr("as its invocation property says") : rulesTr("by %1").arg(ctx.labels(sources));
            r.report(ids, rulesTr("Lambda function %1 is invoked asynchronously (%2) with no dead-letter queue or on-failure "
                                  "destination: events that fail every retry are dropped.")
                              .arg(ctx.label(i), by));
        }
    }
};

} // namespace

PILLAR_RULE(LambdaAsyncWithoutDlqRule)

} // namespace pillar
