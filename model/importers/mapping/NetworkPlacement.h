#pragma once

#include "../CfnValue.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace pillar {

class MappingContext;
struct Element;

// Where imported elements go: the VPC, Availability Zone and subnet elements
// that references name, with stand-ins for those outside the input (a VPC or
// subnet given as a parameter, EC2's default VPC and subnets), and the
// security groups references name. Mappers of every family share it, so a
// subnet referenced by ten resources is one element.
class NetworkPlacement
{
public:
    explicit NetworkPlacement(MappingContext &context);

    // The VPC element a reference names ("" when it is not a VPC); a stand-in
    // for a parameter or a literal id.
    QString vpcElement(const CfnValue *vpcRef);
    // The stand-in for "the VPC the input does not define": the first VPC
    // parameter's if any, else one "Existing VPC".
    QString externalVpc();
    QString defaultVpc();
    // The AZ element of zone in the VPC; zone "" makes one unknown AZ per unknownFor.
    QString azElement(const QString &vpcId, const QString &zone, const QString &unknownFor);
    // A default subnet of the default VPC, in zone ("" unknown).
    QString defaultSubnet(const QString &zone);
    // Subnet element ids for a list (or one) of subnet references; sets
    // *complete to false when some of them cannot be known.
    QStringList subnetElements(const CfnValue *value, bool *complete);
    QString subnetElement(const CfnValue &ref, bool *complete);
    QString externalSubnet(const QString &name);
    QString vpcOfSubnets(const QStringList &subnets) const;

    // Facts the subnet mapper learns, for those placed in the subnets.
    void setSubnetFacts(const QString &subnetId, const QString &zone, int mapsPublicIp);
    QString zoneOf(const QString &subnetId) const { return m_subnetZone.value(subnetId); }
    int mapsPublicIp(const QString &subnetId) const { return m_subnetMapsPublicIp.value(subnetId, -1); } // 1/0/-1 unknown

    // The subnets of a DB or cache subnet group (groupType) that groupName
    // refers to; the group is recorded as used. *given: a group is named.
    QStringList subnetGroupSubnets(const CfnValue *groupName, const QString &groupType, bool *complete, bool *given);

    // Security group elements of references (lists or single values); marks
    // e's securityGroups unknown for those that cannot be known.
    QStringList securityGroupElements(Element &e, const QVector<const CfnValue *> &lists);
    QString securityGroupElement(const CfnValue &ref, bool *known);
    // The stand-in for a classic load balancer's own source security group, "" if none was named.
    QString elbSourceGroup(const QString &loadBalancerId) const { return m_elbSourceGroup.value(loadBalancerId); }

private:
    MappingContext &m_context;
    QHash<QString, QString> m_subnetZone;     // subnet element -> zone ("" unknown)
    QHash<QString, int> m_subnetMapsPublicIp; // subnet element -> 1/0/-1
    QHash<QString, QString> m_azIndex;        // vpc + '/' + zone -> AZ element
    QHash<QString, QString> m_elbSourceGroup; // classic ELB -> its source security group element
    QString m_externalVpc;
    QString m_defaultVpc;
};

} // namespace pillar
