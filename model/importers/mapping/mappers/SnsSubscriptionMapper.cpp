// AWS::SNS::Subscription and the Subscription lists of AWS::SNS::Topic, as
// connections from the topic to the queue, function or HTTPS endpoint that
// subscribes; subscriptions by e-mail, SMS or mobile push have no element.
#include "../MappingContext.h"
#include "../ResourceMapper.h"
#include "ServiceRefs.h"

namespace pillar {

using cfn::itemsOf;
using cfn::tr;

namespace {

constexpr std::initializer_list<ElementKind> kEndpoints = {ElementKind::SqsQueue, ElementKind::LambdaFunction,
                                                           ElementKind::ApiGateway, ElementKind::LoadBalancer};

class SnsSubscriptionMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        for (const ImportResource *topic : context.ofType("AWS::SNS::Topic")) {
            for (const CfnValue &s : itemsOf(topic->properties.get(QStringLiteral("Subscription"))))
                context.connect(topic->id, cfn::referencedElement(context, s.get(QStringLiteral("Endpoint")), kEndpoints));
        }
        for (const ImportResource *r : resources) {
            const QString topic = cfn::referencedElement(context, r->properties.get(QStringLiteral("TopicArn")), {ElementKind::SnsTopic});
            if (topic.isEmpty()) {
                context.record(r->id, ImportedResource::Skipped, QString(), tr("its topic is not defined in this template"));
                continue;
            }
            const QString endpoint = cfn::referencedElement(context, r->properties.get(QStringLiteral("Endpoint")), kEndpoints);
            const QString protocol = cfn::lowerScalar(r->properties.get(QStringLiteral("Protocol")));
            context.record(r->id, ImportedResource::Merged, topic,
                           endpoint.isEmpty() ? tr("%1 subscription to %2").arg(protocol.isEmpty() ? tr("a") : protocol, topic)
                                              : tr("subscription of %1 to %2").arg(endpoint, topic));
            context.connect(topic, endpoint);
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(SnsSubscriptionMapper)

} // namespace pillar
