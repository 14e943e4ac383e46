// What invokes the Lambda functions, as connections: event source mappings
// (SQS, Kinesis, DynamoDB streams), the Events of SAM functions (Api, HttpApi,
// SQS, SNS, S3, Kinesis, DynamoDB, Schedule…; an event without an API id
// makes SAM's implicit API, imported as ServerlessRestApi or
// ServerlessHttpApi), S3 notifications and invoke permissions. Then each
// function's invocation is decided from what invokes it.
#include "KindInfo.h"
#include "../MappingContext.h"
#include "../ResourceMapper.h"
#include "ServiceRefs.h"

#include <QHash>

namespace pillar {

using cfn::itemsOf;
using cfn::refersTo;
using cfn::tr;

namespace {

enum Invocation { Synchronous = 1, EventSource = 2, Asynchronous = 4 };

class LambdaTriggersMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        QHash<QString, int> invoked; // function -> Invocation flags
        auto fnOf = [&context](const CfnValue *v) {
            return cfn::referencedElement(context, v, {ElementKind::LambdaFunction});
        };
        auto setFailure = [&context](const QString &fn, const CfnValue *config) {
            const CfnValue *dest = config ? config->get(QStringLiteral("OnFailure")) : nullptr;
            const QString target = cfn::referencedElement(context, dest ? dest->get(QStringLiteral("Destination")) : nullptr,
                                                          {ElementKind::SqsQueue, ElementKind::SnsTopic});
            Element *e = context.design().element(fn);
            if (e && !target.isEmpty() && e->stringValue(QStringLiteral("onFailure")).isEmpty() && !e->isUnknown(QStringLiteral("onFailure")))
                e->properties.insert(QStringLiteral("onFailure"), target);
        };

        for (const ImportResource *r : resources) { // AWS::Lambda::EventSourceMapping
            const QString fn = fnOf(r->properties.get(QStringLiteral("FunctionName")));
            if (fn.isEmpty()) {
                context.record(r->id, ImportedResource::Skipped, QString(), tr("its function is not defined in this template"));
                continue;
            }
            const QString source = cfn::referencedElement(context, r->properties.get(QStringLiteral("EventSourceArn")),
                                                          {ElementKind::SqsQueue, ElementKind::KinesisStream, ElementKind::DynamoDbTable});
            context.record(r->id, ImportedResource::Merged, fn, tr("event source mapping of %1").arg(fn));
            context.connect(source, fn);
            setFailure(fn, r->properties.get(QStringLiteral("DestinationConfig")));
            invoked[fn] |= EventSource;
        }

        for (const ImportResource *r : context.ofType("AWS::Serverless::Function")) {
            const CfnValue *events = r->properties.get(QStringLiteral("Events"));
            if (!events || !events->isMap())
                continue;
            for (const auto &entry : events->map) {
                const CfnValue &event = entry.second;
                const QString type = event.get(QStringLiteral("Type")) && event.get(QStringLiteral("Type"))->isScalar()
                    ? event.get(QStringLiteral("Type"))->text : QString();
                const CfnValue *props = event.get(QStringLiteral("Properties"));
                auto prop = [props](const char *key) { return props ? props->get(QLatin1String(key)) : nullptr; };
                if (type == QLatin1String("Api") || type == QLatin1String("HttpApi")) {
                    const bool http = type == QLatin1String("HttpApi");
                    const CfnValue *apiRef = prop(http ? "ApiId" : "RestApiId");
                    QString api = cfn::referencedElement(context, apiRef, {ElementKind::ApiGateway});
                    if (api.isEmpty() && !apiRef)
                        api = implicitApi(context, http);
                    if (api.isEmpty())
                        continue;
                    const CfnValue *auth = prop("Auth");
                    const CfnValue *authorizer = auth ? auth->get(QStringLiteral("Authorizer")) : nullptr;
                    addRoute(context, api, prop("Method"), prop("Path"), authorizer);
                    context.connect(api, r->id);
                    invoked[r->id] |= Synchronous;
                } else if (type == QLatin1String("SQS") || type == QLatin1String("Kinesis") || type == QLatin1String("DynamoDB")) {
                    const CfnValue *source = prop(type == QLatin1String("SQS") ? "Queue" : "Stream");
                    context.connect(cfn::referencedElement(context, source, {ElementKind::SqsQueue, ElementKind::KinesisStream,
                                                                             ElementKind::DynamoDbTable}), r->id);
                    setFailure(r->id, prop("DestinationConfig"));
                    invoked[r->id] |= EventSource;
                } else if (type == QLatin1String("SNS") || type == QLatin1String("S3")) {
                    const CfnValue *source = prop(type == QLatin1String("SNS") ? "Topic" : "Bucket");
                    context.connect(cfn::referencedElement(context, source, {ElementKind::SnsTopic, ElementKind::S3Bucket}), r->id);
                    invoked[r->id] |= Asynchronous;
                } else if (type == QLatin1String("MSK") || type == QLatin1String("MQ") || type == QLatin1String("SelfManagedKafka")
                           || type == QLatin1String("DocumentDB")) {
                    invoked[r->id] |= EventSource;
                } else if (!type.isEmpty()) { // Schedule, EventBridgeRule, CloudWatchLogs, IoTRule, Cognito…
                    invoked[r->id] |= Asynchronous;
                }
            }
        }

        // S3 notifications invoke functions (asynchronously) and send to queues and topics.
        for (const ImportResource *bucket : context.ofType("AWS::S3::Bucket")) {
            const CfnValue *config = bucket->properties.get(QStringLiteral("NotificationConfiguration"));
            if (!config || !context.design().element(bucket->id))
                continue;
            for (const auto &[list, key] : {std::pair{"LambdaConfigurations", "Function"}, std::pair{"QueueConfigurations", "Queue"},
                                            std::pair{"TopicConfigurations", "Topic"}}) {
                for (const CfnValue &n : itemsOf(config->get(QLatin1String(list)))) {
                    const QString target = cfn::referencedElement(context, n.get(QLatin1String(key)),
                                                                  {ElementKind::LambdaFunction, ElementKind::SqsQueue, ElementKind::SnsTopic});
                    context.connect(bucket->id, target);
                    if (context.design().element(target) && context.design().element(target)->kind == ElementKind::LambdaFunction)
                        invoked[target] |= Asynchronous;
                }
            }
        }

        // Permissions say which services may invoke a function, and so how.
        for (const ImportResource *r : context.ofType("AWS::Lambda::Permission")) {
            const QString fn = fnOf(r->properties.get(QStringLiteral("FunctionName")));
            if (fn.isEmpty())
                continue;
            context.record(r->id, ImportedResource::Used, QString(), tr("read to tell how %1 is invoked").arg(fn));
            const QString principal = cfn::lowerScalar(r->properties.get(QStringLiteral("Principal")));
            if (principal.startsWith(QLatin1String("apigateway.")) || principal.startsWith(QLatin1String("elasticloadbalancing.")))
                invoked[fn] |= Synchronous;
            else if (principal.startsWith(QLatin1String("sns.")) || principal.startsWith(QLatin1String("s3.")) || principal.startsWith(QLatin1String("events."))
                     || principal.startsWith(QLatin1String("logs.")) || principal.startsWith(QLatin1String("scheduler.")) || principal.startsWith(QLatin1String("iot.")))
                invoked[fn] |= Asynchronous;
        }

        // CloudFront invokes Lambda@Edge functions (through a version) for its viewers, synchronously.
        for (const ImportResource *r : context.ofType("AWS::CloudFront::Distribution")) {
            QStringList ids;
            cfn::collectRefIds(r->properties, &ids);
            for (const QString &id : ids) {
                const ImportResource *version = context.resource(id);
                QString fn;
                if (version && version->type == QLatin1String("AWS::Lambda::Version"))
                    fn = fnOf(version->properties.get(QStringLiteral("FunctionName")));
                else if (const Element *e = context.design().element(id); e && e->kind == ElementKind::LambdaFunction)
                    fn = id;
                if (!fn.isEmpty())
                    invoked[fn] |= Synchronous;
            }
        }
        // A custom resource's provider is invoked by CloudFormation while the stack deploys.
        QHash<QString, QString> unknownWhy;
        for (const ImportResource &r : context.resources()) {
            if (!r.type.startsWith(QLatin1String("Custom::")) && r.type != QLatin1String("AWS::CloudFormation::CustomResource"))
                continue;
            const QString fn = fnOf(r.properties.get(QStringLiteral("ServiceToken")));
            if (!fn.isEmpty() && !unknownWhy.contains(fn))
                unknownWhy.insert(fn, tr("CloudFormation invokes it as the provider of custom resource %1").arg(r.id));
        }

        // What the connections drawn so far say.
        for (const Connection &c : context.design().connections()) {
            const Element *to = context.design().element(c.to);
            const Element *from = context.design().element(c.from);
            if (!to || !from || to->kind != ElementKind::LambdaFunction)
                continue;
            switch (kindInfo(from->kind).invokesLambda) {
            case LambdaInvocation::Synchronous: invoked[to->id] |= Synchronous; break;
            case LambdaInvocation::EventSource: invoked[to->id] |= EventSource; break;
            case LambdaInvocation::Asynchronous: invoked[to->id] |= Asynchronous; break;
            case LambdaInvocation::NotStated: break; // called from code: synchronously or not, the template does not say
            }
        }
        for (const Element &e : context.design().elements()) {
            if (e.kind != ElementKind::LambdaFunction)
                continue;
            const int how = invoked.value(e.id);
            if (how & Asynchronous)
                context.design().element(e.id)->properties.insert(QStringLiteral("invocation"), QStringLiteral("asynchronous"));
            else if (how & EventSource)
                context.design().element(e.id)->properties.insert(QStringLiteral("invocation"), QStringLiteral("event-source"));
            else if (how & Synchronous)
                context.design().element(e.id)->properties.insert(QStringLiteral("invocation"), QStringLiteral("synchronous"));
            else
                context.markUnknown(e.id, QStringLiteral("invocation"), unknownWhy.value(e.id, tr("nothing in the template invokes it")));
        }
    }

private:
    // SAM's implicit API for functions whose events name none.
    static QString implicitApi(MappingContext &context, bool http)
    {
        const QString id = QLatin1String(http ? "ServerlessHttpApi" : "ServerlessRestApi");
        if (const Element *e = context.design().element(id))
            return e->kind == ElementKind::ApiGateway ? id : QString();
        if (context.resource(id))
            return QString();
        Element api;
        api.id = id;
        api.kind = ElementKind::ApiGateway;
        api.name = http ? tr("Implicit HTTP API (SAM)") : tr("Implicit REST API (SAM)");
        api.properties.insert(QStringLiteral("apiType"), http ? QStringLiteral("http") : QStringLiteral("rest"));
        api.properties.insert(QStringLiteral("endpointType"), http ? QStringLiteral("regional") : QStringLiteral("edge"));
        api.properties.insert(QStringLiteral("authorizer"), QStringLiteral("none"));
        api.properties.insert(QStringLiteral("openRoutes"), QString());
        api.properties.insert(QStringLiteral("accessLogging"), false);
        api.properties.insert(QStringLiteral("stageName"), http ? QStringLiteral("$default") : QStringLiteral("Prod"));
        context.add(api);
        return id;
    }

    // A SAM event's route: open when it says NONE, or when neither it nor the API names an authorizer.
    static void addRoute(MappingContext &context, const QString &apiId, const CfnValue *method, const CfnValue *path,
                         const CfnValue *authorizer)
    {
        Element *api = context.design().element(apiId);
        if (!api || api->isUnknown(QStringLiteral("openRoutes")))
            return;
        const QString route = cfn::routeName(method && method->isScalar() ? method->text : QStringLiteral("ANY"),
                                             path && path->isScalar() ? path->text : QStringLiteral("/"));
        const bool none = authorizer && authorizer->isScalar() && authorizer->text == QLatin1String("NONE");
        const QString apiAuthorizer = api->stringValue(QStringLiteral("authorizer"));
        if (authorizer && !none && apiAuthorizer == QLatin1String("none") && !api->isUnknown(QStringLiteral("authorizer")))
            api->properties.insert(QStringLiteral("authorizer"), authorizer->isScalar() && authorizer->text == QLatin1String("AWS_IAM")
                                                                     ? QStringLiteral("iam") : QStringLiteral("lambda"));
        if (none || (!authorizer && apiAuthorizer == QLatin1String("none"))) {
            QStringList open = api->stringValue(QStringLiteral("openRoutes")).split(QStringLiteral(", "), Qt::SkipEmptyParts);
            if (!open.contains(route))
                open << route;
            api->properties.insert(QStringLiteral("openRoutes"), open.join(QLatin1String(", ")));
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(LambdaTriggersMapper)

} // namespace pillar
