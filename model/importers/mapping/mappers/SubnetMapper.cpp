// AWS::EC2::Subnet, in its VPC and Availability Zone; whether it is public is read from
// its route tables, routes and internet gateways, which are reported as used.
#include "../MappingContext.h"
#include "../ResourceMapper.h"

#include "../../CfnHelpers.h"

namespace pillar {

using cfn::tr;

namespace {

// 1 when the subnet's default route goes to an internet gateway, 0 when it
// has none, -1 when the template cannot tell.
int subnetRoutesToInternet(const MappingContext &context, const QString &subnetId)
{
    int result = 0; // no association: the VPC's main route table, which a template cannot give routes
    for (const ImportResource *assoc : context.referring("AWS::EC2::SubnetRouteTableAssociation", "SubnetId", subnetId)) {
        const CfnValue *table = assoc->properties.get(QStringLiteral("RouteTableId"));
        if (!table || table->type != CfnValue::ResourceRef) {
            result = -1;
            continue;
        }
        for (const ImportResource *route : context.referring("AWS::EC2::Route", "RouteTableId", table->text)) {
            const CfnValue &rp = route->properties;
            const CfnValue *dest4 = rp.get(QStringLiteral("DestinationCidrBlock"));
            const CfnValue *dest6 = rp.get(QStringLiteral("DestinationIpv6CidrBlock"));
            const bool isDefault = (dest4 && dest4->isScalar() && dest4->text == QLatin1String("0.0.0.0/0"))
                || (dest6 && dest6->isScalar() && dest6->text == QLatin1String("::/0"));
            const bool destUnknown = (dest4 && !dest4->isScalar()) || (dest6 && !dest6->isScalar());
            const CfnValue *gateway = rp.get(QStringLiteral("GatewayId"));
            if (!gateway || (!isDefault && !destUnknown))
                continue;
            if (gateway->type == CfnValue::ResourceRef) {
                const ImportResource *g = context.resource(gateway->text);
                if (g && g->type == QLatin1String("AWS::EC2::InternetGateway")) {
                    if (isDefault)
                        return 1;
                    result = -1;
                }
            } else if (gateway->isScalar() && gateway->text.startsWith(QLatin1String("igw-"))) {
                if (isDefault)
                    return 1;
                result = -1;
            } else if (!gateway->isScalar()) {
                result = -1;
            }
        }
    }
    return result;
}

class SubnetMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        NetworkPlacement &net = context.network();
        for (const ImportResource *r : resources) {
            const CfnValue &p = r->properties;
            QString vpc = net.vpcElement(p.get(QStringLiteral("VpcId")));
            if (vpc.isEmpty())
                vpc = net.externalVpc();
            QString zone;
            const CfnValue *az = p.get(QStringLiteral("AvailabilityZone"));
            if (!az)
                az = p.get(QStringLiteral("AvailabilityZoneId"));
            if (az && az->isScalar())
                zone = az->text;

            Element subnet;
            subnet.id = r->id;
            subnet.kind = ElementKind::Subnet;
            subnet.parent = net.azElement(vpc, zone, r->id);
            context.setString(subnet, QStringLiteral("cidr"), p.get(QStringLiteral("CidrBlock")), tr("CidrBlock"));

            bool ok = false;
            const CfnValue *mapIp = p.get(QStringLiteral("MapPublicIpOnLaunch"));
            const bool mapsIp = mapIp && mapIp->toBool(&ok) && ok;
            const int routes = subnetRoutesToInternet(context, r->id);
            net.setSubnetFacts(r->id, zone, mapIp && !ok ? -1 : (mapsIp ? 1 : 0));
            if (routes == 1 || mapsIp)
                subnet.properties.insert(QStringLiteral("public"), true);
            else if (routes == 0)
                subnet.properties.insert(QStringLiteral("public"), false);
            else
                context.markUnknown(subnet, QStringLiteral("public"), tr("its default route goes to a gateway the template does not define"));
            context.add(subnet);
            context.record(r->id, ImportedResource::Mapped, r->id, QString());
        }
        if (resources.isEmpty())
            return;
        for (const char *type : {"AWS::EC2::RouteTable", "AWS::EC2::Route", "AWS::EC2::SubnetRouteTableAssociation",
                                 "AWS::EC2::InternetGateway", "AWS::EC2::VPCGatewayAttachment"}) {
            for (const ImportResource *r : context.ofType(type))
                context.record(r->id, ImportedResource::Used, QString(), tr("read to decide which subnets are public"));
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(SubnetMapper)

} // namespace pillar
