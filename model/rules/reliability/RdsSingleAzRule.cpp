// rds-single-az: RDS without Multi-AZ.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include <QCoreApplication>

namespace pillar {

namespace {

class RdsSingleAzRule final : public Rule
{
public:
    RdsSingleAzRule()
    {
        info.id = "rds-single-az";
        info.title = QT_TRANSLATE_NOOP("Rules", "RDS without Multi-AZ");
        info.pillar = Pillar::Reliability;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::RelaxedWhenSmall;
        info.kinds = {ElementKind::RdsInstance};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A Multi-AZ standby in another AZ cuts the downtime of failures, failovers and "
                                                    "reboots to a minute or two; Buzzvil runs RDS MySQL Multi-AZ for that, and the AWS talk "
                                                    "“천만 사용자를 위한 AWS 클라우드 아키텍처 진화하기” adds it from "
                                                    "about 1,000 users on.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL10, use fault isolation); Buzzvil Tech Blog, “버즈빌 AWS 활용기”, the AWS talk “천만 사용자를 위한 AWS 클라우드 아키텍처 진화하기” and the blog post “Side Project | 6. AWS 인프라 구축기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Enable Multi-AZ so a standby runs in another Availability Zone.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Read replicas (readReplicaOf set) are not reported.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::RdsInstance)) {
            const Element &e = ctx.element(i);
            // A read replica's availability is its source's; replicas exist for reads.
            if (!ctx.blank(i, "readReplicaOf"))
                continue;
            if (ctx.known(i, "multiAz") && !ctx.boolOf(i, "multiAz"))
                r.report({e.id}, rulesTr("RDS instance %1 runs in a single Availability Zone (Multi-AZ is off).")
                                     .arg(RuleContext::label(e)));
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *e = fixableElement(design, finding, ElementKind::RdsInstance);
        if (!e)
            return {};
        return {propertyFix(*e, QCoreApplication::translate("QuickFix", "Turn Multi-AZ on"),
                            {{QStringLiteral("multiAz"), true}})};
    }
};

} // namespace

PILLAR_RULE(RdsSingleAzRule)

} // namespace pillar
