#pragma once

#include "IngressFacts.h"
#include "InstanceType.h"

#include "../Cidr.h"
#include "../Design.h"

#include <QHash>
#include <QVector>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace pillar {

// A read-only list of element or connection indices that DesignIndex keeps.
class IndexList
{
public:
    IndexList() = default;
    IndexList(const int *begin, const int *end) : m_begin(begin), m_end(end) {}
    const int *begin() const { return m_begin; }
    const int *end() const { return m_end; }
    int size() const { return int(m_end - m_begin); }
    bool isEmpty() const { return m_begin == m_end; }
    int operator[](int k) const { return m_begin[k]; }
    bool contains(int value) const { return std::find(m_begin, m_end, value) != m_end; }

private:
    const int *m_begin = nullptr;
    const int *m_end = nullptr;
};

// One list of indices per owner (an element, say), stored back to back.
class IndexLists
{
public:
    // Owner o's list holds the items of the pairs (o, item), in the pairs' order.
    IndexLists(int owners, const std::vector<std::pair<int, int>> &ownerItems);
    IndexLists() = default;
    IndexList operator[](int owner) const
    {
        return {m_items.data() + m_start[size_t(owner)], m_items.data() + m_start[size_t(owner) + 1]};
    }

private:
    std::vector<int> m_start{0};
    std::vector<int> m_items;
};

// One ingress rule of a security group as the rules judge it, parsed once:
// rules scan these, and read the element's IngressRule only to describe a
// finding.
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

// The facts about a design that rules share, worked out once per check:
// elements by kind and by id, the subnet / AZ / VPC around each element,
// connections by endpoint, security-group membership and ingress, Auto
// Scaling members, attached subnets and zones, parsed CIDRs, references that
// name nothing. Elements and connections are addressed by their index in the
// design; -1 means "none" (or a dangling id in a design being edited).
// Rules reach the design's elements through this index only.
class DesignIndex
{
public:
    explicit DesignIndex(const Design &design);

    const Design &design() const { return m_design; }
    int elementCount() const { return int(m_design.elements().size()); }
    int connectionCount() const { return int(m_design.connections().size()); }
    const Element &element(int i) const { return m_design.elements()[size_t(i)]; }
    const Connection &connection(int c) const { return m_design.connections()[size_t(c)]; }
    ElementKind kindOf(int i) const { return m_kind[size_t(i)]; }
    // Index of the element with this id (Design::elementIndex), or -1;
    // empty ids name nothing.
    int indexOf(const QString &id) const;

    const QVector<int> &ofKind(ElementKind kind) const { return m_byKind[size_t(kind)]; }

    // Index of element i's parent; -1 at the top level or when the parent id dangles.
    int parentOf(int i) const { return m_parent[size_t(i)]; }
    // The nearest container of that kind around element i (i itself when it is one).
    int subnetOf(int i) const { return m_subnet[size_t(i)]; }
    int azOf(int i) const { return m_az[size_t(i)]; }
    int vpcOf(int i) const { return m_vpc[size_t(i)]; }
    bool inPublicSubnet(int i) const;

    // Connection indices that leave / reach element i, in design order.
    IndexList outgoing(int i) const { return m_outgoing[i]; }
    IndexList incoming(int i) const { return m_incoming[i]; }
    int connectionFrom(int c) const { return m_connFrom[size_t(c)]; }
    int connectionTo(int c) const { return m_connTo[size_t(c)]; }

    // Security groups that apply to element i: its own plus, for an instance
    // in an Auto Scaling group, the group's; each once, dangling ids left out.
    IndexList groupsOf(int i) const { return m_groups[i]; }
    // Elements that security group sg applies to (reverse of groupsOf), in design order.
    IndexList membersOf(int sg) const { return m_members[sg]; }
    // The ingress rules of sg, entry k for element(sg).ingress[k].
    const QVector<IngressEntry> &ingressOf(int sg) const;

    // The Auto Scaling group an EC2 instance names, or -1.
    int asgOf(int i) const { return m_asgOf[size_t(i)]; }
    // EC2 instances whose autoScalingGroup is asg, in design order.
    IndexList asgInstances(int asg) const { return m_asgInstances[asg]; }
    // Subnets a load balancer or Auto Scaling group is attached to (its
    // "subnets", dangling ids left out); empty for other kinds.
    IndexList attachedSubnetsOf(int i) const { return m_attachedSubnets[i]; }
    // Availability Zones element i runs in: its own AZ, or for a load balancer
    // or Auto Scaling group the AZs of its subnets (and of its instances).
    IndexList zonesOf(int i) const;

    // Element i's value of property key, which must be a property of its
    // kind: the stored value, or the spec's default.
    const QVariant &value(int i, QLatin1StringView key) const;

    // Parsed "cidr" of a VPC or subnet; nullopt when empty, invalid or another kind.
    const std::optional<Cidr> &cidrOf(int i) const;
    // Parsed instance type of an EC2 instance or Auto Scaling group
    // (instanceType), RDS instance (instanceClass) or ElastiCache (nodeType);
    // empty for other kinds.
    const InstanceType &instanceTypeOf(int i) const;
    // Ids element i refers to (parent, Ref/RefList properties, ingress source
    // groups, security groups, in that order) that are not in the design;
    // usually empty.
    const QStringList &missingReferences(int i) const;

private:
    void indexProperties();
    void indexContainment();
    void indexConnections();
    void indexReferences();
    void indexSecurityGroups();
    void indexZones();
    void indexInstanceTypes();
    void addMissing(int i, const QString &id);

    const Design &m_design;
    std::vector<ElementKind> m_kind;                  // by element
    // Element i's stored value of propertySpecs(kind)[k] is
    // *m_stored[m_storedStart[i] + k]; nullptr where it stores none. Each
    // element's properties are looked up once here, not once per rule.
    std::vector<const QVariant *> m_stored;
    std::vector<size_t> m_storedStart;                // by element
    std::vector<QVector<int>> m_byKind;
    std::vector<int> m_parent, m_subnet, m_az, m_vpc; // by element
    IndexLists m_outgoing, m_incoming;                // by element
    std::vector<int> m_connFrom, m_connTo;            // by connection
    IndexLists m_groups, m_members;                   // by element, by security group
    std::vector<QVector<IngressEntry>> m_ingress;     // by element (empty but for security groups)
    std::vector<int> m_asgOf;                         // by element
    IndexLists m_asgInstances, m_attachedSubnets;     // by element
    IndexLists m_zones;                               // by element (load balancers, Auto Scaling groups)
    std::vector<std::optional<Cidr>> m_cidrs;         // by element (set for VPCs / subnets)
    std::vector<InstanceType> m_instanceTypes;        // by element (set for kinds with one)
    QHash<int, QStringList> m_missing;
};

} // namespace pillar
