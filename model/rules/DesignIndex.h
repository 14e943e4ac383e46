#pragma once

#include "IdTable.h"
#include "IngressFacts.h"
#include "InstanceType.h"

#include "../Cidr.h"
#include "../Design.h"
#include "../PropertySpec.h"

#include <QHash>
#include <QVector>

#include <algorithm>
#include <optional>
#include <vector>

namespace pillar {

// A read-only run of entries inside DesignIndex (element or connection
// indices, ingress entries).
template <typename T>
class Span
{
public:
    Span(const T *begin, const T *end) : m_begin(begin), m_end(end) {}
    const T *begin() const { return m_begin; }
    const T *end() const { return m_end; }
    int size() const { return int(m_end - m_begin); }
    bool isEmpty() const { return m_begin == m_end; }
    const T &operator[](int k) const { return m_begin[k]; }
    bool contains(const T &value) const { return std::find(m_begin, m_end, value) != m_end; }

private:
    const T *m_begin;
    const T *m_end;
};
using IndexRange = Span<int>;

// One ingress rule of a security group as the rules judge it, parsed once
// and kept in a flat table: rules scan these, and read the element's
// IngressRule only to describe a finding.
struct IngressEntry {
    enum class Protocol : quint8 { Tcp, Udp, Icmp, All, Other };
    std::optional<Cidr> cidr; // parsed CIDR source; nullopt for group sources or invalid text
    IngressFacts facts;       // of cidr
    int sourceGroup = -1;     // index of the source group; -1 for CIDR sources or a dangling id
    int fromPort = 0;
    int toPort = 0;
    Protocol protocol = Protocol::Tcp; // "all" and "-1" are All
    bool namesGroup = false;  // the source is a group (sourceGroup is -1 when it dangles)
    bool allPorts = false;    // as IngressRule::coversAllPorts()

    bool admitsProtocol(Protocol p) const { return protocol == Protocol::All || protocol == p; }
    // As IngressRule::coversPort().
    bool coversPort(int port) const
    {
        return allPorts || (protocol != Protocol::Icmp && fromPort <= port && port <= toPort);
    }
    // True when the rule admits a port of sensitivePorts() over TCP (false
    // for "all traffic", which has a rule of its own); as
    // !sensitivePortsAdmitted(rule).isEmpty(), without reading the rule.
    bool admitsSensitivePort() const;
    static Protocol protocolOf(const QString &text);
};

// Lookups every rule needs, computed once per check in O(n) so that each rule
// stays linear: elements by kind, the subnet / AZ / VPC around each element,
// connections by endpoint, security-group membership, Auto Scaling members,
// parsed CIDRs and instance types, references that name nothing.
// Elements and connections are addressed by their index in the design;
// -1 means "none" (or a dangling id in a design being edited).
//
// Layout: per-element data is kept in flat arrays, and data only some kinds
// have (a security group's rules, a load balancer's zones) in arrays per kind
// addressed by the element's slot in ofKind(). A 100,000-element design then
// costs a few megabytes of index, not tens: the check is bound by memory.
// One pass reads the elements' own data (ids, parents, groups, properties,
// ingress) and copies what later passes need into these tables; the rules
// go back to an element only to describe a finding.
class DesignIndex
{
public:
    explicit DesignIndex(const Design &design);

    const Design &design() const { return m_design; }
    int elementCount() const { return int(m_design.elements().size()); }
    const Element &element(int i) const { return m_design.elements()[size_t(i)]; }
    const Connection &connection(int c) const { return m_design.connections()[size_t(c)]; }
    // The same answer as Design::elementIndex(), from a table that stays in cache.
    int indexOf(QStringView id) const { return m_ids.indexOf(id); }

    const QVector<int> &ofKind(ElementKind kind) const { return m_byKind[size_t(kind)]; }
    // Element i's kind, from a compact array (element(i).kind is a cache miss
    // per element in a big design).
    ElementKind kindOf(int i) const { return m_kind[size_t(i)]; }
    // True when an importer marked any of element i's values unknown.
    bool hasUnknowns(int i) const { return m_hasUnknowns[size_t(i)] != 0; }

    // The nearest container of that kind around element i (i itself when it is one).
    int subnetOf(int i) const { return m_subnet[size_t(i)]; }
    int azOf(int i) const { return m_az[size_t(i)]; }
    int vpcOf(int i) const { return m_vpc[size_t(i)]; }
    bool inPublicSubnet(int i) const;
    // Index of element i's parent; -1 at the top level or when the parent id dangles.
    int parentOf(int i) const { return m_parent[size_t(i)]; }

    // Connection indices that leave / reach element i.
    IndexRange outgoing(int i) const { return range(m_outStart, m_outList, i); }
    IndexRange incoming(int i) const { return range(m_inStart, m_inList, i); }
    int connectionFrom(int c) const { return m_connFrom[size_t(c)]; }
    int connectionTo(int c) const { return m_connTo[size_t(c)]; }

    // Security groups that apply to element i: its own plus, for an instance
    // in an Auto Scaling group, the group's. Dangling ids are left out.
    IndexRange groupsOf(int i) const { return range(m_groupStart, m_groupList, i); }
    // Elements that security group sg applies to (reverse of groupsOf), in design order.
    IndexRange membersOf(int sg) const { return range(m_memberStart, m_memberList, int(slot(sg))); }
    // The ingress rules of sg, entry k for element(sg).ingress[k].
    Span<IngressEntry> ingressOf(int sg) const
    {
        const int *start = m_ingressStart.data() + slot(sg);
        return {m_ingress.data() + start[0], m_ingress.data() + start[1]};
    }

    // EC2 instances whose autoScalingGroup is asg.
    const QVector<int> &asgInstances(int asg) const { return m_asgInstances[slot(asg)]; }
    // The Auto Scaling group an EC2 instance names, or -1.
    int asgOf(int i) const;
    // Availability Zones element i runs in: its own AZ, or for a load balancer
    // or Auto Scaling group the AZs of its subnets (and of its instances).
    IndexRange zonesOf(int i) const;
    // Subnets a load balancer or Auto Scaling group is attached to (its
    // "subnets", dangling ids left out); empty for other kinds.
    IndexRange attachedSubnetsOf(int i) const;

    // Parsed "cidr" of a VPC or subnet; nullopt when empty, invalid or another kind.
    const std::optional<Cidr> &cidrOf(int i) const;
    // Parsed instance type of an EC2 instance or Auto Scaling group
    // (instanceType), RDS instance (instanceClass) or ElastiCache (nodeType);
    // empty for other kinds. Three rules judge it; it is parsed once.
    const InstanceType &instanceTypeOf(int i) const;
    // Element i's value of its kind's property number spec (the position in
    // propertySpecs(kind)): the stored value, or the spec's default. All
    // values are found in one pass over the elements' property maps and kept
    // in one table per kind, in slot order.
    const QVariant &value(int i, int spec) const
    {
        const KindTable &t = m_props[size_t(kindOf(i))];
        const Value &v = t.values[slot(i) * t.width + size_t(spec)];
        return v.at ? *v.at : *t.defaults[size_t(spec)];
    }
    // value(i, spec) as a number, from the table itself, so that rules which
    // test a flag on every element do not go to each element's map for it:
    // Bool 0/1; Int the value; Enum the position in the spec's enumValues
    // (-1 for another text); String and Ref 1 when not blank, else 0; 0 for
    // other types.
    int number(int i, int spec) const
    {
        const KindTable &t = m_props[size_t(kindOf(i))];
        const Value &v = t.values[slot(i) * t.width + size_t(spec)];
        return v.at ? v.number : t.defaultNumbers[size_t(spec)];
    }
    // True when element i's file sets property number spec (value() is then
    // not the spec's default by omission).
    bool isStored(int i, int spec) const
    {
        const KindTable &t = m_props[size_t(kindOf(i))];
        return t.values[slot(i) * t.width + size_t(spec)].at != nullptr;
    }
    // Ids element i refers to (parent, security groups, ingress source
    // groups, Ref/RefList properties) that are not in the design; usually empty.
    const QStringList &missingReferences(int i) const;

private:
    // One property value, 16 bytes: where it lives in the element's map
    // (nullptr: not set, the spec's default applies), and its number for Bool
    // and Int properties. Pointers, not copies: copying (and later releasing)
    // a string touches its heap block twice even when no rule reads it.
    struct Value {
        const QVariant *at = nullptr;
        int number = 0;
    };

    struct KindTable {
        size_t width = 0; // number of properties of the kind
        std::vector<Value> values;
        std::vector<const QVariant *> defaults; // by spec
        std::vector<int> defaultNumbers;        // by spec
    };

    struct Gathered;

    size_t slot(int i) const { return size_t(m_slot[size_t(i)]); }
    static IndexRange range(const std::vector<int> &start, const std::vector<int> &list, int i);
    void gather(Gathered &g);
    void gatherProperties(int i, const Element &e, Gathered &g);
    void gatherIngress(const Element &e, Gathered &g);
    void indexContainment(const Gathered &g);
    void indexConnections();
    void indexReferences(const Gathered &g);
    void indexSecurityGroups(const Gathered &g);
    void indexGroupsOf(int i, const Gathered &g, const std::vector<int> &resolved, std::vector<int> &memberCount);
    void indexZones();
    static int numberOf(const PropertySpec &spec, const QVariant &v);

    const Design &m_design;
    IdTable m_ids;
    std::vector<QVector<int>> m_byKind;
    std::vector<int> m_slot;                       // position of each element in ofKind(kind)
    std::vector<ElementKind> m_kind;
    std::vector<char> m_hasUnknowns;
    std::vector<int> m_parent, m_subnet, m_az, m_vpc;
    std::vector<int> m_outStart, m_outList, m_inStart, m_inList; // compressed adjacency
    std::vector<int> m_connFrom, m_connTo;
    std::vector<int> m_groupStart, m_groupList;    // groupsOf, compressed, by element
    std::vector<int> m_memberStart, m_memberList;  // membersOf, compressed, by security-group slot
    std::vector<IngressEntry> m_ingress;           // every group's rules, back to back
    std::vector<int> m_ingressStart;               // by security-group slot, plus one
    std::vector<int> m_asgOf;                      // by EC2 slot
    std::vector<QVector<int>> m_asgInstances;      // by Auto Scaling slot
    std::vector<int> m_lbZoneStart, m_lbZones, m_asgZoneStart, m_asgZones; // by slot, compressed
    std::vector<int> m_lbSubnetStart, m_lbSubnets, m_asgSubnetStart, m_asgSubnets; // by slot, compressed
    std::vector<std::optional<Cidr>> m_vpcCidr, m_subnetCidr; // by slot
    std::vector<std::vector<InstanceType>> m_types; // [kind][slot]
    QHash<int, QStringList> m_missing;
    std::vector<KindTable> m_props;
};

} // namespace pillar
