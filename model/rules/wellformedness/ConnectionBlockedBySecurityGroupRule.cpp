// connection-blocked-by-security-group: connection blocked by security groups.
#include "../RuleContext.h"

#include "../../Cidr.h"

#include <optional>

namespace pillar {

namespace {

// Address blocks traffic from element i can come from: its subnet, or for a
// load balancer or Auto Scaling group the subnets it is attached to.
QVector<Cidr> sourceBlocks(const RuleContext &ctx, int i)
{
    QVector<Cidr> blocks;
    auto add = [&](int subnet) {
        if (subnet >= 0 && ctx.index().cidrOf(subnet))
            blocks << *ctx.index().cidrOf(subnet);
    };
    const ElementKind kind = ctx.index().kindOf(i);
    if (kind == ElementKind::LoadBalancer || kind == ElementKind::AutoScalingGroup) {
        for (int subnet : ctx.index().attachedSubnetsOf(i))
            add(subnet);
    } else {
        add(ctx.index().subnetOf(i));
    }
    return blocks;
}

bool fromInternet(ElementKind kind)
{
    return kind == ElementKind::Internet || kind == ElementKind::Route53Record || kind == ElementKind::CloudFront;
}

bool admits(const RuleContext &ctx, const IngressEntry &rule, IngressEntry::Protocol protocol, int port, int from,
            const QVector<Cidr> &fromBlocks)
{
    if (!rule.admitsProtocol(protocol) || !rule.coversPort(port))
        return false;
    if (rule.namesGroup)
        return rule.sourceGroup >= 0 && ctx.index().groupsOf(from).contains(rule.sourceGroup);
    const std::optional<Cidr> &cidr = rule.cidr;
    if (!cidr)
        return false;
    if (cidr->isAnywhere())
        return true;
    if (fromInternet(ctx.index().kindOf(from)))
        return !cidr->isPrivate(); // users come from public addresses
    for (const Cidr &b : fromBlocks) {
        if (cidr->contains(b))
            return true;
    }
    return false;
}

class ConnectionBlockedBySecurityGroupRule final : public Rule
{
public:
    ConnectionBlockedBySecurityGroupRule()
    {
        info.id = "connection-blocked-by-security-group";
        info.title = QT_TRANSLATE_NOOP("Rules", "Connection blocked by security groups");
        info.pillar = Pillar::WellFormedness;
        info.defaultSeverity = Severity::Error;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::SecurityGroup};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A drawn connection on a port that the target's security groups do not admit "
                                                    "from the source will be refused: the design cannot work as drawn.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Well-formedness: security group semantics.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Add an ingress rule on the target's security group for that port, with the "
                                              "source's security group as the source.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Only connections with a port and targets with at least one security group are "
                                                "judged. A source is admitted by its security group (its Auto Scaling group's "
                                                "included), by a CIDR containing its subnet, or by any /0; internet sources by "
                                                "any public CIDR. Replication between data stores is not judged.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignIndex &index = ctx.index();
        for (int ci = 0; ci < index.connectionCount(); ++ci) {
            const Connection &c = index.connection(ci);
            const int from = index.connectionFrom(ci);
            const int to = index.connectionTo(ci);
            if (from < 0 || to < 0 || c.port <= 0)
                continue;
            // RDS replication (primary -> replica) is AWS-managed, not a flow
            // through the replica's security groups.
            if (isDataStore(ctx.index().kindOf(from)) && isDataStore(ctx.index().kindOf(to)))
                continue;
            const IndexList groups = index.groupsOf(to);
            if (groups.isEmpty())
                continue; // no security group drawn: nothing to judge
            const bool udp = c.protocol == QLatin1String("udp");
            const IngressEntry::Protocol protocol = udp ? IngressEntry::Protocol::Udp : IngressEntry::Protocol::Tcp;
            const QVector<Cidr> fromBlocks = sourceBlocks(ctx, from); // small; usually one block
            bool allowed = false;
            for (int g : groups) {
                for (const IngressEntry &rule : index.ingressOf(g)) {
                    if (admits(ctx, rule, protocol, c.port, from, fromBlocks)) {
                        allowed = true;
                        break;
                    }
                }
                if (allowed)
                    break;
            }
            if (allowed)
                continue;
            const QString protocolName = udp ? QStringLiteral("udp") : QStringLiteral("tcp");
            r.report({ctx.element(to).id, ctx.element(from).id, c.id},
                     rulesTr("Connection %1 from %2 to %3 on %4 %5 is not allowed by the security groups of %3 (%6).")
                         .arg(c.id, ctx.label(from), ctx.label(to), protocolName).arg(c.port).arg(ctx.labels(groups)));
        }
    }
};

} // namespace

PILLAR_RULE(ConnectionBlockedBySecurityGroupRule)

} // namespace pillar
