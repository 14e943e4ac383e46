// sg-admin-port-open-to-world: administration or database port open to the world.
#include "WorldOpenIngress.h"
#include "../IngressFacts.h"
#include "../QuickFixes.h"
#include "../RuleContext.h"

namespace pillar {

namespace {

class SgAdminPortOpenToWorldRule final : public Rule
{
public:
    SgAdminPortOpenToWorldRule()
    {
        info.id = "sg-admin-port-open-to-world";
        info.title = QT_TRANSLATE_NOOP("Rules", "Administration or database port open to the world");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Error;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::SecurityGroup};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Never set the source of SSH, RDP or a database/cache port to \"anywhere\": "
                                                    "open only the addresses and ports really needed. Any /0 counts as anywhere "
                                                    "(0.0.0.0/0, ::/0, 192.168.1.0/0), and a port range counts when it covers the port.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC05, protect networks); Buzzvil Tech Blog, “버즈빌 AWS 활용기” and the book “서비스 운영이 쉬워지는 AWS 인프라 구축 가이드”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Restrict the source to a known CIDR or a security group, or use Systems Manager "
                                              "Session Manager instead of opening SSH (as the AWS talk “천만 사용자를 위한 AWS 클라우드 아키텍처 진화하기” advises).");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Ports: 22, 3389, 3306, 5432, 1433, 1521, 6379, 11211, 27017, 9200 (TCP). "
                                                "A rule admitting every port is reported by sg-all-traffic-open instead, once.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int sg : ctx.index().ofKind(ElementKind::SecurityGroup)) {
            const QVector<IngressEntry> &ingress = ctx.index().ingressOf(sg);
            for (int k = 0; k < ingress.size(); ++k) {
                if (!ingress[k].facts.fromAnywhere || !ingress[k].admitsSensitivePort())
                    continue;
                const Element &g = ctx.element(sg);
                const IngressRule &rule = g.ingress[k];
                const QVector<int> ports = sensitivePortsAdmitted(rule);
                QStringList names;
                for (int p : ports)
                    names << sensitivePortName(p);
                r.report(groupAndMembers(ctx, sg),
                         rulesTr("Security group %1 admits %2 from anywhere (%3); %4.")
                             .arg(RuleContext::label(g), names.join(QLatin1String(", ")), rule.cidr, appliesTo(ctx, sg)));
            }
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *sg = fixableElement(design, finding, ElementKind::SecurityGroup);
        return sg ? worldOpenIngressFixes(design, *sg, WorldOpenIngress::AdminPort) : QVector<QuickFix>();
    }
};

} // namespace

PILLAR_RULE(SgAdminPortOpenToWorldRule)

} // namespace pillar
