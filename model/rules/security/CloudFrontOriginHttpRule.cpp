// cloudfront-origin-http: cloudFront reaches its origin over HTTP.
#include "../RuleContext.h"

namespace pillar {

namespace {

class CloudFrontOriginHttpRule final : public Rule
{
public:
    CloudFrontOriginHttpRule()
    {
        info.id = "cloudfront-origin-http";
        info.title = QT_TRANSLATE_NOOP("Rules", "CloudFront reaches its origin over HTTP");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::CloudFront};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "HTTPS from the viewer to the edge protects only half the way: between "
                                                    "CloudFront and a custom origin the data crosses the internet too.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC09, protect data in transit).");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Set the origin protocol policy to https-only and give the origin a certificate (ACM on its load balancer).");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Looks at the weakest custom origin; S3 origins are not concerned.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::CloudFront)) {
            const Element &e = ctx.element(i);
            if (!ctx.known(i, "originProtocolPolicy"))
                continue;
            const QString origin = e.stringValue(QStringLiteral("originProtocolPolicy"));
            const bool viewerHttp = ctx.known(i, "viewerProtocolPolicy")
                && e.stringValue(QStringLiteral("viewerProtocolPolicy")) == QLatin1String("allow-all");
            if (origin == QLatin1String("http-only"))
                r.report({e.id}, rulesTr("CloudFront distribution %1 reaches its origin over plain HTTP (http-only).")
                                     .arg(RuleContext::label(e)));
            else if (origin == QLatin1String("match-viewer") && viewerHttp)
                r.report({e.id}, rulesTr("CloudFront distribution %1 passes plain-HTTP viewers on to its origin over HTTP "
                                         "(match-viewer with allow-all).").arg(RuleContext::label(e)));
        }
    }
};

} // namespace

PILLAR_RULE(CloudFrontOriginHttpRule)

} // namespace pillar
