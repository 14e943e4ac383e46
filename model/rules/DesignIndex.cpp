#include "DesignIndex.h"

#include "Prefetch.h"

#include "../PropertySpec.h"

#include <algorithm>
#include <cstring>

namespace pillar {

namespace {

const QStringList kNoIds;
const std::optional<Cidr> kNoCidr;
const InstanceType kNoType;

// Where a string or list property keeps its contents, to prefetch; nullptr
// for values held inline.
const void *contentsOf(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QString: return static_cast<const QString *>(v.constData())->constData();
    case QMetaType::QStringList: return static_cast<const QStringList *>(v.constData())->constData();
    default: return nullptr;
    }
}

// Qt 6's QMap is one pointer to its shared data; reading it lets a pass ask
// for an element's map before it gets there. A prefetch hint only: should
// the layout ever differ, the hint is wasted, never wrong.
const void *mapDataOf(const QVariantMap &map)
{
    static_assert(sizeof(QVariantMap) == sizeof(void *), "QMap is expected to hold one pointer");
    const void *d = nullptr;
    std::memcpy(&d, &map, sizeof d);
    return d;
}

// Resolves idAt(0) .. idAt(count - 1) in order and hands each index (-1 for
// an empty or unknown id) to use(k, index). Big designs keep their strings
// all over the heap and their ids in a table bigger than the cache, so each
// id's characters are asked for kPrefetchAhead steps ahead, its table slot
// half as far ahead and the id the slot points to a quarter: by the time a
// lookup runs, what it reads has arrived.
template <typename IdAt, typename Use>
void resolveInOrder(const IdTable &table, size_t count, IdAt idAt, Use use)
{
    constexpr size_t kSlotAhead = kPrefetchAhead / 2;
    constexpr size_t kIdAhead = kPrefetchAhead / 4;
    uint32_t hashes[kSlotAhead + 1] = {};
    auto ring = [&](size_t k) -> uint32_t & { return hashes[k % (kSlotAhead + 1)]; };
    for (size_t j = 0; j < kSlotAhead && j < count; ++j)
        ring(j) = IdTable::hashOf(idAt(j));
    for (size_t k = 0; k < count; ++k) {
        if (k + kPrefetchAhead < count)
            prefetch(idAt(k + kPrefetchAhead).data());
        if (k + kSlotAhead < count) {
            ring(k + kSlotAhead) = IdTable::hashOf(idAt(k + kSlotAhead));
            table.prefetchSlot(ring(k + kSlotAhead));
        }
        if (k + kIdAhead < count)
            table.prefetchId(ring(k + kIdAhead));
        const QStringView id = idAt(k);
        use(k, id.isEmpty() ? -1 : table.indexOf(id, ring(k)));
    }
}

} // namespace

DesignIndex::DesignIndex(const Design &design)
    : m_design(design)
    , m_ids(design.elements())
{
    const size_t n = design.elements().size();
    m_byKind.resize(allKinds().size());
    m_slot.resize(n);
    m_kind.resize(n);
    m_hasUnknowns.resize(n);
    for (size_t i = 0; i < n; ++i) {
        m_kind[i] = design.elements()[i].kind;
        m_hasUnknowns[i] = !design.elements()[i].unknown.isEmpty();
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
    const std::vector<Element> &elements = m_design.elements();
    resolveInOrder(m_ids, n, [&](size_t i) { return QStringView(elements[i].parent); }, [&](size_t i, int parent) {
        m_parent[i] = parent;
        if (parent < 0 && !elements[i].parent.isEmpty())
            m_missing[int(i)] << elements[i].parent;
    });
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
            switch (kindOf(e)) {
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
    // Ends in turn: from of connection 0, to of connection 0, from of 1, ...
    resolveInOrder(
        m_ids, 2 * connections.size(),
        [&](size_t k) { return QStringView(k % 2 ? connections[k / 2].to : connections[k / 2].from); },
        [&](size_t k, int end) {
            if (k % 2 == 0) {
                m_connFrom[k / 2] = end;
                if (end >= 0)
                    ++m_outStart[size_t(end) + 1];
            } else {
                m_connTo[k / 2] = end;
                if (end >= 0)
                    ++m_inStart[size_t(end) + 1];
            }
        });
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
        const std::vector<PropertySpec> &specs = propertySpecs(info.kind);
        for (size_t s = 0; s < specs.size(); ++s) {
            const PropertySpec &spec = specs[s];
            if (spec.type != PropertyType::Ref && spec.type != PropertyType::RefList)
                continue;
            const bool asgRef = info.kind == ElementKind::Ec2Instance && spec.key == QLatin1String("autoScalingGroup");
            // The subnets of load balancers and Auto Scaling groups are kept,
            // resolved, for attachedSubnetsOf() and zonesOf().
            const bool attached = spec.key == QLatin1String("subnets")
                && (info.kind == ElementKind::LoadBalancer || info.kind == ElementKind::AutoScalingGroup);
            std::vector<int> &subnetStart = info.kind == ElementKind::LoadBalancer ? m_lbSubnetStart : m_asgSubnetStart;
            std::vector<int> &subnets = info.kind == ElementKind::LoadBalancer ? m_lbSubnets : m_asgSubnets;
            if (attached)
                subnetStart.assign(1, 0);
            const QVector<int> &elements = ofKind(info.kind);
            for (int k = 0; k < elements.size(); ++k) {
                const int i = elements[k];
                prefetchValue(elements, k, int(s));
                const QVariant &v = value(i, int(s)); // an unset reference defaults to none
                const QStringList ids = spec.type == PropertyType::Ref ? QStringList{v.toString()} : v.toStringList();
                for (const QString &id : ids) {
                    if (id.isEmpty())
                        continue;
                    const int target = indexOf(id);
                    if (attached && target >= 0)
                        subnets.push_back(target);
                    if (target < 0) {
                        QStringList &missing = m_missing[i];
                        if (!missing.contains(id))
                            missing << id;
                    } else if (asgRef && kindOf(target) == ElementKind::AutoScalingGroup) {
                        m_asgInstances[slot(target)] << i;
                        m_asgOf[slot(i)] = target;
                    }
                }
                if (attached)
                    subnetStart.push_back(int(subnets.size()));
            }
        }
    }
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

void DesignIndex::indexSecurityGroups()
{
    const size_t n = m_design.elements().size();
    const QVector<int> &groups = ofKind(ElementKind::SecurityGroup);
    m_ingressStart.reserve(size_t(groups.size()) + 1);
    m_ingressStart.push_back(0);
    // The same few sources ("0.0.0.0/0", an office range) repeat across groups.
    QHash<QString, std::optional<Cidr>> parsedSources;
    for (int k = 0; k < groups.size(); ++k) {
        const int sg = groups[k];
        if (k + int(kPrefetchAhead) < groups.size())
            prefetch(element(groups[k + int(kPrefetchAhead)]).ingress.constData());
        if (k + int(kPrefetchAhead) / 2 < groups.size()) {
            for (const IngressRule &ahead : element(groups[k + int(kPrefetchAhead) / 2]).ingress) {
                prefetch(ahead.cidr.constData());
                prefetch(ahead.sourceGroup.constData());
                prefetch(ahead.protocol.constData());
            }
        }
        for (const IngressRule &rule : element(sg).ingress) {
            IngressEntry entry;
            if (!rule.cidr.isEmpty()) {
                auto it = parsedSources.constFind(rule.cidr);
                if (it == parsedSources.constEnd())
                    it = parsedSources.insert(rule.cidr, Cidr::parse(rule.cidr.trimmed()));
                entry.cidr = it.value();
                entry.facts = ingressFacts(entry.cidr);
            }
            entry.protocol = IngressEntry::protocolOf(rule.protocol);
            entry.fromPort = rule.fromPort;
            entry.toPort = rule.toPort;
            entry.allPorts = rule.coversAllPorts();
            entry.namesGroup = !rule.sourceGroup.isEmpty();
            if (entry.namesGroup) {
                entry.sourceGroup = indexOf(rule.sourceGroup);
                if (entry.sourceGroup < 0 && !m_missing.value(sg).contains(rule.sourceGroup))
                    m_missing[sg] << rule.sourceGroup;
            }
            m_ingress.push_back(entry);
        }
        m_ingressStart.push_back(int(m_ingress.size()));
    }
    // Groups of each element in design order, so that each group's members
    // come out in design order too (messages list them so).
    // First every element's own group ids, resolved in one stream (the
    // views only read each list's array; resolveInOrder asks for the rest).
    const std::vector<Element> &elements = m_design.elements();
    std::vector<QStringView> ids;
    std::vector<int> idStart;
    idStart.reserve(n + 1);
    idStart.push_back(0);
    for (size_t i = 0; i < n; ++i) {
        if (i + kPrefetchAhead < n)
            prefetch(elements[i + kPrefetchAhead].securityGroups.constData());
        for (const QString &id : elements[i].securityGroups)
            ids.emplace_back(id);
        idStart.push_back(int(ids.size()));
    }
    std::vector<int> resolved(ids.size(), -1);
    resolveInOrder(m_ids, ids.size(), [&](size_t k) { return ids[k]; }, [&](size_t k, int g) { resolved[k] = g; });

    m_groupStart.reserve(n + 1);
    m_groupStart.push_back(0);
    std::vector<int> memberCount(size_t(groups.size()) + 1, 0);
    for (size_t i = 0; i < n; ++i) {
        if (takesSecurityGroups(m_kind[i]))
            indexGroupsOf(int(i), idStart, resolved, memberCount);
        m_groupStart.push_back(int(m_groupList.size()));
    }
    m_memberStart.resize(memberCount.size());
    for (size_t g = 0; g + 1 < memberCount.size(); ++g)
        m_memberStart[g + 1] = m_memberStart[g] + memberCount[g + 1];
    m_memberList.resize(m_groupList.size());
    std::vector<int> fill(m_memberStart.begin(), m_memberStart.end() - 1);
    for (size_t i = 0; i < n; ++i) {
        for (int g : groupsOf(int(i)))
            m_memberList[size_t(fill[slot(g)]++)] = int(i);
    }
}

// Appends element i's groups to m_groupList: its own and, for an instance in
// an Auto Scaling group, the group's; each once, dangling ids left out (and
// recorded as missing when they are i's own).
void DesignIndex::indexGroupsOf(int i, const std::vector<int> &idStart, const std::vector<int> &resolved,
                                std::vector<int> &memberCount)
{
    const int asg = asgOf(i);
    if (idStart[size_t(i)] == idStart[size_t(i) + 1] && asg < 0)
        return;
    const size_t first = m_groupList.size();
    auto addGroups = [&](int from, bool own) {
        for (int k = idStart[size_t(from)]; k < idStart[size_t(from) + 1]; ++k) {
            const int g = resolved[size_t(k)];
            if (g >= 0 && kindOf(g) == ElementKind::SecurityGroup) {
                if (std::find(m_groupList.begin() + qsizetype(first), m_groupList.end(), g) == m_groupList.end()) {
                    m_groupList.push_back(g);
                    ++memberCount[slot(g) + 1];
                }
            } else if (g < 0 && own) {
                const QString &id = element(i).securityGroups[k - idStart[size_t(from)]];
                if (!m_missing.value(i).contains(id))
                    m_missing[i] << id;
            }
        }
    };
    addGroups(i, true);
    if (asg >= 0)
        addGroups(asg, false);
}

// Zones of a load balancer or Auto Scaling group: those of its subnets and,
// for a group, of the instances that name it.
void DesignIndex::indexZones()
{
    for (ElementKind kind : {ElementKind::LoadBalancer, ElementKind::AutoScalingGroup}) {
        const bool lb = kind == ElementKind::LoadBalancer;
        std::vector<int> &start = lb ? m_lbZoneStart : m_asgZoneStart;
        std::vector<int> &zones = lb ? m_lbZones : m_asgZones;
        start.assign(1, 0);
        for (int i : ofKind(kind)) {
            const auto first = zones.size();
            auto add = [&](int az) {
                if (az >= 0 && std::find(zones.begin() + qsizetype(first), zones.end(), az) == zones.end())
                    zones.push_back(az);
            };
            for (int subnet : attachedSubnetsOf(i))
                add(m_az[size_t(subnet)]);
            if (kind == ElementKind::AutoScalingGroup) {
                for (int member : asgInstances(i))
                    add(m_az[size_t(member)]);
            }
            start.push_back(int(zones.size()));
        }
    }
}

// Parses CIDRs and instance types once. Instance types repeat across a
// design: each distinct text is parsed once.
void DesignIndex::indexTyped()
{
    const QString cidrKey = QStringLiteral("cidr");
    for (ElementKind kind : {ElementKind::Vpc, ElementKind::Subnet}) {
        std::vector<std::optional<Cidr>> &table = kind == ElementKind::Vpc ? m_vpcCidr : m_subnetCidr;
        table.resize(size_t(ofKind(kind).size()));
        const int spec = propertySpecIndex(kind, cidrKey);
        Q_ASSERT(spec >= 0);
        const QVector<int> &elements = ofKind(kind);
        for (int k = 0; k < elements.size(); ++k) {
            const int i = elements[k];
            prefetchValue(elements, k, spec);
            // The stored text, not the spec's default: a VPC drawn without a
            // CIDR has none to judge (cidrOf() is nullopt).
            if (!isStored(i, spec))
                continue;
            const QString text = value(i, spec).toString();
            if (!text.isEmpty())
                table[slot(i)] = Cidr::parse(text.trimmed());
        }
    }
    m_types.resize(allKinds().size());
    const struct { ElementKind kind; QString key; } typed[] = {
        {ElementKind::Ec2Instance, QStringLiteral("instanceType")}, {ElementKind::AutoScalingGroup, QStringLiteral("instanceType")},
        {ElementKind::RdsInstance, QStringLiteral("instanceClass")}, {ElementKind::ElastiCache, QStringLiteral("nodeType")}};
    QHash<QString, InstanceType> parsed;
    for (const auto &t : typed) {
        std::vector<InstanceType> &table = m_types[size_t(t.kind)];
        table.reserve(size_t(ofKind(t.kind).size()));
        const int spec = propertySpecIndex(t.kind, t.key);
        Q_ASSERT(spec >= 0);
        const QVector<int> &elements = ofKind(t.kind);
        for (int k = 0; k < elements.size(); ++k) {
            prefetchValue(elements, k, spec);
            const QString text = value(elements[k], spec).toString();
            auto it = parsed.constFind(text);
            if (it == parsed.constEnd())
                it = parsed.insert(text, parseInstanceType(text));
            table.push_back(it.value());
        }
    }
}

// One sweep over the elements in design order (each element's map is read
// once, and the next ones are asked for ahead), writing each value into its
// kind's table at the element's slot.
void DesignIndex::indexProperties()
{
    m_props.resize(allKinds().size());
    for (const KindInfo &info : allKinds()) {
        const std::vector<PropertySpec> &specs = propertySpecs(info.kind);
        KindTable &table = m_props[size_t(info.kind)];
        table.width = specs.size();
        for (const PropertySpec &spec : specs) {
            table.defaults.push_back(&spec.defaultValue);
            table.defaultNumbers.push_back(numberOf(spec, spec.defaultValue));
        }
        table.values.resize(size_t(ofKind(info.kind).size()) * specs.size());
    }
    const std::vector<Element> &elements = m_design.elements();
    const size_t n = elements.size();
    for (size_t i = 0; i < n; ++i) {
        if (i + 2 * kPrefetchAhead < n)
            prefetch(mapDataOf(elements[i + 2 * kPrefetchAhead].properties));
        if (i + kPrefetchAhead < n) {
            const QVariantMap &ahead = elements[i + kPrefetchAhead].properties;
            if (!ahead.isEmpty())
                prefetch(&*ahead.constBegin());
        }
        const QVariantMap &props = elements[i].properties;
        if (props.isEmpty())
            continue;
        const std::vector<PropertySpec> &specs = propertySpecs(m_kind[i]);
        KindTable &table = m_props[size_t(m_kind[i])];
        const size_t base = slot(int(i)) * table.width;
        for (auto it = props.constBegin(); it != props.constEnd(); ++it) {
            // The reader stores the spec's own key strings: compare
            // pointers first, text only for keys built elsewhere.
            for (size_t s = 0; s < specs.size(); ++s) {
                if (it.key().constData() == specs[s].key.constData() || it.key() == specs[s].key) {
                    table.values[base + s] = {&it.value(), numberOf(specs[s], it.value())};
                    break;
                }
            }
        }
    }
}

int DesignIndex::numberOf(const PropertySpec &spec, const QVariant &v)
{
    switch (spec.type) {
    case PropertyType::Bool: return v.toBool() ? 1 : 0;
    case PropertyType::Int: return v.toInt();
    case PropertyType::Enum:
    case PropertyType::String:
    case PropertyType::Ref: {
        // Read in place: copying the string would write its reference count.
        const QString copy = v.typeId() == QMetaType::QString ? QString() : v.toString();
        const QStringView text = v.typeId() == QMetaType::QString ? QStringView(*static_cast<const QString *>(v.constData()))
                                                                  : QStringView(copy);
        if (spec.type != PropertyType::Enum)
            return text.trimmed().isEmpty() ? 0 : 1;
        for (qsizetype e = 0; e < spec.enumValues.size(); ++e) {
            if (spec.enumValues[e] == text)
                return int(e);
        }
        return -1;
    }
    default: return 0;
    }
}

void DesignIndex::prefetchValue(const QVector<int> &elements, int k, int spec) const
{
    const int far = k + 2 * int(kPrefetchAhead);
    if (far < elements.size()) {
        const int i = elements[far];
        const KindTable &t = m_props[size_t(kindOf(i))];
        prefetch(t.values[slot(i) * t.width + size_t(spec)].at);
    }
    const int near = k + int(kPrefetchAhead);
    if (near < elements.size())
        prefetch(contentsOf(value(elements[near], spec)));
}

bool DesignIndex::inPublicSubnet(int i) const
{
    static const int publicSpec = propertySpecIndex(ElementKind::Subnet, QStringLiteral("public"));
    const int s = subnetOf(i);
    return s >= 0 && number(s, publicSpec) != 0;
}

int DesignIndex::asgOf(int i) const
{
    return kindOf(i) == ElementKind::Ec2Instance ? m_asgOf[slot(i)] : -1;
}

IndexRange DesignIndex::zonesOf(int i) const
{
    switch (kindOf(i)) {
    case ElementKind::LoadBalancer: return range(m_lbZoneStart, m_lbZones, int(slot(i)));
    case ElementKind::AutoScalingGroup: return range(m_asgZoneStart, m_asgZones, int(slot(i)));
    default: break;
    }
    const int *az = m_az.data() + i;
    return *az >= 0 ? IndexRange(az, az + 1) : IndexRange(nullptr, nullptr);
}

IndexRange DesignIndex::attachedSubnetsOf(int i) const
{
    switch (kindOf(i)) {
    case ElementKind::LoadBalancer: return range(m_lbSubnetStart, m_lbSubnets, int(slot(i)));
    case ElementKind::AutoScalingGroup: return range(m_asgSubnetStart, m_asgSubnets, int(slot(i)));
    default: return {nullptr, nullptr};
    }
}

const std::optional<Cidr> &DesignIndex::cidrOf(int i) const
{
    switch (kindOf(i)) {
    case ElementKind::Vpc: return m_vpcCidr[slot(i)];
    case ElementKind::Subnet: return m_subnetCidr[slot(i)];
    default: return kNoCidr;
    }
}

const InstanceType &DesignIndex::instanceTypeOf(int i) const
{
    const std::vector<InstanceType> &table = m_types[size_t(kindOf(i))];
    return table.empty() ? kNoType : table[slot(i)];
}

const QStringList &DesignIndex::missingReferences(int i) const
{
    const auto it = m_missing.constFind(i);
    return it == m_missing.constEnd() ? kNoIds : it.value();
}

} // namespace pillar
