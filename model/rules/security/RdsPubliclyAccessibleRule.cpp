// rds-publicly-accessible: publicly accessible RDS instance.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include <QCoreApplication>

namespace pillar {

namespace {

class RdsPubliclyAccessibleRule final : public Rule
{
public:
    RdsPubliclyAccessibleRule()
    {
        info.id = "rds-publicly-accessible";
        info.title = QT_TRANSLATE_NOOP("Rules", "Publicly accessible RDS instance");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Error;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::RdsInstance};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "There is no reason to reach a database from outside the VPC; a public "
                                                    "endpoint leaves only the password between the data and the internet.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC05, protect networks); the author of "
                                                 "the blog post “Side Project | 6. AWS 인프라 구축기” re-created its RDS in a private subnet.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Turn \"publicly accessible\" off and reach the database from the application tier.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::RdsInstance)) {
            const Element &e = ctx.element(i);
            if (ctx.known(i, "publiclyAccessible") && ctx.boolOf(i, "publiclyAccessible"))
                r.report({e.id}, rulesTr("RDS instance %1 is publicly accessible: it gets a public address reachable from the internet.")
                                     .arg(RuleContext::label(e)));
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *e = fixableElement(design, finding, ElementKind::RdsInstance);
        if (!e)
            return {};
        return {propertyFix(*e, QCoreApplication::translate("QuickFix", "Make the database private (publicly accessible off)"),
                            {{QStringLiteral("publiclyAccessible"), false}})};
    }
};

} // namespace

PILLAR_RULE(RdsPubliclyAccessibleRule)

} // namespace pillar
