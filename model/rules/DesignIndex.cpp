#include "DesignIndex.h"

#include "Prefetch.h"

#include "../PropertySpec.h"
#include "KindInfo.h"

#include <algorithm>
#include <cstring>

namespace pillar {

namespace {

const QStringList kNoIds;
const std::optional<Cidr> kNoCidr;
const InstanceType kNoType;

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

// The property of each kind that names an instance type (parsed for
// instanceTypeOf()), by kind; -1 for kinds without one. Likewise the "cidr"
// of VPCs and subnets (cidrOf()).
const std::vector<int> &typedSpecs()
{
    static const std::vector<int> specs = [] {
        std::vector<int> s(allKinds().size(), -1);
        s[size_t(ElementKind::Ec2Instance)] = propertySpecIndex(ElementKind::Ec2Instance, QStringLiteral("instanceType"));
        s[size_t(ElementKind::AutoScalingGroup)] = propertySpecIndex(ElementKind::AutoScalingGroup, QStringLiteral("instanceType"));
        s[size_t(ElementKind::RdsInstance)] = propertySpecIndex(ElementKind::RdsInstance, QStringLiteral("instanceClass"));
        s[size_t(ElementKind::ElastiCache)] = propertySpecIndex(ElementKind::ElastiCache, QStringLiteral("nodeType"));
        return s;
    }();
    return specs;
}

const std::vector<int> &cidrSpecs()
{
    static const std::vector<int> specs = [] {
        std::vector<int> s(allKinds().size(), -1);
        for (ElementKind kind : {ElementKind::Vpc, ElementKind::Subnet})
            s[size_t(kind)] = propertySpecIndex(kind, QStringLiteral("cidr"));
        return s;
    }();
    return specs;
}

// v's text, read in place when v holds a string (a copy would write the
// string's reference count); else converted into scratch.
const QString &textOf(const QVariant &v, QString &scratch)
{
    if (v.typeId() == QMetaType::QString)
        return *static_cast<const QString *>(v.constData());
    scratch = v.toString();
    return scratch;
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

// What the gathering pass copies out of the elements for later passes:
// the ids they refer to, as text in one buffer (resolved only once every id
// is in the IdTable), so that no later pass goes back to an element's heap
// data.
struct DesignIndex::Gathered {
    struct Text {
        uint32_t at = 0;
        uint32_t length = 0;
    };
    // A Ref / RefList property's id.
    struct RefId {
        int element;
        int spec;
        Text id;
    };

    std::vector<char16_t> chars;
    std::vector<Text> parents;        // by element
    std::vector<Text> groupIds;       // own security groups of kinds that take them, by element
    std::vector<int> groupIdStart{0}; // by element, plus one
    std::vector<RefId> refs;          // by element, then spec, then position in the list
    std::vector<int> refStart{0};     // by element, plus one
    std::vector<Text> sources;        // source group of each ingress entry (length 0: a CIDR)
    // Texts that repeat across a design, each parsed once.
    QHash<QString, InstanceType> types;
    QHash<QString, std::optional<Cidr>> cidrSources;

    const InstanceType &instanceType(const QString &text)
    {
        auto it = types.constFind(text);
        if (it == types.constEnd())
            it = types.insert(text, parseInstanceType(text));
        return it.value();
    }

    Text add(QStringView text)
    {
        const Text t{uint32_t(chars.size()), uint32_t(text.size())};
        chars.insert(chars.end(), text.utf16(), text.utf16() + text.size());
        return t;
    }
    QStringView view(Text t) const { return QStringView(chars.data() + t.at, qsizetype(t.length)); }
};

DesignIndex::DesignIndex(const Design &design)
    : m_design(design)
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
    Gathered gathered;
    gather(gathered);
    indexContainment(gathered);
    indexConnections();
    indexReferences(gathered);
    indexSecurityGroups(gathered);
    indexZones();
}

IndexRange DesignIndex::range(const std::vector<int> &start, const std::vector<int> &list, int i)
{
    const int *data = list.data();
    return {data + start[size_t(i)], data + start[size_t(i) + 1]};
}

// The one pass that reads the elements' own data (ids, parents, security
// groups, property maps, ingress rules), in design order, asking for each
// element's strings and lists a few elements ahead. A design that outgrows
// the cache then costs one trip to memory per element, not one per pass:
// the passes after this one read only the tables it fills.
void DesignIndex::gather(Gathered &g)
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
    // Instance types and CIDRs are parsed as they are met; an instance type
    // not set is the spec's default.
    m_types.resize(allKinds().size());
    for (const KindInfo &info : allKinds()) {
        const int spec = typedSpecs()[size_t(info.kind)];
        if (spec >= 0)
            m_types[size_t(info.kind)].assign(size_t(ofKind(info.kind).size()),
                                              g.instanceType(propertySpecs(info.kind)[size_t(spec)].defaultValue.toString()));
    }
    m_vpcCidr.resize(size_t(ofKind(ElementKind::Vpc).size()));
    m_subnetCidr.resize(size_t(ofKind(ElementKind::Subnet).size()));
    m_ingressStart.reserve(size_t(ofKind(ElementKind::SecurityGroup).size()) + 1);
    m_ingressStart.push_back(0);

    const std::vector<Element> &elements = m_design.elements();
    const size_t n = elements.size();
    m_ids.reserve(n);
    g.parents.reserve(n);
    g.groupIdStart.reserve(n + 1);
    g.refStart.reserve(n + 1);
    for (size_t i = 0; i < n; ++i) {
        if (i + 2 * kPrefetchAhead < n) {
            const Element &far = elements[i + 2 * kPrefetchAhead];
            prefetch(far.id.constData());
            prefetch(far.parent.constData());
            prefetch(mapDataOf(far.properties));
            prefetch(far.securityGroups.constData());
            prefetch(far.ingress.constData());
        }
        if (i + kPrefetchAhead < n) {
            const Element &near = elements[i + kPrefetchAhead];
            if (!near.properties.isEmpty())
                prefetch(&*near.properties.constBegin());
            for (const QString &id : near.securityGroups)
                prefetch(id.constData());
            for (const IngressRule &rule : near.ingress) {
                prefetch(rule.cidr.constData());
                prefetch(rule.sourceGroup.constData());
                prefetch(rule.protocol.constData());
            }
        }
        const Element &e = elements[i];
        m_ids.append(e.id);
        g.parents.push_back(g.add(e.parent));
        if (takesSecurityGroups(e.kind)) {
            for (const QString &id : e.securityGroups)
                g.groupIds.push_back(g.add(id));
        }
        g.groupIdStart.push_back(int(g.groupIds.size()));
        gatherProperties(int(i), e, g);
        g.refStart.push_back(int(g.refs.size()));
        if (e.kind == ElementKind::SecurityGroup)
            gatherIngress(e, g);
    }
    m_ids.finish();
}

// Element i's property map into its kind's table; Ref / RefList ids into
// g.refs in spec order; instance types and CIDRs parsed.
void DesignIndex::gatherProperties(int i, const Element &e, Gathered &g)
{
    const std::vector<PropertySpec> &specs = propertySpecs(e.kind);
    KindTable &table = m_props[size_t(e.kind)];
    const size_t base = slot(i) * table.width;
    const size_t firstRef = g.refs.size();
    QString scratch;
    for (auto it = e.properties.constBegin(); it != e.properties.constEnd(); ++it) {
        // The reader stores the spec's own key strings: compare pointers
        // first, text only for keys built elsewhere.
        size_t s = 0;
        while (s < specs.size() && it.key().constData() != specs[s].key.constData() && it.key() != specs[s].key)
            ++s;
        if (s == specs.size())
            continue;
        const PropertySpec &spec = specs[s];
        const QVariant &v = it.value();
        table.values[base + s] = {&v, numberOf(spec, v)};
        if (spec.type == PropertyType::Ref) {
            const QString &id = textOf(v, scratch);
            if (!id.isEmpty())
                g.refs.push_back({i, int(s), g.add(id)});
        } else if (spec.type == PropertyType::RefList) {
            const QStringList list = v.toStringList(); // shares a stored list
            for (const QString &id : list) {
                if (!id.isEmpty())
                    g.refs.push_back({i, int(s), g.add(id)});
            }
        } else if (int(s) == typedSpecs()[size_t(e.kind)]) {
            m_types[size_t(e.kind)][slot(i)] = g.instanceType(textOf(v, scratch));
        } else if (int(s) == cidrSpecs()[size_t(e.kind)]) {
            // The stored text, not the spec's default: a VPC drawn without a
            // CIDR has none to judge (cidrOf() is nullopt).
            const QString &text = textOf(v, scratch);
            if (!text.isEmpty())
                (e.kind == ElementKind::Vpc ? m_vpcCidr : m_subnetCidr)[slot(i)] = Cidr::parse(text.trimmed());
        }
    }
    // The map is in key order; the ids an element names are reported in spec
    // order (an insertion sort: an element names a handful).
    for (size_t k = firstRef + 1; k < g.refs.size(); ++k) {
        for (size_t j = k; j > firstRef && g.refs[j - 1].spec > g.refs[j].spec; --j)
            std::swap(g.refs[j - 1], g.refs[j]);
    }
}

// Security group sg's ingress rules, parsed into m_ingress; the source
// group ids are resolved later.
void DesignIndex::gatherIngress(const Element &e, Gathered &g)
{
    for (const IngressRule &rule : e.ingress) {
        IngressEntry entry;
        if (!rule.cidr.isEmpty()) {
            // The same few sources ("0.0.0.0/0", an office range) repeat across groups.
            auto it = g.cidrSources.constFind(rule.cidr);
            if (it == g.cidrSources.constEnd())
                it = g.cidrSources.insert(rule.cidr, Cidr::parse(rule.cidr.trimmed()));
            entry.cidr = it.value();
            entry.facts = ingressFacts(entry.cidr);
        }
        entry.protocol = IngressEntry::protocolOf(rule.protocol);
        entry.fromPort = rule.fromPort;
        entry.toPort = rule.toPort;
        entry.allPorts = rule.coversAllPorts();
        entry.namesGroup = !rule.sourceGroup.isEmpty();
        g.sources.push_back(g.add(rule.sourceGroup));
        m_ingress.push_back(entry);
    }
    m_ingressStart.push_back(int(m_ingress.size()));
}

// Walks each parent chain once, memoising the answer for every element on the
// way, so the whole pass is O(n) even for deep nesting. A containment cycle
// (possible while editing) ends the walk instead of hanging it.
void DesignIndex::indexContainment(const Gathered &g)
{
    const size_t n = m_design.elements().size();
    m_parent.assign(n, -1);
    resolveInOrder(m_ids, n, [&](size_t i) { return g.view(g.parents[i]); }, [&](size_t i, int parent) {
        m_parent[i] = parent;
        if (parent < 0 && g.parents[i].length > 0)
            m_missing[int(i)] << g.view(g.parents[i]).toString();
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

// Resolves every Ref / RefList id once: records the Auto Scaling group of
// each instance, the subnets of load balancers and Auto Scaling groups (for
// attachedSubnetsOf() and zonesOf()) and the ids that name nothing.
void DesignIndex::indexReferences(const Gathered &g)
{
    std::vector<int> targets(g.refs.size(), -1);
    resolveInOrder(m_ids, g.refs.size(), [&](size_t k) { return g.view(g.refs[k].id); },
                   [&](size_t k, int target) { targets[k] = target; });
    m_asgOf.assign(size_t(ofKind(ElementKind::Ec2Instance).size()), -1);
    m_asgInstances.resize(size_t(ofKind(ElementKind::AutoScalingGroup).size()));
    static const int asgSpec = propertySpecIndex(ElementKind::Ec2Instance, QStringLiteral("autoScalingGroup"));
    for (size_t k = 0; k < g.refs.size(); ++k) {
        const Gathered::RefId &ref = g.refs[k];
        const int target = targets[k];
        if (target < 0) {
            QStringList &missing = m_missing[ref.element];
            const QStringView id = g.view(ref.id);
            if (!missing.contains(id))
                missing << id.toString();
        } else if (kindOf(ref.element) == ElementKind::Ec2Instance && ref.spec == asgSpec
                   && kindOf(target) == ElementKind::AutoScalingGroup) {
            m_asgInstances[slot(target)] << ref.element;
            m_asgOf[slot(ref.element)] = target;
        }
    }
    for (ElementKind kind : {ElementKind::LoadBalancer, ElementKind::AutoScalingGroup}) {
        const bool lb = kind == ElementKind::LoadBalancer;
        std::vector<int> &start = lb ? m_lbSubnetStart : m_asgSubnetStart;
        std::vector<int> &subnets = lb ? m_lbSubnets : m_asgSubnets;
        static const int lbSubnets = propertySpecIndex(ElementKind::LoadBalancer, QStringLiteral("subnets"));
        static const int asgSubnets = propertySpecIndex(ElementKind::AutoScalingGroup, QStringLiteral("subnets"));
        const int spec = lb ? lbSubnets : asgSubnets;
        start.assign(1, 0);
        for (int i : ofKind(kind)) {
            for (int k = g.refStart[size_t(i)]; k < g.refStart[size_t(i) + 1]; ++k) {
                if (g.refs[size_t(k)].spec == spec && targets[size_t(k)] >= 0)
                    subnets.push_back(targets[size_t(k)]);
            }
            start.push_back(int(subnets.size()));
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

void DesignIndex::indexSecurityGroups(const Gathered &g)
{
    const size_t n = m_design.elements().size();
    const QVector<int> &groups = ofKind(ElementKind::SecurityGroup);
    // Source groups of the ingress rules gathered, in order.
    std::vector<int> sources(g.sources.size(), -1);
    resolveInOrder(m_ids, g.sources.size(), [&](size_t k) { return g.view(g.sources[k]); },
                   [&](size_t k, int source) { sources[k] = source; });
    for (int k = 0; k < groups.size(); ++k) {
        const int sg = groups[k];
        for (int r = m_ingressStart[size_t(k)]; r < m_ingressStart[size_t(k) + 1]; ++r) {
            IngressEntry &entry = m_ingress[size_t(r)];
            if (!entry.namesGroup)
                continue;
            entry.sourceGroup = sources[size_t(r)];
            const QStringView id = g.view(g.sources[size_t(r)]);
            if (entry.sourceGroup < 0 && !m_missing.value(sg).contains(id))
                m_missing[sg] << id.toString();
        }
    }
    // Groups of each element in design order, so that each group's members
    // come out in design order too (messages list them so).
    std::vector<int> resolved(g.groupIds.size(), -1);
    resolveInOrder(m_ids, g.groupIds.size(), [&](size_t k) { return g.view(g.groupIds[k]); },
                   [&](size_t k, int group) { resolved[k] = group; });

    m_groupStart.reserve(n + 1);
    m_groupStart.push_back(0);
    std::vector<int> memberCount(size_t(groups.size()) + 1, 0);
    for (size_t i = 0; i < n; ++i) {
        if (takesSecurityGroups(m_kind[i]))
            indexGroupsOf(int(i), g, resolved, memberCount);
        m_groupStart.push_back(int(m_groupList.size()));
    }
    m_memberStart.resize(memberCount.size());
    for (size_t s = 0; s + 1 < memberCount.size(); ++s)
        m_memberStart[s + 1] = m_memberStart[s] + memberCount[s + 1];
    m_memberList.resize(m_groupList.size());
    std::vector<int> fill(m_memberStart.begin(), m_memberStart.end() - 1);
    for (size_t i = 0; i < n; ++i) {
        for (int group : groupsOf(int(i)))
            m_memberList[size_t(fill[slot(group)]++)] = int(i);
    }
}

// Appends element i's groups to m_groupList: its own and, for an instance in
// an Auto Scaling group, the group's; each once, dangling ids left out (and
// recorded as missing when they are i's own).
void DesignIndex::indexGroupsOf(int i, const Gathered &g, const std::vector<int> &resolved, std::vector<int> &memberCount)
{
    const int asg = asgOf(i);
    const std::vector<int> &idStart = g.groupIdStart;
    if (idStart[size_t(i)] == idStart[size_t(i) + 1] && asg < 0)
        return;
    const size_t first = m_groupList.size();
    auto addGroups = [&](int from, bool own) {
        for (int k = idStart[size_t(from)]; k < idStart[size_t(from) + 1]; ++k) {
            const int group = resolved[size_t(k)];
            if (group >= 0 && kindOf(group) == ElementKind::SecurityGroup) {
                if (std::find(m_groupList.begin() + qsizetype(first), m_groupList.end(), group) == m_groupList.end()) {
                    m_groupList.push_back(group);
                    ++memberCount[slot(group) + 1];
                }
            } else if (group < 0 && own) {
                const QStringView id = g.view(g.groupIds[size_t(k)]);
                if (!m_missing.value(i).contains(id))
                    m_missing[i] << id.toString();
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
