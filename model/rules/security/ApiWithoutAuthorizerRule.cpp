// api-without-authorizer: API Gateway routes anyone can call.
#include "../RuleContext.h"

namespace pillar {

namespace {

// Routes that are meant to be called without credentials: CORS preflight
// (OPTIONS) and callbacks that a third party or a load balancer calls
// (webhooks, OAuth callbacks, health checks). route is "GET /path".
bool publicByDesign(const QString &route)
{
    const QString method = route.section(QLatin1Char(' '), 0, 0).toUpper();
    if (method == QLatin1String("OPTIONS"))
        return true;
    const QStringList segments = route.section(QLatin1Char(' '), 1).toLower().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &s : segments) {
        for (const char *open : {"callback", "callbacks", "webhook", "webhooks", "health", "healthz", "ping"}) {
            if (s == QLatin1String(open))
                return true;
        }
    }
    return false;
}

class ApiWithoutAuthorizerRule final : public Rule
{
public:
    ApiWithoutAuthorizerRule()
    {
        info.id = "api-without-authorizer";
        info.title = QT_TRANSLATE_NOOP("Rules", "API Gateway routes without an authorizer");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::ApiGateway};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A route with no authorization runs its integration (a Lambda function, a "
                                                    "table write) for anyone on the internet who finds the URL, and bills the "
                                                    "account for it. API Gateway checks IAM signatures, Cognito or JWT tokens or a "
                                                    "Lambda authorizer before the back end is called.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar, SEC03 (How do you manage permissions for people and machines?); "
                                                 "Serverless Applications Lens, SEC 1 (How do you control access to your "
                                                 "serverless API?).");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Give the API an authorizer (IAM, Cognito user pool, JWT or Lambda) and require it "
                                              "on every route that is not public by design.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "OPTIONS routes (CORS preflight) and public callback routes, whose path has a "
                                                "segment callback, webhook, health, healthz or ping, are not reported. A private "
                                                "API (reached only from VPCs) is judged too: its callers are still unauthenticated.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::ApiGateway)) {
            if (!ctx.known(i, "authorizer") || !ctx.known(i, "openRoutes"))
                continue;
            const QStringList listed = ctx.itemsOf(i, "openRoutes");
            QStringList open;
            for (const QString &route : listed) {
                if (!publicByDesign(route))
                    open << route;
            }
            const bool none = ctx.equals(i, "authorizer", "none");
            if (none && listed.isEmpty()) // drawn without routes: the whole API is open
                r.report({ctx.element(i).id}, rulesTr("API %1 has no authorizer: every route can be called by anyone.").arg(ctx.label(i)));
            else if (!open.isEmpty())
                r.report({ctx.element(i).id}, rulesTr("API %1 has routes without authorization: %2.").arg(ctx.label(i), open.join(QLatin1String(", "))));
        }
    }
};

} // namespace

PILLAR_RULE(ApiWithoutAuthorizerRule)

} // namespace pillar
