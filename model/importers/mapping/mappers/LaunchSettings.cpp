#include "LaunchSettings.h"

#include "../../CfnHelpers.h"

namespace pillar {

using cfn::itemsOf;
using cfn::tr;

void applyMetadataOptions(MappingContext &context, Element &e, const CfnValue &data, const QString &source)
{
    const CfnValue *options = data.get(QStringLiteral("MetadataOptions"));
    const CfnValue *tokens = options && options->isMap() ? options->get(QStringLiteral("HttpTokens")) : nullptr;
    if (options && !options->isMap()) {
        context.markUnknown(e, QStringLiteral("httpTokens"), tr("%1 MetadataOptions: %2").arg(source, MappingContext::why(*options)));
    } else if (!tokens) {
        // EC2's default when HttpTokens is left out (unless the AMI requires
        // IMDSv2); what a launch template read before said stands.
        if (!e.properties.contains(QStringLiteral("httpTokens")) && !e.isUnknown(QStringLiteral("httpTokens")))
            e.properties.insert(QStringLiteral("httpTokens"), QStringLiteral("optional"));
    } else if (tokens->isScalar()) {
        e.properties.insert(QStringLiteral("httpTokens"), tokens->text.toLower() == QLatin1String("required")
                                                              ? QStringLiteral("required") : QStringLiteral("optional"));
    } else {
        context.markUnknown(e, QStringLiteral("httpTokens"), tr("%1 MetadataOptions.HttpTokens: %2").arg(source, MappingContext::why(*tokens)));
    }
}

void applyLaunchSettings(MappingContext &context, Element &e, const CfnValue &data, bool launchConfiguration, const QString &source)
{
    NetworkPlacement &net = context.network();
    if (data.type != CfnValue::Map) {
        for (const char *key : {"instanceType", "iamRole", "publicIp", "httpTokens"})
            context.markUnknown(e, QLatin1String(key), tr("%1: %2").arg(source, MappingContext::why(data)));
        return;
    }
    context.setString(e, QStringLiteral("instanceType"), data.get(QStringLiteral("InstanceType")), tr("%1 InstanceType").arg(source));
    const CfnValue *profile = data.get(QStringLiteral("IamInstanceProfile"));
    if (profile && profile->isMap()) // launch templates: {Arn: ...} or {Name: ...}
        profile = profile->get(QStringLiteral("Arn")) ? profile->get(QStringLiteral("Arn")) : profile->get(QStringLiteral("Name"));
    if (!profile)
        e.properties.insert(QStringLiteral("iamRole"), QString());
    else if (profile->isScalar() || profile->type == CfnValue::ResourceRef)
        e.properties.insert(QStringLiteral("iamRole"), profile->text);
    else
        context.markUnknown(e, QStringLiteral("iamRole"), tr("%1 IamInstanceProfile: %2").arg(source, MappingContext::why(*profile)));

    QVector<const CfnValue *> groups = {data.get(QStringLiteral("SecurityGroupIds")), data.get(QStringLiteral("SecurityGroups"))};
    for (const CfnValue &nic : itemsOf(data.get(QStringLiteral("NetworkInterfaces"))))
        groups << nic.get(QStringLiteral("Groups"));
    for (const QString &sg : net.securityGroupElements(e, groups)) {
        if (!e.securityGroups.contains(sg))
            e.securityGroups << sg;
    }
    const CfnValue *publicIp = data.get(QStringLiteral("AssociatePublicIpAddress"));
    const QVector<CfnValue> nics = itemsOf(data.get(QStringLiteral("NetworkInterfaces")));
    if (!publicIp && !nics.isEmpty())
        publicIp = nics.first().get(QStringLiteral("AssociatePublicIpAddress"));
    if (publicIp)
        context.setBool(e, QStringLiteral("publicIp"), publicIp, tr("%1 AssociatePublicIpAddress").arg(source));

    applyMetadataOptions(context, e, data, source);

    const CfnValue *monitoring = data.get(launchConfiguration ? QStringLiteral("InstanceMonitoring") : QStringLiteral("Monitoring"));
    if (monitoring && monitoring->isMap())
        monitoring = monitoring->get(QStringLiteral("Enabled"));
    if (monitoring)
        context.setBool(e, QStringLiteral("detailedMonitoring"), monitoring, tr("%1 monitoring").arg(source));
    else if (launchConfiguration) // launch configurations enable detailed monitoring unless told not to
        e.properties.insert(QStringLiteral("detailedMonitoring"), true);
}

} // namespace pillar
