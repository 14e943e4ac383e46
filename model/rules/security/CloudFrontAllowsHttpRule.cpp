// cloudfront-allows-http: cloudFront allows plain HTTP.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include <QCoreApplication>

namespace pillar {

namespace {

class CloudFrontAllowsHttpRule final : public Rule
{
public:
    CloudFrontAllowsHttpRule()
    {
        info.id = "cloudfront-allows-http";
        info.title = QT_TRANSLATE_NOOP("Rules", "CloudFront allows plain HTTP");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::CloudFront};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Encrypt data in transit; certificates from ACM cost nothing.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC09, protect data in transit); the AWS talk “천만 사용자를 위한 AWS 클라우드 아키텍처 진화하기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Set the viewer protocol policy to redirect-to-https or https-only.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::CloudFront)) {
            const Element &e = ctx.element(i);
            if (ctx.known(i, "viewerProtocolPolicy")
                && ctx.equals(i, "viewerProtocolPolicy", "allow-all"))
                r.report({e.id}, rulesTr("CloudFront distribution %1 serves viewers over plain HTTP (policy allow-all).")
                                     .arg(RuleContext::label(e)));
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *e = fixableElement(design, finding, ElementKind::CloudFront);
        if (!e)
            return {};
        return {propertyFix(*e, QCoreApplication::translate("QuickFix", "Redirect viewers from HTTP to HTTPS"),
                            {{QStringLiteral("viewerProtocolPolicy"), QStringLiteral("redirect-to-https")}})};
    }
};

} // namespace

PILLAR_RULE(CloudFrontAllowsHttpRule)

} // namespace pillar
