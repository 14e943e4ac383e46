// AWS::ApiGatewayV2::Api (HTTP and WebSocket) and AWS::Serverless::HttpApi: its
// routes (authorization), integrations (connections to their back ends),
// authorizers and stages (access logging, throttling) are merged into it.
#include "../MappingContext.h"
#include "../ResourceMapper.h"
#include "ServiceRefs.h"

namespace pillar {

using cfn::itemsOf;
using cfn::refersTo;
using cfn::tr;

namespace {

void readStage(MappingContext &context, Element &api, const CfnValue &stage)
{
    const CfnValue *log = stage.get(QStringLiteral("AccessLogSettings"));
    const CfnValue *dest = log ? log->get(QStringLiteral("DestinationArn")) : nullptr;
    api.properties.insert(QStringLiteral("accessLogging"), dest != nullptr);
    const CfnValue *route = stage.get(QStringLiteral("DefaultRouteSettings"));
    if (const CfnValue *rate = route ? route->get(QStringLiteral("ThrottlingRateLimit")) : nullptr) {
        bool ok = false;
        const double v = rate->isScalar() ? rate->text.toDouble(&ok) : 0;
        if (ok)
            api.properties.insert(QStringLiteral("throttlingRate"), std::max(1, int(v)));
        else
            context.markUnknown(api, QStringLiteral("throttlingRate"), tr("ThrottlingRateLimit: %1").arg(MappingContext::why(*rate)));
    }
}

QString authorizerKind(const QString &type)
{
    if (type == QLatin1String("JWT"))
        return QStringLiteral("jwt");
    if (type == QLatin1String("AWS_IAM"))
        return QStringLiteral("iam");
    if (type == QLatin1String("CUSTOM") || type == QLatin1String("REQUEST"))
        return QStringLiteral("lambda");
    return QString();
}

class HttpApiMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &) const override
    {
        for (const ImportResource *r : context.ofType("AWS::ApiGatewayV2::Api"))
            mapApi(context, r);
        for (const ImportResource *r : context.ofType("AWS::Serverless::HttpApi"))
            mapSamApi(context, r);
    }

private:
    static void mapApi(MappingContext &context, const ImportResource *r)
    {
        const CfnValue &p = r->properties;
        Element api;
        api.id = r->id;
        api.kind = ElementKind::ApiGateway;
        const CfnValue *protocol = p.get(QStringLiteral("ProtocolType"));
        api.properties.insert(QStringLiteral("apiType"), cfn::lowerScalar(protocol) == QLatin1String("websocket")
                                                             ? QStringLiteral("websocket") : QStringLiteral("http"));
        api.properties.insert(QStringLiteral("endpointType"), QStringLiteral("regional"));
        auto ofApi = [&](const char *type) {
            QVector<const ImportResource *> out;
            for (const ImportResource *x : context.ofType(type)) {
                if (refersTo(x->properties.get(QStringLiteral("ApiId")), r->id))
                    out << x;
            }
            return out;
        };
        QString authorizer;
        QStringList open;
        const QVector<const ImportResource *> routes = ofApi("AWS::ApiGatewayV2::Route");
        for (const ImportResource *route : routes) {
            context.record(route->id, ImportedResource::Merged, r->id, tr("route of %1").arg(r->id));
            const CfnValue *key = route->properties.get(QStringLiteral("RouteKey"));
            const CfnValue *auth = route->properties.get(QStringLiteral("AuthorizationType"));
            if (!auth || (auth->isScalar() && auth->text == QLatin1String("NONE"))) {
                open << (key && key->isScalar() ? key->text : QStringLiteral("?"));
            } else if (authorizer.isEmpty()) {
                const QString kind = auth->isScalar() ? authorizerKind(auth->text) : QString();
                authorizer = kind.isEmpty() ? QStringLiteral("lambda") : kind;
            }
        }
        // Quick create: Target makes one default route with no authorization.
        if (p.get(QStringLiteral("Target")) && routes.isEmpty())
            open << QStringLiteral("$default");
        for (const ImportResource *a : ofApi("AWS::ApiGatewayV2::Authorizer"))
            context.record(a->id, ImportedResource::Merged, r->id, tr("authorizer of %1").arg(r->id));
        if (routes.isEmpty() && !p.get(QStringLiteral("Target")) && (p.get(QStringLiteral("Body")) || p.get(QStringLiteral("BodyS3Location")))) {
            context.markUnknown(api, QStringLiteral("authorizer"), tr("its routes are defined in an OpenAPI definition Pillar does not read"));
            context.markUnknown(api, QStringLiteral("openRoutes"), tr("its routes are defined in an OpenAPI definition Pillar does not read"));
        } else {
            api.properties.insert(QStringLiteral("authorizer"), authorizer.isEmpty() ? QStringLiteral("none") : authorizer);
            api.properties.insert(QStringLiteral("openRoutes"), open.join(QLatin1String(", ")));
        }
        api.properties.insert(QStringLiteral("accessLogging"), false);
        bool staged = false;
        for (const ImportResource *stage : ofApi("AWS::ApiGatewayV2::Stage")) {
            context.record(stage->id, ImportedResource::Merged, r->id, tr("stage of %1").arg(r->id));
            if (!staged)
                context.setString(api, QStringLiteral("stageName"), stage->properties.get(QStringLiteral("StageName")), tr("StageName"));
            if (!staged)
                readStage(context, api, stage->properties);
            staged = true;
        }
        if (!staged && p.get(QStringLiteral("Target")))
            api.properties.insert(QStringLiteral("stageName"), QStringLiteral("$default"));
        for (const ImportResource *d : ofApi("AWS::ApiGatewayV2::Deployment"))
            context.record(d->id, ImportedResource::Merged, r->id, tr("deployment of %1").arg(r->id));
        context.add(api);
        context.record(r->id, ImportedResource::Mapped, r->id, QString());
        if (const CfnValue *target = p.get(QStringLiteral("Target")))
            cfn::connectIntegration(context, r->id, *target);
        for (const ImportResource *integration : ofApi("AWS::ApiGatewayV2::Integration")) {
            context.record(integration->id, ImportedResource::Merged, r->id, tr("integration of %1").arg(r->id));
            cfn::connectIntegration(context, r->id, integration->properties);
        }
    }

    static void mapSamApi(MappingContext &context, const ImportResource *r)
    {
        const CfnValue &p = r->properties;
        Element api;
        api.id = r->id;
        api.kind = ElementKind::ApiGateway;
        api.properties.insert(QStringLiteral("apiType"), QStringLiteral("http"));
        api.properties.insert(QStringLiteral("endpointType"), QStringLiteral("regional"));
        const CfnValue *stageName = p.get(QStringLiteral("StageName"));
        if (stageName)
            context.setString(api, QStringLiteral("stageName"), stageName, tr("StageName"));
        else
            api.properties.insert(QStringLiteral("stageName"), QStringLiteral("$default"));
        readStage(context, api, p);
        cfn::readSamDefaultAuthorizer(context, api, p.get(QStringLiteral("Auth")), "JwtConfiguration", "jwt");
        api.properties.insert(QStringLiteral("openRoutes"), QString());
        context.add(api);
        context.record(r->id, ImportedResource::Mapped, r->id, QString());
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(HttpApiMapper)

} // namespace pillar
