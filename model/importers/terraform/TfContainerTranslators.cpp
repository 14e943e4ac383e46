// ECS services with their task definitions and clusters, EKS clusters with
// their managed node groups, Fargate profiles, add-ons and access entries:
// the CloudFormation properties the container mappers read.
#include "TfJsonReader.h"
#include "TfTranslators.h"
#include "TfValues.h"

#include "../CfnHelpers.h"

namespace pillar {

namespace {

using namespace tf;

const QStringList kEcsClusters = {QStringLiteral("aws_ecs_cluster")};
const QStringList kTaskDefinitions = {QStringLiteral("aws_ecs_task_definition")};
const QStringList kEksClusters = {QStringLiteral("aws_eks_cluster")};

void service(TfTranslation &t)
{
    t.set(QStringLiteral("LaunchType"), nonEmpty(t.value("launch_type")));
    CfnValue strategy = tfList();
    for (const TfNode &s : t.blocks("capacity_provider_strategy")) {
        CfnValue one = emptyMap();
        t.set(&one, QStringLiteral("CapacityProvider"), t.value(s, "capacity_provider"));
        strategy.items << one;
    }
    if (!strategy.items.isEmpty())
        t.set(QStringLiteral("CapacityProviderStrategy"), strategy);
    t.set(QStringLiteral("TaskDefinition"), t.ref("task_definition", kTaskDefinitions));
    t.set(QStringLiteral("DesiredCount"), t.value("desired_count"));
    t.set(QStringLiteral("Cluster"), nonEmpty(t.ref("cluster", kEcsClusters)));
    for (const TfNode &network : t.blocks("network_configuration")) {
        CfnValue awsvpc = emptyMap();
        t.set(&awsvpc, QStringLiteral("Subnets"), t.refs(network, "subnets", kSubnets));
        t.set(&awsvpc, QStringLiteral("SecurityGroups"), t.refs(network, "security_groups", kSecurityGroups));
        const CfnValue ip = t.value(network, "assign_public_ip");
        t.set(&awsvpc, QStringLiteral("AssignPublicIp"),
              ip.isScalar() ? CfnValue::scalar(TfTranslation::isTrue(ip) ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED")) : ip);
        CfnValue config = emptyMap();
        t.set(&config, QStringLiteral("AwsvpcConfiguration"), awsvpc);
        t.set(QStringLiteral("NetworkConfiguration"), config);
        break;
    }
    CfnValue balancers = tfList();
    for (const TfNode &lb : t.blocks("load_balancer")) {
        CfnValue one = emptyMap();
        t.set(&one, QStringLiteral("TargetGroupArn"), nonEmpty(t.optional(lb, "target_group_arn").isNull() ? CfnValue()
                                                                                                     : t.ref(lb, "target_group_arn", kTargetGroups)));
        t.set(&one, QStringLiteral("LoadBalancerName"), nonEmpty(t.optional(lb, "elb_name").isNull() ? CfnValue()
                                                                                                     : t.ref(lb, "elb_name", {QStringLiteral("aws_elb")})));
        balancers.items << one;
    }
    if (!balancers.items.isEmpty())
        t.set(QStringLiteral("LoadBalancers"), balancers);
}

void taskDefinition(TfTranslation &t)
{
    t.set(QStringLiteral("Cpu"), nonEmpty(t.value("cpu")));
    t.set(QStringLiteral("Memory"), nonEmpty(t.value("memory")));
    t.set(QStringLiteral("TaskRoleArn"), nonEmpty(t.ref("task_role_arn", kRoles)));
    t.set(QStringLiteral("RequiresCompatibilities"), t.value("requires_compatibilities"));
}

void ecsCluster(TfTranslation &)
{
}

void eksCluster(TfTranslation &t)
{
    t.set(QStringLiteral("Version"), nonEmpty(t.value("version")));
    for (const TfNode &vpc : t.blocks("vpc_config")) {
        CfnValue config = emptyMap();
        t.set(&config, QStringLiteral("SubnetIds"), t.refs(vpc, "subnet_ids", kSubnets));
        t.set(&config, QStringLiteral("SecurityGroupIds"), t.refs(vpc, "security_group_ids", kSecurityGroups));
        t.set(&config, QStringLiteral("EndpointPublicAccess"), t.value(vpc, "endpoint_public_access"));
        t.set(&config, QStringLiteral("EndpointPrivateAccess"), t.value(vpc, "endpoint_private_access"));
        t.set(&config, QStringLiteral("PublicAccessCidrs"), t.value(vpc, "public_access_cidrs"));
        t.set(QStringLiteral("ResourcesVpcConfig"), config);
        break;
    }
    // enabled_cluster_log_types: ["api", "audit"] → Logging/ClusterLogging/EnabledTypes [{Type: api}, …].
    const CfnValue logs = t.value("enabled_cluster_log_types");
    CfnValue types = tfList();
    if (logs.isList()) {
        for (const CfnValue &type : logs.items) {
            CfnValue one = emptyMap();
            t.set(&one, QStringLiteral("Type"), type);
            types.items << one;
        }
    } else if (!logs.isNull()) {
        types.items << logs; // unknown
    }
    CfnValue clusterLogging = emptyMap(), logging = emptyMap();
    t.set(&clusterLogging, QStringLiteral("EnabledTypes"), types);
    t.set(&logging, QStringLiteral("ClusterLogging"), clusterLogging);
    t.set(QStringLiteral("Logging"), logging);
    CfnValue encryption = tfList();
    for (const TfNode &config : t.blocks("encryption_config")) {
        CfnValue one = emptyMap();
        t.set(&one, QStringLiteral("Resources"), t.value(config, "resources"));
        encryption.items << one;
    }
    if (!encryption.items.isEmpty())
        t.set(QStringLiteral("EncryptionConfig"), encryption);
}

// The parts of a cluster that name it by cluster_name.
void eksPart(TfTranslation &t)
{
    t.set(QStringLiteral("ClusterName"), t.ref("cluster_name", kEksClusters));
}

void nodeGroup(TfTranslation &t)
{
    eksPart(t);
    t.set(QStringLiteral("Subnets"), t.refs("subnet_ids", kSubnets));
    for (const TfNode &scaling : t.blocks("scaling_config")) {
        CfnValue config = emptyMap();
        t.set(&config, QStringLiteral("DesiredSize"), t.value(scaling, "desired_size"));
        t.set(QStringLiteral("ScalingConfig"), config);
        break;
    }
    const CfnValue types = t.value("instance_types");
    t.set(QStringLiteral("InstanceTypes"), types.isList() && types.items.isEmpty() ? CfnValue() : types);
}

} // namespace

const QVector<TfTranslator> &tfContainerTranslators()
{
    static const QVector<TfTranslator> list = {
        {"aws_ecs_service", "AWS::ECS::Service", service},
        {"aws_ecs_task_definition", "AWS::ECS::TaskDefinition", taskDefinition},
        {"aws_ecs_cluster", "AWS::ECS::Cluster", ecsCluster},
        {"aws_eks_cluster", "AWS::EKS::Cluster", eksCluster},
        {"aws_eks_node_group", "AWS::EKS::Nodegroup", nodeGroup},
        {"aws_eks_fargate_profile", "AWS::EKS::FargateProfile", eksPart},
        {"aws_eks_addon", "AWS::EKS::Addon", eksPart},
        {"aws_eks_access_entry", "AWS::EKS::AccessEntry", eksPart},
    };
    return list;
}

} // namespace pillar
