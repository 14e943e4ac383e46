#include "DesignInvariants.h"

#include "Cidr.h"
#include "Layout.h"
#include "Placement.h"
#include "PropertySpec.h"
#include "rules/Checker.h"

#include <QHash>

#include <algorithm>

namespace pillar::test {

namespace {

QString vpcOf(const Design &design, const QString &id)
{
    const Element *vpc = design.enclosing(id, ElementKind::Vpc);
    return vpc ? vpc->id : QString();
}

bool kindIn(ElementKind kind, const std::vector<ElementKind> &kinds)
{
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

void checkIds(const Design &design, QStringList &out)
{
    QSet<QString> seen;
    const auto &elements = design.elements();
    for (size_t i = 0; i < elements.size(); ++i) {
        const QString &id = elements[i].id;
        if (!Design::isValidId(id))
            out << QStringLiteral("invalid id: '%1'").arg(id);
        if (seen.contains(id))
            out << QStringLiteral("duplicate id: element '%1'").arg(id);
        seen.insert(id);
        if (design.elementIndex(id) != int(i))
            out << QStringLiteral("stale index: element '%1' at %2, indexed at %3").arg(id).arg(i).arg(design.elementIndex(id));
    }
    const auto &connections = design.connections();
    for (size_t i = 0; i < connections.size(); ++i) {
        const QString &id = connections[i].id;
        if (!Design::isValidId(id))
            out << QStringLiteral("invalid id: connection '%1'").arg(id);
        if (seen.contains(id))
            out << QStringLiteral("duplicate id: connection '%1'").arg(id);
        seen.insert(id);
        if (design.connectionIndex(id) != int(i))
            out << QStringLiteral("stale index: connection '%1' at %2").arg(id).arg(i);
    }
}

void checkPlacementAndGeometry(const Design &design, const Element &e, QStringList &out)
{
    if (!e.parent.isEmpty() && !design.element(e.parent)) {
        out << QStringLiteral("dangling parent: '%1' is in missing '%2'").arg(e.id, e.parent);
        return;
    }
    if (design.wouldCreateCycle(e.id, e.parent)) {
        out << QStringLiteral("parent cycle: '%1'").arg(e.id);
        return;
    }
    const QString why = placementProblem(design, e.kind, e.parent);
    if (!why.isEmpty() && !e.isUnknown(QStringLiteral("parent")))
        out << QStringLiteral("refused placement: '%1' in '%2': %3").arg(e.id, e.parent, why);
    if (!e.parent.isEmpty()) {
        // growToFit's promise: a child lies inside its container's drawn box.
        const Element &parent = *design.element(e.parent);
        const QRectF box(e.geometry.topLeft(), layout::elementSize(e));
        const QRectF inner(QPointF(0, 0), layout::elementSize(parent));
        if (!inner.contains(box))
            out << QStringLiteral("child outside container: '%1' (%2,%3 %4x%5) in '%6' (%7x%8)")
                       .arg(e.id).arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height())
                       .arg(parent.id).arg(inner.width()).arg(inner.height());
    }
}

void checkGroups(const Design &design, const Element &e, QStringList &out)
{
    if (!e.securityGroups.isEmpty() && !takesSecurityGroups(e.kind))
        out << QStringLiteral("refused security group: a %1 ('%2') cannot have security groups").arg(kindKey(e.kind), e.id);
    QSet<QString> seen;
    for (const QString &sg : e.securityGroups) {
        if (seen.contains(sg))
            out << QStringLiteral("duplicate security group: '%1' twice on '%2'").arg(sg, e.id);
        seen.insert(sg);
        const Element *g = design.element(sg);
        if (!g) {
            out << QStringLiteral("dangling security group: '%1' on '%2'").arg(sg, e.id);
            continue;
        }
        if (g->kind != ElementKind::SecurityGroup) {
            out << QStringLiteral("wrong-kind security group: '%1' on '%2' is a %3").arg(sg, e.id, kindKey(g->kind));
            continue;
        }
        // The canvas refuses a group of another VPC (CanvasEditor::connectProblem).
        if (!g->parent.isEmpty() && vpcOf(design, e.id) != g->parent)
            out << QStringLiteral("security group of another VPC: '%1' (VPC '%2') on '%3' (VPC '%4')")
                       .arg(sg, g->parent, e.id, vpcOf(design, e.id));
    }
    if (!e.ingress.isEmpty() && e.kind != ElementKind::SecurityGroup)
        out << QStringLiteral("refused ingress: '%1' is not a security group").arg(e.id);
    for (const IngressRule &rule : e.ingress) {
        if (rule.sourceGroup.isEmpty() == rule.cidr.isEmpty())
            out << QStringLiteral("refused ingress: a rule of '%1' has %2").arg(e.id, rule.cidr.isEmpty() ? "no source" : "two sources");
        if (!rule.sourceGroup.isEmpty()) {
            const Element *g = design.element(rule.sourceGroup);
            if (!g)
                out << QStringLiteral("dangling ingress source: '%1' in '%2'").arg(rule.sourceGroup, e.id);
            else if (g->kind != ElementKind::SecurityGroup)
                out << QStringLiteral("wrong-kind ingress source: '%1' in '%2'").arg(rule.sourceGroup, e.id);
        }
        if (!rule.cidr.isEmpty() && !Cidr::parse(rule.cidr))
            out << QStringLiteral("refused ingress: '%1' has CIDR '%2'").arg(e.id, rule.cidr);
        // IngressRuleTable: one of its protocols; a port range that does not end before it starts.
        static const QStringList protocols = {QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("icmp"), QStringLiteral("all")};
        const bool ports = rule.protocol == QLatin1String("tcp") || rule.protocol == QLatin1String("udp");
        if (!protocols.contains(rule.protocol) || (ports && (rule.fromPort < 0 || rule.fromPort > rule.toPort || rule.toPort > 65535)))
            out << QStringLiteral("refused ingress: '%1' has %2 %3-%4").arg(e.id, rule.protocol).arg(rule.fromPort).arg(rule.toPort);
    }
    if (!e.listeners.isEmpty() && e.kind != ElementKind::LoadBalancer)
        out << QStringLiteral("refused listener: '%1' is not a load balancer").arg(e.id);
}

void checkProperties(const Design &design, const Element &e, QStringList &out)
{
    for (auto it = e.properties.constBegin(); it != e.properties.constEnd(); ++it) {
        const PropertySpec *spec = findPropertySpec(e.kind, it.key());
        if (!spec) {
            out << QStringLiteral("unknown property: '%1' on '%2'").arg(it.key(), e.id);
            continue;
        }
        const QString why = spec->validate(it.value());
        if (!why.isEmpty()) {
            out << QStringLiteral("refused value: %1 of '%2': %3").arg(it.key(), e.id, why);
            continue;
        }
        QStringList refs;
        if (spec->type == PropertyType::Ref && !it.value().toString().isEmpty())
            refs << it.value().toString();
        else if (spec->type == PropertyType::RefList)
            refs = it.value().toStringList();
        else
            continue;
        if (QSet<QString>(refs.begin(), refs.end()).size() != refs.size())
            out << QStringLiteral("duplicate reference: %1 of '%2' = %3").arg(it.key(), e.id, refs.join(QLatin1Char(',')));
        for (const QString &ref : std::as_const(refs)) {
            const Element *target = design.element(ref);
            if (!target)
                out << QStringLiteral("dangling reference: %1 of '%2' names missing '%3'").arg(it.key(), e.id, ref);
            else if (!kindIn(target->kind, spec->refKinds))
                out << QStringLiteral("wrong-kind reference: %1 of '%2' names the %3 '%4'").arg(it.key(), e.id, kindKey(target->kind), ref);
            else if (ref == e.id)
                out << QStringLiteral("self reference: %1 of '%2'").arg(it.key(), e.id);
            else if (it.key() == QLatin1String("subnets") && vpcOf(design, ref) != vpcOf(design, e.id))
                // CanvasEditor::connectProblem: "The subnet is not in the VPC of ..."
                out << QStringLiteral("subnet of another VPC: '%1' (VPC '%2') attached to '%3' (VPC '%4')")
                           .arg(ref, vpcOf(design, ref), e.id, vpcOf(design, e.id));
        }
    }
    QStringList allowedUnknown = structuralUnknownKeys(e.kind);
    for (const PropertySpec &spec : propertySpecs(e.kind))
        allowedUnknown << spec.key;
    for (const QString &key : e.unknown) {
        if (!allowedUnknown.contains(key))
            out << QStringLiteral("unknown mark: '%1' on '%2'").arg(key, e.id);
    }
}

void checkConnections(const Design &design, QStringList &out)
{
    QSet<QString> pairs;
    for (const Connection &c : design.connections()) {
        if (!design.element(c.from) || !design.element(c.to)) {
            out << QStringLiteral("dangling connection: '%1' joins '%2' -> '%3'").arg(c.id, c.from, c.to);
            continue;
        }
        const QString why = connectionProblem(design, c.from, c.to);
        if (!why.isEmpty())
            out << QStringLiteral("refused connection: '%1' from '%2' to '%3': %4").arg(c.id, c.from, c.to, why);
        const QString pair = c.from + QLatin1Char('\n') + c.to;
        if (pairs.contains(pair))
            out << QStringLiteral("double connection: '%1' from '%2' to '%3' is drawn twice").arg(c.id, c.from, c.to);
        pairs.insert(pair);
        if (!c.protocol.isEmpty() && !connectionProtocols().contains(c.protocol))
            out << QStringLiteral("refused protocol: '%1' on '%2'").arg(c.protocol, c.id);
        if (c.port < 0 || c.port > 65535)
            out << QStringLiteral("refused port: %1 on '%2'").arg(c.port).arg(c.id);
    }
}

} // namespace

QStringList invariantViolations(const Design &design)
{
    QStringList out;
    checkIds(design, out);
    for (const Element &e : design.elements()) {
        checkPlacementAndGeometry(design, e, out);
        checkGroups(design, e, out);
        checkProperties(design, e, out);
    }
    checkConnections(design, out);
    // A suppression naming a deleted element would silently apply to the
    // next element that gets its id (ids are reused: "ec2-1" after "ec2-1").
    for (const Suppression &s : design.lint.suppressions) {
        if (!s.element.isEmpty() && !design.hasId(s.element))
            out << QStringLiteral("dangling suppression: %1 on missing '%2'").arg(s.rule, s.element);
    }
    return out;
}

QSet<QString> refusalFindings(const Design &design)
{
    static const QStringList rules = {QStringLiteral("invalid-placement"), QStringLiteral("dangling-reference"),
                                      QStringLiteral("invalid-connection")};
    QSet<QString> keys;
    for (const Finding &f : checkDesign(design)) {
        if (rules.contains(f.rule))
            keys.insert(f.rule + QStringLiteral(": ") + f.elements.join(QLatin1Char(',')));
    }
    return keys;
}

} // namespace pillar::test
