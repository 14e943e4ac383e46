#include "ResourceMapping.h"

#include "../CfnHelpers.h"
#include "MappingContext.h"
#include "ResourceMapper.h"

#include "../../rules/IngressFacts.h"

#include <QSet>

// The mappers, one line each, in the order they run: a mapper comes after
// those whose elements it places itself in or refers to (subnets after VPCs,
// instances after subnets and security groups, target groups after load
// balancers; Lambda functions before the target groups that may target
// them; connections between services, which need both ends, last).
// MAPPER(type, X) names the class of mappers/X.cpp, which ends
// with PILLAR_RESOURCE_MAPPER(X), and the type whose resources it is given.
#define PILLAR_RESOURCE_MAPPERS(MAPPER) \
    MAPPER("AWS::EC2::VPC", VpcMapper) \
    MAPPER("AWS::EC2::Subnet", SubnetMapper) \
    MAPPER("AWS::EC2::SecurityGroup", SecurityGroupMapper) \
    MAPPER("AWS::EC2::SecurityGroupIngress", SecurityGroupIngressMapper) \
    MAPPER("AWS::EC2::SecurityGroupEgress", SecurityGroupEgressMapper) \
    MAPPER("AWS::EC2::Instance", Ec2InstanceMapper) \
    MAPPER("AWS::AutoScaling::AutoScalingGroup", AutoScalingGroupMapper) \
    MAPPER("AWS::SQS::Queue", SqsQueueMapper) \
    MAPPER("AWS::SNS::Topic", SnsTopicMapper) \
    MAPPER("AWS::Kinesis::Stream", KinesisStreamMapper) \
    MAPPER("AWS::DynamoDB::Table", DynamoDbTableMapper) \
    MAPPER("AWS::Lambda::Function", LambdaFunctionMapper) \
    MAPPER("AWS::ElasticLoadBalancingV2::LoadBalancer", LoadBalancerV2Mapper) \
    MAPPER("AWS::ElasticLoadBalancing::LoadBalancer", ClassicLoadBalancerMapper) \
    MAPPER("AWS::ElasticLoadBalancingV2::TargetGroup", TargetGroupMapper) \
    MAPPER("AWS::RDS::DBInstance", RdsInstanceMapper) \
    MAPPER("AWS::ElastiCache::ReplicationGroup", ElastiCacheMapper) \
    MAPPER("AWS::S3::Bucket", S3BucketMapper) \
    MAPPER("AWS::CloudFront::Distribution", CloudFrontMapper) \
    MAPPER("AWS::Route53::RecordSet", Route53RecordMapper) \
    MAPPER("AWS::ApiGateway::RestApi", RestApiMapper) \
    MAPPER("AWS::ApiGatewayV2::Api", HttpApiMapper) \
    MAPPER("AWS::EC2::NatGateway", NatGatewayMapper) \
    MAPPER("AWS::EC2::VPCEndpoint", VpcEndpointMapper) \
    MAPPER("AWS::ECS::Service", EcsServiceMapper) \
    MAPPER("AWS::EKS::Cluster", EksClusterMapper) \
    MAPPER("AWS::SNS::Subscription", SnsSubscriptionMapper) \
    MAPPER("AWS::Lambda::EventSourceMapping", LambdaTriggersMapper)

namespace pillar {

using cfn::tr;

#define PILLAR_DECLARE_MAPPER(type, MapperClass) const ResourceMapper &mapperInstance_##MapperClass();
PILLAR_RESOURCE_MAPPERS(PILLAR_DECLARE_MAPPER)
#undef PILLAR_DECLARE_MAPPER

const std::vector<ResourceMapping> &resourceMappings()
{
#define PILLAR_LIST_MAPPER(type, MapperClass) ResourceMapping{QLatin1String(type), std::cref(mapperInstance_##MapperClass())},
    static const std::vector<ResourceMapping> mappings{PILLAR_RESOURCE_MAPPERS(PILLAR_LIST_MAPPER)};
#undef PILLAR_LIST_MAPPER
    return mappings;
}

namespace {

// Whether the internet reaches instance e on a port it serves users on: one
// of its security groups admits any address (0.0.0.0/0, ::/0) on a port that
// is not remote administration or a data store (SSH, RDP, MySQL, ...). No
// group in the template means the VPC's default group, which admits nothing
// from outside. Groups or rules the template leaves unknown cannot tell:
// *undecided is set, and the instance is not taken for one users reach.
bool internetServedInstance(const MappingContext &context, const Element &e, bool *undecided)
{
    *undecided = e.isUnknown(QStringLiteral("securityGroups"));
    for (const QString &id : e.securityGroups) {
        const Element *sg = context.design().element(id);
        if (!sg || sg->kind != ElementKind::SecurityGroup)
            continue;
        if (sg->isUnknown(QStringLiteral("ingress")))
            *undecided = true;
        for (const IngressRule &rule : sg->ingress) {
            if (rule.cidr.isEmpty() || !ingressFacts(rule).fromAnywhere || rule.protocol == QLatin1String("icmp"))
                continue;
            if (rule.coversAllPorts())
                return true;
            const int ports = rule.toPort - rule.fromPort + 1;
            if (ports > int(sensitivePortsAdmitted(rule).size()))
                return true;
        }
    }
    return false;
}

// The users of the design: one Internet element in front of whatever the
// internet reaches first (CloudFront, DNS records, internet-facing load
// balancers, APIs that are not private, public instances no load balancer
// or distribution fronts).
void addInternet(MappingContext &context)
{
    QStringList entries;
    QSet<QString> behindSomething;
    for (const Connection &c : context.design().connections())
        behindSomething.insert(c.to);
    QSet<QString> servedInstances;
    QStringList undecidedInstances;
    for (const Element &e : context.design().elements()) {
        if (e.kind != ElementKind::Ec2Instance || !e.boolValue(QStringLiteral("publicIp")) || behindSomething.contains(e.id))
            continue;
        bool undecided = false;
        if (internetServedInstance(context, e, &undecided))
            servedInstances.insert(e.id);
        else if (undecided)
            undecidedInstances << e.id;
    }
    for (const QString &id : undecidedInstances)
        context.markUnknown(id, QStringLiteral("securityGroups"),
                            tr("whether users on the internet reach it: its security groups' ingress is not fully known"));
    for (const Element &e : context.design().elements()) {
        const bool entry = e.kind == ElementKind::CloudFront || e.kind == ElementKind::Route53Record
            || (e.kind == ElementKind::LoadBalancer && !e.isUnknown(QStringLiteral("scheme"))
                && e.stringValue(QStringLiteral("scheme")) == QLatin1String("internet-facing"))
            || (e.kind == ElementKind::Ec2Instance && e.boolValue(QStringLiteral("publicIp")) && servedInstances.contains(e.id))
            || (e.kind == ElementKind::ApiGateway && !e.isUnknown(QStringLiteral("endpointType"))
                && e.stringValue(QStringLiteral("endpointType")) != QLatin1String("private"));
        if (entry && !(e.kind == ElementKind::Ec2Instance && behindSomething.contains(e.id))
            && !(e.kind != ElementKind::Ec2Instance && e.kind != ElementKind::LoadBalancer && behindSomething.contains(e.id)))
            entries << e.id;
    }
    if (entries.isEmpty())
        return;
    Element internet;
    internet.id = context.freeId(QStringLiteral("Internet"));
    internet.kind = ElementKind::Internet;
    internet.name = tr("Internet users");
    context.add(internet);
    for (const QString &id : entries)
        context.connect(internet.id, id);
}

} // namespace

Design mapResources(const QVector<ImportResource> &resources, const MappingInputs &inputs, ImportReport *report)
{
    MappingContext context(resources, inputs, report);
    for (const ResourceMapping &m : resourceMappings())
        m.mapper.get().map(context, context.ofType(m.type));
    addInternet(context);
    context.finishReport();
    return std::move(context.design());
}

} // namespace pillar
