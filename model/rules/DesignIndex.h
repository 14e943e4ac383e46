#pragma once

#include "InstanceType.h"

#include "../Cidr.h"
#include "../Design.h"

#include <QHash>
#include <QVector>

#include <optional>
#include <vector>

namespace pillar {

// A read-only run of element or connection indices inside DesignIndex.
class IndexRange
{
public:
    IndexRange(const int *begin, const int *end) : m_begin(begin), m_end(end) {}
    const int *begin() const { return m_begin; }
    const int *end() const { return m_end; }
    int size() const { return int(m_end - m_begin); }
    bool isEmpty() const { return m_begin == m_end; }

private:
    const int *m_begin;
    const int *m_end;
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
class DesignIndex
{
public:
    explicit DesignIndex(const Design &design);

    const Design &design() const { return m_design; }
    int elementCount() const { return int(m_design.elements().size()); }
    const Element &element(int i) const { return m_design.elements()[size_t(i)]; }
    const Connection &connection(int c) const { return m_design.connections()[size_t(c)]; }
    int indexOf(const QString &id) const { return m_design.elementIndex(id); }

    const QVector<int> &ofKind(ElementKind kind) const { return m_byKind[size_t(kind)]; }

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
    const QVector<int> &groupsOf(int i) const;
    // Elements that security group sg applies to (reverse of groupsOf).
    const QVector<int> &membersOf(int sg) const { return m_sg[slot(sg)].members; }
    // Parsed CIDR of each ingress rule of sg (nullopt for group sources or
    // invalid text), and the index of each rule's source group (-1 for CIDR
    // sources or a dangling id).
    const QVector<std::optional<Cidr>> &ingressCidrs(int sg) const { return m_sg[slot(sg)].cidrs; }
    const QVector<int> &ingressSourceGroups(int sg) const { return m_sg[slot(sg)].sourceGroups; }

    // EC2 instances whose autoScalingGroup is asg.
    const QVector<int> &asgInstances(int asg) const { return m_asgInstances[slot(asg)]; }
    // The Auto Scaling group an EC2 instance names, or -1.
    int asgOf(int i) const;
    // Availability Zones element i runs in: its own AZ, or for a load balancer
    // or Auto Scaling group the AZs of its subnets (and of its instances).
    QVector<int> zonesOf(int i) const;

    // Parsed "cidr" of a VPC or subnet; nullopt when empty, invalid or another kind.
    const std::optional<Cidr> &cidrOf(int i) const;
    // Parsed instance type of an EC2 instance or Auto Scaling group
    // (instanceType), RDS instance (instanceClass) or ElastiCache (nodeType);
    // empty for other kinds. Three rules judge it; it is parsed once.
    const InstanceType &instanceTypeOf(int i) const;
    // Element i's value of its kind's property number spec (the position in
    // propertySpecs(kind)): the stored value, or the spec's default. All values
    // are read in one pass over each element's property map and kept in one
    // table per kind, in slot order, so rules scan them sequentially.
    const QVariant &value(int i, int spec) const
    {
        const KindTable &t = m_props[size_t(element(i).kind)];
        return t.values[slot(i) * t.width + size_t(spec)];
    }
    // Ids element i refers to (parent, security groups, ingress source
    // groups, Ref/RefList properties) that are not in the design; usually empty.
    const QStringList &missingReferences(int i) const;

private:
    struct GroupData {
        QVector<int> members;
        QVector<std::optional<Cidr>> cidrs;
        QVector<int> sourceGroups;
    };

    struct KindTable {
        size_t width = 0; // number of properties of the kind
        std::vector<QVariant> values;
    };

    size_t slot(int i) const { return size_t(m_slot[size_t(i)]); }
    static IndexRange range(const std::vector<int> &start, const std::vector<int> &list, int i);
    void indexContainment();
    void indexConnections();
    void indexReferences();
    void indexSecurityGroups();
    void indexGroupsOf(int i);
    void indexZones();
    void indexTyped();
    void indexProperties();

    const Design &m_design;
    std::vector<QVector<int>> m_byKind;
    std::vector<int> m_slot;                       // position of each element in ofKind(kind)
    std::vector<int> m_parent, m_subnet, m_az, m_vpc;
    std::vector<int> m_outStart, m_outList, m_inStart, m_inList; // compressed adjacency
    std::vector<int> m_connFrom, m_connTo;
    std::vector<int> m_groupsSlot;                 // into m_groups, -1 for none
    std::vector<QVector<int>> m_groups;
    std::vector<GroupData> m_sg;                   // by security-group slot
    std::vector<int> m_asgOf;                      // by EC2 slot
    std::vector<QVector<int>> m_asgInstances;      // by Auto Scaling slot
    std::vector<QVector<int>> m_lbZones, m_asgZones; // by slot
    std::vector<std::optional<Cidr>> m_vpcCidr, m_subnetCidr; // by slot
    std::vector<std::vector<InstanceType>> m_types; // [kind][slot]
    QHash<int, QStringList> m_missing;
    std::vector<KindTable> m_props;
};

} // namespace pillar
