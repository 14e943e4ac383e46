#pragma once

#include "../Cidr.h"
#include "../Element.h"

#include <optional>

#include <QString>

namespace pillar {

// Facts about one security-group ingress rule that several rules share.
struct IngressFacts {
    bool parsed = false;       // the CIDR parsed (false for group sources)
    bool fromAnywhere = false; // any /0, IPv4 or IPv6, however written
    bool fromPrivate = false;  // RFC 1918 / ULA source
};
IngressFacts ingressFacts(const IngressRule &rule);
// Same, from a CIDR parsed already (DesignIndex::ingressOf() keeps them).
IngressFacts ingressFacts(const std::optional<Cidr> &cidr);

// Ports that must never be open to the world: remote administration and data
// stores (SSH, RDP, MySQL, PostgreSQL, SQL Server, Oracle, Redis, Memcached,
// MongoDB, Elasticsearch).
const QVector<int> &sensitivePorts();
// "SSH (22)", "MySQL (3306)", ...
QString sensitivePortName(int port);
// The sensitive TCP ports a rule admits (empty for "all traffic", which has its own rule).
QVector<int> sensitivePortsAdmitted(const IngressRule &rule);
// "tcp 80", "tcp 8000-8080", "all traffic"
QString describePorts(const IngressRule &rule);

} // namespace pillar
