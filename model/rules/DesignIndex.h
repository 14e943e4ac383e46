#pragma once

#include "InstanceType.h"

#include "../Cidr.h"
#include "../Design.h"

#include <QVector>

#include <optional>
#include <vector>

namespace pillar {

// Lookups every rule needs, computed once per check in O(n) so that each rule
// stays linear: elements by kind, the subnet / AZ / VPC around each element,
// connections by endpoint, security-group membership, Auto Scaling members.
// Elements and connections are addressed by their index in the design;
// -1 means "none" (or a dangling id in a design being edited).
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

    // Connection indices that leave / reach element i.
    const QVector<int> &outgoing(int i) const { return m_out[size_t(i)]; }
    const QVector<int> &incoming(int i) const { return m_in[size_t(i)]; }
    int connectionFrom(int c) const { return m_connFrom[size_t(c)]; }
    int connectionTo(int c) const { return m_connTo[size_t(c)]; }

    // Security groups that apply to element i: its own plus, for an instance
    // in an Auto Scaling group, the group's. Dangling ids are left out.
    const QVector<int> &groupsOf(int i) const { return m_groups[size_t(i)]; }
    // Elements that security group sg applies to (reverse of groupsOf).
    const QVector<int> &membersOf(int sg) const { return m_members[size_t(sg)]; }
    // EC2 instances whose autoScalingGroup is asg.
    const QVector<int> &asgInstances(int asg) const { return m_asgInstances[size_t(asg)]; }
    // The Auto Scaling group an EC2 instance names, or -1.
    int asgOf(int i) const { return m_asgOf[size_t(i)]; }
    // Availability Zones element i runs in: its own AZ, or for a load balancer
    // or Auto Scaling group the AZs of its subnets (and of its instances).
    QVector<int> zonesOf(int i) const;

    // Parsed "cidr" of a VPC or subnet (nullopt when empty or invalid), and of
    // each ingress rule of a security group (nullopt for group sources).
    // Parsed once here: rules ask for them per connection and per member.
    const std::optional<Cidr> &cidrOf(int i) const { return m_cidr[size_t(i)]; }
    const QVector<std::optional<Cidr>> &ingressCidrs(int sg) const { return m_ingressCidr[size_t(sg)]; }
    // Index of each ingress rule's source security group (-1 for CIDR sources or a dangling id).
    const QVector<int> &ingressSourceGroups(int sg) const { return m_ingressGroup[size_t(sg)]; }
    // Parsed instance type of an EC2 instance or Auto Scaling group
    // (instanceType), RDS instance (instanceClass) or ElastiCache (nodeType);
    // empty for other kinds. Three rules judge it; it is parsed once.
    const InstanceType &instanceTypeOf(int i) const { return m_instanceType[size_t(i)]; }
    // Ids element i refers to (parent, security groups, ingress source
    // groups, Ref/RefList properties) that are not in the design; usually empty.
    const QStringList &missingReferences(int i) const { return m_missing[size_t(i)]; }
    // Index of element i's parent; -1 at the top level or when the parent id dangles.
    int parentOf(int i) const { return m_parent[size_t(i)]; }

private:
    void indexContainment();
    void indexZones();
    void indexReferences();
    QVector<int> spannedZones(int i) const;

    const Design &m_design;
    std::vector<QVector<int>> m_byKind;
    std::vector<int> m_subnet, m_az, m_vpc;
    std::vector<QVector<int>> m_out, m_in;
    std::vector<int> m_connFrom, m_connTo;
    std::vector<QVector<int>> m_groups, m_members, m_asgInstances;
    std::vector<int> m_asgOf;
    std::vector<QVector<int>> m_zones; // load balancers and Auto Scaling groups
    std::vector<std::optional<Cidr>> m_cidr;
    std::vector<QVector<std::optional<Cidr>>> m_ingressCidr;
    std::vector<QVector<int>> m_ingressGroup;
    std::vector<int> m_parent;
    std::vector<QStringList> m_missing;
    std::vector<InstanceType> m_instanceType;
};

} // namespace pillar
