// AWS::ApiGateway::RestApi and AWS::Serverless::Api: its methods (authorization
// and integrations, which become connections), authorizers, stages (access
// logging, throttling) and deployments are merged into it.
#include "../MappingContext.h"
#include "../ResourceMapper.h"
#include "ServiceRefs.h"

namespace pillar {

using cfn::itemsOf;
using cfn::refersTo;
using cfn::tr;

namespace {

QString authorizerKind(const QString &type)
{
    if (type == QLatin1String("COGNITO_USER_POOLS"))
        return QStringLiteral("cognito");
    if (type == QLatin1String("AWS_IAM"))
        return QStringLiteral("iam");
    if (type == QLatin1String("TOKEN") || type == QLatin1String("REQUEST") || type == QLatin1String("CUSTOM"))
        return QStringLiteral("lambda");
    return QString();
}

// Throttling rate and logging of a stage's MethodSettings (REST stages and SAM Api).
void readMethodSettings(MappingContext &context, Element &api, const CfnValue *settings)
{
    for (const CfnValue &s : itemsOf(settings)) {
        if (const CfnValue *rate = s.get(QStringLiteral("ThrottlingRateLimit"))) {
            bool ok = false;
            const double v = rate->isScalar() ? rate->text.toDouble(&ok) : 0;
            if (ok)
                api.properties.insert(QStringLiteral("throttlingRate"), std::max(1, int(v)));
            else
                context.markUnknown(api, QStringLiteral("throttlingRate"), tr("ThrottlingRateLimit: %1").arg(MappingContext::why(*rate)));
        }
    }
}

void readAccessLog(MappingContext &context, Element &api, const CfnValue *setting)
{
    if (!setting)
        return;
    const CfnValue *dest = setting->get(QStringLiteral("DestinationArn"));
    if (dest && dest->type == CfnValue::External)
        context.markUnknown(api, QStringLiteral("accessLogging"), tr("DestinationArn: %1").arg(MappingContext::why(*dest)));
    else
        api.properties.insert(QStringLiteral("accessLogging"), dest != nullptr);
}

QString endpointType(const CfnValue *config)
{
    const CfnValue *types = config && config->isMap() ? config->get(QStringLiteral("Types")) : config;
    if (config && config->isMap() && !types)
        types = config->get(QStringLiteral("Type")); // SAM: {Type: REGIONAL}
    const QVector<CfnValue> list = itemsOf(types);
    return list.isEmpty() || !list.first().isScalar() ? QString() : list.first().text.toLower();
}

// The path of an AWS::ApiGateway::Resource: its parents' path parts joined.
QString resourcePath(const MappingContext &context, const CfnValue *resourceId)
{
    QStringList parts;
    const ImportResource *r = resourceId && resourceId->type == CfnValue::ResourceRef && resourceId->attribute.isEmpty()
        ? context.resource(resourceId->text) : nullptr;
    for (int depth = 0; r && r->type == QLatin1String("AWS::ApiGateway::Resource") && depth < 50; ++depth) {
        const CfnValue *part = r->properties.get(QStringLiteral("PathPart"));
        parts.prepend(part && part->isScalar() ? part->text : QStringLiteral("{?}"));
        const CfnValue *parent = r->properties.get(QStringLiteral("ParentId"));
        r = parent && parent->type == CfnValue::ResourceRef && parent->attribute.isEmpty() ? context.resource(parent->text) : nullptr;
    }
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

class RestApiMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &) const override
    {
        for (const ImportResource *r : context.ofType("AWS::ApiGateway::RestApi"))
            mapRestApi(context, r);
        for (const ImportResource *r : context.ofType("AWS::Serverless::Api"))
            mapSamApi(context, r);
    }

private:
    static void mapRestApi(MappingContext &context, const ImportResource *r)
    {
        const CfnValue &p = r->properties;
        Element api;
        api.id = r->id;
        api.kind = ElementKind::ApiGateway;
        api.properties.insert(QStringLiteral("apiType"), QStringLiteral("rest"));
        const QString endpoint = endpointType(p.get(QStringLiteral("EndpointConfiguration")));
        api.properties.insert(QStringLiteral("endpointType"), endpoint.isEmpty() ? QStringLiteral("edge") : endpoint);
        auto ofApi = [&](const char *type) {
            QVector<const ImportResource *> out;
            for (const ImportResource *x : context.ofType(type)) {
                if (refersTo(x->properties.get(QStringLiteral("RestApiId")), r->id))
                    out << x;
            }
            return out;
        };
        QString authorizer;
        QStringList open;
        QVector<const CfnValue *> integrations;
        const QVector<const ImportResource *> methods = ofApi("AWS::ApiGateway::Method");
        for (const ImportResource *m : methods) {
            const CfnValue &mp = m->properties;
            context.record(m->id, ImportedResource::Merged, r->id, tr("method of %1").arg(r->id));
            const CfnValue *verb = mp.get(QStringLiteral("HttpMethod"));
            const CfnValue *resourceId = mp.get(QStringLiteral("ResourceId"));
            const QString path = resourceId && resourceId->attribute == QLatin1String("RootResourceId") ? QStringLiteral("/")
                                                                                                         : resourcePath(context, resourceId);
            const CfnValue *auth = mp.get(QStringLiteral("AuthorizationType"));
            const QString kind = auth && auth->isScalar() ? authorizerKind(auth->text) : QString();
            if (!auth || (auth->isScalar() && auth->text == QLatin1String("NONE")))
                open << cfn::routeName(verb && verb->isScalar() ? verb->text : QStringLiteral("?"), path);
            else if (authorizer.isEmpty())
                authorizer = kind.isEmpty() ? QStringLiteral("lambda") : kind;
            if (const CfnValue *integration = mp.get(QStringLiteral("Integration")))
                integrations << integration;
        }
        for (const ImportResource *a : ofApi("AWS::ApiGateway::Authorizer"))
            context.record(a->id, ImportedResource::Merged, r->id, tr("authorizer of %1").arg(r->id));
        for (const ImportResource *res : ofApi("AWS::ApiGateway::Resource"))
            context.record(res->id, ImportedResource::Merged, r->id, tr("path of %1").arg(r->id));
        if (methods.isEmpty() && (p.get(QStringLiteral("Body")) || p.get(QStringLiteral("BodyS3Location")))) {
            context.markUnknown(api, QStringLiteral("authorizer"), tr("its methods are defined in an OpenAPI definition Pillar does not read"));
            context.markUnknown(api, QStringLiteral("openRoutes"), tr("its methods are defined in an OpenAPI definition Pillar does not read"));
        } else {
            api.properties.insert(QStringLiteral("authorizer"), authorizer.isEmpty() ? QStringLiteral("none") : authorizer);
            api.properties.insert(QStringLiteral("openRoutes"), open.join(QLatin1String(", ")));
        }
        api.properties.insert(QStringLiteral("accessLogging"), false);
        bool staged = false;
        for (const ImportResource *stage : ofApi("AWS::ApiGateway::Stage")) {
            context.record(stage->id, ImportedResource::Merged, r->id, tr("stage of %1").arg(r->id));
            if (staged)
                continue; // the first stage speaks for the API
            staged = true;
            context.setString(api, QStringLiteral("stageName"), stage->properties.get(QStringLiteral("StageName")), tr("StageName"));
            readAccessLog(context, api, stage->properties.get(QStringLiteral("AccessLogSetting")));
            readMethodSettings(context, api, stage->properties.get(QStringLiteral("MethodSettings")));
        }
        for (const ImportResource *d : ofApi("AWS::ApiGateway::Deployment")) {
            context.record(d->id, ImportedResource::Merged, r->id, tr("deployment of %1").arg(r->id));
            const CfnValue *desc = d->properties.get(QStringLiteral("StageDescription"));
            if (!staged) {
                context.setString(api, QStringLiteral("stageName"), d->properties.get(QStringLiteral("StageName")), tr("StageName"));
                if (desc) {
                    readAccessLog(context, api, desc->get(QStringLiteral("AccessLogSetting")));
                    readMethodSettings(context, api, desc->get(QStringLiteral("MethodSettings")));
                    if (const CfnValue *rate = desc->get(QStringLiteral("ThrottlingRateLimit"))) {
                        CfnValue one;
                        one.type = CfnValue::Map;
                        one.map.append({QStringLiteral("ThrottlingRateLimit"), *rate});
                        readMethodSettings(context, api, &one);
                    }
                }
            }
        }
        context.add(api);
        context.record(r->id, ImportedResource::Mapped, r->id, QString());
        for (const CfnValue *integration : integrations)
            cfn::connectIntegration(context, r->id, *integration);
    }

    static void mapSamApi(MappingContext &context, const ImportResource *r)
    {
        const CfnValue &p = r->properties;
        Element api;
        api.id = r->id;
        api.kind = ElementKind::ApiGateway;
        api.properties.insert(QStringLiteral("apiType"), QStringLiteral("rest"));
        const QString endpoint = endpointType(p.get(QStringLiteral("EndpointConfiguration")));
        api.properties.insert(QStringLiteral("endpointType"), endpoint.isEmpty() ? QStringLiteral("edge") : endpoint);
        context.setString(api, QStringLiteral("stageName"), p.get(QStringLiteral("StageName")), tr("StageName"));
        api.properties.insert(QStringLiteral("accessLogging"), false);
        readAccessLog(context, api, p.get(QStringLiteral("AccessLogSetting")));
        readMethodSettings(context, api, p.get(QStringLiteral("MethodSettings")));
        cfn::readSamDefaultAuthorizer(context, api, p.get(QStringLiteral("Auth")), "UserPoolArn", "cognito");
        // Routes come from the functions' Api events (LambdaTriggersMapper).
        api.properties.insert(QStringLiteral("openRoutes"), QString());
        context.add(api);
        context.record(r->id, ImportedResource::Mapped, r->id, QString());
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(RestApiMapper)

} // namespace pillar
