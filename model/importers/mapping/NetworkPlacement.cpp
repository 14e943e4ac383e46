#include "NetworkPlacement.h"

#include "../CfnHelpers.h"
#include "MappingContext.h"

namespace pillar {

using cfn::tr;

NetworkPlacement::NetworkPlacement(MappingContext &context)
    : m_context(context)
{
}

QString NetworkPlacement::vpcElement(const CfnValue *vpcRef)
{
    if (!vpcRef)
        return QString();
    Design &design = m_context.design();
    if (vpcRef->type == CfnValue::ResourceRef) {
        const Element *e = design.element(vpcRef->text);
        return e && e->kind == ElementKind::Vpc ? e->id : QString();
    }
    if (vpcRef->type == CfnValue::External || vpcRef->isScalar()) {
        const QString id = m_context.externalId(QStringLiteral("vpc"), vpcRef->text);
        if (const Element *e = design.element(id))
            return e->kind == ElementKind::Vpc ? id : QString();
        Element vpc;
        vpc.id = id;
        vpc.kind = ElementKind::Vpc;
        vpc.name = tr("%1 (existing VPC)").arg(vpcRef->text);
        m_context.markUnknown(vpc, QStringLiteral("cidr"), tr("the VPC is not defined in this template"));
        m_context.markUnknown(vpc, QStringLiteral("endpoints"), tr("the VPC is not defined in this template"));
        m_context.add(vpc);
        return id;
    }
    return QString();
}

QString NetworkPlacement::externalVpc()
{
    if (!m_externalVpc.isEmpty())
        return m_externalVpc;
    // A template that takes subnets as parameters usually takes their VPC too.
    for (const QString &name : m_context.inputs().vpcParameters) {
        const CfnValue parameter = CfnValue::external(name);
        m_externalVpc = vpcElement(&parameter);
        if (!m_externalVpc.isEmpty())
            return m_externalVpc;
    }
    Element vpc;
    vpc.id = m_context.freeId(QStringLiteral("ExistingVpc"));
    vpc.kind = ElementKind::Vpc;
    vpc.name = tr("Existing VPC (not in the template)");
    m_context.markUnknown(vpc, QStringLiteral("cidr"), tr("the VPC is not defined in this template"));
    m_context.markUnknown(vpc, QStringLiteral("endpoints"), tr("the VPC is not defined in this template"));
    m_externalVpc = m_context.add(vpc).id;
    return m_externalVpc;
}

QString NetworkPlacement::defaultVpc()
{
    if (!m_defaultVpc.isEmpty())
        return m_defaultVpc;
    Element vpc;
    vpc.id = m_context.freeId(QStringLiteral("DefaultVpc"));
    vpc.kind = ElementKind::Vpc;
    vpc.name = tr("Default VPC");
    vpc.properties.insert(QStringLiteral("cidr"), QStringLiteral("172.31.0.0/16")); // every default VPC's block
    m_defaultVpc = m_context.add(vpc).id;
    return m_defaultVpc;
}

QString NetworkPlacement::azElement(const QString &vpcId, const QString &zone, const QString &unknownFor)
{
    const QString key = vpcId + QLatin1Char('/') + (zone.isEmpty() ? QLatin1String("?") + unknownFor : zone);
    if (m_azIndex.contains(key))
        return m_azIndex.value(key);
    Element az;
    az.kind = ElementKind::AvailabilityZone;
    az.parent = vpcId;
    if (zone.isEmpty()) {
        az.id = m_context.freeId(unknownFor + QLatin1String("-az"));
        az.name = tr("AZ of %1 (unknown)").arg(unknownFor);
        m_context.markUnknown(az, QStringLiteral("zone"),
                              tr("the Availability Zone of %1 is not known from the template").arg(unknownFor));
    } else {
        const bool plain = vpcId == m_defaultVpc || m_context.design().element(vpcId) == nullptr;
        az.id = m_context.freeId(plain ? zone : vpcId + QLatin1Char('-') + zone);
        az.name = zone;
        az.properties.insert(QStringLiteral("zone"), zone);
    }
    m_azIndex.insert(key, m_context.add(az).id);
    return m_azIndex.value(key);
}

QString NetworkPlacement::defaultSubnet(const QString &zone)
{
    const QString vpc = defaultVpc();
    const QString wanted = zone.isEmpty() ? QStringLiteral("DefaultSubnet") : QStringLiteral("DefaultSubnet-") + zone;
    const QString key = QLatin1String("subnet:") + wanted;
    if (m_azIndex.contains(key))
        return m_azIndex.value(key);
    Element subnet;
    subnet.kind = ElementKind::Subnet;
    subnet.id = m_context.freeId(wanted);
    subnet.parent = azElement(vpc, zone, subnet.id);
    subnet.name = zone.isEmpty() ? tr("Default subnet") : tr("Default subnet %1").arg(zone);
    subnet.properties.insert(QStringLiteral("public"), true); // default subnets route to the VPC's internet gateway
    m_subnetZone.insert(subnet.id, zone);
    m_subnetMapsPublicIp.insert(subnet.id, 1);                // and map public IPs on launch
    m_azIndex.insert(key, m_context.add(subnet).id);
    return m_azIndex.value(key);
}

QString NetworkPlacement::externalSubnet(const QString &name)
{
    const QString id = m_context.externalId(QStringLiteral("subnet"), name);
    if (const Element *e = m_context.design().element(id))
        return e->kind == ElementKind::Subnet ? id : QString();
    Element subnet;
    subnet.kind = ElementKind::Subnet;
    subnet.id = id;
    subnet.name = tr("%1 (existing subnet)").arg(name);
    subnet.parent = azElement(externalVpc(), QString(), id);
    m_context.markUnknown(subnet, QStringLiteral("public"), tr("subnet %1 is not defined in this template").arg(name));
    m_subnetZone.insert(id, QString());
    m_subnetMapsPublicIp.insert(id, -1);
    m_context.add(subnet);
    return id;
}

QString NetworkPlacement::subnetElement(const CfnValue &ref, bool *complete)
{
    if (ref.type == CfnValue::ResourceRef) {
        const Element *e = m_context.design().element(ref.text);
        if (e && e->kind == ElementKind::Subnet)
            return e->id;
        *complete = false;
        return QString();
    }
    if (ref.type == CfnValue::External || (ref.isScalar() && !ref.text.isEmpty()))
        return externalSubnet(ref.text);
    *complete = false;
    return QString();
}

QStringList NetworkPlacement::subnetElements(const CfnValue *value, bool *complete)
{
    QStringList out;
    if (!value)
        return out;
    if (value->isList()) {
        for (const CfnValue &item : value->items) {
            const QString id = subnetElement(item, complete);
            if (!id.isEmpty() && !out.contains(id))
                out << id;
        }
    } else if (value->type == CfnValue::External) {
        // A whole List<Subnet::Id> parameter: one stand-in for an unknown number of subnets.
        *complete = false;
        out << externalSubnet(value->text);
    } else {
        const QString id = subnetElement(*value, complete);
        if (!id.isEmpty())
            out << id;
    }
    return out;
}

QString NetworkPlacement::vpcOfSubnets(const QStringList &subnets) const
{
    for (const QString &s : subnets) {
        if (const Element *vpc = m_context.design().enclosing(s, ElementKind::Vpc))
            return vpc->id;
    }
    return QString();
}

void NetworkPlacement::setSubnetFacts(const QString &subnetId, const QString &zone, int mapsPublicIp)
{
    m_subnetZone.insert(subnetId, zone);
    m_subnetMapsPublicIp.insert(subnetId, mapsPublicIp);
}

QStringList NetworkPlacement::subnetGroupSubnets(const CfnValue *groupName, const QString &groupType, bool *complete, bool *given)
{
    *given = groupName != nullptr;
    if (!groupName)
        return {};
    const ImportResource *group = groupName->type == CfnValue::ResourceRef ? m_context.resource(groupName->text) : nullptr;
    if (!group || group->type != groupType) {
        *complete = false;
        return {};
    }
    m_context.record(group->id, ImportedResource::Used, QString(), tr("subnet group: places the data stores that name it"));
    return subnetElements(group->properties.get(QStringLiteral("SubnetIds")), complete);
}

QString NetworkPlacement::securityGroupElement(const CfnValue &ref, bool *known)
{
    if (ref.type == CfnValue::ResourceRef) {
        const Element *e = m_context.design().element(ref.text);
        if (e && e->kind == ElementKind::SecurityGroup)
            return e->id;
        const ImportResource *r = m_context.resource(ref.text);
        // A classic ELB's own source group (GetAtt ELB.SourceSecurityGroup.GroupName).
        if (r && r->type == QLatin1String("AWS::ElasticLoadBalancing::LoadBalancer")
            && ref.attribute.startsWith(QLatin1String("SourceSecurityGroup"))) {
            if (!m_elbSourceGroup.contains(r->id)) {
                Element sg;
                sg.id = m_context.freeId(r->id + QLatin1String("-SourceSecurityGroup"));
                sg.kind = ElementKind::SecurityGroup;
                sg.name = tr("%1 source security group").arg(r->id);
                m_elbSourceGroup.insert(r->id, m_context.add(sg).id);
            }
            return m_elbSourceGroup.value(r->id);
        }
        *known = false;
        return QString();
    }
    if (ref.type == CfnValue::External || (ref.isScalar() && !ref.text.isEmpty())) {
        const QString id = m_context.externalId(QStringLiteral("sg"), ref.text);
        if (const Element *e = m_context.design().element(id))
            return e->kind == ElementKind::SecurityGroup ? id : QString();
        Element sg;
        sg.id = id;
        sg.kind = ElementKind::SecurityGroup;
        sg.name = tr("%1 (existing security group)").arg(ref.text);
        m_context.markUnknown(sg, QStringLiteral("ingress"), tr("security group %1 is not defined in this template").arg(ref.text));
        m_context.add(sg);
        return id;
    }
    *known = false;
    return QString();
}

QStringList NetworkPlacement::securityGroupElements(Element &e, const QVector<const CfnValue *> &lists)
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
                m_context.markUnknown(e, QStringLiteral("securityGroups"), tr("security groups: %1").arg(MappingContext::why(item)));
        }
    }
    return ids;
}

} // namespace pillar
