// s3-served-without-cdn: S3 content served without CloudFront.
#include "../RuleContext.h"

namespace pillar {

namespace {

bool isInternetSide(ElementKind kind)
{
    return kind == ElementKind::Internet || kind == ElementKind::Route53Record;
}

class S3ServedWithoutCdnRule final : public Rule
{
public:
    S3ServedWithoutCdnRule()
    {
        info.id = "s3-served-without-cdn";
        info.title = QT_TRANSLATE_NOOP("Rules", "S3 content served without CloudFront");
        info.pillar = Pillar::PerformanceEfficiency;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::RaisedAtScale;
        info.kinds = {ElementKind::S3Bucket, ElementKind::Internet, ElementKind::Route53Record};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Origin-to-edge transfer is free and CloudFront costs about what S3 egress "
                                                    "costs, while serving users from the nearest edge.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Performance efficiency pillar (PERF04, networking); Buzzvil Tech Blog, “버즈빌 AWS 활용기”, the AWS talk “천만 사용자를 위한 AWS 클라우드 아키텍처 진화하기” and the blog post “Side Project | 6. AWS 인프라 구축기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Put CloudFront in front of the bucket.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignIndex &index = ctx.index();
        for (int i : index.ofKind(ElementKind::S3Bucket)) {
            for (int c : index.incoming(i)) {
                const int from = index.connectionFrom(c);
                if (from < 0 || !isInternetSide(ctx.index().kindOf(from)))
                    continue;
                r.report({ctx.element(i).id, ctx.element(from).id},
                         rulesTr("Users fetch S3 bucket %1 directly through %2, without CloudFront.").arg(ctx.label(i), ctx.label(from)));
                break;
            }
        }
    }
};

} // namespace

PILLAR_RULE(S3ServedWithoutCdnRule)

} // namespace pillar
