// dynamodb-pitr-off: DynamoDB table without point-in-time recovery.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include <QCoreApplication>

namespace pillar {

namespace {

class DynamoDbPitrOffRule final : public Rule
{
public:
    DynamoDbPitrOffRule()
    {
        info.id = "dynamodb-pitr-off";
        info.title = QT_TRANSLATE_NOOP("Rules", "DynamoDB table without point-in-time recovery");
        info.pillar = Pillar::Reliability;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::DynamoDbTable};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Without point-in-time recovery a bad deploy or a mistaken delete cannot be "
                                                    "undone: the table can be restored to any second of the last 35 days only when it "
                                                    "is on. Buzzvil restores yesterday's data from snapshots for the same reason.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Reliability pillar, REL09-BP01 Identify and back up all data that needs to be backed "
                                                 "up, or reproduce the data from sources; Buzzvil Tech Blog, “버즈빌 AWS 활용기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Turn point-in-time recovery on for the table.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::DynamoDbTable)) {
            if (ctx.known(i, "pointInTimeRecovery") && !ctx.boolOf(i, "pointInTimeRecovery"))
                r.report({ctx.element(i).id}, rulesTr("DynamoDB table %1 has point-in-time recovery off: deleted or overwritten "
                                                      "items cannot be restored.")
                                                  .arg(ctx.label(i)));
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *e = fixableElement(design, finding, ElementKind::DynamoDbTable);
        if (!e)
            return {};
        return {propertyFix(*e, QCoreApplication::translate("QuickFix", "Turn point-in-time recovery on"),
                            {{QStringLiteral("pointInTimeRecovery"), true}})};
    }
};

} // namespace

PILLAR_RULE(DynamoDbPitrOffRule)

} // namespace pillar
