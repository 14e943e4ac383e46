// AWS::AutoScaling::AutoScalingGroup, in the VPC of its subnets, with its launch
// template or launch configuration merged into it; those no instance or group uses are skipped.
#include "../MappingContext.h"
#include "../ResourceMapper.h"
#include "LaunchSettings.h"

#include "../../CfnHelpers.h"

#include <QSet>

namespace pillar {

using cfn::itemsOf;
using cfn::tr;

namespace {

// What instances launched from launch data nothing in the template uses
// would get, for the report: the two settings that matter before anything
// runs (instance metadata and a public IP).
QString unusedLaunchDataNote(const CfnValue *data)
{
    if (!data || !data->isMap())
        return tr("its launch settings are not known from the template");
    QStringList facts;
    const CfnValue *options = data->get(QStringLiteral("MetadataOptions"));
    const CfnValue *tokens = options && options->isMap() ? options->get(QStringLiteral("HttpTokens")) : nullptr;
    if (options && !options->isMap())
        facts << tr("whether instance metadata requires IMDSv2 is not known");
    else if (!tokens)
        facts << tr("instance metadata allows IMDSv1 (HttpTokens is left out, EC2's default is optional)");
    else if (!tokens->isScalar())
        facts << tr("whether instance metadata requires IMDSv2 is not known (%1)").arg(MappingContext::why(*tokens));
    else if (tokens->text.toLower() == QLatin1String("required"))
        facts << tr("instance metadata requires IMDSv2");
    else
        facts << tr("instance metadata allows IMDSv1 (HttpTokens %1)").arg(tokens->text);
    const CfnValue *publicIp = data->get(QStringLiteral("AssociatePublicIpAddress"));
    const QVector<CfnValue> nics = itemsOf(data->get(QStringLiteral("NetworkInterfaces")));
    if (!publicIp && !nics.isEmpty())
        publicIp = nics.first().get(QStringLiteral("AssociatePublicIpAddress"));
    bool ok = false;
    const bool on = publicIp && publicIp->toBool(&ok);
    if (!publicIp)
        facts << tr("a public IP address as its subnet decides");
    else if (!ok)
        facts << tr("a public IP address or not (%1)").arg(MappingContext::why(*publicIp));
    else
        facts << (on ? tr("a public IP address") : tr("no public IP address"));
    return tr("instances launched from it would get: %1").arg(facts.join(QLatin1String("; ")));
}

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
        // EKS node groups read their launch templates later (EksClusterMapper).
        QSet<QString> nodeGroupTemplates;
        for (const ImportResource *group : context.ofType("AWS::EKS::Nodegroup")) {
            const CfnValue *spec = group->properties.get(QStringLiteral("LaunchTemplate"));
            for (const char *key : {"Id", "Name"}) {
                const CfnValue *ref = spec ? spec->get(QLatin1String(key)) : nullptr;
                if (ref && ref->type == CfnValue::ResourceRef)
                    nodeGroupTemplates.insert(ref->text);
            }
        }
        for (const char *type : {"AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration"}) {
            const bool configuration = QLatin1String(type) == QLatin1String("AWS::AutoScaling::LaunchConfiguration");
            for (const ImportResource *r : context.ofType(type)) {
                if (nodeGroupTemplates.contains(r->id))
                    continue;
                const CfnValue *data = configuration ? &r->properties : r->properties.get(QStringLiteral("LaunchTemplateData"));
                context.recordUnchecked(r->id, tr("not used by any instance or Auto Scaling group of the template"),
                                        unusedLaunchDataNote(data));
            }
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(AutoScalingGroupMapper)

} // namespace pillar
