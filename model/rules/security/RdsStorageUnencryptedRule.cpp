// rds-storage-unencrypted: RDS storage not encrypted.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include <QCoreApplication>

namespace pillar {

namespace {

class RdsStorageUnencryptedRule final : public Rule
{
public:
    RdsStorageUnencryptedRule()
    {
        info.id = "rds-storage-unencrypted";
        info.title = QT_TRANSLATE_NOOP("Rules", "RDS storage not encrypted");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::RdsInstance};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Data at rest should be encrypted; for RDS this can only be chosen when the "
                                                    "instance is created.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC08, protect data at rest).");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Enable storage encryption (at creation; an existing instance needs a snapshot "
                                              "copy with encryption and a restore).");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::RdsInstance)) {
            const Element &e = ctx.element(i);
            if (ctx.known(i, "storageEncrypted") && !ctx.boolOf(i, "storageEncrypted"))
                r.report({e.id}, rulesTr("RDS instance %1 stores its data unencrypted.").arg(RuleContext::label(e)));
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *e = fixableElement(design, finding, ElementKind::RdsInstance);
        if (!e)
            return {};
        return {propertyFix(*e, QCoreApplication::translate("QuickFix", "Encrypt the storage"),
                            {{QStringLiteral("storageEncrypted"), true}})};
    }
};

} // namespace

PILLAR_RULE(RdsStorageUnencryptedRule)

} // namespace pillar
