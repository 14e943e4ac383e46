// AWS::EC2::NatGateway, in its subnet, with the private subnets whose route
// tables send their default route to it (read from the template's routes and
// route table associations); its Elastic IP is merged into it.
#include "../MappingContext.h"
#include "../ResourceMapper.h"
#include "ServiceRefs.h"

namespace pillar {

using cfn::refersTo;
using cfn::tr;

namespace {

class NatGatewayMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        NetworkPlacement &net = context.network();
        for (const ImportResource *r : resources) {
            const CfnValue &p = r->properties;
            Element nat;
            nat.id = r->id;
            nat.kind = ElementKind::NatGateway;
            bool complete = true;
            const CfnValue *subnet = p.get(QStringLiteral("SubnetId"));
            nat.parent = subnet ? net.subnetElement(*subnet, &complete) : QString();
            if (nat.parent.isEmpty()) {
                nat.parent = net.externalSubnet(r->id + QLatin1String("-subnet"));
                context.markUnknown(nat, QStringLiteral("parent"), tr("its subnet is not known from the template"));
            }
            if (const CfnValue *type = p.get(QStringLiteral("ConnectivityType"))) {
                if (type->isScalar())
                    nat.properties.insert(QStringLiteral("connectivity"), type->text.toLower() == QLatin1String("private")
                                                                              ? QStringLiteral("private") : QStringLiteral("public"));
                else
                    context.markUnknown(nat, QStringLiteral("connectivity"), tr("ConnectivityType: %1").arg(MappingContext::why(*type)));
            }
            if (const CfnValue *allocation = p.get(QStringLiteral("AllocationId"))) {
                const ImportResource *eip = allocation->type == CfnValue::ResourceRef ? context.resource(allocation->text) : nullptr;
                if (eip && eip->type == QLatin1String("AWS::EC2::EIP"))
                    context.record(eip->id, ImportedResource::Merged, r->id, tr("Elastic IP of %1").arg(r->id));
            }
            QStringList routed;
            bool routesKnown = true;
            for (const ImportResource *route : context.ofType("AWS::EC2::Route")) {
                if (!refersTo(route->properties.get(QStringLiteral("NatGatewayId")), r->id))
                    continue;
                const CfnValue *table = route->properties.get(QStringLiteral("RouteTableId"));
                if (!table || table->type != CfnValue::ResourceRef) {
                    routesKnown = false;
                    continue;
                }
                for (const ImportResource *assoc : context.ofType("AWS::EC2::SubnetRouteTableAssociation")) {
                    if (!refersTo(assoc->properties.get(QStringLiteral("RouteTableId")), table->text))
                        continue;
                    const CfnValue *s = assoc->properties.get(QStringLiteral("SubnetId"));
                    const QString id = s ? net.subnetElement(*s, &routesKnown) : QString();
                    if (!id.isEmpty() && !routed.contains(id))
                        routed << id;
                }
            }
            nat.properties.insert(QStringLiteral("routedSubnets"), routed);
            if (!routesKnown)
                context.markUnknown(nat, QStringLiteral("routedSubnets"), tr("some routes to it or their subnets are not known from the template"));
            context.add(nat);
            context.record(r->id, ImportedResource::Mapped, r->id, QString());
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(NatGatewayMapper)

} // namespace pillar
