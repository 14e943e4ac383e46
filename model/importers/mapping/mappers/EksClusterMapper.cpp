// AWS::EKS::Cluster, in the VPC of its subnets: endpoint access and its allowed
// CIDRs, control-plane logging, secrets encryption; its managed node groups
// (AWS::EKS::Nodegroup: subnets, size, instance type) are merged into it.
#include "../MappingContext.h"
#include "../ResourceMapper.h"
#include "ServiceRefs.h"

namespace pillar {

using cfn::itemsOf;
using cfn::refersTo;
using cfn::tr;

namespace {

// A managed node group's IMDS setting, from the launch template it names.
// Without one (or without MetadataOptions in it) EKS's own launch template
// decides, which depends on the AMI type: not known from the template.
void readNodeTokens(MappingContext &context, const ImportResource &group, bool *optional, QString *unknown)
{
    const CfnValue *lt = group.properties.get(QStringLiteral("LaunchTemplate"));
    const CfnValue *ref = lt ? (lt->get(QStringLiteral("Id")) ? lt->get(QStringLiteral("Id")) : lt->get(QStringLiteral("Name"))) : nullptr;
    const ImportResource *template_ = ref && ref->type == CfnValue::ResourceRef ? context.resource(ref->text) : nullptr;
    const CfnValue *data = template_ ? template_->properties.get(QStringLiteral("LaunchTemplateData")) : nullptr;
    const CfnValue *options = data ? data->get(QStringLiteral("MetadataOptions")) : nullptr;
    const CfnValue *tokens = options ? options->get(QStringLiteral("HttpTokens")) : nullptr;
    if (template_)
        context.record(template_->id, ImportedResource::Merged, group.id, tr("launch template of %1").arg(group.id));
    if (tokens && tokens->isScalar()) {
        *optional = *optional || tokens->text.toLower() != QLatin1String("required");
        return;
    }
    if (unknown->isEmpty())
        *unknown = !lt ? tr("node group %1 uses EKS's own launch template, whose metadata setting depends on the AMI type").arg(group.id)
                       : tr("node group %1: its launch template's MetadataOptions.HttpTokens is not known").arg(group.id);
}

class EksClusterMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        NetworkPlacement &net = context.network();
        for (const ImportResource *r : resources) {
            const CfnValue &p = r->properties;
            Element eks;
            eks.id = r->id;
            eks.kind = ElementKind::EksCluster;
            context.setString(eks, QStringLiteral("version"), p.get(QStringLiteral("Version")), tr("Version"));
            if (!p.get(QStringLiteral("Version")))
                context.markUnknown(eks, QStringLiteral("version"), tr("Version is not given; EKS picks its default version"));
            const CfnValue *vpc = p.get(QStringLiteral("ResourcesVpcConfig"));
            bool complete = true;
            const QStringList subnets = net.subnetElements(vpc ? vpc->get(QStringLiteral("SubnetIds")) : nullptr, &complete);
            eks.parent = net.vpcOfSubnets(subnets);
            if (eks.parent.isEmpty())
                eks.parent = net.externalVpc();
            eks.properties.insert(QStringLiteral("subnets"), subnets);
            if (!complete || subnets.isEmpty())
                context.markUnknown(eks, QStringLiteral("subnets"), tr("some of its subnets are not known from the template"));
            if (vpc) {
                eks.securityGroups = net.securityGroupElements(eks, {vpc->get(QStringLiteral("SecurityGroupIds"))});
                context.setBool(eks, QStringLiteral("endpointPublic"), vpc->get(QStringLiteral("EndpointPublicAccess")), tr("EndpointPublicAccess"));
                context.setBool(eks, QStringLiteral("endpointPrivate"), vpc->get(QStringLiteral("EndpointPrivateAccess")), tr("EndpointPrivateAccess"));
                if (const CfnValue *cidrs = vpc->get(QStringLiteral("PublicAccessCidrs"))) {
                    QStringList list;
                    bool known = true;
                    for (const CfnValue &c : itemsOf(cidrs)) {
                        known = known && c.isScalar();
                        if (c.isScalar())
                            list << c.text;
                    }
                    if (known)
                        eks.properties.insert(QStringLiteral("publicAccessCidrs"), list.join(QLatin1String(", ")));
                    else
                        context.markUnknown(eks, QStringLiteral("publicAccessCidrs"), tr("some of PublicAccessCidrs are not known"));
                }
            }
            const CfnValue *logging = p.get(QStringLiteral("Logging"));
            const CfnValue *clusterLogging = logging ? logging->get(QStringLiteral("ClusterLogging")) : nullptr;
            QStringList logTypes;
            bool logsKnown = true;
            for (const CfnValue &t : itemsOf(clusterLogging ? clusterLogging->get(QStringLiteral("EnabledTypes")) : nullptr)) {
                const CfnValue *type = t.get(QStringLiteral("Type"));
                logsKnown = logsKnown && type && type->isScalar();
                if (type && type->isScalar())
                    logTypes << type->text;
            }
            if (logsKnown)
                eks.properties.insert(QStringLiteral("controlPlaneLogs"), logTypes.join(QLatin1String(", ")));
            else
                context.markUnknown(eks, QStringLiteral("controlPlaneLogs"), tr("some of its enabled log types are not known"));
            bool secrets = false;
            for (const CfnValue &config : itemsOf(p.get(QStringLiteral("EncryptionConfig")))) {
                for (const CfnValue &res : itemsOf(config.get(QStringLiteral("Resources"))))
                    secrets = secrets || (res.isScalar() && res.text == QLatin1String("secrets"));
            }
            eks.properties.insert(QStringLiteral("secretsEncryption"), secrets);

            QStringList nodeSubnets;
            int nodes = 0;
            bool nodesKnown = true, anyGroup = false;
            QString instanceType;
            QString tokensUnknown; // why some node group's metadata setting is not known
            bool tokensOptional = false;
            for (const ImportResource *group : context.ofType("AWS::EKS::Nodegroup")) {
                if (!refersTo(group->properties.get(QStringLiteral("ClusterName")), r->id))
                    continue;
                anyGroup = true;
                context.record(group->id, ImportedResource::Merged, r->id, tr("node group of %1").arg(r->id));
                bool groupComplete = true;
                for (const QString &s : net.subnetElements(group->properties.get(QStringLiteral("Subnets")), &groupComplete)) {
                    if (!nodeSubnets.contains(s))
                        nodeSubnets << s;
                }
                nodesKnown = nodesKnown && groupComplete;
                const CfnValue *scaling = group->properties.get(QStringLiteral("ScalingConfig"));
                const CfnValue *desired = scaling ? scaling->get(QStringLiteral("DesiredSize")) : nullptr;
                bool ok = !desired;
                nodes += desired ? desired->toInt(&ok) : 2; // EKS starts two nodes when no size is given
                nodesKnown = nodesKnown && ok;
                readNodeTokens(context, *group, &tokensOptional, &tokensUnknown);
                const QVector<CfnValue> types = itemsOf(group->properties.get(QStringLiteral("InstanceTypes")));
                if (instanceType.isEmpty())
                    instanceType = types.isEmpty() ? QStringLiteral("t3.medium") : types.first().isScalar() ? types.first().text : QString();
            }
            for (const char *type : {"AWS::EKS::FargateProfile", "AWS::EKS::Addon", "AWS::EKS::AccessEntry"}) {
                for (const ImportResource *x : context.ofType(type)) {
                    if (refersTo(x->properties.get(QStringLiteral("ClusterName")), r->id))
                        context.record(x->id, ImportedResource::Merged, r->id, tr("part of EKS cluster %1").arg(r->id));
                }
            }
            eks.properties.insert(QStringLiteral("nodeSubnets"), nodeSubnets);
            if (!anyGroup) {
                context.markUnknown(eks, QStringLiteral("nodeCount"), tr("no managed node group of the template belongs to it"));
            } else if (nodesKnown) {
                eks.properties.insert(QStringLiteral("nodeCount"), nodes);
            } else {
                context.markUnknown(eks, QStringLiteral("nodeCount"), tr("the size or subnets of some node group are not known"));
            }
            if (!instanceType.isEmpty())
                eks.properties.insert(QStringLiteral("nodeInstanceType"), instanceType);
            // One node group that allows IMDSv1 is enough to say so.
            if (tokensOptional)
                eks.properties.insert(QStringLiteral("nodeHttpTokens"), QStringLiteral("optional"));
            else if (!anyGroup)
                context.markUnknown(eks, QStringLiteral("nodeHttpTokens"), tr("no managed node group of the template belongs to it"));
            else if (!tokensUnknown.isEmpty())
                context.markUnknown(eks, QStringLiteral("nodeHttpTokens"), tokensUnknown);
            else
                eks.properties.insert(QStringLiteral("nodeHttpTokens"), QStringLiteral("required"));
            context.add(eks);
            context.record(r->id, ImportedResource::Mapped, r->id, QString());
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(EksClusterMapper)

} // namespace pillar
