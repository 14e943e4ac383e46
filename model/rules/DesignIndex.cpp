#include "DesignIndex.h"

#include "../PropertySpec.h"

#include <QHash>

namespace pillar {

DesignIndex::DesignIndex(const Design &design)
    : m_design(design)
{
    const size_t n = design.elements().size();
    m_byKind.resize(allKinds().size());
    m_out.resize(n);
    m_in.resize(n);
    m_groups.resize(n);
    m_members.resize(n);
    m_asgInstances.resize(n);
    for (size_t i = 0; i < n; ++i)
        m_byKind[size_t(design.elements()[i].kind)] << int(i);
    indexContainment();

    const auto &connections = design.connections();
    m_connFrom.resize(connections.size());
    m_connTo.resize(connections.size());
    for (size_t c = 0; c < connections.size(); ++c) {
        const int from = indexOf(connections[c].from);
        const int to = indexOf(connections[c].to);
        m_connFrom[c] = from;
        m_connTo[c] = to;
        if (from >= 0)
            m_out[size_t(from)] << int(c);
        if (to >= 0)
            m_in[size_t(to)] << int(c);
    }

    indexReferences();
    m_cidr.resize(n);
    m_ingressCidr.resize(n);
    const QString cidrKey = QStringLiteral("cidr");
    for (ElementKind kind : {ElementKind::Vpc, ElementKind::Subnet}) {
        for (int i : ofKind(kind)) {
            const QString text = element(i).properties.value(cidrKey).toString();
            if (!text.isEmpty())
                m_cidr[size_t(i)] = Cidr::parse(text.trimmed());
        }
    }
    m_instanceType.resize(n);
    const struct { ElementKind kind; QString key; } typed[] = {
        {ElementKind::Ec2Instance, QStringLiteral("instanceType")}, {ElementKind::AutoScalingGroup, QStringLiteral("instanceType")},
        {ElementKind::RdsInstance, QStringLiteral("instanceClass")}, {ElementKind::ElastiCache, QStringLiteral("nodeType")}};
    for (const auto &t : typed) {
        for (int i : ofKind(t.kind))
            m_instanceType[size_t(i)] = parseInstanceType(element(i).stringValue(t.key));
    }
    m_ingressGroup.resize(n);
    // The same few sources ("0.0.0.0/0", an office range) repeat across groups.
    QHash<QString, std::optional<Cidr>> parsedSources;
    auto parseSource = [&](const QString &text) -> std::optional<Cidr> {
        if (text.isEmpty())
            return std::nullopt;
        auto it = parsedSources.constFind(text);
        if (it == parsedSources.constEnd())
            it = parsedSources.insert(text, Cidr::parse(text.trimmed()));
        return it.value();
    };
    for (int sg : ofKind(ElementKind::SecurityGroup)) {
        QVector<std::optional<Cidr>> &parsed = m_ingressCidr[size_t(sg)];
        QVector<int> &groups = m_ingressGroup[size_t(sg)];
        for (const IngressRule &rule : element(sg).ingress) {
            parsed << parseSource(rule.cidr);
            groups << (rule.sourceGroup.isEmpty() ? -1 : indexOf(rule.sourceGroup));
            if (!rule.sourceGroup.isEmpty() && groups.last() < 0 && !m_missing[size_t(sg)].contains(rule.sourceGroup))
                m_missing[size_t(sg)] << rule.sourceGroup;
        }
    }
    indexZones();
    for (size_t i = 0; i < n; ++i) {
        QVector<int> &groups = m_groups[i];
        auto addGroups = [&](const Element &e, bool own) {
            for (const QString &id : e.securityGroups) {
                const int g = indexOf(id);
                if (g >= 0 && element(g).kind == ElementKind::SecurityGroup && !groups.contains(g))
                    groups << g;
                else if (g < 0 && own && !m_missing[i].contains(id))
                    m_missing[i] << id;
            }
        };
        const Element &e = element(int(i));
        if (e.securityGroups.isEmpty() && m_asgOf[i] < 0)
            continue;
        addGroups(e, true);
        if (m_asgOf[i] >= 0)
            addGroups(element(m_asgOf[i]), false);
        for (int g : groups)
            m_members[size_t(g)] << int(i);
    }
}

// Resolves every Ref / RefList property once: records the Auto Scaling
// group of each instance and the ids that name nothing.
void DesignIndex::indexReferences()
{
    const size_t n = m_design.elements().size();
    m_asgOf.assign(n, -1);
    for (const KindInfo &info : allKinds()) {
        for (const PropertySpec &spec : propertySpecs(info.kind)) {
            if (spec.type != PropertyType::Ref && spec.type != PropertyType::RefList)
                continue;
            for (int i : ofKind(info.kind)) {
                const auto it = element(i).properties.constFind(spec.key);
                if (it == element(i).properties.constEnd())
                    continue;
                const QStringList ids = spec.type == PropertyType::Ref ? QStringList{it.value().toString()} : it.value().toStringList();
                for (const QString &id : ids) {
                    if (id.isEmpty())
                        continue;
                    const int target = indexOf(id);
                    if (target < 0) {
                        if (!m_missing[size_t(i)].contains(id))
                            m_missing[size_t(i)] << id;
                    } else if (info.kind == ElementKind::Ec2Instance && spec.key == QLatin1String("autoScalingGroup")
                               && element(target).kind == ElementKind::AutoScalingGroup) {
                        m_asgInstances[size_t(target)] << i;
                        m_asgOf[size_t(i)] = target;
                    }
                }
            }
        }
    }
}

// Walks each parent chain once, memoising the answer for every element on the
// way, so the whole pass is O(n) even for deep nesting. A containment cycle
// (possible while editing) ends the walk instead of hanging it.
void DesignIndex::indexContainment()
{
    const size_t n = m_design.elements().size();
    m_subnet.assign(n, -1);
    m_az.assign(n, -1);
    m_vpc.assign(n, -1);
    m_parent.assign(n, -1);
    m_missing.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const QString &parent = element(int(i)).parent;
        if (parent.isEmpty())
            continue;
        m_parent[i] = indexOf(parent);
        if (m_parent[i] < 0)
            m_missing[i] << parent;
    }
    std::vector<char> state(n, 0); // 0 new, 1 on the current path, 2 done
    std::vector<int> path;
    for (size_t start = 0; start < n; ++start) {
        if (state[start] == 2)
            continue;
        path.clear();
        int i = int(start);
        while (i >= 0 && state[size_t(i)] == 0) {
            state[size_t(i)] = 1;
            path.push_back(i);
            i = m_parent[size_t(i)];
        }
        // i is now -1 (top level), a finished element, or a cycle member.
        int subnet = -1, az = -1, vpc = -1;
        if (i >= 0 && state[size_t(i)] == 2) {
            subnet = m_subnet[size_t(i)];
            az = m_az[size_t(i)];
            vpc = m_vpc[size_t(i)];
        }
        for (auto it = path.rbegin(); it != path.rend(); ++it) {
            const int e = *it;
            switch (element(e).kind) {
            case ElementKind::Subnet: subnet = e; break;
            case ElementKind::AvailabilityZone: az = e; break;
            case ElementKind::Vpc: vpc = e; break;
            default: break;
            }
            m_subnet[size_t(e)] = subnet;
            m_az[size_t(e)] = az;
            m_vpc[size_t(e)] = vpc;
            state[size_t(e)] = 2;
        }
    }
}

bool DesignIndex::inPublicSubnet(int i) const
{
    const int s = subnetOf(i);
    return s >= 0 && element(s).boolValue(QStringLiteral("public"));
}

QVector<int> DesignIndex::zonesOf(int i) const
{
    const ElementKind kind = element(i).kind;
    if (kind == ElementKind::LoadBalancer || kind == ElementKind::AutoScalingGroup)
        return m_zones[size_t(i)];
    const int az = azOf(i);
    return az >= 0 ? QVector<int>{az} : QVector<int>{};
}

// Zones of a load balancer or Auto Scaling group: those of its subnets and,
// for a group, of the instances that name it.
void DesignIndex::indexZones()
{
    m_zones.resize(m_design.elements().size());
    for (ElementKind kind : {ElementKind::LoadBalancer, ElementKind::AutoScalingGroup}) {
        for (int i : ofKind(kind))
            m_zones[size_t(i)] = spannedZones(i);
    }
}

QVector<int> DesignIndex::spannedZones(int i) const
{
    QVector<int> zones;
    auto add = [&](int az) {
        if (az >= 0 && !zones.contains(az))
            zones << az;
    };
    const Element &e = element(i);
    if (e.kind == ElementKind::LoadBalancer || e.kind == ElementKind::AutoScalingGroup) {
        for (const QString &id : e.listValue(QStringLiteral("subnets"))) {
            const int s = indexOf(id);
            if (s >= 0)
                add(azOf(s));
        }
        if (e.kind == ElementKind::AutoScalingGroup) {
            for (int member : asgInstances(i))
                add(azOf(member));
        }
    }
    return zones;
}

} // namespace pillar
