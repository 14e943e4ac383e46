#include "DesignIndex.h"

#include "../PropertySpec.h"
#include "KindInfo.h"

namespace pillar {

namespace {

const QStringList kNoIds;
const QVector<IngressEntry> kNoIngress;
const std::optional<Cidr> kNoCidr;
const InstanceType kNoInstanceType;

} // namespace

DesignIndex::DesignIndex(const Design &design)
    : m_design(design)
{
    const int n = elementCount();
    m_byKind.resize(allKinds().size());
    m_kind.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        m_kind.push_back(element(i).kind);
        m_byKind[size_t(kindOf(i))] << i;
    }
    indexProperties();
    indexContainment();
    indexConnections();
    indexReferences();
    indexSecurityGroups();
    indexZones();
    indexInstanceTypes();
}

int DesignIndex::indexOf(const QString &id) const
{
    return id.isEmpty() ? -1 : m_design.elementIndex(id);
}

IndexLists::IndexLists(int owners, const std::vector<std::pair<int, int>> &ownerItems)
{
    m_start.assign(size_t(owners) + 1, 0);
    for (const auto &[owner, item] : ownerItems)
        ++m_start[size_t(owner) + 1];
    for (size_t o = 0; o < size_t(owners); ++o)
        m_start[o + 1] += m_start[o];
    m_items.resize(ownerItems.size());
    std::vector<int> next(m_start.begin(), m_start.end() - 1);
    for (const auto &[owner, item] : ownerItems)
        m_items[size_t(next[size_t(owner)]++)] = item;
}

// One walk over each element's stored properties, in the map's order.
void DesignIndex::indexProperties()
{
    m_storedStart.reserve(size_t(elementCount()));
    for (int i = 0; i < elementCount(); ++i) {
        const std::vector<PropertySpec> &specs = propertySpecs(kindOf(i));
        const size_t start = m_stored.size();
        m_storedStart.push_back(start);
        m_stored.resize(start + specs.size(), nullptr);
        const QVariantMap &properties = element(i).properties;
        for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
            for (size_t k = 0; k < specs.size(); ++k) {
                if (specs[k].key == it.key()) {
                    m_stored[start + k] = &it.value();
                    break;
                }
            }
        }
    }
}

const QVariant &DesignIndex::value(int i, QLatin1StringView key) const
{
    const std::vector<PropertySpec> &specs = propertySpecs(kindOf(i));
    for (size_t k = 0; k < specs.size(); ++k) {
        if (specs[k].key == key) {
            const QVariant *stored = m_stored[m_storedStart[size_t(i)] + k];
            return stored ? *stored : specs[k].defaultValue;
        }
    }
    Q_ASSERT_X(false, "DesignIndex::value", key.data()); // a rule asked for a property its kind lacks
    static const QVariant none;
    return none;
}

void DesignIndex::addMissing(int i, const QString &id)
{
    QStringList &missing = m_missing[i];
    if (!missing.contains(id))
        missing << id;
}

// Walks each parent chain once, remembering the answer for every element on
// the way, so the whole pass is O(n) even for deep nesting. A containment
// cycle (possible while editing) ends the walk instead of hanging it.
void DesignIndex::indexContainment()
{
    const size_t n = size_t(elementCount());
    m_parent.assign(n, -1);
    // Siblings usually stand together in a file, so the previous element's
    // parent is most often this one's too: comparing beats looking it up.
    const QString *previous = nullptr;
    for (size_t i = 0; i < n; ++i) {
        const QString &parent = element(int(i)).parent;
        m_parent[i] = previous && *previous == parent ? m_parent[i - 1] : indexOf(parent);
        previous = &parent;
        if (m_parent[i] < 0 && !parent.isEmpty())
            addMissing(int(i), parent);
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
            const ElementKind kind = kindOf(e);
            if (kind == ElementKind::Subnet)
                subnet = e;
            else if (kind == ElementKind::AvailabilityZone)
                az = e;
            else if (kind == ElementKind::Vpc)
                vpc = e;
            m_subnet[size_t(e)] = subnet;
            m_az[size_t(e)] = az;
            m_vpc[size_t(e)] = vpc;
            state[size_t(e)] = 2;
        }
    }
}

void DesignIndex::indexConnections()
{
    std::vector<std::pair<int, int>> out, in;
    for (int c = 0; c < connectionCount(); ++c) {
        const int from = indexOf(connection(c).from);
        const int to = indexOf(connection(c).to);
        m_connFrom.push_back(from);
        m_connTo.push_back(to);
        if (from >= 0)
            out.emplace_back(from, c);
        if (to >= 0)
            in.emplace_back(to, c);
    }
    m_outgoing = IndexLists(elementCount(), out);
    m_incoming = IndexLists(elementCount(), in);
}

// Resolves every Ref / RefList property (in spec order, then list order):
// the Auto Scaling group of each instance, the subnets of load balancers and
// Auto Scaling groups, the CIDRs of VPCs and subnets, and the ids that name
// nothing.
void DesignIndex::indexReferences()
{
    m_asgOf.assign(size_t(elementCount()), -1);
    m_cidrs.assign(size_t(elementCount()), std::nullopt);
    std::vector<std::pair<int, int>> asgInstances, attachedSubnets;
    for (int i = 0; i < elementCount(); ++i) {
        const Element &e = element(i);
        const std::vector<PropertySpec> &specs = propertySpecs(e.kind);
        for (size_t k = 0; k < specs.size(); ++k) {
            const PropertySpec &spec = specs[k];
            const bool isRef = spec.type == PropertyType::Ref || spec.type == PropertyType::RefList;
            const bool isCidr = (e.kind == ElementKind::Vpc || e.kind == ElementKind::Subnet) && spec.key == QLatin1String("cidr");
            if (!isRef && !isCidr)
                continue;
            const QVariant *stored = m_stored[m_storedStart[size_t(i)] + k];
            if (!stored)
                continue;
            if (isRef) {
                auto resolve = [&](const QString &id) {
                    if (id.isEmpty())
                        return;
                    const int target = indexOf(id);
                    if (target < 0)
                        addMissing(i, id);
                    else if (e.kind == ElementKind::Ec2Instance && spec.key == QLatin1String("autoScalingGroup")
                             && kindOf(target) == ElementKind::AutoScalingGroup) {
                        m_asgOf[size_t(i)] = target;
                        asgInstances.emplace_back(target, i);
                    } else if (attachesToSubnets(e.kind) && spec.key == QLatin1String("subnets")) {
                        attachedSubnets.emplace_back(i, target);
                    }
                };
                if (spec.type == PropertyType::Ref) {
                    resolve(stored->toString());
                } else {
                    const QStringList ids = stored->toStringList();
                    for (const QString &id : ids)
                        resolve(id);
                }
            } else {
                // The stored text, not the spec's default: a VPC drawn
                // without a CIDR has none to judge.
                const QString text = stored->toString();
                if (!text.isEmpty())
                    m_cidrs[size_t(i)] = Cidr::parse(text.trimmed());
            }
        }
    }
    m_asgInstances = IndexLists(elementCount(), asgInstances);
    m_attachedSubnets = IndexLists(elementCount(), attachedSubnets);
}

IngressEntry::Protocol IngressEntry::protocolOf(const QString &text)
{
    if (text == QLatin1String("tcp"))
        return Protocol::Tcp;
    if (text == QLatin1String("udp"))
        return Protocol::Udp;
    if (text == QLatin1String("icmp"))
        return Protocol::Icmp;
    if (text == QLatin1String("all") || text == QLatin1String("-1"))
        return Protocol::All;
    return Protocol::Other;
}

bool IngressEntry::admitsSensitivePort() const
{
    if (allPorts || protocol != Protocol::Tcp)
        return false;
    for (int port : sensitivePorts()) {
        if (coversPort(port))
            return true;
    }
    return false;
}

// Each group's ingress rules, parsed; then the groups of every element and
// their reverse, the members of every group.
void DesignIndex::indexSecurityGroups()
{
    m_ingress.resize(size_t(elementCount()));
    for (int sg : ofKind(ElementKind::SecurityGroup)) {
        QVector<IngressEntry> &entries = m_ingress[size_t(sg)];
        entries.reserve(element(sg).ingress.size());
        for (const IngressRule &rule : element(sg).ingress) {
            IngressEntry entry;
            if (!rule.cidr.isEmpty()) {
                entry.cidr = Cidr::parse(rule.cidr.trimmed());
                entry.facts = ingressFacts(entry.cidr);
            }
            entry.protocol = IngressEntry::protocolOf(rule.protocol);
            entry.fromPort = rule.fromPort;
            entry.toPort = rule.toPort;
            entry.allPorts = rule.coversAllPorts();
            entry.namesGroup = !rule.sourceGroup.isEmpty();
            if (entry.namesGroup) {
                entry.sourceGroup = indexOf(rule.sourceGroup);
                if (entry.sourceGroup < 0)
                    addMissing(sg, rule.sourceGroup);
            }
            entries << entry;
        }
    }
    std::vector<std::pair<int, int>> groupsOf, membersOf;
    QVector<int> groups;
    for (int i = 0; i < elementCount(); ++i) {
        if (!takesSecurityGroups(kindOf(i)))
            continue;
        groups.clear();
        auto addGroupsOf = [&](int from, bool own) {
            for (const QString &id : element(from).securityGroups) {
                const int group = indexOf(id);
                if (group >= 0 && kindOf(group) == ElementKind::SecurityGroup) {
                    if (!groups.contains(group))
                        groups << group;
                } else if (group < 0 && own) {
                    addMissing(i, id);
                }
            }
        };
        addGroupsOf(i, true);
        const int asg = asgOf(i);
        if (asg >= 0 && takesSecurityGroups(kindOf(asg)))
            addGroupsOf(asg, false);
        for (int group : groups) {
            groupsOf.emplace_back(i, group);
            membersOf.emplace_back(group, i);
        }
    }
    m_groups = IndexLists(elementCount(), groupsOf);
    m_members = IndexLists(elementCount(), membersOf);
}

// The instance type of every element that has one, each text parsed once.
void DesignIndex::indexInstanceTypes()
{
    QHash<QString, InstanceType> parsed;
    m_instanceTypes.resize(size_t(elementCount()));
    const struct { ElementKind kind; QLatin1StringView key; } typed[] = {
        {ElementKind::Ec2Instance, QLatin1StringView("instanceType")}, {ElementKind::AutoScalingGroup, QLatin1StringView("instanceType")},
        {ElementKind::RdsInstance, QLatin1StringView("instanceClass")}, {ElementKind::ElastiCache, QLatin1StringView("nodeType")}};
    for (const auto &t : typed) {
        for (int i : ofKind(t.kind)) {
            const QString text = value(i, t.key).toString();
            auto it = parsed.constFind(text);
            if (it == parsed.constEnd())
                it = parsed.insert(text, parseInstanceType(text));
            m_instanceTypes[size_t(i)] = it.value();
        }
    }
}

// Zones of a load balancer or Auto Scaling group: those of its subnets and,
// for a group, of the instances that name it.
void DesignIndex::indexZones()
{
    std::vector<std::pair<int, int>> zonesOf;
    QVector<int> zones;
    for (const KindInfo &info : allKinds()) {
        if (!info.attachesToSubnets)
            continue;
        for (int i : ofKind(info.kind)) {
            zones.clear();
            auto add = [&](int az) {
                if (az >= 0 && !zones.contains(az))
                    zones << az;
            };
            for (int subnet : attachedSubnetsOf(i))
                add(m_az[size_t(subnet)]);
            for (int member : asgInstances(i))
                add(m_az[size_t(member)]);
            for (int az : zones)
                zonesOf.emplace_back(i, az);
        }
    }
    m_zones = IndexLists(elementCount(), zonesOf);
}

bool DesignIndex::inPublicSubnet(int i) const
{
    const int s = subnetOf(i);
    return s >= 0 && value(s, QLatin1StringView("public")).toBool();
}

const QVector<IngressEntry> &DesignIndex::ingressOf(int sg) const
{
    return sg < 0 ? kNoIngress : m_ingress[size_t(sg)];
}

IndexList DesignIndex::zonesOf(int i) const
{
    if (attachesToSubnets(kindOf(i)))
        return m_zones[i];
    const int *az = &m_az[size_t(i)];
    return *az >= 0 ? IndexList(az, az + 1) : IndexList();
}

const std::optional<Cidr> &DesignIndex::cidrOf(int i) const
{
    return i < 0 ? kNoCidr : m_cidrs[size_t(i)];
}

const InstanceType &DesignIndex::instanceTypeOf(int i) const
{
    return i < 0 ? kNoInstanceType : m_instanceTypes[size_t(i)];
}

const QStringList &DesignIndex::missingReferences(int i) const
{
    const auto it = m_missing.constFind(i);
    return it == m_missing.constEnd() ? kNoIds : it.value();
}

} // namespace pillar
