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
                                                    "exposes every object and its listing mistakes. Pillar assumes AWS's default "
                                                    "since April 2023: a new bucket has all four Block Public Access settings on and "
                                                    "ACLs disabled, so a template that sets no public access block gets them; it still "
                                                    "says so, because the template then leaves the bucket's protection to the "
                                                    "account and to whoever edits the bucket next.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC08); Amazon S3 User Guide, “Blocking public access to your "
                                                 "Amazon S3 storage”; the blog post “Side Project | 6. AWS 인프라 구축기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Turn Block Public Access on and give CloudFront an origin access control.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Reported when the bucket grants public read (or read and write) through its ACL "
                                                "or policy, when some of its Block Public Access settings are off (they are "
                                                "named), and when an imported template sets no public access block at all.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::S3Bucket)) {
            const Element &e = ctx.element(i);
            const bool publicRead = ctx.known(i, "publicRead") && ctx.boolOf(i, "publicRead");
            const bool publicWrite = ctx.known(i, "publicWrite") && ctx.boolOf(i, "publicWrite");
            const bool unblocked = ctx.known(i, "blockPublicAccess") && !ctx.boolOf(i, "blockPublicAccess");
            const QString off = ctx.stringOf(i, "publicAccessSettingsOff").trimmed();
            const int offCount = off.isEmpty() ? 4 : int(off.split(QLatin1Char(',')).size());
            if (publicWrite)
                r.report({e.id}, rulesTr("S3 bucket %1 grants public read and public write through its ACL (PublicReadWrite): "
                                         "anyone can list, read, overwrite and delete its objects.").arg(RuleContext::label(e)));
            else if (publicRead)
                r.report({e.id}, rulesTr("S3 bucket %1 grants public read through its ACL or policy.").arg(RuleContext::label(e)));
            else if (unblocked && offCount < 4)
                r.report({e.id}, rulesTr("S3 bucket %1 has %2 of its four Block Public Access settings off (%3): an ACL or "
                                         "policy change of the kind they would refuse can make it public.")
                                     .arg(RuleContext::label(e)).arg(offCount).arg(off));
            else if (unblocked)
                r.report({e.id}, rulesTr("S3 bucket %1 has Block Public Access turned off: one ACL or policy change makes it public.")
                                     .arg(RuleContext::label(e)));
            else if (ctx.known(i, "publicAccessBlockSet") && !ctx.boolOf(i, "publicAccessBlockSet"))
                r.report({e.id}, rulesTr("S3 bucket %1 sets no public access block of its own. AWS turns Block Public Access "
                                         "on for new buckets by default (since April 2023), but nothing here keeps it on: an "
                                         "older bucket, or a later change to the bucket or the account, leaves it one ACL or "
                                         "policy away from public.").arg(RuleContext::label(e)),
                         rulesTr("Give the bucket a public access block with all four settings on "
                                 "(PublicAccessBlockConfiguration in CloudFormation, aws_s3_bucket_public_access_block in "
                                 "Terraform), so that it stays private whatever the defaults."));
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *e = fixableElement(design, finding, ElementKind::S3Bucket);
        if (!e)
            return {};
        return {propertyFix(*e, QCoreApplication::translate("QuickFix", "Block public access and turn public read off"),
                            {{QStringLiteral("blockPublicAccess"), true}, {QStringLiteral("publicAccessSettingsOff"), QString()},
                             {QStringLiteral("publicAccessBlockSet"), true}, {QStringLiteral("publicRead"), false},
                             {QStringLiteral("publicWrite"), false}})};
    }
};

} // namespace

PILLAR_RULE(S3PublicBucketRule)

} // namespace pillar
