// kinesis-unencrypted: Kinesis data stream without server-side encryption.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include <QCoreApplication>

namespace pillar {

namespace {

class KinesisUnencryptedRule final : public Rule
{
public:
    KinesisUnencryptedRule()
    {
        info.id = "kinesis-unencrypted";
        info.title = QT_TRANSLATE_NOOP("Rules", "Kinesis data stream without encryption");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::KinesisStream};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A stream keeps every record for its retention period (a day or more): logs and "
                                                    "events with user data, stored unencrypted unless server-side encryption with a KMS "
                                                    "key is turned on, which costs nothing with the AWS managed key.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar, SEC08-BP02 Enforce encryption at rest.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Turn on server-side encryption (the aws/kinesis key, or a customer managed KMS key).");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::KinesisStream)) {
            if (ctx.known(i, "encryption") && !ctx.boolOf(i, "encryption"))
                r.report({ctx.element(i).id}, rulesTr("Kinesis data stream %1 stores its records unencrypted.").arg(ctx.label(i)));
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *e = fixableElement(design, finding, ElementKind::KinesisStream);
        if (!e)
            return {};
        return {propertyFix(*e, QCoreApplication::translate("QuickFix", "Turn server-side encryption on"),
                            {{QStringLiteral("encryption"), true}})};
    }
};

} // namespace

PILLAR_RULE(KinesisUnencryptedRule)

} // namespace pillar
