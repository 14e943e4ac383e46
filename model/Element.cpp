#include "Element.h"

#include "KindInfo.h"
#include "PropertySpec.h"

namespace pillar {

bool IngressRule::coversAllPorts() const
{
    if (protocol == QLatin1String("all") || protocol == QLatin1String("-1"))
        return true;
    return fromPort <= 0 && toPort >= 65535;
}

bool IngressRule::coversPort(int port) const
{
    if (coversAllPorts())
        return true;
    if (protocol == QLatin1String("icmp"))
        return false;
    return fromPort <= port && port <= toPort;
}

bool IngressRule::operator==(const IngressRule &o) const
{
    return protocol == o.protocol && fromPort == o.fromPort && toPort == o.toPort && cidr == o.cidr
        && sourceGroup == o.sourceGroup && description == o.description;
}

bool Listener::operator==(const Listener &o) const
{
    return protocol == o.protocol && port == o.port && action == o.action;
}

QVariant Element::value(const QString &key) const
{
    const auto it = properties.constFind(key);
    if (it != properties.constEnd())
        return it.value();
    if (const PropertySpec *spec = findPropertySpec(kind, key))
        return spec->defaultValue;
    return QVariant();
}

bool Element::sameSemantics(const Element &o) const
{
    return id == o.id && kind == o.kind && name == o.name && parent == o.parent
        && securityGroups == o.securityGroups && properties == o.properties && ingress == o.ingress
        && listeners == o.listeners && unknown == o.unknown;
}

bool Element::operator==(const Element &o) const
{
    return sameSemantics(o) && geometry == o.geometry;
}

bool Connection::operator==(const Connection &o) const
{
    return id == o.id && from == o.from && to == o.to && protocol == o.protocol && port == o.port;
}

QStringList structuralUnknownKeys(ElementKind kind)
{
    const KindInfo &info = kindInfo(kind);
    QStringList keys;
    if (!info.parents.empty())
        keys << QStringLiteral("parent");
    if (info.takesSecurityGroups)
        keys << QStringLiteral("securityGroups");
    if (info.holdsIngress)
        keys << QStringLiteral("ingress");
    if (info.holdsListeners)
        keys << QStringLiteral("listeners");
    return keys;
}

QStringList connectionProtocols()
{
    return {QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("http"), QStringLiteral("https")};
}

} // namespace pillar
