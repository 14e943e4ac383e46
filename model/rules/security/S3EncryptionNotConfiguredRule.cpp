// s3-encryption-not-configured: S3 bucket without configured encryption.
#include "../RuleContext.h"

namespace pillar {

namespace {

class S3EncryptionNotConfiguredRule final : public Rule
{
public:
    S3EncryptionNotConfiguredRule()
    {
        info.id = "s3-encryption-not-configured";
        info.title = QT_TRANSLATE_NOOP("Rules", "S3 bucket without configured encryption");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::S3Bucket};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Say how data at rest is protected: a bucket that configures SSE-S3 or "
                                                    "SSE-KMS states it, and KMS adds key control and an audit trail.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC08, protect data at rest).");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Configure default encryption (SSE-S3, or SSE-KMS with a key you control).");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Info only: since January 2023 S3 applies SSE-S3 to new objects when a "
                                                "bucket configures nothing.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::S3Bucket)) {
            const Element &e = ctx.element(i);
            if (ctx.known(i, "encryption") && !e.boolValue(QStringLiteral("encryption")))
                r.report({e.id}, rulesTr("S3 bucket %1 configures no default encryption; it relies on what S3 applies when "
                                         "nothing is said.").arg(RuleContext::label(e)));
        }
    }
};

} // namespace

PILLAR_RULE(S3EncryptionNotConfiguredRule)

} // namespace pillar
