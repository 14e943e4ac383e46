// sqs-without-dlq: queue with no dead-letter queue.
#include "../RuleContext.h"

#include <QSet>

namespace pillar {

namespace {

class SqsWithoutDlqRule final : public Rule
{
public:
    SqsWithoutDlqRule()
    {
        info.id = "sqs-without-dlq";
        info.title = QT_TRANSLATE_NOOP("Rules", "SQS queue without a dead-letter queue");
        info.pillar = Pillar::Reliability;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::SqsQueue};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A queue decouples services so one can fail or be upgraded while the other "
                                                    "goes on; but a message its consumer can never process comes back after every "
                                                    "visibility timeout, forever, and hides the failure. A redrive policy moves it to "
                                                    "a dead-letter queue after a few receives, where it can be alarmed on and inspected.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Reliability pillar, REL05-BP04 Fail fast and limit queues (its anti-pattern: "
                                                 "queues without dead-letter queues); the AWS talk “천만 사용자를 위한 AWS 클라우드 "
                                                 "아키텍처 진화하기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Add a dead-letter queue and a redrive policy (maxReceiveCount of 3 to 5 is usual).");
        info.notes = QT_TRANSLATE_NOOP("Rules", "A queue that is itself a dead-letter queue (of another queue, or a Lambda "
                                                "function's on-failure destination) is not reported.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const QVector<int> &queues = ctx.index().ofKind(ElementKind::SqsQueue);
        QSet<QString> deadLetterQueues;
        for (int q : queues)
            deadLetterQueues.insert(ctx.stringOf(q, "deadLetterQueue"));
        for (int fn : ctx.index().ofKind(ElementKind::LambdaFunction))
            deadLetterQueues.insert(ctx.stringOf(fn, "onFailure"));
        for (int q : queues) {
            const Element &e = ctx.element(q);
            if (!ctx.known(q, "deadLetterQueue") || !ctx.blank(q, "deadLetterQueue") || deadLetterQueues.contains(e.id))
                continue;
            r.report({e.id}, rulesTr("SQS queue %1 has no dead-letter queue: a message its consumer cannot process is "
                                     "received again and again.")
                                 .arg(ctx.label(q)));
        }
    }
};

} // namespace

PILLAR_RULE(SqsWithoutDlqRule)

} // namespace pillar
