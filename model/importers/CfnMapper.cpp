#include "CfnMapper.h"

#include "CfnHelpers.h"

#include "../Placement.h"
#include "../PropertySpec.h"

#include <algorithm>

namespace pillar {

using cfn::itemsOf;
using cfn::refersTo;
using cfn::tr;

CfnMapper::CfnMapper(const CfnResolver &resolver, ImportReport *report)
    : m_resolver(resolver)
    , m_report(report)
{
}

Design CfnMapper::map(const QVector<Resource> &resources)
{
    m_resources = resources;
    for (const Resource &r : m_resources) {
        m_byId.insert(r.id, &r);
        m_byType[r.type].append(&r);
        m_logicalIds.insert(r.id);
    }
    m_design.info.region = m_resolver.region();

    mapVpcs();
    mapSubnets();
    mapSecurityGroups();
    mapInstances();
    mapAutoScalingGroups();
    mapLoadBalancersV2();
    mapClassicLoadBalancers();
    connectTargetGroups();
    mapDatabases();
    mapCaches();
    mapBuckets();
    mapDistributions();
    mapRecordSets();
    addInternet();

    for (const Resource &r : m_resources) {
        if (!recorded(r.id))
            record(r.id, ImportedResource::Skipped, QString(), tr("Pillar has no element for %1").arg(r.type));
    }
    // Report entries in template order, whatever pass recorded them.
    QHash<QString, int> order;
    for (int i = 0; i < m_resources.size(); ++i)
        order.insert(m_resources[i].id, i);
    // Each entry's place is looked up once, not once a comparison.
    QVector<std::pair<int, ImportedResource>> keyed;
    keyed.reserve(m_report->resources.size());
    for (ImportedResource &r : m_report->resources)
        keyed.append({order.value(r.logicalId, -1), std::move(r)});
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (int i = 0; i < keyed.size(); ++i)
        m_report->resources[i] = std::move(keyed[i].second);
    return std::move(m_design); // map() is called once
}

QVector<const CfnMapper::Resource *> CfnMapper::ofType(const char *type) const
{
    return m_byType.value(QLatin1String(type));
}

void CfnMapper::record(const QString &id, ImportedResource::Outcome outcome, const QString &element, const QString &reason)
{
    if (recorded(id) || !m_byId.contains(id))
        return;
    m_recorded.insert(id);
    const Resource *r = m_byId.value(id);
    m_report->resources.append({id, r->type, outcome, element, reason, r->line});
}

Element &CfnMapper::add(Element e)
{
    if (m_design.hasId(e.id)) { // cannot happen with the ids above; kept as a guard
        m_report->warnings << tr("%1: the id is taken; the element is imported as %2").arg(e.id, freeId(e.id));
        e.id = freeId(e.id);
    }
    if (!e.parent.isEmpty()) {
        const QString problem = placementProblem(m_design, e.kind, e.parent);
        if (!problem.isEmpty()) { // cannot happen with the placements below; kept as a guard
            m_report->warnings << tr("%1: %2").arg(e.id, problem);
            e.parent.clear();
        }
    }
    e.unknown.sort();
    e.unknown.removeDuplicates();
    m_design.insertElement(e);
    return *m_design.element(e.id);
}

void CfnMapper::connect(const QString &from, const QString &to)
{
    if (from.isEmpty() || to.isEmpty() || from == to)
        return;
    for (const Connection &c : m_design.connections()) {
        if (c.from == from && c.to == to)
            return;
    }
    const QString problem = connectionProblem(m_design, from, to);
    if (!problem.isEmpty()) {
        m_report->warnings << tr("no connection %1 → %2: %3").arg(from, to, problem);
        return;
    }
    Connection c;
    c.id = freeId(from + QLatin1String("-to-") + to);
    c.from = from;
    c.to = to;
    m_design.insertConnection(c);
}

void CfnMapper::markUnknown(Element &e, const QString &key, const QString &reason)
{
    e.properties.remove(key);
    if (e.unknown.contains(key))
        return; // the first reason is reported
    e.unknown << key;
    e.unknown.sort();
    m_report->unknowns.append({e.id, key, reason});
}

void CfnMapper::markUnknown(const QString &elementId, const QString &key, const QString &reason)
{
    if (Element *e = m_design.element(elementId))
        markUnknown(*e, key, reason);
}

QString CfnMapper::why(const CfnValue &v)
{
    switch (v.type) {
    case CfnValue::Unknown:
        return v.text;
    case CfnValue::External:
        return tr("parameter %1 has no default; pass --parameter %1=VALUE").arg(v.text.section(QLatin1Char('.'), 0, 0));
    case CfnValue::ResourceRef:
        return tr("known only once %1 is created").arg(v.text);
    case CfnValue::Function:
        return tr("%1 is not evaluated").arg(v.text);
    default:
        return tr("not a single value");
    }
}

void CfnMapper::setString(Element &e, const QString &key, const CfnValue *v, const QString &what)
{
    if (!v)
        return;
    if (!v->isScalar()) {
        markUnknown(e, key, tr("%1: %2").arg(what, why(*v)));
        return;
    }
    const PropertySpec *spec = findPropertySpec(e.kind, key);
    const QString problem = spec ? spec->validate(QVariant(v->text)) : QString();
    if (!problem.isEmpty()) {
        markUnknown(e, key, tr("%1 '%2': %3").arg(what, v->text, problem));
        return;
    }
    e.properties.insert(key, v->text);
}

void CfnMapper::setBool(Element &e, const QString &key, const CfnValue *v, const QString &what)
{
    if (!v)
        return;
    bool ok = false;
    const bool b = v->toBool(&ok);
    if (!ok) {
        markUnknown(e, key, tr("%1: %2").arg(what, v->isScalar() ? tr("'%1' is not true or false").arg(v->text) : why(*v)));
        return;
    }
    e.properties.insert(key, b);
}

void CfnMapper::setInt(Element &e, const QString &key, const CfnValue *v, const QString &what)
{
    if (!v)
        return;
    bool ok = false;
    const int n = v->toInt(&ok);
    const PropertySpec *spec = findPropertySpec(e.kind, key);
    const QString problem = ok && spec ? spec->validate(QVariant(n)) : QString();
    if (!ok || !problem.isEmpty()) {
        markUnknown(e, key, tr("%1: %2").arg(what, !ok ? (v->isScalar() ? tr("'%1' is not a number").arg(v->text) : why(*v)) : problem));
        return;
    }
    e.properties.insert(key, n);
}

QString CfnMapper::sanitizeId(const QString &text)
{
    QString id;
    for (const QChar c : text) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char('.') || c == QLatin1Char(':');
        id += ok ? c : QLatin1Char('-');
    }
    if (id.isEmpty() || !id[0].isLetterOrNumber())
        id.prepend(QLatin1Char('x'));
    return id.left(120);
}

QString CfnMapper::externalId(const QString &what, const QString &name)
{
    const QString key = what + QLatin1Char('/') + name;
    if (!m_externalIds.contains(key))
        m_externalIds.insert(key, freeId(name));
    return m_externalIds.value(key);
}

QString CfnMapper::freeId(const QString &wanted) const
{
    // Taken: ids in the design, logical ids still to be mapped, and ids handed
    // to stand-ins not added yet (an AZ made for a stand-in subnet must not get
    // the subnet's id, which truncation of long ids can otherwise produce).
    auto taken = [this](const QString &id) {
        if (m_design.hasId(id) || m_logicalIds.contains(id))
            return true;
        for (auto it = m_externalIds.cbegin(); it != m_externalIds.cend(); ++it) {
            if (it.value() == id)
                return true;
        }
        return false;
    };
    const QString id = sanitizeId(wanted);
    if (!taken(id))
        return id;
    for (int n = 2;; ++n) {
        const QString candidate = id + QLatin1Char('-') + QString::number(n);
        if (!taken(candidate))
            return candidate;
    }
}

QString CfnMapper::vpcElement(const CfnValue *vpcRef)
{
    if (!vpcRef)
        return QString();
    if (vpcRef->type == CfnValue::ResourceRef) {
        const Element *e = m_design.element(vpcRef->text);
        return e && e->kind == ElementKind::Vpc ? e->id : QString();
    }
    if (vpcRef->type == CfnValue::External || vpcRef->isScalar()) {
        const QString id = externalId(QStringLiteral("vpc"), vpcRef->text);
        if (const Element *e = m_design.element(id))
            return e->kind == ElementKind::Vpc ? id : QString();
        Element vpc;
        vpc.id = id;
        vpc.kind = ElementKind::Vpc;
        vpc.name = tr("%1 (existing VPC)").arg(vpcRef->text);
        markUnknown(vpc, QStringLiteral("cidr"), tr("the VPC is not defined in this template"));
        add(vpc);
        return id;
    }
    return QString();
}

QString CfnMapper::externalVpc()
{
    if (!m_externalVpc.isEmpty())
        return m_externalVpc;
    // A template that takes subnets as parameters usually takes their VPC too.
    for (const QString &name : m_resolver.parameterNames()) {
        if (m_resolver.parameterType(name) == QLatin1String("AWS::EC2::VPC::Id")) {
            const CfnValue parameter = CfnValue::external(name);
            m_externalVpc = vpcElement(&parameter);
            if (!m_externalVpc.isEmpty())
                return m_externalVpc;
        }
    }
    Element vpc;
    vpc.id = freeId(QStringLiteral("ExistingVpc"));
    vpc.kind = ElementKind::Vpc;
    vpc.name = tr("Existing VPC (not in the template)");
    markUnknown(vpc, QStringLiteral("cidr"), tr("the VPC is not defined in this template"));
    m_externalVpc = add(vpc).id;
    return m_externalVpc;
}

QString CfnMapper::defaultVpc()
{
    if (!m_defaultVpc.isEmpty())
        return m_defaultVpc;
    Element vpc;
    vpc.id = freeId(QStringLiteral("DefaultVpc"));
    vpc.kind = ElementKind::Vpc;
    vpc.name = tr("Default VPC");
    vpc.properties.insert(QStringLiteral("cidr"), QStringLiteral("172.31.0.0/16")); // every default VPC's block
    m_defaultVpc = add(vpc).id;
    return m_defaultVpc;
}

QString CfnMapper::azElement(const QString &vpcId, const QString &zone, const QString &unknownFor)
{
    const QString key = vpcId + QLatin1Char('/') + (zone.isEmpty() ? QLatin1String("?") + unknownFor : zone);
    if (m_azIndex.contains(key))
        return m_azIndex.value(key);
    Element az;
    az.kind = ElementKind::AvailabilityZone;
    az.parent = vpcId;
    if (zone.isEmpty()) {
        az.id = freeId(unknownFor + QLatin1String("-az"));
        az.name = tr("AZ of %1 (unknown)").arg(unknownFor);
        markUnknown(az, QStringLiteral("zone"), tr("the Availability Zone of %1 is not known from the template").arg(unknownFor));
    } else {
        az.id = freeId(vpcId == m_defaultVpc || m_design.element(vpcId) == nullptr ? zone : vpcId + QLatin1Char('-') + zone);
        az.name = zone;
        az.properties.insert(QStringLiteral("zone"), zone);
    }
    m_azIndex.insert(key, add(az).id);
    return m_azIndex.value(key);
}

QString CfnMapper::defaultSubnet(const QString &zone)
{
    const QString vpc = defaultVpc();
    const QString wanted = zone.isEmpty() ? QStringLiteral("DefaultSubnet") : QStringLiteral("DefaultSubnet-") + zone;
    const QString key = QLatin1String("subnet:") + wanted;
    if (m_azIndex.contains(key))
        return m_azIndex.value(key);
    Element subnet;
    subnet.kind = ElementKind::Subnet;
    subnet.id = freeId(wanted);
    subnet.parent = azElement(vpc, zone, subnet.id);
    subnet.name = zone.isEmpty() ? tr("Default subnet") : tr("Default subnet %1").arg(zone);
    subnet.properties.insert(QStringLiteral("public"), true); // default subnets route to the VPC's internet gateway
    m_subnetZone.insert(subnet.id, zone);
    m_subnetMapsPublicIp.insert(subnet.id, 1);                // and map public IPs on launch
    m_azIndex.insert(key, add(subnet).id);
    return m_azIndex.value(key);
}

QString CfnMapper::externalSubnet(const QString &name)
{
    const QString id = externalId(QStringLiteral("subnet"), name);
    if (const Element *e = m_design.element(id))
        return e->kind == ElementKind::Subnet ? id : QString();
    Element subnet;
    subnet.kind = ElementKind::Subnet;
    subnet.id = id;
    subnet.name = tr("%1 (existing subnet)").arg(name);
    subnet.parent = azElement(externalVpc(), QString(), id);
    markUnknown(subnet, QStringLiteral("public"), tr("subnet %1 is not defined in this template").arg(name));
    m_subnetZone.insert(id, QString());
    m_subnetMapsPublicIp.insert(id, -1);
    add(subnet);
    return id;
}

QString CfnMapper::subnetElement(const CfnValue &ref, bool *complete)
{
    if (ref.type == CfnValue::ResourceRef) {
        const Element *e = m_design.element(ref.text);
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

QStringList CfnMapper::subnetElements(const CfnValue *value, bool *complete)
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

QString CfnMapper::vpcOfSubnets(const QStringList &subnets) const
{
    for (const QString &s : subnets) {
        if (const Element *vpc = m_design.enclosing(s, ElementKind::Vpc))
            return vpc->id;
    }
    return QString();
}

QString CfnMapper::zoneOf(const QString &subnetId) const
{
    return m_subnetZone.value(subnetId);
}

} // namespace pillar
