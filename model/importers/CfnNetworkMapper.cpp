// CfnMapper, part 2: VPCs, subnets (and whether they are public), security groups.
#include "CfnMapper.h"

#include "CfnHelpers.h"

#include "../Cidr.h"

namespace pillar {

using cfn::itemsOf;
using cfn::refersTo;
using cfn::tr;

void CfnMapper::mapVpcs()
{
    for (const Resource *r : ofType("AWS::EC2::VPC")) {
        Element vpc;
        vpc.id = r->id;
        vpc.kind = ElementKind::Vpc;
        setString(vpc, QStringLiteral("cidr"), r->properties.get(QStringLiteral("CidrBlock")), tr("CidrBlock"));
        if (!r->properties.get(QStringLiteral("CidrBlock")))
            markUnknown(vpc, QStringLiteral("cidr"), tr("the VPC takes its block from an IPAM pool"));
        add(vpc);
        record(r->id, ImportedResource::Mapped, r->id, QString());
    }
}

void CfnMapper::mapSubnets()
{
    const QVector<const Resource *> subnets = ofType("AWS::EC2::Subnet");
    for (const Resource *r : subnets) {
        const CfnValue &p = r->properties;
        QString vpc = vpcElement(p.get(QStringLiteral("VpcId")));
        if (vpc.isEmpty())
            vpc = externalVpc();
        QString zone;
        const CfnValue *az = p.get(QStringLiteral("AvailabilityZone"));
        if (!az)
            az = p.get(QStringLiteral("AvailabilityZoneId"));
        if (az && az->isScalar())
            zone = az->text;

        Element subnet;
        subnet.id = r->id;
        subnet.kind = ElementKind::Subnet;
        subnet.parent = azElement(vpc, zone, r->id);
        setString(subnet, QStringLiteral("cidr"), p.get(QStringLiteral("CidrBlock")), tr("CidrBlock"));

        bool ok = false;
        const CfnValue *mapIp = p.get(QStringLiteral("MapPublicIpOnLaunch"));
        const bool mapsIp = mapIp && mapIp->toBool(&ok) && ok;
        const int routes = subnetRoutesToInternet(r->id);
        m_subnetZone.insert(r->id, zone);
        m_subnetMapsPublicIp.insert(r->id, mapIp && !ok ? -1 : (mapsIp ? 1 : 0));
        if (routes == 1 || mapsIp)
            subnet.properties.insert(QStringLiteral("public"), true);
        else if (routes == 0)
            subnet.properties.insert(QStringLiteral("public"), false);
        else
            markUnknown(subnet, QStringLiteral("public"), tr("its default route goes to a gateway the template does not define"));
        add(subnet);
        record(r->id, ImportedResource::Mapped, r->id, QString());
    }
    if (subnets.isEmpty())
        return;
    for (const char *type : {"AWS::EC2::RouteTable", "AWS::EC2::Route", "AWS::EC2::SubnetRouteTableAssociation",
                             "AWS::EC2::InternetGateway", "AWS::EC2::VPCGatewayAttachment"}) {
        for (const Resource *r : ofType(type))
            record(r->id, ImportedResource::Used, QString(), tr("read to decide which subnets are public"));
    }
}

int CfnMapper::subnetRoutesToInternet(const QString &subnetId)
{
    int result = 0; // no association: the VPC's main route table, which a template cannot give routes
    for (const Resource *assoc : ofType("AWS::EC2::SubnetRouteTableAssociation")) {
        if (!refersTo(assoc->properties.get(QStringLiteral("SubnetId")), subnetId))
            continue;
        const CfnValue *table = assoc->properties.get(QStringLiteral("RouteTableId"));
        if (!table || table->type != CfnValue::ResourceRef) {
            result = -1;
            continue;
        }
        for (const Resource *route : ofType("AWS::EC2::Route")) {
            const CfnValue &rp = route->properties;
            if (!refersTo(rp.get(QStringLiteral("RouteTableId")), table->text))
                continue;
            const CfnValue *dest4 = rp.get(QStringLiteral("DestinationCidrBlock"));
            const CfnValue *dest6 = rp.get(QStringLiteral("DestinationIpv6CidrBlock"));
            const bool isDefault = (dest4 && dest4->isScalar() && dest4->text == QLatin1String("0.0.0.0/0"))
                || (dest6 && dest6->isScalar() && dest6->text == QLatin1String("::/0"));
            const bool destUnknown = (dest4 && !dest4->isScalar()) || (dest6 && !dest6->isScalar());
            const CfnValue *gateway = rp.get(QStringLiteral("GatewayId"));
            if (!gateway || (!isDefault && !destUnknown))
                continue;
            if (gateway->type == CfnValue::ResourceRef) {
                const Resource *g = resource(gateway->text);
                if (g && g->type == QLatin1String("AWS::EC2::InternetGateway")) {
                    if (isDefault)
                        return 1;
                    result = -1;
                }
            } else if (gateway->isScalar() && gateway->text.startsWith(QLatin1String("igw-"))) {
                if (isDefault)
                    return 1;
                result = -1;
            } else if (!gateway->isScalar()) {
                result = -1;
            }
        }
    }
    return result;
}

void CfnMapper::mapSecurityGroups()
{
    const QVector<const Resource *> groups = ofType("AWS::EC2::SecurityGroup");
    // All groups first: inline rules may name a group defined further down.
    for (const Resource *r : groups) {
        Element sg;
        sg.id = r->id;
        sg.kind = ElementKind::SecurityGroup;
        if (const CfnValue *vpc = r->properties.get(QStringLiteral("VpcId"))) {
            sg.parent = vpcElement(vpc);
            if (sg.parent.isEmpty())
                sg.parent = externalVpc();
        }
        const CfnValue *description = r->properties.get(QStringLiteral("GroupDescription"));
        if (description && description->isScalar())
            sg.properties.insert(QStringLiteral("description"), description->text);
        add(sg);
        record(r->id, ImportedResource::Mapped, r->id, QString());
    }
    for (const Resource *r : groups) {
        if (const CfnValue *rules = r->properties.get(QStringLiteral("SecurityGroupIngress")))
            addIngressTo(r->id, *rules);
    }
    for (const Resource *r : ofType("AWS::EC2::SecurityGroupIngress")) {
        bool known = true;
        const CfnValue *group = r->properties.get(QStringLiteral("GroupId"));
        if (!group)
            group = r->properties.get(QStringLiteral("GroupName"));
        const QString sg = group ? securityGroupElement(*group, &known) : QString();
        if (sg.isEmpty()) {
            record(r->id, ImportedResource::Skipped, QString(), tr("the security group it belongs to is not known"));
            continue;
        }
        addIngressTo(sg, r->properties);
        record(r->id, ImportedResource::Merged, sg, tr("ingress rule of %1").arg(sg));
    }
    for (const Resource *r : ofType("AWS::EC2::SecurityGroupEgress"))
        record(r->id, ImportedResource::Skipped, QString(), tr("egress rules are not modelled; Pillar checks ingress"));
}

void CfnMapper::addIngressTo(const QString &sgId, const CfnValue &rules)
{
    const Element *target = m_design.element(sgId);
    if (!target || target->kind != ElementKind::SecurityGroup)
        return; // the caller resolved something else: nothing to add rules to
    QVector<CfnValue> list;
    if (rules.isList())
        list = rules.items;
    else if (rules.isMap())
        list << rules;
    else {
        markUnknown(sgId, QStringLiteral("ingress"), tr("SecurityGroupIngress: %1").arg(why(rules)));
        return;
    }
    for (const CfnValue &rule : list) {
        IngressRule out;
        QString problem;
        if (!ingressRule(rule, &out, &problem)) {
            markUnknown(sgId, QStringLiteral("ingress"), problem);
            continue;
        }
        Element *sg = m_design.element(sgId); // looked up after ingressRule may have added elements
        if (sg && !sg->ingress.contains(out))
            sg->ingress.append(out);
    }
}

bool CfnMapper::ingressRule(const CfnValue &rule, IngressRule *out, QString *problem)
{
    if (!rule.isMap()) {
        *problem = tr("an ingress rule: %1").arg(why(rule));
        return false;
    }
    const CfnValue *proto = rule.get(QStringLiteral("IpProtocol"));
    if (!proto || !proto->isScalar()) {
        *problem = tr("IpProtocol: %1").arg(proto ? why(*proto) : tr("missing"));
        return false;
    }
    const QString p = proto->text.toLower();
    if (p == QLatin1String("-1") || p == QLatin1String("all"))
        out->protocol = QStringLiteral("all");
    else if (p == QLatin1String("tcp") || p == QLatin1String("6"))
        out->protocol = QStringLiteral("tcp");
    else if (p == QLatin1String("udp") || p == QLatin1String("17"))
        out->protocol = QStringLiteral("udp");
    else if (p == QLatin1String("icmp") || p == QLatin1String("1") || p == QLatin1String("icmpv6") || p == QLatin1String("58"))
        out->protocol = QStringLiteral("icmp");
    else {
        *problem = tr("IpProtocol '%1' is not modelled").arg(proto->text);
        return false;
    }
    if (out->protocol != QLatin1String("all")) {
        const CfnValue *from = rule.get(QStringLiteral("FromPort"));
        const CfnValue *to = rule.get(QStringLiteral("ToPort"));
        bool okFrom = true, okTo = true;
        int f = from ? from->toInt(&okFrom) : 0;
        int t = to ? to->toInt(&okTo) : (from ? f : 65535);
        if (!okFrom || !okTo) {
            *problem = tr("port range: %1").arg(why(!okFrom ? *from : *to));
            return false;
        }
        if (f < 0 || t < 0) { // -1 means every port (or every ICMP type)
            f = 0;
            t = 65535;
        }
        if (f > 65535 || t > 65535 || t < f) {
            *problem = tr("port range %1-%2 is not valid").arg(f).arg(t);
            return false;
        }
        out->fromPort = f;
        out->toPort = t;
    }
    const CfnValue *description = rule.get(QStringLiteral("Description"));
    if (description && description->isScalar())
        out->description = description->text;
    for (const char *key : {"CidrIp", "CidrIpv6"}) {
        const CfnValue *cidr = rule.get(QLatin1String(key));
        if (!cidr)
            continue;
        if (!cidr->isScalar()) {
            *problem = tr("%1: %2").arg(QLatin1String(key), why(*cidr));
            return false;
        }
        QString bad;
        if (!Cidr::parse(cidr->text, &bad)) {
            *problem = tr("%1 '%2': %3").arg(QLatin1String(key), cidr->text, bad);
            return false;
        }
        out->cidr = cidr->text;
        return true;
    }
    for (const char *key : {"SourceSecurityGroupId", "SourceSecurityGroupName"}) {
        const CfnValue *group = rule.get(QLatin1String(key));
        if (!group)
            continue;
        bool known = true;
        const QString id = securityGroupElement(*group, &known);
        if (id.isEmpty()) {
            *problem = tr("%1: %2").arg(QLatin1String(key), why(*group));
            return false;
        }
        out->sourceGroup = id;
        return true;
    }
    if (rule.get(QStringLiteral("SourcePrefixListId")))
        *problem = tr("the source is a prefix list, whose addresses are not in the template");
    else
        *problem = tr("an ingress rule without a source");
    return false;
}

QString CfnMapper::securityGroupElement(const CfnValue &ref, bool *known)
{
    if (ref.type == CfnValue::ResourceRef) {
        const Element *e = m_design.element(ref.text);
        if (e && e->kind == ElementKind::SecurityGroup)
            return e->id;
        const Resource *r = resource(ref.text);
        // A classic ELB's own source group (GetAtt ELB.SourceSecurityGroup.GroupName).
        if (r && r->type == QLatin1String("AWS::ElasticLoadBalancing::LoadBalancer")
            && ref.attribute.startsWith(QLatin1String("SourceSecurityGroup"))) {
            if (!m_elbSourceGroup.contains(r->id)) {
                Element sg;
                sg.id = freeId(r->id + QLatin1String("-SourceSecurityGroup"));
                sg.kind = ElementKind::SecurityGroup;
                sg.name = tr("%1 source security group").arg(r->id);
                m_elbSourceGroup.insert(r->id, add(sg).id);
            }
            return m_elbSourceGroup.value(r->id);
        }
        *known = false;
        return QString();
    }
    if (ref.type == CfnValue::External || (ref.isScalar() && !ref.text.isEmpty())) {
        const QString id = externalId(QStringLiteral("sg"), ref.text);
        if (const Element *e = m_design.element(id))
            return e->kind == ElementKind::SecurityGroup ? id : QString();
        Element sg;
        sg.id = id;
        sg.kind = ElementKind::SecurityGroup;
        sg.name = tr("%1 (existing security group)").arg(ref.text);
        markUnknown(sg, QStringLiteral("ingress"), tr("security group %1 is not defined in this template").arg(ref.text));
        add(sg);
        return id;
    }
    *known = false;
    return QString();
}

QStringList CfnMapper::securityGroupElements(Element &e, const QVector<const CfnValue *> &lists)
{
    QStringList ids;
    for (const CfnValue *list : lists) {
        if (!list)
            continue;
        QVector<CfnValue> items;
        if (list->isList())
            items = list->items;
        else
            items << *list;
        for (const CfnValue &item : items) {
            bool known = true;
            const QString id = securityGroupElement(item, &known);
            if (item.type == CfnValue::External && !list->isList())
                known = false; // a List<SecurityGroup::Id> parameter: maybe several groups
            if (!id.isEmpty() && !ids.contains(id))
                ids << id;
            if (!known || id.isEmpty())
                markUnknown(e, QStringLiteral("securityGroups"), tr("security groups: %1").arg(why(item)));
        }
    }
    return ids;
}

} // namespace pillar
