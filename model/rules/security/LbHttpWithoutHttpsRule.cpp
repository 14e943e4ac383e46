// lb-http-without-https: load balancer serves plain HTTP.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include <QCoreApplication>

namespace pillar {

namespace {

QuickFix httpsFix(const Element &lb)
{
    Element after = lb;
    bool https = false;
    for (Listener &l : after.listeners) {
        if (l.protocol == QLatin1String("HTTPS") || l.protocol == QLatin1String("SSL") || l.protocol == QLatin1String("TLS"))
            https = true;
        else if (l.protocol == QLatin1String("HTTP"))
            l.action = QStringLiteral("redirect-https");
    }
    if (!https) {
        Listener l;
        l.protocol = QStringLiteral("HTTPS");
        l.port = 443;
        l.action = QStringLiteral("forward");
        after.listeners.prepend(l);
    }
    return replaceElementsFix(https ? QCoreApplication::translate("QuickFix", "Redirect HTTP to HTTPS")
                                    : QCoreApplication::translate("QuickFix", "Add an HTTPS listener on 443 and redirect HTTP to it"),
                              {after});
}

class LbHttpWithoutHttpsRule final : public Rule
{
public:
    LbHttpWithoutHttpsRule()
    {
        info.id = "lb-http-without-https";
        info.title = QT_TRANSLATE_NOOP("Rules", "Load balancer serves plain HTTP");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::LoadBalancer};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Terminate TLS at the load balancer: traffic is encrypted in transit and the "
                                                    "web servers are spared the work.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC09); Buzzvil Tech Blog, “버즈빌 AWS 활용기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Add an HTTPS listener with an ACM certificate and make the HTTP listener "
                                              "redirect to HTTPS.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Any HTTP listener of an internet-facing load balancer that forwards instead of "
                                                "redirecting is reported, even beside an HTTPS listener.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::LoadBalancer)) {
            const Element &e = ctx.element(i);
            // An undecidable scheme (an !If on a parameter) is no finding: the
            // load balancer is listed as not fully checked instead.
            if (!ctx.known(i, "scheme") || !ctx.equals(i, "scheme", "internet-facing"))
                continue;
            bool https = false;
            QStringList plain;
            for (const Listener &l : e.listeners) {
                if (l.protocol == QLatin1String("HTTPS") || l.protocol == QLatin1String("SSL") || l.protocol == QLatin1String("TLS"))
                    https = true;
                else if (l.protocol == QLatin1String("HTTP") && l.action != QLatin1String("redirect-https"))
                    plain << QString::number(l.port);
            }
            if (plain.isEmpty())
                continue;
            r.report({e.id}, https
                     ? rulesTr("Internet-facing load balancer %1 serves plain HTTP on port %2 beside HTTPS instead of redirecting.")
                           .arg(RuleContext::label(e), plain.join(QLatin1String(", ")))
                     : rulesTr("Internet-facing load balancer %1 serves plain HTTP on port %2 and has no HTTPS listener.")
                           .arg(RuleContext::label(e), plain.join(QLatin1String(", "))));
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *lb = fixableElement(design, finding, ElementKind::LoadBalancer);
        return lb ? QVector<QuickFix>{httpsFix(*lb)} : QVector<QuickFix>();
    }
};

} // namespace

PILLAR_RULE(LbHttpWithoutHttpsRule)

} // namespace pillar
