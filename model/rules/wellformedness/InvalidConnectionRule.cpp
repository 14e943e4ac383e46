// invalid-connection: connection AWS cannot have.
#include "../RuleContext.h"

#include "../../Placement.h"
#include "KindInfo.h"

namespace pillar {

namespace {

class InvalidConnectionRule final : public Rule
{
public:
    InvalidConnectionRule()
    {
        info.id = "invalid-connection";
        info.title = QT_TRANSLATE_NOOP("Rules", "Connection AWS cannot have");
        info.pillar = Pillar::WellFormedness;
        info.defaultSeverity = Severity::Error;
        info.context = ContextPolicy::None;
        info.kinds = {};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Some pairs cannot talk: a CloudFront origin must be S3, a load balancer or "
                                                    "EC2; S3 and ElastiCache do not open connections; a load balancer forwards "
                                                    "only to EC2 or Auto Scaling.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Well-formedness: the designer's connection rules.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Remove the connection or route it through an element that can carry it.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignIndex &index = ctx.index();
        for (int ci = 0; ci < index.connectionCount(); ++ci) {
            const int from = index.connectionFrom(ci);
            const int to = index.connectionTo(ci);
            if (from < 0 || to < 0)
                continue; // dangling-reference says it
            const Connection &c = index.connection(ci);
            const QString why = connectionProblem(ctx.design(), c.from, c.to);
            if (!why.isEmpty())
                r.report({c.id, c.from, c.to}, rulesTr("Connection %1 from %2 to %3 cannot exist in AWS: %4")
                                                   .arg(c.id, ctx.label(from), ctx.label(to), why));
        }
    }
};

} // namespace

PILLAR_RULE(InvalidConnectionRule)

} // namespace pillar
