// invalid-connection: connection AWS cannot have.
#include "../RuleContext.h"

#include "../../Placement.h"
#include "KindInfo.h"

#include <optional>

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
        // connectionProblem() depends only on the two kinds once both ends exist
        // and differ, so its (translated) answer is asked once per kind pair.
        const size_t kinds = allKinds().size();
        std::vector<std::optional<QString>> problemOf(kinds * kinds);
        for (size_t ci = 0; ci < ctx.design().connections().size(); ++ci) {
            const int from = index.connectionFrom(int(ci));
            const int to = index.connectionTo(int(ci));
            if (from < 0 || to < 0)
                continue; // dangling-reference says it
            const Connection &c = index.connection(int(ci));
            QString why;
            if (from == to) {
                why = connectionProblem(ctx.design(), c.from, c.to);
            } else {
                std::optional<QString> &known = problemOf[size_t(ctx.index().kindOf(from)) * kinds + size_t(ctx.index().kindOf(to))];
                if (!known)
                    known = connectionProblem(ctx.design(), c.from, c.to);
                why = *known;
            }
            if (!why.isEmpty())
                r.report({c.id, c.from, c.to}, rulesTr("Connection %1 from %2 to %3 cannot exist in AWS: %4")
                                                   .arg(c.id, ctx.label(from), ctx.label(to), why));
        }
    }
};

} // namespace

PILLAR_RULE(InvalidConnectionRule)

} // namespace pillar
