#pragma once

#include "../MappingContext.h"

#include "../../CfnHelpers.h"

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
        switch (e->kind) {
        case ElementKind::LambdaFunction:
        case ElementKind::LoadBalancer:
        case ElementKind::Ec2Instance:
        case ElementKind::EcsService:
        case ElementKind::S3Bucket:
        case ElementKind::SqsQueue:
        case ElementKind::SnsTopic:
        case ElementKind::KinesisStream:
        case ElementKind::DynamoDbTable:
            context.connect(apiId, e->id);
            break;
        default:
            break;
        }
    }
}

// "GET /items" for a REST method or an HTTP API route key.
inline QString routeName(const QString &method, const QString &path)
{
    return method.toUpper() + QLatin1Char(' ') + (path.isEmpty() ? QStringLiteral("/") : path);
}

} // namespace pillar::cfn
