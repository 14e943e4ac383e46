// Encryption settings the model carries but no other family judges: S3
// default encryption, ElastiCache encryption, CloudFront's oldest TLS and
// the protocol CloudFront speaks to its origins.
#include "RuleContext.h"
#include "RuleFamilies.h"

namespace pillar {

namespace {

void checkS3Encryption(const RuleContext &ctx, Reporter &r)
{
    for (int i : ctx.index().ofKind(ElementKind::S3Bucket)) {
        const Element &e = ctx.element(i);
        if (ctx.known(e, "encryption") && !e.boolValue(QStringLiteral("encryption")))
            r.report({e.id}, rulesTr("S3 bucket %1 configures no default encryption; it relies on what S3 applies when "
                                     "nothing is said.").arg(RuleContext::label(e)));
    }
}

void checkCacheEncryption(const RuleContext &ctx, Reporter &r)
{
    for (int i : ctx.index().ofKind(ElementKind::ElastiCache)) {
        const Element &e = ctx.element(i);
        if (ctx.known(e, "encryption") && !e.boolValue(QStringLiteral("encryption")))
            r.report({e.id}, rulesTr("ElastiCache cluster %1 keeps its data unencrypted at rest or in transit.")
                                 .arg(RuleContext::label(e)));
    }
}

void checkCloudFrontTls(const RuleContext &ctx, Reporter &r)
{
    static const QStringList weak = {QStringLiteral("SSLv3"), QStringLiteral("TLSv1"), QStringLiteral("TLSv1_2016"),
                                     QStringLiteral("TLSv1.1_2016")};
    for (int i : ctx.index().ofKind(ElementKind::CloudFront)) {
        const Element &e = ctx.element(i);
        const QString version = e.stringValue(QStringLiteral("minimumTlsVersion"));
        if (ctx.known(e, "minimumTlsVersion") && weak.contains(version))
            r.report({e.id}, rulesTr("CloudFront distribution %1 still accepts viewers on %2.").arg(RuleContext::label(e), version));
    }
}

void checkCloudFrontOrigin(const RuleContext &ctx, Reporter &r)
{
    for (int i : ctx.index().ofKind(ElementKind::CloudFront)) {
        const Element &e = ctx.element(i);
        if (!ctx.known(e, "originProtocolPolicy"))
            continue;
        const QString origin = e.stringValue(QStringLiteral("originProtocolPolicy"));
        const bool viewerHttp = ctx.known(e, "viewerProtocolPolicy")
            && e.stringValue(QStringLiteral("viewerProtocolPolicy")) == QLatin1String("allow-all");
        if (origin == QLatin1String("http-only"))
            r.report({e.id}, rulesTr("CloudFront distribution %1 reaches its origin over plain HTTP (http-only).")
                                 .arg(RuleContext::label(e)));
        else if (origin == QLatin1String("match-viewer") && viewerHttp)
            r.report({e.id}, rulesTr("CloudFront distribution %1 passes plain-HTTP viewers on to its origin over HTTP "
                                     "(match-viewer with allow-all).").arg(RuleContext::label(e)));
    }
}

} // namespace

void addDataProtectionRules(std::vector<Rule> &rules)
{
    rules.push_back({{"s3-encryption-not-configured", QT_TRANSLATE_NOOP("Rules", "S3 bucket without configured encryption"),
                      Pillar::Security, Severity::Info, ContextPolicy::None, {ElementKind::S3Bucket},
                      QT_TRANSLATE_NOOP("Rules", "Say how data at rest is protected: a bucket that configures SSE-S3 or "
                                                 "SSE-KMS states it, and KMS adds key control and an audit trail."),
                      QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC08, protect data at rest)."),
                      QT_TRANSLATE_NOOP("Rules", "Configure default encryption (SSE-S3, or SSE-KMS with a key you control)."),
                      QT_TRANSLATE_NOOP("Rules", "Info only: since January 2023 S3 applies SSE-S3 to new objects when a "
                                                 "bucket configures nothing.")},
                     checkS3Encryption});
    rules.push_back({{"elasticache-unencrypted", QT_TRANSLATE_NOOP("Rules", "ElastiCache without encryption"),
                      Pillar::Security, Severity::Warning, ContextPolicy::None, {ElementKind::ElastiCache},
                      QT_TRANSLATE_NOOP("Rules", "Cached data is often session or personal data; ElastiCache encrypts at "
                                                 "rest and in transit only when asked, and only when the cluster is created."),
                      QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC08 data at rest, SEC09 data in transit)."),
                      QT_TRANSLATE_NOOP("Rules", "Create a replication group with encryption at rest and in transit."),
                      QT_TRANSLATE_NOOP("Rules", "Reported when either kind of encryption is off.")},
                     checkCacheEncryption});
    rules.push_back({{"cloudfront-weak-tls", QT_TRANSLATE_NOOP("Rules", "CloudFront accepts old TLS"),
                      Pillar::Security, Severity::Warning, ContextPolicy::None, {ElementKind::CloudFront},
                      QT_TRANSLATE_NOOP("Rules", "SSLv3, TLS 1.0 and TLS 1.1 have known weaknesses and are deprecated; "
                                                 "every current browser speaks TLS 1.2."),
                      QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC09, protect data in transit)."),
                      QT_TRANSLATE_NOOP("Rules", "Set the minimum protocol version to TLSv1.2_2021."),
                      QT_TRANSLATE_NOOP("Rules", "Reported for SSLv3, TLSv1, TLSv1_2016 and TLSv1.1_2016.")},
                     checkCloudFrontTls});
    rules.push_back({{"cloudfront-origin-http", QT_TRANSLATE_NOOP("Rules", "CloudFront reaches its origin over HTTP"),
                      Pillar::Security, Severity::Warning, ContextPolicy::None, {ElementKind::CloudFront},
                      QT_TRANSLATE_NOOP("Rules", "HTTPS from the viewer to the edge protects only half the way: between "
                                                 "CloudFront and a custom origin the data crosses the internet too."),
                      QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC09, protect data in transit)."),
                      QT_TRANSLATE_NOOP("Rules", "Set the origin protocol policy to https-only and give the origin a certificate (ACM on its load balancer)."),
                      QT_TRANSLATE_NOOP("Rules", "Looks at the weakest custom origin; S3 origins are not concerned.")},
                     checkCloudFrontOrigin});
}

} // namespace pillar
