// AWS::ElasticLoadBalancingV2::LoadBalancer (application and network), with its
// listeners merged into it; Gateway Load Balancers are skipped.
#include "../MappingContext.h"
#include "../ResourceMapper.h"
#include "ListenerActions.h"

#include "../../CfnHelpers.h"

namespace pillar {

using cfn::itemsOf;
using cfn::targetGroupsOf;
using cfn::tr;

namespace {

class LoadBalancerV2Mapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        NetworkPlacement &net = context.network();
        for (const ImportResource *r : resources) {
            const CfnValue &p = r->properties;
            const CfnValue *type = p.get(QStringLiteral("Type"));
            if (type && type->isScalar() && type->text == QLatin1String("gateway")) {
                context.record(r->id, ImportedResource::Skipped, QString(), tr("Gateway Load Balancers are not modelled"));
                continue;
            }
            Element lb;
            lb.id = r->id;
            lb.kind = ElementKind::LoadBalancer;
            context.setString(lb, QStringLiteral("type"), type, tr("Type"));
            context.setString(lb, QStringLiteral("scheme"), p.get(QStringLiteral("Scheme")), tr("Scheme"));
            bool complete = true;
            QStringList subnets = net.subnetElements(p.get(QStringLiteral("Subnets")), &complete);
            for (const CfnValue &mapping : itemsOf(p.get(QStringLiteral("SubnetMappings")))) {
                const CfnValue *id = mapping.get(QStringLiteral("SubnetId"));
                const QString s = id ? net.subnetElement(*id, &complete) : QString();
                if (!s.isEmpty() && !subnets.contains(s))
                    subnets << s;
            }
            lb.parent = net.vpcOfSubnets(subnets);
            if (lb.parent.isEmpty())
                lb.parent = net.externalVpc();
            lb.properties.insert(QStringLiteral("subnets"), subnets);
            if (!complete)
                context.markUnknown(lb, QStringLiteral("subnets"), tr("some of its subnets are not known from the template"));
            lb.securityGroups = net.securityGroupElements(lb, {p.get(QStringLiteral("SecurityGroups"))});

            for (const ImportResource *l : context.referring("AWS::ElasticLoadBalancingV2::Listener", "LoadBalancerArn", r->id)) {
                const CfnValue &lp = l->properties;
                context.record(l->id, ImportedResource::Merged, r->id, tr("listener of %1").arg(r->id));
                const CfnValue *protocol = lp.get(QStringLiteral("Protocol"));
                const CfnValue *port = lp.get(QStringLiteral("Port"));
                bool okPort = false;
                const int portNumber = port ? port->toInt(&okPort) : 0;
                const QStringList protocols = {"HTTP", "HTTPS", "TCP", "TLS", "UDP", "TCP_UDP"};
                if (!protocol || !protocol->isScalar() || !protocols.contains(protocol->text) || !okPort || portNumber < 1
                    || portNumber > 65535) {
                    context.markUnknown(lb, QStringLiteral("listeners"),
                                tr("listener %1: protocol or port not known").arg(l->id));
                    continue;
                }
                // HTTP and HTTPS are Application Load Balancer protocols; on a
                // network load balancer (or one whose type the template leaves
                // open) such a listener says nothing certain.
                const bool applicationProtocol = protocol->text == QLatin1String("HTTP") || protocol->text == QLatin1String("HTTPS");
                if (applicationProtocol && (lb.isUnknown(QStringLiteral("type")) || lb.stringValue(QStringLiteral("type")) == QLatin1String("network"))) {
                    context.markUnknown(lb, QStringLiteral("listeners"),
                                        lb.isUnknown(QStringLiteral("type"))
                                            ? tr("listener %1: %2 is a protocol of application load balancers, and the type is not known")
                                                  .arg(l->id, protocol->text)
                                            : tr("listener %1: %2 is not a protocol of network load balancers").arg(l->id, protocol->text));
                    continue;
                }
                Listener listener;
                listener.protocol = protocol->text;
                listener.port = portNumber;
                const QVector<CfnValue> actions = itemsOf(lp.get(QStringLiteral("DefaultActions")));
                listener.action = QStringLiteral("forward");
                for (const CfnValue &action : actions) {
                    const CfnValue *t = action.get(QStringLiteral("Type"));
                    const CfnValue *redirect = action.get(QStringLiteral("RedirectConfig"));
                    const CfnValue *to = redirect ? redirect->get(QStringLiteral("Protocol")) : nullptr;
                    if (t && t->isScalar() && t->text == QLatin1String("redirect") && to && to->isScalar()
                        && to->text == QLatin1String("HTTPS"))
                        listener.action = QStringLiteral("redirect-https");
                }
                lb.listeners << listener;
                for (const QString &tg : targetGroupsOf(lp.get(QStringLiteral("DefaultActions")))) {
                    const ImportResource *group = context.resource(tg);
                    const CfnValue *path = group ? group->properties.get(QStringLiteral("HealthCheckPath")) : nullptr;
                    if (path && path->isScalar() && !lb.properties.contains(QStringLiteral("healthCheckPath")))
                        lb.properties.insert(QStringLiteral("healthCheckPath"), path->text);
                }
            }
            context.add(lb);
            context.record(r->id, ImportedResource::Mapped, r->id, QString());
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(LoadBalancerV2Mapper)

} // namespace pillar
