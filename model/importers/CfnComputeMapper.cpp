// CfnMapper, part 3: EC2 instances, launch templates/configurations, Auto
// Scaling groups, ELBv2 and classic load balancers with their listeners and
// target groups.
#include "CfnMapper.h"

#include "CfnHelpers.h"

namespace pillar {

using cfn::itemsOf;
using cfn::refersTo;
using cfn::tr;

namespace {

// Target group references in listener or listener-rule actions.
QStringList targetGroupsOf(const CfnValue *actions)
{
    QStringList ids;
    for (const CfnValue &action : itemsOf(actions)) {
        const CfnValue *tg = action.get(QStringLiteral("TargetGroupArn"));
        if (tg && tg->type == CfnValue::ResourceRef)
            ids << tg->text;
        const CfnValue *forward = action.get(QStringLiteral("ForwardConfig"));
        for (const CfnValue &entry : itemsOf(forward ? forward->get(QStringLiteral("TargetGroups")) : nullptr)) {
            const CfnValue *arn = entry.get(QStringLiteral("TargetGroupArn"));
            if (arn && arn->type == CfnValue::ResourceRef)
                ids << arn->text;
        }
    }
    return ids;
}

} // namespace

void CfnMapper::applyLaunchSettings(Element &e, const CfnValue &data, bool launchConfiguration, const QString &source)
{
    if (data.type != CfnValue::Map) {
        for (const char *key : {"instanceType", "iamRole", "publicIp"})
            markUnknown(e, QLatin1String(key), tr("%1: %2").arg(source, why(data)));
        return;
    }
    setString(e, QStringLiteral("instanceType"), data.get(QStringLiteral("InstanceType")), tr("%1 InstanceType").arg(source));
    const CfnValue *profile = data.get(QStringLiteral("IamInstanceProfile"));
    if (profile && profile->isMap()) // launch templates: {Arn: ...} or {Name: ...}
        profile = profile->get(QStringLiteral("Arn")) ? profile->get(QStringLiteral("Arn")) : profile->get(QStringLiteral("Name"));
    if (!profile)
        e.properties.insert(QStringLiteral("iamRole"), QString());
    else if (profile->isScalar() || profile->type == CfnValue::ResourceRef)
        e.properties.insert(QStringLiteral("iamRole"), profile->text);
    else
        markUnknown(e, QStringLiteral("iamRole"), tr("%1 IamInstanceProfile: %2").arg(source, why(*profile)));

    QVector<const CfnValue *> groups = {data.get(QStringLiteral("SecurityGroupIds")), data.get(QStringLiteral("SecurityGroups"))};
    for (const CfnValue &nic : itemsOf(data.get(QStringLiteral("NetworkInterfaces"))))
        groups << nic.get(QStringLiteral("Groups"));
    for (const QString &sg : securityGroupElements(e, groups)) {
        if (!e.securityGroups.contains(sg))
            e.securityGroups << sg;
    }
    const CfnValue *publicIp = data.get(QStringLiteral("AssociatePublicIpAddress"));
    const QVector<CfnValue> nics = itemsOf(data.get(QStringLiteral("NetworkInterfaces")));
    if (!publicIp && !nics.isEmpty())
        publicIp = nics.first().get(QStringLiteral("AssociatePublicIpAddress"));
    if (publicIp)
        setBool(e, QStringLiteral("publicIp"), publicIp, tr("%1 AssociatePublicIpAddress").arg(source));

    const CfnValue *monitoring = data.get(launchConfiguration ? QStringLiteral("InstanceMonitoring") : QStringLiteral("Monitoring"));
    if (monitoring && monitoring->isMap())
        monitoring = monitoring->get(QStringLiteral("Enabled"));
    if (monitoring)
        setBool(e, QStringLiteral("detailedMonitoring"), monitoring, tr("%1 monitoring").arg(source));
    else if (launchConfiguration) // launch configurations enable detailed monitoring unless told not to
        e.properties.insert(QStringLiteral("detailedMonitoring"), true);
}

void CfnMapper::mapInstances()
{
    for (const Resource *r : ofType("AWS::EC2::Instance")) {
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
            ec2.parent = subnetElement(*subnetRef, &complete);
            if (ec2.parent.isEmpty()) {
                ec2.parent = externalSubnet(r->id + QLatin1String("-subnet"));
                markUnknown(ec2, QStringLiteral("parent"), tr("SubnetId: %1").arg(why(*subnetRef)));
            }
        } else {
            // No subnet: EC2 launches it in a default subnet of the default VPC.
            const CfnValue *az = p.get(QStringLiteral("AvailabilityZone"));
            ec2.parent = defaultSubnet(az && az->isScalar() ? az->text : QString());
        }

        const CfnValue *lt = p.get(QStringLiteral("LaunchTemplate"));
        const CfnValue *ltRef = lt ? (lt->get(QStringLiteral("LaunchTemplateId")) ? lt->get(QStringLiteral("LaunchTemplateId"))
                                                                                    : lt->get(QStringLiteral("LaunchTemplateName")))
                                   : nullptr;
        if (ltRef && ltRef->type == CfnValue::ResourceRef && resource(ltRef->text)) {
            const CfnValue *data = resource(ltRef->text)->properties.get(QStringLiteral("LaunchTemplateData"));
            applyLaunchSettings(ec2, data ? *data : CfnValue(), false, ltRef->text);
            record(ltRef->text, ImportedResource::Merged, r->id, tr("launch template of %1").arg(r->id));
        }
        CfnValue own = p;
        if (!p.get(QStringLiteral("InstanceType")) && !ltRef) // EC2's documented default
            own.map.append({QStringLiteral("InstanceType"), CfnValue::scalar(QStringLiteral("m1.small"))});
        if (p.get(QStringLiteral("IamInstanceProfile")) || !ltRef)
            applyLaunchSettings(ec2, own, false, r->id);
        else // the launch template's settings stand unless the instance overrides them
            setString(ec2, QStringLiteral("instanceType"), p.get(QStringLiteral("InstanceType")), tr("InstanceType"));
        for (const QString &sg : securityGroupElements(ec2, {p.get(QStringLiteral("SecurityGroupIds")),
                                                              p.get(QStringLiteral("SecurityGroups"))})) {
            if (!ec2.securityGroups.contains(sg))
                ec2.securityGroups << sg;
        }
        for (const CfnValue &nic : nics) {
            for (const QString &sg : securityGroupElements(ec2, {nic.get(QStringLiteral("GroupSet"))})) {
                if (!ec2.securityGroups.contains(sg))
                    ec2.securityGroups << sg;
            }
        }

        bool hasEip = false;
        for (const char *type : {"AWS::EC2::EIP", "AWS::EC2::EIPAssociation"}) {
            for (const Resource *eip : ofType(type)) {
                if (refersTo(eip->properties.get(QStringLiteral("InstanceId")), r->id)) {
                    hasEip = true;
                    record(eip->id, ImportedResource::Merged, r->id, tr("Elastic IP of %1").arg(r->id));
                }
            }
        }
        if (hasEip) {
            ec2.properties.insert(QStringLiteral("publicIp"), true);
        } else if (!ec2.properties.contains(QStringLiteral("publicIp")) && !ec2.isUnknown(QStringLiteral("publicIp"))) {
            const int maps = m_subnetMapsPublicIp.value(ec2.parent, -1);
            if (maps < 0)
                markUnknown(ec2, QStringLiteral("publicIp"), tr("whether its subnet gives public IPs is not known"));
            else
                ec2.properties.insert(QStringLiteral("publicIp"), maps == 1);
        }
        add(ec2);
        record(r->id, ImportedResource::Mapped, r->id, QString());
    }
}

void CfnMapper::mapAutoScalingGroups()
{
    for (const Resource *r : ofType("AWS::AutoScaling::AutoScalingGroup")) {
        const CfnValue &p = r->properties;
        Element asg;
        asg.id = r->id;
        asg.kind = ElementKind::AutoScalingGroup;
        bool complete = true;
        QStringList subnets;
        if (const CfnValue *ids = p.get(QStringLiteral("VPCZoneIdentifier"))) {
            subnets = subnetElements(ids, &complete);
        } else if (const CfnValue *zones = p.get(QStringLiteral("AvailabilityZones"))) {
            for (const CfnValue &zone : itemsOf(zones)) {
                subnets << defaultSubnet(zone.isScalar() ? zone.text : QString());
                complete = complete && zone.isScalar();
            }
        }
        asg.parent = vpcOfSubnets(subnets);
        if (asg.parent.isEmpty())
            asg.parent = subnets.isEmpty() && !p.get(QStringLiteral("VPCZoneIdentifier")) ? defaultVpc() : externalVpc();
        asg.properties.insert(QStringLiteral("subnets"), subnets);
        if (!complete)
            markUnknown(asg, QStringLiteral("subnets"), tr("some of its subnets or zones are not known from the template"));

        const CfnValue *lt = p.get(QStringLiteral("LaunchTemplate"));
        if (!lt) {
            const CfnValue *mixed = p.get(QStringLiteral("MixedInstancesPolicy"));
            const CfnValue *mlt = mixed ? mixed->get(QStringLiteral("LaunchTemplate")) : nullptr;
            lt = mlt ? mlt->get(QStringLiteral("LaunchTemplateSpecification")) : nullptr;
        }
        const CfnValue *launchRef = lt ? (lt->get(QStringLiteral("LaunchTemplateId")) ? lt->get(QStringLiteral("LaunchTemplateId"))
                                                                                       : lt->get(QStringLiteral("LaunchTemplateName")))
                                       : p.get(QStringLiteral("LaunchConfigurationName"));
        const Resource *launch = launchRef && launchRef->type == CfnValue::ResourceRef ? resource(launchRef->text) : nullptr;
        if (launch && launch->type == QLatin1String("AWS::EC2::LaunchTemplate")) {
            const CfnValue *data = launch->properties.get(QStringLiteral("LaunchTemplateData"));
            applyLaunchSettings(asg, data ? *data : CfnValue(), false, launch->id);
            record(launch->id, ImportedResource::Merged, r->id, tr("launch template of %1").arg(r->id));
        } else if (launch && launch->type == QLatin1String("AWS::AutoScaling::LaunchConfiguration")) {
            applyLaunchSettings(asg, launch->properties, true, launch->id);
            record(launch->id, ImportedResource::Merged, r->id, tr("launch configuration of %1").arg(r->id));
        } else {
            const QString reason = launchRef ? why(*launchRef) : tr("no launch template or configuration");
            for (const char *key : {"instanceType", "iamRole", "publicIp"})
                markUnknown(asg, QLatin1String(key), tr("launch settings: %1").arg(reason));
        }
        setInt(asg, QStringLiteral("minSize"), p.get(QStringLiteral("MinSize")), tr("MinSize"));
        setInt(asg, QStringLiteral("maxSize"), p.get(QStringLiteral("MaxSize")), tr("MaxSize"));
        const CfnValue *desired = p.get(QStringLiteral("DesiredCapacity"));
        setInt(asg, QStringLiteral("desiredCapacity"), desired ? desired : p.get(QStringLiteral("MinSize")), tr("DesiredCapacity"));
        if (!p.get(QStringLiteral("MinSize")))
            asg.properties.remove(QStringLiteral("desiredCapacity"));
        add(asg);
        record(r->id, ImportedResource::Mapped, r->id, QString());
    }
    for (const char *type : {"AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration"}) {
        for (const Resource *r : ofType(type))
            record(r->id, ImportedResource::Skipped, QString(), tr("not used by any instance or Auto Scaling group of the template"));
    }
}

void CfnMapper::mapLoadBalancersV2()
{
    for (const Resource *r : ofType("AWS::ElasticLoadBalancingV2::LoadBalancer")) {
        const CfnValue &p = r->properties;
        const CfnValue *type = p.get(QStringLiteral("Type"));
        if (type && type->isScalar() && type->text == QLatin1String("gateway")) {
            record(r->id, ImportedResource::Skipped, QString(), tr("Gateway Load Balancers are not modelled"));
            continue;
        }
        Element lb;
        lb.id = r->id;
        lb.kind = ElementKind::LoadBalancer;
        setString(lb, QStringLiteral("type"), type, tr("Type"));
        setString(lb, QStringLiteral("scheme"), p.get(QStringLiteral("Scheme")), tr("Scheme"));
        bool complete = true;
        QStringList subnets = subnetElements(p.get(QStringLiteral("Subnets")), &complete);
        for (const CfnValue &mapping : itemsOf(p.get(QStringLiteral("SubnetMappings")))) {
            const CfnValue *id = mapping.get(QStringLiteral("SubnetId"));
            const QString s = id ? subnetElement(*id, &complete) : QString();
            if (!s.isEmpty() && !subnets.contains(s))
                subnets << s;
        }
        lb.parent = vpcOfSubnets(subnets);
        if (lb.parent.isEmpty())
            lb.parent = externalVpc();
        lb.properties.insert(QStringLiteral("subnets"), subnets);
        if (!complete)
            markUnknown(lb, QStringLiteral("subnets"), tr("some of its subnets are not known from the template"));
        lb.securityGroups = securityGroupElements(lb, {p.get(QStringLiteral("SecurityGroups"))});

        for (const Resource *l : ofType("AWS::ElasticLoadBalancingV2::Listener")) {
            const CfnValue &lp = l->properties;
            if (!refersTo(lp.get(QStringLiteral("LoadBalancerArn")), r->id))
                continue;
            record(l->id, ImportedResource::Merged, r->id, tr("listener of %1").arg(r->id));
            const CfnValue *protocol = lp.get(QStringLiteral("Protocol"));
            const CfnValue *port = lp.get(QStringLiteral("Port"));
            bool okPort = false;
            const int portNumber = port ? port->toInt(&okPort) : 0;
            const QStringList protocols = {"HTTP", "HTTPS", "TCP", "TLS", "UDP", "TCP_UDP"};
            if (!protocol || !protocol->isScalar() || !protocols.contains(protocol->text) || !okPort || portNumber < 1
                || portNumber > 65535) {
                markUnknown(lb, QStringLiteral("listeners"),
                            tr("listener %1: protocol or port not known").arg(l->id));
                continue;
            }
            Listener listener;
            listener.protocol = protocol->text;
            listener.port = portNumber;
            const QVector<CfnValue> actions = itemsOf(lp.get(QStringLiteral("DefaultActions")));
            listener.action = QStringLiteral("forward");
            for (const CfnValue &action : actions) {
                const CfnValue *t = action.get(QStringLiteral("Type"));
                const CfnValue *redirect = action.get(QStringLiteral("RedirectConfig"));
                const CfnValue *to = redirect ? redirect->get(QStringLiteral("Protocol")) : nullptr;
                if (t && t->isScalar() && t->text == QLatin1String("redirect") && to && to->isScalar()
                    && to->text == QLatin1String("HTTPS"))
                    listener.action = QStringLiteral("redirect-https");
            }
            lb.listeners << listener;
            for (const QString &tg : targetGroupsOf(lp.get(QStringLiteral("DefaultActions")))) {
                const Resource *group = resource(tg);
                const CfnValue *path = group ? group->properties.get(QStringLiteral("HealthCheckPath")) : nullptr;
                if (path && path->isScalar() && !lb.properties.contains(QStringLiteral("healthCheckPath")))
                    lb.properties.insert(QStringLiteral("healthCheckPath"), path->text);
            }
        }
        add(lb);
        record(r->id, ImportedResource::Mapped, r->id, QString());
    }
}

void CfnMapper::mapClassicLoadBalancers()
{
    for (const Resource *r : ofType("AWS::ElasticLoadBalancing::LoadBalancer")) {
        const CfnValue &p = r->properties;
        Element lb;
        lb.id = r->id;
        lb.kind = ElementKind::LoadBalancer;
        lb.properties.insert(QStringLiteral("type"), QStringLiteral("classic"));
        setString(lb, QStringLiteral("scheme"), p.get(QStringLiteral("Scheme")), tr("Scheme"));
        bool complete = true;
        QStringList subnets;
        if (const CfnValue *ids = p.get(QStringLiteral("Subnets"))) {
            subnets = subnetElements(ids, &complete);
        } else {
            for (const CfnValue &zone : itemsOf(p.get(QStringLiteral("AvailabilityZones")))) {
                subnets << defaultSubnet(zone.isScalar() ? zone.text : QString());
                complete = complete && zone.isScalar();
            }
        }
        lb.parent = vpcOfSubnets(subnets);
        if (lb.parent.isEmpty())
            lb.parent = p.get(QStringLiteral("Subnets")) ? externalVpc() : defaultVpc();
        lb.properties.insert(QStringLiteral("subnets"), subnets);
        if (!complete)
            markUnknown(lb, QStringLiteral("subnets"), tr("some of its subnets or zones are not known from the template"));
        lb.securityGroups = securityGroupElements(lb, {p.get(QStringLiteral("SecurityGroups"))});
        if (m_elbSourceGroup.contains(r->id) && !lb.securityGroups.contains(m_elbSourceGroup.value(r->id)))
            lb.securityGroups << m_elbSourceGroup.value(r->id);
        for (const CfnValue &l : itemsOf(p.get(QStringLiteral("Listeners")))) {
            const CfnValue *protocol = l.get(QStringLiteral("Protocol"));
            const CfnValue *port = l.get(QStringLiteral("LoadBalancerPort"));
            bool okPort = false;
            const int portNumber = port ? port->toInt(&okPort) : 0;
            const QStringList protocols = {"HTTP", "HTTPS", "TCP", "SSL"};
            const QString proto = protocol && protocol->isScalar() ? protocol->text.toUpper() : QString();
            if (!protocols.contains(proto) || !okPort || portNumber < 1 || portNumber > 65535) {
                markUnknown(lb, QStringLiteral("listeners"), tr("a listener's protocol or port is not known"));
                continue;
            }
            Listener listener;
            listener.protocol = proto;
            listener.port = portNumber;
            lb.listeners << listener;
        }
        const CfnValue *health = p.get(QStringLiteral("HealthCheck"));
        const CfnValue *target = health ? health->get(QStringLiteral("Target")) : nullptr;
        if (target && target->isScalar() && target->text.startsWith(QLatin1String("HTTP"))) {
            const int slash = target->text.indexOf(QLatin1Char('/'));
            if (slash > 0)
                lb.properties.insert(QStringLiteral("healthCheckPath"), target->text.mid(slash));
        }
        add(lb);
        record(r->id, ImportedResource::Mapped, r->id, QString());
        for (const CfnValue &instance : itemsOf(p.get(QStringLiteral("Instances")))) {
            if (instance.type == CfnValue::ResourceRef)
                connect(r->id, instance.text);
        }
    }
}

void CfnMapper::connectTargetGroups()
{
    QHash<QString, QStringList> lbsOfGroup;
    auto listenerLb = [this](const CfnValue *arn) -> QString {
        if (!arn || arn->type != CfnValue::ResourceRef)
            return QString();
        const Resource *l = resource(arn->text);
        const CfnValue *lb = l ? l->properties.get(QStringLiteral("LoadBalancerArn")) : nullptr;
        return lb && lb->type == CfnValue::ResourceRef && m_design.element(lb->text) ? lb->text : QString();
    };
    for (const Resource *l : ofType("AWS::ElasticLoadBalancingV2::Listener")) {
        const CfnValue self = CfnValue::resourceRef(l->id);
        const QString lb = listenerLb(&self);
        for (const QString &tg : targetGroupsOf(l->properties.get(QStringLiteral("DefaultActions"))))
            lbsOfGroup[tg] << lb;
    }
    for (const Resource *rule : ofType("AWS::ElasticLoadBalancingV2::ListenerRule")) {
        const QString lb = listenerLb(rule->properties.get(QStringLiteral("ListenerArn")));
        if (lb.isEmpty())
            continue;
        record(rule->id, ImportedResource::Merged, lb, tr("listener rule of %1").arg(lb));
        for (const QString &tg : targetGroupsOf(rule->properties.get(QStringLiteral("Actions"))))
            lbsOfGroup[tg] << lb;
    }
    for (const Resource *tg : ofType("AWS::ElasticLoadBalancingV2::TargetGroup")) {
        QStringList lbs = lbsOfGroup.value(tg->id);
        lbs.removeAll(QString());
        lbs.removeDuplicates();
        if (lbs.isEmpty()) {
            record(tg->id, ImportedResource::Skipped, QString(), tr("no listener of the template forwards to it"));
            continue;
        }
        record(tg->id, ImportedResource::Merged, lbs.first(), tr("target group of %1").arg(lbs.join(QLatin1String(", "))));
        QStringList targets;
        for (const CfnValue &t : itemsOf(tg->properties.get(QStringLiteral("Targets")))) {
            const CfnValue *id = t.get(QStringLiteral("Id"));
            if (id && id->type == CfnValue::ResourceRef)
                targets << id->text;
        }
        for (const Resource *asg : ofType("AWS::AutoScaling::AutoScalingGroup")) {
            for (const CfnValue &arn : itemsOf(asg->properties.get(QStringLiteral("TargetGroupARNs")))) {
                if (arn.type == CfnValue::ResourceRef && arn.text == tg->id)
                    targets << asg->id;
            }
        }
        for (const QString &lb : lbs) {
            for (const QString &target : targets)
                connect(lb, target);
        }
    }
    for (const Resource *asg : ofType("AWS::AutoScaling::AutoScalingGroup")) {
        for (const CfnValue &name : itemsOf(asg->properties.get(QStringLiteral("LoadBalancerNames")))) {
            if (name.type == CfnValue::ResourceRef)
                connect(name.text, asg->id);
        }
    }
}

} // namespace pillar
