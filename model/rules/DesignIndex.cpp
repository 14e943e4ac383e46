#include "DesignIndex.h"

#include "../PropertySpec.h"

#include <algorithm>

namespace pillar {

namespace {

const QVector<int> kNoIndices;
const QStringList kNoIds;
const std::optional<Cidr> kNoCidr;
const InstanceType kNoType;

} // namespace

DesignIndex::DesignIndex(const Design &design)
    : m_design(design)
{
    const size_t n = design.elements().size();
    m_byKind.resize(allKinds().size());
    m_slot.resize(n);
    for (size_t i = 0; i < n; ++i) {
        QVector<int> &list = m_byKind[size_t(design.elements()[i].kind)];
        m_slot[i] = int(list.size());
        list << int(i);
    }
    indexProperties();
    indexContainment();
    indexConnections();
    indexReferences();
    indexSecurityGroups();
    indexZones();
    indexTyped();
}

IndexRange DesignIndex::range(const std::vector<int> &start, const std::vector<int> &list, int i)
{
    const int *data = list.data();
    return {data + start[size_t(i)], data + start[size_t(i) + 1]};
}

// Walks each parent chain once, memoising the answer for every element on the
// way, so the whole pass is O(n) even for deep nesting. A containment cycle
// (possible while editing) ends the walk instead of hanging it.
void DesignIndex::indexContainment()
{
    const size_t n = m_design.elements().size();
    m_parent.assign(n, -1);
    // Siblings usually follow each other in the file: reuse the last answer
    // instead of probing the id hash again (a cache miss in big designs).
    QString lastParent;
    int lastIndex = -1;
    for (size_t i = 0; i < n; ++i) {
        const QString &parent = element(int(i)).parent;
        if (parent.isEmpty())
            continue;
        if (parent != lastParent) {
            lastParent = parent;
            lastIndex = indexOf(parent);
        }
        m_parent[i] = lastIndex;
        if (lastIndex < 0)
            m_missing[int(i)] << parent;
    }
    m_subnet.assign(n, -1);
    m_az.assign(n, -1);
    m_vpc.assign(n, -1);
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

// Adjacency in compressed form: one offsets array and one list per direction.
void DesignIndex::indexConnections()
{
    const size_t n = m_design.elements().size();
    const auto &connections = m_design.connections();
    m_connFrom.resize(connections.size());
    m_connTo.resize(connections.size());
    m_outStart.assign(n + 1, 0);
    m_inStart.assign(n + 1, 0);
    for (size_t c = 0; c < connections.size(); ++c) {
        m_connFrom[c] = indexOf(connections[c].from);
        m_connTo[c] = indexOf(connections[c].to);
        if (m_connFrom[c] >= 0)
            ++m_outStart[size_t(m_connFrom[c]) + 1];
        if (m_connTo[c] >= 0)
            ++m_inStart[size_t(m_connTo[c]) + 1];
    }
    for (size_t i = 0; i < n; ++i) {
        m_outStart[i + 1] += m_outStart[i];
        m_inStart[i + 1] += m_inStart[i];
    }
    m_outList.resize(size_t(m_outStart[n]));
    m_inList.resize(size_t(m_inStart[n]));
    std::vector<int> outFill(m_outStart.begin(), m_outStart.end() - 1);
    std::vector<int> inFill(m_inStart.begin(), m_inStart.end() - 1);
    for (size_t c = 0; c < connections.size(); ++c) {
        if (m_connFrom[c] >= 0)
            m_outList[size_t(outFill[size_t(m_connFrom[c])]++)] = int(c);
        if (m_connTo[c] >= 0)
            m_inList[size_t(inFill[size_t(m_connTo[c])]++)] = int(c);
    }
}

// Resolves every Ref / RefList property once: records the Auto Scaling
// group of each instance and the ids that name nothing.
void DesignIndex::indexReferences()
{
    m_asgOf.assign(size_t(ofKind(ElementKind::Ec2Instance).size()), -1);
    m_asgInstances.resize(size_t(ofKind(ElementKind::AutoScalingGroup).size()));
    for (const KindInfo &info : allKinds()) {
        for (const PropertySpec &spec : propertySpecs(info.kind)) {
            if (spec.type != PropertyType::Ref && spec.type != PropertyType::RefList)
                continue;
            const bool asgRef = info.kind == ElementKind::Ec2Instance && spec.key == QLatin1String("autoScalingGroup");
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
                        QStringList &missing = m_missing[i];
                        if (!missing.contains(id))
                            missing << id;
                    } else if (asgRef && element(target).kind == ElementKind::AutoScalingGroup) {
                        m_asgInstances[slot(target)] << i;
                        m_asgOf[slot(i)] = target;
                    }
                }
            }
        }
    }
}

void DesignIndex::indexSecurityGroups()
{
    const size_t n = m_design.elements().size();
    m_sg.resize(size_t(ofKind(ElementKind::SecurityGroup).size()));
    // The same few sources ("0.0.0.0/0", an office range) repeat across groups.
    QHash<QString, std::optional<Cidr>> parsedSources;
    for (int sg : ofKind(ElementKind::SecurityGroup)) {
        GroupData &data = m_sg[slot(sg)];
        for (const IngressRule &rule : element(sg).ingress) {
            std::optional<Cidr> cidr;
            if (!rule.cidr.isEmpty()) {
                auto it = parsedSources.constFind(rule.cidr);
                if (it == parsedSources.constEnd())
                    it = parsedSources.insert(rule.cidr, Cidr::parse(rule.cidr.trimmed()));
                cidr = it.value();
            }
            data.cidrs << cidr;
            const int source = rule.sourceGroup.isEmpty() ? -1 : indexOf(rule.sourceGroup);
            data.sourceGroups << source;
            if (!rule.sourceGroup.isEmpty() && source < 0 && !m_missing.value(sg).contains(rule.sourceGroup))
                m_missing[sg] << rule.sourceGroup;
        }
    }
    m_groupsSlot.assign(n, -1);
    for (const KindInfo &info : allKinds()) {
        if (!takesSecurityGroups(info.kind))
            continue;
        for (int member : ofKind(info.kind))
            indexGroupsOf(member);
    }
    // Members were visited kind by kind; messages list them in file order.
    for (GroupData &data : m_sg)
        std::sort(data.members.begin(), data.members.end());
}

void DesignIndex::indexGroupsOf(int i)
{
    const Element &e = element(i);
    const int asg = asgOf(i);
    if (e.securityGroups.isEmpty() && asg < 0)
        return;
    QVector<int> groups;
    auto addGroups = [&](const Element &from, bool own) {
        for (const QString &id : from.securityGroups) {
            const int g = indexOf(id);
            if (g >= 0 && element(g).kind == ElementKind::SecurityGroup) {
                if (!groups.contains(g))
                    groups << g;
            } else if (g < 0 && own && !m_missing.value(i).contains(id)) {
                m_missing[i] << id;
            }
        }
    };
    addGroups(e, true);
    if (asg >= 0)
        addGroups(element(asg), false);
    if (groups.isEmpty())
        return;
    for (int g : groups)
        m_sg[slot(g)].members << i;
    m_groupsSlot[size_t(i)] = int(m_groups.size());
    m_groups.push_back(std::move(groups));
}

// Zones of a load balancer or Auto Scaling group: those of its subnets and,
// for a group, of the instances that name it.
void DesignIndex::indexZones()
{
    const QString subnetsKey = QStringLiteral("subnets");
    for (ElementKind kind : {ElementKind::LoadBalancer, ElementKind::AutoScalingGroup}) {
        std::vector<QVector<int>> &table = kind == ElementKind::LoadBalancer ? m_lbZones : m_asgZones;
        table.resize(size_t(ofKind(kind).size()));
        for (int i : ofKind(kind)) {
            QVector<int> &zones = table[slot(i)];
            auto add = [&](int az) {
                if (az >= 0 && !zones.contains(az))
                    zones << az;
            };
            for (const QString &id : element(i).listValue(subnetsKey)) {
                const int s = indexOf(id);
                if (s >= 0)
                    add(m_az[size_t(s)]);
            }
            if (kind == ElementKind::AutoScalingGroup) {
                for (int member : asgInstances(i))
                    add(m_az[size_t(member)]);
            }
        }
    }
}

void DesignIndex::indexTyped()
{
    const QString cidrKey = QStringLiteral("cidr");
    for (ElementKind kind : {ElementKind::Vpc, ElementKind::Subnet}) {
        std::vector<std::optional<Cidr>> &table = kind == ElementKind::Vpc ? m_vpcCidr : m_subnetCidr;
        table.resize(size_t(ofKind(kind).size()));
        for (int i : ofKind(kind)) {
            const QString text = element(i).properties.value(cidrKey).toString();
            if (!text.isEmpty())
                table[slot(i)] = Cidr::parse(text.trimmed());
        }
    }
    m_types.resize(allKinds().size());
    const struct { ElementKind kind; QString key; } typed[] = {
        {ElementKind::Ec2Instance, QStringLiteral("instanceType")}, {ElementKind::AutoScalingGroup, QStringLiteral("instanceType")},
        {ElementKind::RdsInstance, QStringLiteral("instanceClass")}, {ElementKind::ElastiCache, QStringLiteral("nodeType")}};
    for (const auto &t : typed) {
        std::vector<InstanceType> &table = m_types[size_t(t.kind)];
        table.reserve(size_t(ofKind(t.kind).size()));
        for (int i : ofKind(t.kind))
            table.push_back(parseInstanceType(element(i).stringValue(t.key)));
    }
}

void DesignIndex::indexProperties()
{
    m_props.resize(allKinds().size());
    for (const KindInfo &info : allKinds()) {
        const std::vector<PropertySpec> &specs = propertySpecs(info.kind);
        KindTable &table = m_props[size_t(info.kind)];
        table.width = specs.size();
        const QVector<int> &elements = ofKind(info.kind);
        if (specs.empty() || elements.isEmpty())
            continue;
        table.values.reserve(size_t(elements.size()) * specs.size());
        for (int i : elements) {
            const size_t base = table.values.size();
            for (const PropertySpec &spec : specs)
                table.values.push_back(spec.defaultValue);
            const QVariantMap &props = element(i).properties;
            for (auto it = props.constBegin(); it != props.constEnd(); ++it) {
                // The reader stores the spec's own key strings: compare
                // pointers first, text only for keys built elsewhere.
                for (size_t s = 0; s < specs.size(); ++s) {
                    if (it.key().constData() == specs[s].key.constData() || it.key() == specs[s].key) {
                        table.values[base + s] = it.value();
                        break;
                    }
                }
            }
        }
    }
}

bool DesignIndex::inPublicSubnet(int i) const
{
    const int s = subnetOf(i);
    return s >= 0 && element(s).boolValue(QStringLiteral("public"));
}

const QVector<int> &DesignIndex::groupsOf(int i) const
{
    const int s = m_groupsSlot[size_t(i)];
    return s < 0 ? kNoIndices : m_groups[size_t(s)];
}

int DesignIndex::asgOf(int i) const
{
    return element(i).kind == ElementKind::Ec2Instance ? m_asgOf[slot(i)] : -1;
}

QVector<int> DesignIndex::zonesOf(int i) const
{
    switch (element(i).kind) {
    case ElementKind::LoadBalancer: return m_lbZones[slot(i)];
    case ElementKind::AutoScalingGroup: return m_asgZones[slot(i)];
    default: break;
    }
    const int az = azOf(i);
    return az >= 0 ? QVector<int>{az} : QVector<int>{};
}

const std::optional<Cidr> &DesignIndex::cidrOf(int i) const
{
    switch (element(i).kind) {
    case ElementKind::Vpc: return m_vpcCidr[slot(i)];
    case ElementKind::Subnet: return m_subnetCidr[slot(i)];
    default: return kNoCidr;
    }
}

const InstanceType &DesignIndex::instanceTypeOf(int i) const
{
    const std::vector<InstanceType> &table = m_types[size_t(element(i).kind)];
    return table.empty() ? kNoType : table[slot(i)];
}

const QStringList &DesignIndex::missingReferences(int i) const
{
    const auto it = m_missing.constFind(i);
    return it == m_missing.constEnd() ? kNoIds : it.value();
}

} // namespace pillar
