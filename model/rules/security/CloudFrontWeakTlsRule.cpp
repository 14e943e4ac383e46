// cloudfront-weak-tls: cloudFront accepts old TLS.
#include "../RuleContext.h"

namespace pillar {

namespace {

class CloudFrontWeakTlsRule final : public Rule
{
public:
    CloudFrontWeakTlsRule()
    {
        info.id = "cloudfront-weak-tls";
        info.title = QT_TRANSLATE_NOOP("Rules", "CloudFront accepts old TLS");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::CloudFront};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "SSLv3, TLS 1.0 and TLS 1.1 have known weaknesses and are deprecated; "
                                                    "every current browser speaks TLS 1.2. A distribution on the default "
                                                    "*.cloudfront.net certificate always accepts TLS 1.0: CloudFront sets its "
                                                    "security policy to TLSv1 and it cannot be raised.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC09, protect data in transit); Amazon CloudFront Developer "
                                                 "Guide, “Supported protocols and ciphers between viewers and CloudFront”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Set the minimum protocol version to TLSv1.2_2021 or newer (TLSv1.2_2025, "
                                              "TLSv1.3_2025).");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Reported for SSLv3, TLSv1, TLSv1_2016 and TLSv1.1_2016, and for a distribution "
                                                "that has no viewer certificate or uses the default *.cloudfront.net one. "
                                                "TLSv1.2_2018, TLSv1.2_2019, TLSv1.2_2021, TLSv1.2_2025 and TLSv1.3_2025 pass.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        static const QStringList weak = {QStringLiteral("SSLv3"), QStringLiteral("TLSv1"), QStringLiteral("TLSv1_2016"),
                                         QStringLiteral("TLSv1.1_2016")};
        for (int i : ctx.index().ofKind(ElementKind::CloudFront)) {
            const Element &e = ctx.element(i);
            if (ctx.known(i, "defaultCertificate") && ctx.boolOf(i, "defaultCertificate")) {
                r.report({e.id}, rulesTr("CloudFront distribution %1 uses the default *.cloudfront.net certificate, which "
                                         "accepts viewers on TLS 1.0.").arg(RuleContext::label(e)),
                         rulesTr("Give the distribution a certificate of its own (ACM, in us-east-1) for its domain name and "
                                 "set the minimum protocol version to TLSv1.2_2021 or newer."));
                continue;
            }
            const QString version = ctx.stringOf(i, "minimumTlsVersion");
            if (ctx.known(i, "minimumTlsVersion") && weak.contains(version))
                r.report({e.id}, rulesTr("CloudFront distribution %1 still accepts viewers on %2.").arg(RuleContext::label(e), version));
        }
    }
};

} // namespace

PILLAR_RULE(CloudFrontWeakTlsRule)

} // namespace pillar
