// AWS::EC2::Instance, in its subnet (or a default subnet), with its launch template
// and Elastic IPs merged into it.
#include "../MappingContext.h"
#include "../ResourceMapper.h"
#include "LaunchSettings.h"

#include "../../CfnHelpers.h"

namespace pillar {

using cfn::itemsOf;
using cfn::tr;

namespace {

class Ec2InstanceMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        NetworkPlacement &net = context.network();
        for (const ImportResource *r : resources) {
            const CfnValue &p = r->properties;
            Element ec2;
            ec2.id = r->id;
            ec2.kind = ElementKind::Ec2Instance;

            const QVector<CfnValue> nics = itemsOf(p.get(QStringLiteral("NetworkInterfaces")));
            const CfnValue *subnetRef = p.get(QStringLiteral("SubnetId"));
            if (!subnetRef && !nics.isEmpty())
                subnetRef = nics.first().get(QStringLiteral("SubnetId"));
            if (subnetRef) {
                bool complete = true;
                ec2.parent = net.subnetElement(*subnetRef, &complete);
                if (ec2.parent.isEmpty()) {
                    ec2.parent = net.externalSubnet(r->id + QLatin1String("-subnet"));
                    context.markUnknown(ec2, QStringLiteral("parent"), tr("SubnetId: %1").arg(MappingContext::why(*subnetRef)));
                }
            } else {
                // No subnet: EC2 launches it in a default subnet of the default VPC.
                const CfnValue *az = p.get(QStringLiteral("AvailabilityZone"));
                ec2.parent = net.defaultSubnet(az && az->isScalar() ? az->text : QString());
            }

            const CfnValue *lt = p.get(QStringLiteral("LaunchTemplate"));
            const CfnValue *ltRef = lt ? (lt->get(QStringLiteral("LaunchTemplateId")) ? lt->get(QStringLiteral("LaunchTemplateId"))
                                                                                        : lt->get(QStringLiteral("LaunchTemplateName")))
                                       : nullptr;
            const bool ltRead = ltRef && ltRef->type == CfnValue::ResourceRef && context.resource(ltRef->text);
            if (ltRead) {
                const CfnValue *data = context.resource(ltRef->text)->properties.get(QStringLiteral("LaunchTemplateData"));
                applyLaunchSettings(context, ec2, data ? *data : CfnValue(), false, ltRef->text);
                context.record(ltRef->text, ImportedResource::Merged, r->id, tr("launch template of %1").arg(r->id));
            }
            CfnValue own = p;
            if (!p.get(QStringLiteral("InstanceType")) && !ltRef) // EC2's documented default
                own.map.append({QStringLiteral("InstanceType"), CfnValue::scalar(QStringLiteral("m1.small"))});
            if (p.get(QStringLiteral("IamInstanceProfile")) || !ltRef)
                applyLaunchSettings(context, ec2, own, false, r->id);
            else { // the launch template's settings stand unless the instance overrides them
                context.setString(ec2, QStringLiteral("instanceType"), p.get(QStringLiteral("InstanceType")), tr("InstanceType"));
                if (p.get(QStringLiteral("MetadataOptions")))
                    applyMetadataOptions(context, ec2, p, r->id);
                else if (!ltRead)
                    context.markUnknown(ec2, QStringLiteral("httpTokens"), tr("its launch template is not in the template"));
            }
            for (const QString &sg : net.securityGroupElements(ec2, {p.get(QStringLiteral("SecurityGroupIds")),
                                                                  p.get(QStringLiteral("SecurityGroups"))})) {
                if (!ec2.securityGroups.contains(sg))
                    ec2.securityGroups << sg;
            }
            for (const CfnValue &nic : nics) {
                for (const QString &sg : net.securityGroupElements(ec2, {nic.get(QStringLiteral("GroupSet"))})) {
                    if (!ec2.securityGroups.contains(sg))
                        ec2.securityGroups << sg;
                }
            }

            bool hasEip = false;
            for (const char *type : {"AWS::EC2::EIP", "AWS::EC2::EIPAssociation"}) {
                for (const ImportResource *eip : context.referring(type, "InstanceId", r->id)) {
                    hasEip = true;
                    context.record(eip->id, ImportedResource::Merged, r->id, tr("Elastic IP of %1").arg(r->id));
                }
            }
            if (hasEip) {
                ec2.properties.insert(QStringLiteral("publicIp"), true);
            } else if (!ec2.properties.contains(QStringLiteral("publicIp")) && !ec2.isUnknown(QStringLiteral("publicIp"))) {
                const int maps = net.mapsPublicIp(ec2.parent);
                if (maps < 0)
                    context.markUnknown(ec2, QStringLiteral("publicIp"), tr("whether its subnet gives public IPs is not known"));
                else
                    ec2.properties.insert(QStringLiteral("publicIp"), maps == 1);
            }
            context.add(ec2);
            context.record(r->id, ImportedResource::Mapped, r->id, QString());
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(Ec2InstanceMapper)

} // namespace pillar
