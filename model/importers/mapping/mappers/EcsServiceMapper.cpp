// AWS::ECS::Service, in the VPC of its awsvpc subnets, with its task definition
// (launch type, CPU, memory, task role) and cluster merged into it; the load
// balancers whose target groups it registers with are connected to it.
#include "../MappingContext.h"
#include "../ResourceMapper.h"
#include "ListenerActions.h"
#include "ServiceRefs.h"

namespace pillar {

using cfn::itemsOf;
using cfn::refersTo;
using cfn::targetGroupsOf;
using cfn::tr;

namespace {

// The load balancers whose listeners or listener rules forward to the target group.
QStringList loadBalancersOf(const MappingContext &context, const QString &targetGroup)
{
    QStringList lbs;
    auto lbOfListener = [&context](const CfnValue *arn) {
        const ImportResource *l = arn && arn->type == CfnValue::ResourceRef ? context.resource(arn->text) : nullptr;
        const CfnValue *lb = l ? l->properties.get(QStringLiteral("LoadBalancerArn")) : nullptr;
        return lb && lb->type == CfnValue::ResourceRef ? lb->text : QString();
    };
    for (const ImportResource *l : context.ofType("AWS::ElasticLoadBalancingV2::Listener")) {
        if (targetGroupsOf(l->properties.get(QStringLiteral("DefaultActions"))).contains(targetGroup)) {
            const CfnValue self = CfnValue::resourceRef(l->id);
            lbs << lbOfListener(&self);
        }
    }
    for (const ImportResource *rule : context.ofType("AWS::ElasticLoadBalancingV2::ListenerRule")) {
        if (targetGroupsOf(rule->properties.get(QStringLiteral("Actions"))).contains(targetGroup))
            lbs << lbOfListener(rule->properties.get(QStringLiteral("ListenerArn")));
    }
    lbs.removeAll(QString());
    lbs.removeDuplicates();
    return lbs;
}

// "256", "1024" or "1 vCPU" / "2 GB" as a task definition writes them.
int taskSize(const CfnValue *v, int unitsPerWhole, bool *ok)
{
    *ok = v && v->isScalar();
    if (!*ok)
        return 0;
    const QString text = v->text.trimmed().toLower();
    const double n = text.section(QLatin1Char(' '), 0, 0).toDouble(ok);
    const bool whole = text.contains(QLatin1String("vcpu")) || text.contains(QLatin1String("gb"));
    return int(whole ? n * unitsPerWhole : n);
}

class EcsServiceMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        NetworkPlacement &net = context.network();
        for (const ImportResource *r : resources) {
            const CfnValue &p = r->properties;
            Element svc;
            svc.id = r->id;
            svc.kind = ElementKind::EcsService;

            const CfnValue *taskRef = p.get(QStringLiteral("TaskDefinition"));
            const ImportResource *task = taskRef && taskRef->type == CfnValue::ResourceRef ? context.resource(taskRef->text) : nullptr;
            if (task && task->type != QLatin1String("AWS::ECS::TaskDefinition"))
                task = nullptr;
            QString launch = cfn::lowerScalar(p.get(QStringLiteral("LaunchType")));
            for (const CfnValue &strategy : itemsOf(p.get(QStringLiteral("CapacityProviderStrategy")))) {
                const QString provider = cfn::lowerScalar(strategy.get(QStringLiteral("CapacityProvider")));
                if (launch.isEmpty() && !provider.isEmpty())
                    launch = provider.startsWith(QLatin1String("fargate")) ? QStringLiteral("fargate") : QStringLiteral("ec2");
            }
            if (launch.isEmpty() && task) {
                for (const CfnValue &c : itemsOf(task->properties.get(QStringLiteral("RequiresCompatibilities")))) {
                    if (cfn::lowerScalar(&c) == QLatin1String("fargate"))
                        launch = QStringLiteral("fargate");
                }
            }
            if (launch == QLatin1String("fargate") || launch == QLatin1String("ec2"))
                svc.properties.insert(QStringLiteral("launchType"), launch);
            else if (launch.isEmpty() && !p.get(QStringLiteral("LaunchType")) && !p.get(QStringLiteral("CapacityProviderStrategy")))
                svc.properties.insert(QStringLiteral("launchType"), QStringLiteral("ec2")); // the default without a capacity provider
            else
                context.markUnknown(svc, QStringLiteral("launchType"), tr("LaunchType or CapacityProviderStrategy is not known"));

            // CloudFormation starts one task when DesiredCount is not given.
            const CfnValue one = CfnValue::scalar(QStringLiteral("1"));
            const CfnValue *desired = p.get(QStringLiteral("DesiredCount"));
            context.setInt(svc, QStringLiteral("desiredCount"), desired ? desired : &one, tr("DesiredCount"));

            const CfnValue *network = p.get(QStringLiteral("NetworkConfiguration"));
            const CfnValue *awsvpc = network ? network->get(QStringLiteral("AwsvpcConfiguration")) : nullptr;
            bool complete = true;
            QStringList subnets;
            if (awsvpc) {
                subnets = net.subnetElements(awsvpc->get(QStringLiteral("Subnets")), &complete);
                svc.securityGroups = net.securityGroupElements(svc, {awsvpc->get(QStringLiteral("SecurityGroups"))});
                const CfnValue *ip = awsvpc->get(QStringLiteral("AssignPublicIp"));
                if (ip && !ip->isScalar())
                    context.markUnknown(svc, QStringLiteral("publicIp"), tr("AssignPublicIp: %1").arg(MappingContext::why(*ip)));
                else
                    svc.properties.insert(QStringLiteral("publicIp"), cfn::lowerScalar(ip) == QLatin1String("enabled"));
            }
            svc.parent = net.vpcOfSubnets(subnets);
            if (svc.parent.isEmpty())
                svc.parent = net.externalVpc();
            svc.properties.insert(QStringLiteral("subnets"), subnets);
            if (!complete || !awsvpc)
                context.markUnknown(svc, QStringLiteral("subnets"), awsvpc ? tr("some of its subnets are not known from the template")
                                                                            : tr("its tasks use the network of the cluster's instances"));

            if (task) {
                bool ok = false;
                const int cpu = taskSize(task->properties.get(QStringLiteral("Cpu")), 1024, &ok);
                if (ok)
                    svc.properties.insert(QStringLiteral("cpuUnits"), cpu);
                else if (task->properties.get(QStringLiteral("Cpu")))
                    context.markUnknown(svc, QStringLiteral("cpuUnits"), tr("the task definition's Cpu is not known"));
                const int memory = taskSize(task->properties.get(QStringLiteral("Memory")), 1024, &ok);
                if (ok)
                    svc.properties.insert(QStringLiteral("memoryMb"), memory);
                else if (task->properties.get(QStringLiteral("Memory")))
                    context.markUnknown(svc, QStringLiteral("memoryMb"), tr("the task definition's Memory is not known"));
                if (const CfnValue *role = task->properties.get(QStringLiteral("TaskRoleArn"))) {
                    QStringList ids;
                    cfn::collectRefIds(*role, &ids);
                    if (!ids.isEmpty())
                        svc.properties.insert(QStringLiteral("iamRole"), ids.first());
                    else
                        context.setString(svc, QStringLiteral("iamRole"), role, tr("TaskRoleArn"));
                }
                context.record(task->id, ImportedResource::Merged, r->id, tr("task definition of %1").arg(r->id));
            } else {
                for (const char *key : {"cpuUnits", "memoryMb", "iamRole"})
                    context.markUnknown(svc, QLatin1String(key), tr("its task definition is not defined in this template"));
            }
            if (const CfnValue *cluster = p.get(QStringLiteral("Cluster"))) {
                const ImportResource *c = cluster->type == CfnValue::ResourceRef ? context.resource(cluster->text) : nullptr;
                if (c && c->type == QLatin1String("AWS::ECS::Cluster"))
                    context.record(c->id, ImportedResource::Used, QString(), tr("cluster of ECS service %1").arg(r->id));
            }
            context.add(svc);
            context.record(r->id, ImportedResource::Mapped, r->id, QString());
            for (const CfnValue &lb : itemsOf(p.get(QStringLiteral("LoadBalancers")))) {
                const CfnValue *tg = lb.get(QStringLiteral("TargetGroupArn"));
                if (tg && tg->type == CfnValue::ResourceRef) {
                    for (const QString &id : loadBalancersOf(context, tg->text))
                        context.connect(id, r->id);
                }
                const CfnValue *classic = lb.get(QStringLiteral("LoadBalancerName"));
                if (classic && classic->type == CfnValue::ResourceRef)
                    context.connect(classic->text, r->id);
            }
        }
        for (const ImportResource *r : context.ofType("AWS::ECS::TaskDefinition")) {
            if (!context.recorded(r->id))
                context.record(r->id, ImportedResource::Skipped, QString(), tr("no ECS service of the template runs it"));
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(EcsServiceMapper)

} // namespace pillar
