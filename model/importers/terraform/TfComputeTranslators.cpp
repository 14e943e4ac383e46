// Instances, launch templates and configurations, Auto Scaling groups, load
// balancers with their listeners, target groups and attachments.
#include "TfJsonReader.h"
#include "TfTranslators.h"

#include "../CfnHelpers.h"

namespace pillar {

namespace {

using namespace tf;
using cfn::tr;

const QStringList kLaunchTemplates = {QStringLiteral("aws_launch_template")};
const QStringList kLaunchConfigurations = {QStringLiteral("aws_launch_configuration")};
const QStringList kAutoScalingGroups = {QStringLiteral("aws_autoscaling_group")};
const QStringList kClassicLoadBalancers = {QStringLiteral("aws_elb")};

// Subnets, or else zones (default subnets); Unknown when neither is known:
// an empty list would read as "in no zone at all".
void placement(TfTranslation &t, const char *subnetsKey, const char *cfnSubnetsKey)
{
    const CfnValue subnets = t.refs(subnetsKey, kSubnets);
    const CfnValue zones = t.optional("availability_zones");
    if (subnets.isList() && !subnets.items.isEmpty())
        t.set(QLatin1String(cfnSubnetsKey), subnets);
    else if (zones.isList() && !zones.items.isEmpty())
        t.set(QStringLiteral("AvailabilityZones"), zones);
    else
        t.set(QStringLiteral("AvailabilityZones"), CfnValue::unknown(tr("neither its subnets nor its zones are known")));
}

CfnValue launchTemplateSpec(const TfTranslation &t, const TfNode &at, const char *idKey, const char *nameKey);

// The instance metadata service settings (IMDSv2 or not). Terraform writes
// the block for every instance it has read; a file without it, or a plan
// that knows it only after apply, leaves it unknown (never EC2's default).
void metadataOptions(TfTranslation &t, CfnValue *into)
{
    const QVector<TfNode> blocks = t.blocks("metadata_options");
    if (blocks.isEmpty()) {
        const CfnValue whole = t.optional("metadata_options");
        t.set(into, QStringLiteral("MetadataOptions"),
              whole.type == CfnValue::Unknown ? whole : CfnValue::unknown(QStringLiteral("metadata_options not given")));
        return;
    }
    CfnValue options = emptyMap();
    t.set(&options, QStringLiteral("HttpTokens"), nonEmpty(t.value(blocks.first(), "http_tokens")));
    t.set(into, QStringLiteral("MetadataOptions"), options);
}

void instance(TfTranslation &t)
{
    metadataOptions(t, &t.properties());
    t.set(QStringLiteral("SubnetId"), t.ref("subnet_id", kSubnets));
    t.set(QStringLiteral("AvailabilityZone"), nonEmpty(t.optional("availability_zone")));
    t.set(QStringLiteral("InstanceType"), t.value("instance_type"));
    t.set(QStringLiteral("IamInstanceProfile"), nonEmpty(t.value("iam_instance_profile")));
    t.set(QStringLiteral("SecurityGroupIds"), t.refs("vpc_security_group_ids", kSecurityGroups));
    // security_groups holds names (default VPC) or ids; a group of the
    // document is found by either. Both lists name the same groups in a VPC.
    if (!t.root().value->get(QStringLiteral("vpc_security_group_ids")))
        t.set(QStringLiteral("SecurityGroups"), t.refs("security_groups", kSecurityGroups));
    t.set(QStringLiteral("AssociatePublicIpAddress"), t.value("associate_public_ip_address"));
    t.set(QStringLiteral("Monitoring"), t.value("monitoring"));
    for (const TfNode &lt : t.blocks("launch_template"))
        t.set(QStringLiteral("LaunchTemplate"), launchTemplateSpec(t, lt, "id", "name"));
}

CfnValue firstOfBlock(const TfTranslation &t, const char *block, const char *key)
{
    const QVector<TfNode> items = t.blocks(block);
    return items.isEmpty() ? CfnValue() : nonEmpty(t.value(items.first(), key));
}

void launchTemplate(TfTranslation &t)
{
    CfnValue data = emptyMap();
    t.set(&data, QStringLiteral("InstanceType"), t.value("instance_type"));
    const QVector<TfNode> profile = t.blocks("iam_instance_profile");
    if (!profile.isEmpty()) {
        CfnValue p = emptyMap();
        t.set(&p, QStringLiteral("Arn"), nonEmpty(t.value(profile.first(), "arn")));
        t.set(&p, QStringLiteral("Name"), nonEmpty(t.value(profile.first(), "name")));
        t.set(&data, QStringLiteral("IamInstanceProfile"), p);
    }
    t.set(&data, QStringLiteral("SecurityGroupIds"), t.refs("vpc_security_group_ids", kSecurityGroups));
    t.set(&data, QStringLiteral("SecurityGroups"), t.refs("security_group_names", kSecurityGroups));
    CfnValue nics;
    nics.type = CfnValue::List;
    for (const TfNode &nic : t.blocks("network_interfaces")) {
        CfnValue n = emptyMap();
        t.set(&n, QStringLiteral("AssociatePublicIpAddress"), nonEmpty(t.value(nic, "associate_public_ip_address")));
        t.set(&n, QStringLiteral("Groups"), t.refs(nic, "security_groups", kSecurityGroups));
        t.set(&n, QStringLiteral("SubnetId"), t.ref(nic, "subnet_id", kSubnets));
        nics.items << n;
    }
    if (!nics.items.isEmpty())
        t.set(&data, QStringLiteral("NetworkInterfaces"), nics);
    const CfnValue monitoring = firstOfBlock(t, "monitoring", "enabled");
    if (!monitoring.isNull()) {
        CfnValue m = emptyMap();
        t.set(&m, QStringLiteral("Enabled"), monitoring);
        t.set(&data, QStringLiteral("Monitoring"), m);
    }
    metadataOptions(t, &data);
    t.set(QStringLiteral("LaunchTemplateData"), data);
}

void launchConfiguration(TfTranslation &t)
{
    t.set(QStringLiteral("InstanceType"), t.value("instance_type"));
    t.set(QStringLiteral("IamInstanceProfile"), nonEmpty(t.value("iam_instance_profile")));
    t.set(QStringLiteral("SecurityGroups"), t.refs("security_groups", kSecurityGroups));
    t.set(QStringLiteral("AssociatePublicIpAddress"), t.value("associate_public_ip_address"));
    t.set(QStringLiteral("InstanceMonitoring"), t.value("enable_monitoring"));
    metadataOptions(t, &t.properties());
}

// A launch template named by id or by name: launch_template blocks say
// id/name, launch_template_specification blocks launch_template_id/_name.
CfnValue launchTemplateSpec(const TfTranslation &t, const TfNode &at, const char *idKey, const char *nameKey)
{
    CfnValue spec = emptyMap();
    const CfnValue id = nonEmpty(t.ref(at, idKey, kLaunchTemplates));
    const CfnValue name = nonEmpty(t.ref(at, nameKey, kLaunchTemplates));
    t.set(&spec, QStringLiteral("LaunchTemplateId"), id.type == CfnValue::ResourceRef || name.isNull() ? id : name);
    return spec;
}

void autoScalingGroup(TfTranslation &t)
{
    t.set(QStringLiteral("MinSize"), t.value("min_size"));
    t.set(QStringLiteral("MaxSize"), t.value("max_size"));
    t.set(QStringLiteral("DesiredCapacity"), t.value("desired_capacity"));
    placement(t, "vpc_zone_identifier", "VPCZoneIdentifier");
    t.set(QStringLiteral("LaunchConfigurationName"), nonEmpty(t.ref("launch_configuration", kLaunchConfigurations)));
    for (const TfNode &lt : t.blocks("launch_template"))
        t.set(QStringLiteral("LaunchTemplate"), launchTemplateSpec(t, lt, "id", "name"));
    for (const TfNode &mixed : t.blocks("mixed_instances_policy")) {
        for (const TfNode &lt : t.blocks(mixed, "launch_template")) {
            for (const TfNode &spec : t.blocks(lt, "launch_template_specification")) {
                CfnValue outer = emptyMap(), policy = emptyMap();
                t.set(&outer, QStringLiteral("LaunchTemplateSpecification"), launchTemplateSpec(t, spec, "launch_template_id", "launch_template_name"));
                t.set(&policy, QStringLiteral("LaunchTemplate"), outer);
                t.set(QStringLiteral("MixedInstancesPolicy"), policy);
            }
        }
    }
    t.set(QStringLiteral("TargetGroupARNs"), t.refs("target_group_arns", kTargetGroups));
    t.set(QStringLiteral("LoadBalancerNames"), t.refs("load_balancers", kClassicLoadBalancers));
}

CfnValue scheme(const TfTranslation &t)
{
    const CfnValue internal = t.value("internal");
    if (internal.isNull())
        return CfnValue::scalar(QStringLiteral("internet-facing")); // the provider's default
    if (!internal.isScalar())
        return internal;
    return CfnValue::scalar(TfTranslation::isTrue(internal) ? QStringLiteral("internal") : QStringLiteral("internet-facing"));
}

void loadBalancer(TfTranslation &t)
{
    CfnValue type = t.value("load_balancer_type");
    t.set(QStringLiteral("Type"), type.isNull() ? CfnValue::scalar(QStringLiteral("application")) : type);
    t.set(QStringLiteral("Scheme"), scheme(t));
    t.set(QStringLiteral("Subnets"), t.refs("subnets", kSubnets));
    CfnValue mappings;
    mappings.type = CfnValue::List;
    for (const TfNode &m : t.blocks("subnet_mapping")) {
        CfnValue one = emptyMap();
        t.set(&one, QStringLiteral("SubnetId"), t.ref(m, "subnet_id", kSubnets));
        mappings.items << one;
    }
    if (!mappings.items.isEmpty())
        t.set(QStringLiteral("SubnetMappings"), mappings);
    t.set(QStringLiteral("SecurityGroups"), t.refs("security_groups", kSecurityGroups));
}

CfnValue actions(const TfTranslation &t, const char *block)
{
    CfnValue list;
    list.type = CfnValue::List;
    for (const TfNode &a : t.blocks(block)) {
        CfnValue action = emptyMap();
        t.set(&action, QStringLiteral("Type"), t.value(a, "type"));
        t.set(&action, QStringLiteral("TargetGroupArn"), nonEmpty(t.ref(a, "target_group_arn", kTargetGroups)));
        for (const TfNode &redirect : t.blocks(a, "redirect")) {
            CfnValue r = emptyMap();
            t.set(&r, QStringLiteral("Protocol"), t.value(redirect, "protocol"));
            t.set(&action, QStringLiteral("RedirectConfig"), r);
        }
        for (const TfNode &forward : t.blocks(a, "forward")) {
            CfnValue groups;
            groups.type = CfnValue::List;
            for (const TfNode &g : t.blocks(forward, "target_group")) {
                CfnValue one = emptyMap();
                t.set(&one, QStringLiteral("TargetGroupArn"), t.ref(g, "arn", kTargetGroups));
                groups.items << one;
            }
            CfnValue config = emptyMap();
            t.set(&config, QStringLiteral("TargetGroups"), groups);
            t.set(&action, QStringLiteral("ForwardConfig"), config);
        }
        list.items << action;
    }
    return list;
}

void listener(TfTranslation &t)
{
    t.set(QStringLiteral("LoadBalancerArn"), t.ref("load_balancer_arn", kLoadBalancers));
    t.set(QStringLiteral("Port"), t.value("port"));
    t.set(QStringLiteral("Protocol"), t.value("protocol"));
    t.set(QStringLiteral("DefaultActions"), actions(t, "default_action"));
}

void listenerRule(TfTranslation &t)
{
    t.set(QStringLiteral("ListenerArn"), t.ref("listener_arn", kListeners));
    t.set(QStringLiteral("Actions"), actions(t, "action"));
}

void targetGroup(TfTranslation &t)
{
    const QVector<TfNode> health = t.blocks("health_check");
    if (!health.isEmpty())
        t.set(QStringLiteral("HealthCheckPath"), nonEmpty(t.value(health.first(), "path")));
}

// Attachments add to a resource read by another mapper; the importer
// folds them in before mapping (see TerraformImport.cpp).
void targetGroupAttachment(TfTranslation &t)
{
    const CfnValue group = t.ref("target_group_arn", kTargetGroups);
    const CfnValue target = t.ref("target_id", QStringList{kInstances} << QStringLiteral("aws_lambda_function"));
    if (group.type == CfnValue::ResourceRef)
        t.foldedInto = group.text;
    t.foldReason = tr("target of %1").arg(group.type == CfnValue::ResourceRef ? group.text : tr("a target group not in the document"));
    CfnValue one = emptyMap();
    t.set(&one, QStringLiteral("Id"), target);
    t.set(QStringLiteral("Targets"), tfList({one}));
}

void autoScalingAttachment(TfTranslation &t)
{
    const CfnValue group = t.ref("autoscaling_group_name", kAutoScalingGroups);
    if (group.type == CfnValue::ResourceRef)
        t.foldedInto = group.text;
    t.foldReason = tr("load balancer attachment of %1").arg(group.type == CfnValue::ResourceRef ? group.text : tr("an Auto Scaling group not in the document"));
    for (const char *key : {"lb_target_group_arn", "alb_target_group_arn"}) {
        if (!nonEmpty(t.optional(key)).isNull())
            t.set(QStringLiteral("TargetGroupARNs"), tfList({t.ref(key, kTargetGroups)}));
    }
    if (!nonEmpty(t.optional("elb")).isNull())
        t.set(QStringLiteral("LoadBalancerNames"), tfList({t.ref("elb", kClassicLoadBalancers)}));
}

void classicLoadBalancer(TfTranslation &t)
{
    t.set(QStringLiteral("Scheme"), scheme(t));
    placement(t, "subnets", "Subnets");
    t.set(QStringLiteral("SecurityGroups"), t.refs("security_groups", kSecurityGroups));
    t.set(QStringLiteral("Instances"), t.refs("instances", kInstances));
    CfnValue listeners;
    listeners.type = CfnValue::List;
    for (const TfNode &l : t.blocks("listener")) {
        CfnValue one = emptyMap();
        t.set(&one, QStringLiteral("LoadBalancerPort"), t.value(l, "lb_port"));
        t.set(&one, QStringLiteral("Protocol"), t.value(l, "lb_protocol"));
        t.set(&one, QStringLiteral("InstancePort"), t.value(l, "instance_port"));
        t.set(&one, QStringLiteral("InstanceProtocol"), t.value(l, "instance_protocol"));
        listeners.items << one;
    }
    t.set(QStringLiteral("Listeners"), listeners);
    const QVector<TfNode> health = t.blocks("health_check");
    if (!health.isEmpty()) {
        CfnValue h = emptyMap();
        t.set(&h, QStringLiteral("Target"), t.value(health.first(), "target"));
        t.set(QStringLiteral("HealthCheck"), h);
    }
}

void classicAttachment(TfTranslation &t)
{
    const CfnValue elb = t.ref("elb", kClassicLoadBalancers);
    if (elb.type == CfnValue::ResourceRef)
        t.foldedInto = elb.text;
    t.foldReason = tr("instance attachment of %1").arg(elb.type == CfnValue::ResourceRef ? elb.text : tr("a load balancer not in the document"));
    t.set(QStringLiteral("Instances"), tfList({t.ref("instance", kInstances)}));
}

} // namespace

const QVector<TfTranslator> &tfComputeTranslators()
{
    static const QVector<TfTranslator> list = {
        {"aws_instance", "AWS::EC2::Instance", instance},
        {"aws_launch_template", "AWS::EC2::LaunchTemplate", launchTemplate},
        {"aws_launch_configuration", "AWS::AutoScaling::LaunchConfiguration", launchConfiguration},
        {"aws_autoscaling_group", "AWS::AutoScaling::AutoScalingGroup", autoScalingGroup},
        {"aws_autoscaling_attachment", "AWS::AutoScaling::AutoScalingGroup", autoScalingAttachment},
        {"aws_lb", "AWS::ElasticLoadBalancingV2::LoadBalancer", loadBalancer},
        {"aws_alb", "AWS::ElasticLoadBalancingV2::LoadBalancer", loadBalancer},
        {"aws_lb_listener", "AWS::ElasticLoadBalancingV2::Listener", listener},
        {"aws_alb_listener", "AWS::ElasticLoadBalancingV2::Listener", listener},
        {"aws_lb_listener_rule", "AWS::ElasticLoadBalancingV2::ListenerRule", listenerRule},
        {"aws_alb_listener_rule", "AWS::ElasticLoadBalancingV2::ListenerRule", listenerRule},
        {"aws_lb_target_group", "AWS::ElasticLoadBalancingV2::TargetGroup", targetGroup},
        {"aws_alb_target_group", "AWS::ElasticLoadBalancingV2::TargetGroup", targetGroup},
        {"aws_lb_target_group_attachment", "AWS::ElasticLoadBalancingV2::TargetGroup", targetGroupAttachment},
        {"aws_alb_target_group_attachment", "AWS::ElasticLoadBalancingV2::TargetGroup", targetGroupAttachment},
        {"aws_elb", "AWS::ElasticLoadBalancing::LoadBalancer", classicLoadBalancer},
        {"aws_elb_attachment", "AWS::ElasticLoadBalancing::LoadBalancer", classicAttachment},
    };
    return list;
}

} // namespace pillar
