#pragma once

#include "ElementKind.h"

#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace pillar {

// One ingress rule of a security group. Exactly one of cidr / sourceGroup is set.
struct IngressRule {
    QString protocol = QStringLiteral("tcp"); // tcp, udp, icmp, all
    int fromPort = 0;                         // ignored when protocol is "all"
    int toPort = 0;
    QString cidr;                             // IPv4 or IPv6 CIDR
    QString sourceGroup;                      // id of a security group
    QString description;

    // True when the rule admits every port of its protocol (protocol "all" or 0-65535).
    bool coversAllPorts() const;
    bool coversPort(int port) const;
    bool operator==(const IngressRule &o) const;
    bool operator!=(const IngressRule &o) const { return !(*this == o); }
};

// A load balancer listener.
struct Listener {
    QString protocol = QStringLiteral("HTTP"); // HTTP, HTTPS, TCP, TLS, UDP
    int port = 80;
    QString action = QStringLiteral("forward"); // forward, redirect-https
    bool operator==(const Listener &o) const;
    bool operator!=(const Listener &o) const { return !(*this == o); }
};

struct Element {
    QString id;                  // stable, human-readable, unique in the design
    ElementKind kind = ElementKind::Ec2Instance;
    QString name;                // display name; may be empty (then id is shown)
    QString parent;              // id of the container, or empty for top level
    QStringList securityGroups;  // ids of security groups attached
    QVariantMap properties;      // typed by propertySpecs(kind); absent = default
    QVector<IngressRule> ingress;   // security groups only
    QVector<Listener> listeners;    // load balancers only
    QStringList unknown;         // sorted keys whose value could not be determined (imports):
                                 // property keys or one of structuralUnknownKeys()
    QRectF geometry;             // position (and size for containers) on the canvas

    // Stored value, or the spec's default when the property is not set.
    QVariant value(const QString &key) const;
    bool boolValue(const QString &key) const { return value(key).toBool(); }
    int intValue(const QString &key) const { return value(key).toInt(); }
    QString stringValue(const QString &key) const { return value(key).toString(); }
    QStringList listValue(const QString &key) const { return value(key).toStringList(); }
    bool isUnknown(const QString &key) const { return unknown.contains(key); }
    QString displayName() const { return name.isEmpty() ? id : name; }

    bool sameSemantics(const Element &o) const; // everything but geometry
    bool operator==(const Element &o) const;
    bool operator!=(const Element &o) const { return !(*this == o); }
};

// Keys besides property keys that Element::unknown may hold for a kind: the
// parts of an element an importer could not determine ("parent" when its
// subnet is not known, "ingress" when a rule's source or ports are not,
// "securityGroups", "listeners"). The JSON Schema lists the same keys.
QStringList structuralUnknownKeys(ElementKind kind);

// A directed connection: traffic from one element to another.
struct Connection {
    QString id;
    QString from;
    QString to;
    QString protocol; // optional, e.g. "tcp"
    int port = 0;     // optional; 0 = not stated
    bool operator==(const Connection &o) const;
    bool operator!=(const Connection &o) const { return !(*this == o); }
};

// The values Connection::protocol may take besides empty (not stated).
QStringList connectionProtocols(); // tcp, udp, http, https

} // namespace pillar
