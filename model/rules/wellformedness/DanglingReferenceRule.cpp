// dangling-reference: reference to something that does not exist.
#include "../RuleContext.h"

namespace pillar {

namespace {

class DanglingReferenceRule final : public Rule
{
public:
    DanglingReferenceRule()
    {
        info.id = "dangling-reference";
        info.title = QT_TRANSLATE_NOOP("Rules", "Reference to something that does not exist");
        info.pillar = Pillar::WellFormedness;
        info.defaultSeverity = Severity::Error;
        info.context = ContextPolicy::None;
        info.kinds = {};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A parent, security group, source group, subnet list or connection end names "
                                                    "an id that is not in the design (for example after a deletion).");
        info.source = QT_TRANSLATE_NOOP("Rules", "Well-formedness: design integrity.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Remove the reference or recreate the element it names.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignIndex &index = ctx.index();
        for (int i = 0; i < index.elementCount(); ++i) {
            const QStringList &missing = index.missingReferences(i);
            if (!missing.isEmpty())
                r.report({ctx.element(i).id}, rulesTr("%1 refers to %2, which does not exist.")
                                                  .arg(ctx.label(i), QLatin1Char('\'') + missing.join(QLatin1String("', '")) + QLatin1Char('\'')));
        }
        for (int c = 0; c < index.connectionCount(); ++c) {
            if (index.connectionFrom(c) >= 0 && index.connectionTo(c) >= 0)
                continue;
            const Connection &conn = index.connection(c);
            QStringList missing;
            if (index.connectionFrom(c) < 0)
                missing << conn.from;
            if (index.connectionTo(c) < 0 && conn.to != conn.from)
                missing << conn.to;
            r.report({conn.id}, rulesTr("Connection '%1' joins %2, which does not exist.")
                                    .arg(conn.id, QLatin1Char('\'') + missing.join(QLatin1String("', '")) + QLatin1Char('\'')));
        }
    }
};

} // namespace

PILLAR_RULE(DanglingReferenceRule)

} // namespace pillar
