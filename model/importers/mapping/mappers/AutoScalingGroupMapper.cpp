// AWS::AutoScaling::AutoScalingGroup, in the VPC of its subnets, with its launch
// template or launch configuration merged into it; those no instance or group uses are skipped.
#include "../MappingContext.h"
#include "../ResourceMapper.h"
#include "LaunchSettings.h"

#include "../../CfnHelpers.h"

namespace pillar {

using cfn::itemsOf;
using cfn::tr;

namespace {

class AutoScalingGroupMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        NetworkPlacement &net = context.network();
        for (const ImportResource *r : resources) {
            const CfnValue &p = r->properties;
            Element asg;
            asg.id = r->id;
            asg.kind = ElementKind::AutoScalingGroup;
            bool complete = true;
            QStringList subnets;
            if (const CfnValue *ids = p.get(QStringLiteral("VPCZoneIdentifier"))) {
                subnets = net.subnetElements(ids, &complete);
            } else if (const CfnValue *zones = p.get(QStringLiteral("AvailabilityZones"))) {
                for (const CfnValue &zone : itemsOf(zones)) {
                    subnets << net.defaultSubnet(zone.isScalar() ? zone.text : QString());
                    complete = complete && zone.isScalar();
                }
            }
            asg.parent = net.vpcOfSubnets(subnets);
            if (asg.parent.isEmpty())
                asg.parent = subnets.isEmpty() && !p.get(QStringLiteral("VPCZoneIdentifier")) ? net.defaultVpc() : net.externalVpc();
            asg.properties.insert(QStringLiteral("subnets"), subnets);
            if (!complete)
                context.markUnknown(asg, QStringLiteral("subnets"), tr("some of its subnets or zones are not known from the template"));

            const CfnValue *lt = p.get(QStringLiteral("LaunchTemplate"));
            if (!lt) {
                const CfnValue *mixed = p.get(QStringLiteral("MixedInstancesPolicy"));
                const CfnValue *mlt = mixed ? mixed->get(QStringLiteral("LaunchTemplate")) : nullptr;
                lt = mlt ? mlt->get(QStringLiteral("LaunchTemplateSpecification")) : nullptr;
            }
            const CfnValue *launchRef = lt ? (lt->get(QStringLiteral("LaunchTemplateId")) ? lt->get(QStringLiteral("LaunchTemplateId"))
                                                                                           : lt->get(QStringLiteral("LaunchTemplateName")))
                                           : p.get(QStringLiteral("LaunchConfigurationName"));
            const ImportResource *launch = launchRef && launchRef->type == CfnValue::ResourceRef ? context.resource(launchRef->text) : nullptr;
            if (launch && launch->type == QLatin1String("AWS::EC2::LaunchTemplate")) {
                const CfnValue *data = launch->properties.get(QStringLiteral("LaunchTemplateData"));
                applyLaunchSettings(context, asg, data ? *data : CfnValue(), false, launch->id);
                context.record(launch->id, ImportedResource::Merged, r->id, tr("launch template of %1").arg(r->id));
            } else if (launch && launch->type == QLatin1String("AWS::AutoScaling::LaunchConfiguration")) {
                applyLaunchSettings(context, asg, launch->properties, true, launch->id);
                context.record(launch->id, ImportedResource::Merged, r->id, tr("launch configuration of %1").arg(r->id));
            } else {
                const QString reason = launchRef ? MappingContext::why(*launchRef) : tr("no launch template or configuration");
                for (const char *key : {"instanceType", "iamRole", "publicIp", "httpTokens"})
                    context.markUnknown(asg, QLatin1String(key), tr("launch settings: %1").arg(reason));
            }
            context.setInt(asg, QStringLiteral("minSize"), p.get(QStringLiteral("MinSize")), tr("MinSize"));
            context.setInt(asg, QStringLiteral("maxSize"), p.get(QStringLiteral("MaxSize")), tr("MaxSize"));
            const CfnValue *desired = p.get(QStringLiteral("DesiredCapacity"));
            context.setInt(asg, QStringLiteral("desiredCapacity"), desired ? desired : p.get(QStringLiteral("MinSize")), tr("DesiredCapacity"));
            if (!p.get(QStringLiteral("MinSize")))
                asg.properties.remove(QStringLiteral("desiredCapacity"));
            context.add(asg);
            context.record(r->id, ImportedResource::Mapped, r->id, QString());
        }
        for (const char *type : {"AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration"}) {
            for (const ImportResource *r : context.ofType(type))
                context.record(r->id, ImportedResource::Skipped, QString(), tr("not used by any instance or Auto Scaling group of the template"));
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(AutoScalingGroupMapper)

} // namespace pillar
