#include "IngressFacts.h"

#include "../Cidr.h"
#include "RuleContext.h"

namespace pillar {

IngressFacts ingressFacts(const IngressRule &rule)
{
    IngressFacts facts;
    if (rule.cidr.isEmpty())
        return facts;
    return ingressFacts(Cidr::parse(rule.cidr.trimmed()));
}

IngressFacts ingressFacts(const std::optional<Cidr> &cidr)
{
    IngressFacts facts;
    if (!cidr)
        return facts;
    facts.parsed = true;
    facts.fromAnywhere = cidr->isAnywhere();
    facts.fromPrivate = cidr->isPrivate();
    return facts;
}

const QVector<int> &sensitivePorts()
{
    static const QVector<int> ports = {22, 3389, 3306, 5432, 1433, 1521, 6379, 11211, 27017, 9200};
    return ports;
}

QString sensitivePortName(int port)
{
    switch (port) {
    case 22: return rulesTr("SSH (22)");
    case 3389: return rulesTr("RDP (3389)");
    case 3306: return rulesTr("MySQL (3306)");
    case 5432: return rulesTr("PostgreSQL (5432)");
    case 1433: return rulesTr("SQL Server (1433)");
    case 1521: return rulesTr("Oracle (1521)");
    case 6379: return rulesTr("Redis (6379)");
    case 11211: return rulesTr("Memcached (11211)");
    case 27017: return rulesTr("MongoDB (27017)");
    case 9200: return rulesTr("Elasticsearch (9200)");
    default: return QString::number(port);
    }
}

QVector<int> sensitivePortsAdmitted(const IngressRule &rule)
{
    QVector<int> ports;
    if (rule.coversAllPorts() || rule.protocol != QLatin1String("tcp"))
        return ports;
    for (int port : sensitivePorts()) {
        if (rule.coversPort(port))
            ports << port;
    }
    return ports;
}

QString describePorts(const IngressRule &rule)
{
    if (rule.coversAllPorts())
        return rulesTr("all traffic");
    if (rule.protocol == QLatin1String("icmp"))
        return QStringLiteral("icmp");
    if (rule.fromPort == rule.toPort)
        return QStringLiteral("%1 %2").arg(rule.protocol).arg(rule.fromPort);
    return QStringLiteral("%1 %2-%3").arg(rule.protocol).arg(rule.fromPort).arg(rule.toPort);
}

} // namespace pillar
