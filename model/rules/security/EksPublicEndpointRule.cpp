// eks-public-endpoint: EKS API endpoint open to the whole internet.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include <QCoreApplication>

namespace pillar {

namespace {

class EksPublicEndpointRule final : public Rule
{
public:
    EksPublicEndpointRule()
    {
        info.id = "eks-public-endpoint";
        info.title = QT_TRANSLATE_NOOP("Rules", "EKS API endpoint open to the internet");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::EksCluster};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "The Kubernetes API server controls the whole cluster. With a public endpoint "
                                                    "allowed from 0.0.0.0/0, anyone can reach it and try stolen or leaked credentials "
                                                    "and API server vulnerabilities; only the administrators' networks need to.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar, SEC05-BP02 Control traffic flow within your network layers; "
                                                 "Amazon EKS Best Practices Guide, “Make the EKS cluster endpoint private”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Make the endpoint private, or restrict its public access to the CIDRs of your "
                                              "offices and CI.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "An empty list of allowed CIDRs is what AWS treats as 0.0.0.0/0.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::EksCluster)) {
            if (!ctx.known(i, "endpointPublic") || !ctx.boolOf(i, "endpointPublic") || !ctx.known(i, "publicAccessCidrs"))
                continue;
            const QStringList cidrs = ctx.itemsOf(i, "publicAccessCidrs");
            if (cidrs.isEmpty() || cidrs.contains(QLatin1String("0.0.0.0/0")) || cidrs.contains(QLatin1String("::/0")))
                r.report({ctx.element(i).id}, rulesTr("EKS cluster %1 has a public API endpoint open to 0.0.0.0/0.").arg(ctx.label(i)));
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *e = fixableElement(design, finding, ElementKind::EksCluster);
        if (!e)
            return {};
        return {propertyFix(*e, QCoreApplication::translate("QuickFix", "Make the API endpoint private only"),
                            {{QStringLiteral("endpointPublic"), false}, {QStringLiteral("endpointPrivate"), true}})};
    }
};

} // namespace

PILLAR_RULE(EksPublicEndpointRule)

} // namespace pillar
