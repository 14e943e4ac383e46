#pragma once

#include "../MappingContext.h"

#include "../../CfnHelpers.h"
#include "KindInfo.h"

#include <algorithm>
#include <initializer_list>

namespace pillar::cfn {

// The element of one of kinds that v names: a Ref, a GetAtt (…Arn), or an ARN
// built with Fn::Sub or Fn::Join around one resource. "" when it names none.
inline QString referencedElement(const MappingContext &context, const CfnValue *v, std::initializer_list<ElementKind> kinds)
{
    if (!v)
        return QString();
    QStringList ids;
    collectRefIds(*v, &ids);
    for (const QString &id : ids) {
        const Element *e = context.design().element(id);
        if (e && std::find(kinds.begin(), kinds.end(), e->kind) != kinds.end())
            return id;
    }
    return QString();
}

// The text of a scalar, lower-cased, or "" when v is not a plain value.
inline QString lowerScalar(const CfnValue *v)
{
    return v && v->isScalar() ? v->text.toLower() : QString();
}

} // namespace pillar::cfn

namespace pillar::cfn {

// Connects an API to the back ends its integration names (anywhere in the
// integration: Uri, IntegrationUri, request templates). A VPC link stands for
// the load balancers it targets, a listener for its load balancer.
inline void connectIntegration(MappingContext &context, const QString &apiId, const CfnValue &integration)
{
    QStringList ids;
    collectRefIds(integration, &ids);
    for (int i = 0; i < ids.size(); ++i) { // grows as links are followed
        const ImportResource *r = context.resource(ids[i]);
        if (!r)
            continue;
        if (r->type == QLatin1String("AWS::ApiGateway::VpcLink") || r->type == QLatin1String("AWS::ElasticLoadBalancingV2::Listener"))
            collectRefIds(r->properties, &ids);
        const Element *e = context.design().element(ids[i]);
        if (!e)
            continue;
        // The back ends an API may integrate with are its kind's connection targets.
        const std::vector<ElementKind> &backEnds = kindInfo(ElementKind::ApiGateway).connectsTo;
        if (std::find(backEnds.begin(), backEnds.end(), e->kind) != backEnds.end())
            context.connect(apiId, e->id);
    }
}

// The authorizer of a SAM Api / HttpApi from its Auth/DefaultAuthorizer:
// "none" without one, "iam" for AWS_IAM, `configKind` when the named
// authorizer has `configKey` (JwtConfiguration, UserPoolArn), else "lambda";
// unknown when the name is not among Auth/Authorizers.
inline void readSamDefaultAuthorizer(MappingContext &context, Element &api, const CfnValue *auth, const char *configKey,
                                     const char *configKind)
{
    QString authorizer = QStringLiteral("none");
    if (const CfnValue *def = auth ? auth->get(QStringLiteral("DefaultAuthorizer")) : nullptr) {
        const CfnValue *authorizers = auth->get(QStringLiteral("Authorizers"));
        const CfnValue *a = def->isScalar() && authorizers ? authorizers->get(def->text) : nullptr;
        if (def->isScalar() && def->text == QLatin1String("AWS_IAM"))
            authorizer = QStringLiteral("iam");
        else if (a && a->get(QLatin1String(configKey)))
            authorizer = QLatin1String(configKind);
        else if (a)
            authorizer = QStringLiteral("lambda");
        else
            context.markUnknown(api, QStringLiteral("authorizer"), tr("Auth/DefaultAuthorizer is not known"));
    }
    if (!api.isUnknown(QStringLiteral("authorizer")))
        api.properties.insert(QStringLiteral("authorizer"), authorizer);
}

// "GET /items" for a REST method or an HTTP API route key.
inline QString routeName(const QString &method, const QString &path)
{
    return method.toUpper() + QLatin1Char(' ') + (path.isEmpty() ? QStringLiteral("/") : path);
}

} // namespace pillar::cfn
