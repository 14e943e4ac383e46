// API Gateway REST APIs (v1) and HTTP and WebSocket APIs (v2), with their
// routes, methods, integrations, stages, authorizers and deployments: the
// CloudFormation properties the API mappers read.
#include "TfJsonReader.h"
#include "TfTranslators.h"
#include "TfValues.h"

#include "../CfnHelpers.h"

namespace pillar {

namespace {

using namespace tf;
using cfn::tr;

const QStringList kRestResources = {QStringLiteral("aws_api_gateway_resource")};
const QStringList kRestMethods = {QStringLiteral("aws_api_gateway_method")};
// What an integration calls: functions, HTTP back ends (a listener of a VPC
// link, a load balancer, an instance, a service) and AWS services.
const QStringList kBackEnds = QStringList(kFunctions) << kListeners << kLoadBalancers << kInstances
                                                      << QStringLiteral("aws_ecs_service") << kQueues << kTopics << kTables
                                                      << kStreams << kBuckets;

// HTTP and WebSocket APIs (API Gateway v2) and their parts, each naming its API by api_id.
void httpApi(TfTranslation &t)
{
    t.set(QStringLiteral("ProtocolType"), t.value("protocol_type"));
    t.set(QStringLiteral("Target"), nonEmpty(t.optional("target").isNull() ? CfnValue() : t.ref("target", kBackEnds)));
    t.set(QStringLiteral("Body"), nonEmpty(t.optional("body")));
}

void httpApiPart(TfTranslation &t)
{
    t.set(QStringLiteral("ApiId"), t.ref("api_id", kHttpApis));
}

void httpRoute(TfTranslation &t)
{
    httpApiPart(t);
    t.set(QStringLiteral("RouteKey"), t.value("route_key"));
    t.set(QStringLiteral("AuthorizationType"), nonEmpty(t.value("authorization_type")));
}

void httpIntegration(TfTranslation &t)
{
    httpApiPart(t);
    t.set(QStringLiteral("IntegrationUri"), nonEmpty(t.ref("integration_uri", kBackEnds)));
}

void httpStage(TfTranslation &t)
{
    httpApiPart(t);
    t.set(QStringLiteral("StageName"), t.value("name"));
    t.set(QStringLiteral("AccessLogSettings"), wrap(t, QStringLiteral("DestinationArn"),
                                                      firstBlockValue(t, t.root(), "access_log_settings", "destination_arn")));
    t.set(QStringLiteral("DefaultRouteSettings"), wrap(t, QStringLiteral("ThrottlingRateLimit"),
                                                         firstBlockValue(t, t.root(), "default_route_settings", "throttling_rate_limit")));
}

// REST APIs (API Gateway v1): methods name their path by resource_id, the
// API's root resource or one of its aws_api_gateway_resource paths.
void restApi(TfTranslation &t)
{
    for (const TfNode &config : t.blocks("endpoint_configuration")) {
        t.set(QStringLiteral("EndpointConfiguration"), wrap(t, QStringLiteral("Types"), t.value(config, "types")));
        break;
    }
    t.set(QStringLiteral("Body"), nonEmpty(t.optional("body")));
}

void restApiPart(TfTranslation &t)
{
    t.set(QStringLiteral("RestApiId"), t.ref("rest_api_id", kRestApis));
}

// A path: another resource, or the API's root ({"Fn::GetAtt": [api, RootResourceId]}).
CfnValue restPath(const TfTranslation &t, const char *key)
{
    const CfnValue resource = t.ref(key, kRestResources);
    if (resource.type == CfnValue::ResourceRef)
        return resource;
    const CfnValue root = t.ref(key, kRestApis);
    return root.type == CfnValue::ResourceRef ? CfnValue::resourceRef(root.text, QStringLiteral("RootResourceId")) : resource;
}

void restResource(TfTranslation &t)
{
    restApiPart(t);
    t.set(QStringLiteral("ParentId"), restPath(t, "parent_id"));
    t.set(QStringLiteral("PathPart"), t.value("path_part"));
}

void restMethod(TfTranslation &t)
{
    restApiPart(t);
    t.set(QStringLiteral("ResourceId"), restPath(t, "resource_id"));
    t.set(QStringLiteral("HttpMethod"), t.value("http_method"));
    t.set(QStringLiteral("AuthorizationType"), nonEmpty(t.value("authorization")));
}

// CloudFormation writes a method's integration inside it; Terraform as a
// resource of its own, folded here into the method it belongs to: the one
// its http_method refers to, or the one whose id ("agm-API-RESOURCE-VERB")
// it shares.
void restIntegration(TfTranslation &t)
{
    CfnValue method = t.ref("http_method", kRestMethods);
    if (method.type != CfnValue::ResourceRef) {
        const CfnValue api = t.value("rest_api_id"), resource = t.value("resource_id"), verb = t.value("http_method");
        if (api.isScalar() && resource.isScalar() && verb.isScalar())
            method = t.refTo(QStringLiteral("agm-%1-%2-%3").arg(api.text, resource.text, verb.text), kRestMethods);
    }
    if (method.type == CfnValue::ResourceRef)
        t.foldedInto = method.text;
    t.foldReason = tr("integration of %1").arg(method.type == CfnValue::ResourceRef ? method.text : tr("a method not in the document"));
    t.set(QStringLiteral("Integration"), wrap(t, QStringLiteral("Uri"), nonEmpty(t.ref("uri", kBackEnds))));
}

void restStage(TfTranslation &t)
{
    restApiPart(t);
    t.set(QStringLiteral("StageName"), t.value("stage_name"));
    t.set(QStringLiteral("AccessLogSetting"), wrap(t, QStringLiteral("DestinationArn"),
                                                     firstBlockValue(t, t.root(), "access_log_settings", "destination_arn")));
}

} // namespace

const QVector<TfTranslator> &tfApiGatewayTranslators()
{
    static const QVector<TfTranslator> list = {
        {"aws_apigatewayv2_api", "AWS::ApiGatewayV2::Api", httpApi},
        {"aws_apigatewayv2_route", "AWS::ApiGatewayV2::Route", httpRoute},
        {"aws_apigatewayv2_integration", "AWS::ApiGatewayV2::Integration", httpIntegration},
        {"aws_apigatewayv2_stage", "AWS::ApiGatewayV2::Stage", httpStage},
        {"aws_apigatewayv2_authorizer", "AWS::ApiGatewayV2::Authorizer", httpApiPart},
        {"aws_apigatewayv2_deployment", "AWS::ApiGatewayV2::Deployment", httpApiPart},
        {"aws_api_gateway_rest_api", "AWS::ApiGateway::RestApi", restApi},
        {"aws_api_gateway_resource", "AWS::ApiGateway::Resource", restResource},
        {"aws_api_gateway_method", "AWS::ApiGateway::Method", restMethod},
        {"aws_api_gateway_integration", "AWS::ApiGateway::Method", restIntegration},
        {"aws_api_gateway_stage", "AWS::ApiGateway::Stage", restStage},
        {"aws_api_gateway_deployment", "AWS::ApiGateway::Deployment", restApiPart},
        {"aws_api_gateway_authorizer", "AWS::ApiGateway::Authorizer", restApiPart},
    };
    return list;
}

} // namespace pillar
