// AWS::ElasticLoadBalancing::LoadBalancer (classic), with its listeners and the
// instances it names.
#include "../MappingContext.h"
#include "../ResourceMapper.h"

#include "../../CfnHelpers.h"

namespace pillar {

using cfn::itemsOf;
using cfn::tr;

namespace {

class ClassicLoadBalancerMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        NetworkPlacement &net = context.network();
        for (const ImportResource *r : resources) {
            const CfnValue &p = r->properties;
            Element lb;
            lb.id = r->id;
            lb.kind = ElementKind::LoadBalancer;
            lb.properties.insert(QStringLiteral("type"), QStringLiteral("classic"));
            context.setString(lb, QStringLiteral("scheme"), p.get(QStringLiteral("Scheme")), tr("Scheme"));
            bool complete = true;
            QStringList subnets;
            if (const CfnValue *ids = p.get(QStringLiteral("Subnets"))) {
                subnets = net.subnetElements(ids, &complete);
            } else {
                for (const CfnValue &zone : itemsOf(p.get(QStringLiteral("AvailabilityZones")))) {
                    subnets << net.defaultSubnet(zone.isScalar() ? zone.text : QString());
                    complete = complete && zone.isScalar();
                }
            }
            lb.parent = net.vpcOfSubnets(subnets);
            if (lb.parent.isEmpty())
                lb.parent = p.get(QStringLiteral("Subnets")) ? net.externalVpc() : net.defaultVpc();
            lb.properties.insert(QStringLiteral("subnets"), subnets);
            if (!complete)
                context.markUnknown(lb, QStringLiteral("subnets"), tr("some of its subnets or zones are not known from the template"));
            lb.securityGroups = net.securityGroupElements(lb, {p.get(QStringLiteral("SecurityGroups"))});
            const QString sourceGroup = net.elbSourceGroup(r->id);
            if (!sourceGroup.isEmpty() && !lb.securityGroups.contains(sourceGroup))
                lb.securityGroups << sourceGroup;
            for (const CfnValue &l : itemsOf(p.get(QStringLiteral("Listeners")))) {
                const CfnValue *protocol = l.get(QStringLiteral("Protocol"));
                const CfnValue *port = l.get(QStringLiteral("LoadBalancerPort"));
                bool okPort = false;
                const int portNumber = port ? port->toInt(&okPort) : 0;
                const QStringList protocols = {"HTTP", "HTTPS", "TCP", "SSL"};
                const QString proto = protocol && protocol->isScalar() ? protocol->text.toUpper() : QString();
                if (!protocols.contains(proto) || !okPort || portNumber < 1 || portNumber > 65535) {
                    context.markUnknown(lb, QStringLiteral("listeners"), tr("a listener's protocol or port is not known"));
                    continue;
                }
                Listener listener;
                listener.protocol = proto;
                listener.port = portNumber;
                lb.listeners << listener;
            }
            const CfnValue *health = p.get(QStringLiteral("HealthCheck"));
            const CfnValue *target = health ? health->get(QStringLiteral("Target")) : nullptr;
            if (target && target->isScalar() && target->text.startsWith(QLatin1String("HTTP"))) {
                const int slash = target->text.indexOf(QLatin1Char('/'));
                if (slash > 0)
                    lb.properties.insert(QStringLiteral("healthCheckPath"), target->text.mid(slash));
            }
            context.add(lb);
            context.record(r->id, ImportedResource::Mapped, r->id, QString());
            for (const CfnValue &instance : itemsOf(p.get(QStringLiteral("Instances")))) {
                if (instance.type == CfnValue::ResourceRef)
                    context.connect(r->id, instance.text);
            }
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(ClassicLoadBalancerMapper)

} // namespace pillar
