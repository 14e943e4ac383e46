// s3-public-bucket: public S3 bucket.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include <QCoreApplication>

namespace pillar {

namespace {

class S3PublicBucketRule final : public Rule
{
public:
    S3PublicBucketRule()
    {
        info.id = "s3-public-bucket";
        info.title = QT_TRANSLATE_NOOP("Rules", "Public S3 bucket");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Error;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::S3Bucket};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Serve content through CloudFront rather than public S3 links; a public bucket "
                                                    "exposes every object and its listing mistakes.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC08); the blog post “Side Project | 6. AWS 인프라 구축기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Turn Block Public Access on and give CloudFront an origin access control.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Reported when the bucket grants public read, or when Block Public Access is off.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::S3Bucket)) {
            const Element &e = ctx.element(i);
            const bool publicRead = ctx.known(i, "publicRead") && ctx.boolOf(i, "publicRead");
            const bool unblocked = ctx.known(i, "blockPublicAccess") && !ctx.boolOf(i, "blockPublicAccess");
            if (publicRead)
                r.report({e.id}, rulesTr("S3 bucket %1 grants public read through its ACL or policy.").arg(RuleContext::label(e)));
            else if (unblocked)
                r.report({e.id}, rulesTr("S3 bucket %1 has Block Public Access turned off: one ACL or policy change makes it public.")
                                     .arg(RuleContext::label(e)));
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *e = fixableElement(design, finding, ElementKind::S3Bucket);
        if (!e)
            return {};
        return {propertyFix(*e, QCoreApplication::translate("QuickFix", "Block public access and turn public read off"),
                            {{QStringLiteral("blockPublicAccess"), true}, {QStringLiteral("publicRead"), false}})};
    }
};

} // namespace

PILLAR_RULE(S3PublicBucketRule)

} // namespace pillar
