// Security-group ingress rules: what the world may reach, and how sources are named.
#include "IngressFacts.h"
#include "RuleContext.h"
#include "RuleFamilies.h"

#include "../Cidr.h"

#include <algorithm>

namespace pillar {

namespace {

QStringList groupAndMembers(const RuleContext &ctx, int sg)
{
    QStringList ids{ctx.element(sg).id};
    for (int m : ctx.index().membersOf(sg))
        ids << ctx.element(m).id;
    return ids;
}

QString appliesTo(const RuleContext &ctx, int sg)
{
    const IndexRange members = ctx.index().membersOf(sg);
    if (members.isEmpty())
        return rulesTr("it is attached to nothing yet");
    return rulesTr("it applies to %1").arg(ctx.labels(members));
}

void checkAdminPortOpen(const RuleContext &ctx, Reporter &r)
{
    for (int sg : ctx.index().ofKind(ElementKind::SecurityGroup)) {
        const Span<IngressEntry> ingress = ctx.index().ingressOf(sg);
        for (int k = 0; k < ingress.size(); ++k) {
            if (!ingress[k].facts.fromAnywhere || !ingress[k].admitsSensitivePort())
                continue;
            const Element &g = ctx.element(sg);
            const IngressRule &rule = g.ingress[k];
            const QVector<int> ports = sensitivePortsAdmitted(rule);
            QStringList names;
            for (int p : ports)
                names << sensitivePortName(p);
            r.report(groupAndMembers(ctx, sg),
                     rulesTr("Security group %1 admits %2 from anywhere (%3); %4.")
                         .arg(RuleContext::label(g), names.join(QLatin1String(", ")), rule.cidr, appliesTo(ctx, sg)));
        }
    }
}

void checkAllTrafficOpen(const RuleContext &ctx, Reporter &r)
{
    for (int sg : ctx.index().ofKind(ElementKind::SecurityGroup)) {
        const Span<IngressEntry> ingress = ctx.index().ingressOf(sg);
        for (int k = 0; k < ingress.size(); ++k) {
            if (ingress[k].allPorts && ingress[k].facts.fromAnywhere) {
                const Element &g = ctx.element(sg);
                const IngressRule &rule = g.ingress[k];
                r.report(groupAndMembers(ctx, sg),
                         rulesTr("Security group %1 admits every port (%2) from anywhere (%3); %4.")
                             .arg(RuleContext::label(g), describePorts(rule), rule.cidr, appliesTo(ctx, sg)));
            }
        }
    }
}

// True when something reaches element i, and only load balancers do (for an
// instance of an Auto Scaling group, what reaches the group counts too).
// A data store is always a private tier.
bool reachedOnlyThroughLoadBalancers(const RuleContext &ctx, int i)
{
    const DesignIndex &index = ctx.index();
    const ElementKind kind = index.kindOf(i);
    if (isDataStore(kind))
        return true;
    if (!isCompute(kind))
        return false;
    QVector<int> sources;
    for (int c : index.incoming(i))
        sources << index.connectionFrom(c);
    if (kind == ElementKind::Ec2Instance) {
        const int asg = index.asgOf(i);
        if (asg >= 0) {
            for (int c : index.incoming(asg))
                sources << index.connectionFrom(c);
        }
    }
    if (sources.isEmpty())
        return false;
    for (int s : sources) {
        if (s < 0 || ctx.index().kindOf(s) != ElementKind::LoadBalancer)
            return false;
    }
    return true;
}

void checkWorldIngressOnPrivateTier(const RuleContext &ctx, Reporter &r)
{
    for (int sg : ctx.index().ofKind(ElementKind::SecurityGroup)) {
        // Sensitive ports and all traffic are errors of their own rules.
        const Span<IngressEntry> ingress = ctx.index().ingressOf(sg);
        auto isOpen = [](const IngressEntry &rule) {
            return rule.facts.fromAnywhere && !rule.allPorts && !rule.admitsSensitivePort();
        };
        if (std::none_of(ingress.begin(), ingress.end(), isOpen))
            continue;
        QVector<int> privateMembers;
        for (int m : ctx.index().membersOf(sg)) {
            if (reachedOnlyThroughLoadBalancers(ctx, m))
                privateMembers << m;
        }
        if (privateMembers.isEmpty())
            continue;
        const Element &g = ctx.element(sg);
        QStringList open;
        for (int k = 0; k < ingress.size(); ++k) {
            if (isOpen(ingress[k]))
                open << describePorts(g.ingress[k]);
        }
        QStringList ids{g.id};
        for (int m : privateMembers)
            ids << ctx.element(m).id;
        r.report(ids, rulesTr("Security group %1 admits %2 from anywhere, but %3 is only reached through a load balancer.")
                          .arg(RuleContext::label(g), open.join(QLatin1String(", ")), ctx.labels(privateMembers)));
    }
}

void checkCidrWhereGroupWouldDo(const RuleContext &ctx, Reporter &r)
{
    for (int sg : ctx.index().ofKind(ElementKind::SecurityGroup)) {
        std::optional<Cidr> vpcCidr;
        const int vpc = ctx.index().vpcOf(sg);
        if (vpc >= 0)
            vpcCidr = ctx.index().cidrOf(vpc);
        QStringList sources;
        const Span<IngressEntry> ingress = ctx.index().ingressOf(sg);
        for (int k = 0; k < ingress.size(); ++k) {
            const auto &cidr = ingress[k].cidr;
            if (!cidr || !ingress[k].facts.fromPrivate || ingress[k].facts.fromAnywhere)
                continue;
            // Only addresses inside the group's own VPC are instance-to-instance
            // traffic; a private CIDR elsewhere (VPN, peering) has no group to name.
            if (vpcCidr && !vpcCidr->overlaps(*cidr))
                continue;
            const IngressRule &rule = ctx.element(sg).ingress[k];
            sources << QStringLiteral("%1 (%2)").arg(rule.cidr, describePorts(rule));
        }
        if (sources.isEmpty())
            continue;
        const Element &g = ctx.element(sg);
        r.report({g.id}, rulesTr("Security group %1 admits traffic by private address: %2.")
                             .arg(RuleContext::label(g), sources.join(QLatin1String(", "))));
    }
}

void checkBastion(const RuleContext &ctx, Reporter &r)
{
    for (int i : ctx.index().ofKind(ElementKind::Ec2Instance)) {
        const Element &e = ctx.element(i);
        bool sshOnly = false;
        bool any = false;
        for (int sg : ctx.index().groupsOf(i)) {
            for (const IngressEntry &rule : ctx.index().ingressOf(sg)) {
                any = true;
                sshOnly = (rule.protocol == IngressEntry::Protocol::Tcp && rule.fromPort == 22 && rule.toPort == 22);
                if (!sshOnly)
                    break;
            }
            if (any && !sshOnly)
                break;
        }
        const bool declared = ctx.equals(e, "workload", "bastion");
        if (declared || (any && sshOnly)) {
            r.report({e.id}, declared
                     ? rulesTr("%1 is a bastion host for SSH hopping.").arg(RuleContext::label(e))
                     : rulesTr("%1 accepts only SSH (22): it looks like a bastion host.").arg(RuleContext::label(e)));
        }
    }
}

} // namespace

void addSecurityGroupRules(std::vector<Rule> &rules)
{
    rules.push_back({{"sg-admin-port-open-to-world",
                      QT_TRANSLATE_NOOP("Rules", "Administration or database port open to the world"),
                      Pillar::Security, Severity::Error, ContextPolicy::None, {ElementKind::SecurityGroup},
                      QT_TRANSLATE_NOOP("Rules", "Never set the source of SSH, RDP or a database/cache port to \"anywhere\": "
                                                 "open only the addresses and ports really needed. Any /0 counts as anywhere "
                                                 "(0.0.0.0/0, ::/0, 192.168.1.0/0), and a port range counts when it covers the port."),
                      QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC05, protect networks); seeds B (Buzzvil) and G (book notes)."),
                      QT_TRANSLATE_NOOP("Rules", "Restrict the source to a known CIDR or a security group, or use Systems Manager "
                                                 "Session Manager instead of opening SSH (seed S)."),
                      QT_TRANSLATE_NOOP("Rules", "Ports: 22, 3389, 3306, 5432, 1433, 1521, 6379, 11211, 27017, 9200 (TCP). "
                                                 "A rule admitting every port is reported by sg-all-traffic-open instead, once.")},
                     checkAdminPortOpen});
    rules.push_back({{"sg-all-traffic-open", QT_TRANSLATE_NOOP("Rules", "All traffic open to the world"),
                      Pillar::Security, Severity::Error, ContextPolicy::None, {ElementKind::SecurityGroup},
                      QT_TRANSLATE_NOOP("Rules", "An ingress rule from anywhere with protocol \"all\" or ports 0-65535 "
                                                 "exposes every service on every member, including SSH and databases."),
                      QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC05); seed B."),
                      QT_TRANSLATE_NOOP("Rules", "Open only the port the service needs, from the narrowest source."),
                      ""},
                     checkAllTrafficOpen});
    rules.push_back({{"sg-world-ingress-on-private-tier", QT_TRANSLATE_NOOP("Rules", "Private tier accepts traffic from the world"),
                      Pillar::Security, Severity::Warning, ContextPolicy::None,
                      {ElementKind::SecurityGroup, ElementKind::Ec2Instance, ElementKind::AutoScalingGroup,
                       ElementKind::RdsInstance, ElementKind::ElastiCache},
                      QT_TRANSLATE_NOOP("Rules", "An instance reached only through a load balancer, or a data store, has no "
                                                 "reason to accept traffic from anywhere: only the load balancer (or the "
                                                 "application) needs to reach it."),
                      QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC05); seeds B and M."),
                      QT_TRANSLATE_NOOP("Rules", "Allow the load balancer's security group as the source instead of 0.0.0.0/0."),
                      QT_TRANSLATE_NOOP("Rules", "Ports 80/443 open to the world on an internet-facing load balancer or a "
                                                 "CloudFront origin are normal and never reported.")},
                     checkWorldIngressOnPrivateTier});
    rules.push_back({{"sg-cidr-where-group-would-do", QT_TRANSLATE_NOOP("Rules", "Private CIDR where a security group would do"),
                      Pillar::Security, Severity::Info, ContextPolicy::None, {ElementKind::SecurityGroup},
                      QT_TRANSLATE_NOOP("Rules", "Allowing instance-to-instance traffic by private address breaks when "
                                                 "addresses change and admits whatever else lands in the range; security "
                                                 "group membership says what is meant."),
                      QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC05); seed B."),
                      QT_TRANSLATE_NOOP("Rules", "Reference the source security group instead of its addresses."),
                      QT_TRANSLATE_NOOP("Rules", "Only private ranges that overlap the group's own VPC are reported.")},
                     checkCidrWhereGroupWouldDo});
    rules.push_back({{"bastion-ssh", QT_TRANSLATE_NOOP("Rules", "Bastion host for SSH"),
                      Pillar::Security, Severity::Info, ContextPolicy::None, {ElementKind::Ec2Instance},
                      QT_TRANSLATE_NOOP("Rules", "A bastion is one more server to patch and one more door to guard; "
                                                 "Systems Manager gives shell access without an open SSH port."),
                      QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC06, protect compute); seed S."),
                      QT_TRANSLATE_NOOP("Rules", "Use Systems Manager Session Manager and remove the bastion."),
                      QT_TRANSLATE_NOOP("Rules", "An instance counts as a bastion when its workload is \"bastion\" or when "
                                                 "its security groups admit nothing but TCP 22.")},
                     checkBastion});
}

} // namespace pillar
