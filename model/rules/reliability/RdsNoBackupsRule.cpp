// rds-no-backups: RDS without automated backups.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include <QCoreApplication>

namespace pillar {

namespace {

class RdsNoBackupsRule final : public Rule
{
public:
    RdsNoBackupsRule()
    {
        info.id = "rds-no-backups";
        info.title = QT_TRANSLATE_NOOP("Rules", "RDS without automated backups");
        info.pillar = Pillar::Reliability;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::RdsInstance};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Automated snapshots let you restore yesterday's data, for tests as much as "
                                                    "for recovery.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL09); Buzzvil Tech Blog, “버즈빌 AWS 활용기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Set the backup retention to 7 days or more.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Threshold: retention of 0 days. Read replicas are not reported.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::RdsInstance)) {
            const Element &e = ctx.element(i);
            if (!ctx.blank(i, "readReplicaOf") || !ctx.known(i, "backupRetentionDays"))
                continue;
            if (ctx.intOf(i, "backupRetentionDays") == 0)
                r.report({e.id}, rulesTr("RDS instance %1 keeps no automated backups (retention 0 days).").arg(RuleContext::label(e)));
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *e = fixableElement(design, finding, ElementKind::RdsInstance);
        if (!e)
            return {};
        return {propertyFix(*e, QCoreApplication::translate("QuickFix", "Keep automated backups for 7 days"),
                            {{QStringLiteral("backupRetentionDays"), 7}})};
    }
};

} // namespace

PILLAR_RULE(RdsNoBackupsRule)

} // namespace pillar
