#pragma once

#include "../Design.h"
#include "CfnResolver.h"
#include "ImportReport.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace pillar {

// Maps the resolved resources of a template to design elements. The class is
// implemented in five files by area to keep each readable: CfnMapper.cpp
// (shared helpers, placement), CfnNetworkMapper.cpp (VPC, subnets, security
// groups), CfnComputeMapper.cpp (EC2, Auto Scaling, load balancers),
// CfnDataMapper.cpp (RDS, ElastiCache), CfnEdgeMapper.cpp (S3, CloudFront,
// Route 53, the Internet element).
class CfnMapper
{
public:
    struct Resource {
        QString id;
        QString type;
        CfnValue properties; // resolved
        int line = 0;
        int column = 0;
    };

    CfnMapper(const CfnResolver &resolver, ImportReport *report);

    // resources in template order; those whose Condition is false are already
    // reported as skipped and not passed.
    Design map(const QVector<Resource> &resources);

private:
    // Shared helpers (CfnMapper.cpp).
    const Resource *resource(const QString &id) const { return m_byId.value(id); }
    QVector<const Resource *> ofType(const char *type) const;
    void record(const QString &id, ImportedResource::Outcome outcome, const QString &element, const QString &reason);
    bool recorded(const QString &id) const { return m_recorded.contains(id); }
    Element &add(Element e);
    void connect(const QString &from, const QString &to);
    void markUnknown(Element &e, const QString &key, const QString &reason);
    void markUnknown(const QString &elementId, const QString &key, const QString &reason);
    // Sets property key from a resolved scalar, or marks it unknown.
    void setString(Element &e, const QString &key, const CfnValue *v, const QString &what);
    void setBool(Element &e, const QString &key, const CfnValue *v, const QString &what);
    void setInt(Element &e, const QString &key, const CfnValue *v, const QString &what);
    QString freeId(const QString &wanted) const;
    // One id per thing outside the template (a VPC, subnet or group named by a
    // parameter or literal id), never one of the template's logical IDs.
    QString externalId(const QString &what, const QString &name);
    static QString sanitizeId(const QString &text);
    static QString why(const CfnValue &v);

    // Placement (CfnMapper.cpp).
    QString vpcElement(const CfnValue *vpcRef);
    QString externalVpc();
    QString defaultVpc();
    QString azElement(const QString &vpcId, const QString &zone, const QString &unknownFor);
    QString defaultSubnet(const QString &zone);
    // Subnet element ids for a list (or one) of subnet references; sets
    // *complete to false when some of them cannot be known.
    QStringList subnetElements(const CfnValue *value, bool *complete);
    QString subnetElement(const CfnValue &ref, bool *complete);
    QString externalSubnet(const QString &name);
    QString vpcOfSubnets(const QStringList &subnets) const;
    QString zoneOf(const QString &subnetId) const;

    // Networking (CfnNetworkMapper.cpp).
    void mapVpcs();
    void mapSubnets();
    int subnetRoutesToInternet(const QString &subnetId); // 1 yes, 0 no, -1 unknown
    void mapSecurityGroups();
    // Builds one rule; false and *problem when part of it is unknown. May add
    // stand-in security groups for sources outside the template.
    bool ingressRule(const CfnValue &rule, IngressRule *out, QString *problem);
    void addIngressTo(const QString &sgId, const CfnValue &rules);
    QStringList securityGroupElements(Element &e, const QVector<const CfnValue *> &lists);
    QString securityGroupElement(const CfnValue &ref, bool *known);

    // Compute and load balancing (CfnComputeMapper.cpp).
    void mapInstances();
    void mapAutoScalingGroups();
    void applyLaunchSettings(Element &e, const CfnValue &data, bool launchConfiguration, const QString &source);
    void mapLoadBalancersV2();
    void mapClassicLoadBalancers();
    void connectTargetGroups();

    // Data stores (CfnDataMapper.cpp) and edge services (CfnEdgeMapper.cpp).
    void mapDatabases();
    QStringList subnetGroupSubnets(const CfnValue *groupName, const QString &groupType, bool *complete, bool *given);
    void mapCaches();
    void mapBuckets();
    void mapDistributions();
    void mapRecordSets();
    void addInternet();

    const CfnResolver &m_resolver;
    ImportReport *m_report;
    Design m_design;
    QHash<QString, const Resource *> m_byId;
    QHash<QString, QVector<const Resource *>> m_byType; // in template order: ofType() is called per resource
    QVector<Resource> m_resources;
    QSet<QString> m_recorded;
    QHash<QString, QString> m_subnetZone;     // subnet element -> zone ("" unknown)
    QHash<QString, int> m_subnetMapsPublicIp; // subnet element -> 1/0/-1
    QHash<QString, QString> m_azIndex;        // vpc + '/' + zone -> AZ element
    QSet<QString> m_logicalIds;               // reserved: synthetic ids never take them
    QHash<QString, QString> m_externalIds;    // "subnet/name" -> element id
    QHash<QString, QString> m_elbSourceGroup; // classic ELB -> its source security group element
    QString m_externalVpc;
    QString m_defaultVpc;
};

} // namespace pillar
