#include "WorldOpenIngress.h"

#include "../IngressFacts.h"

#include <QCoreApplication>

namespace pillar {

QStringList groupAndMembers(const RuleContext &ctx, int sg)
{
    QStringList ids{ctx.element(sg).id};
    for (int m : ctx.index().membersOf(sg))
        ids << ctx.element(m).id;
    return ids;
}

QString appliesTo(const RuleContext &ctx, int sg)
{
    const IndexList members = ctx.index().membersOf(sg);
    if (members.isEmpty())
        return rulesTr("it is attached to nothing yet");
    return rulesTr("it applies to %1").arg(ctx.labels(members));
}

namespace {

bool matches(const IngressRule &rule, WorldOpenIngress kind)
{
    if (!ingressFacts(rule).fromAnywhere)
        return false;
    switch (kind) {
    case WorldOpenIngress::AdminPort:
        return !sensitivePortsAdmitted(rule).isEmpty();
    case WorldOpenIngress::AllTraffic:
        return rule.coversAllPorts();
    case WorldOpenIngress::PrivateTier:
        return !rule.coversAllPorts() && sensitivePortsAdmitted(rule).isEmpty();
    }
    return false;
}

// The elements that send traffic to `id`: sources of its incoming
// connections, and for an instance of an Auto Scaling group the group's too.
QStringList sourcesOf(const Design &design, const Element &e)
{
    QStringList targets{e.id};
    if (e.kind == ElementKind::Ec2Instance) {
        const QString asg = e.stringValue(QStringLiteral("autoScalingGroup"));
        if (!asg.isEmpty())
            targets << asg;
    }
    QStringList sources;
    for (const Connection &c : design.connections()) {
        if (targets.contains(c.to) && !sources.contains(c.from))
            sources << c.from;
    }
    return sources;
}

// The security groups that everything reaching the members of `sg` carries,
// or empty when a member is reached by nothing or by something without a
// group (then there is no group to narrow the rule to). Sets *onlyLbs when
// every source is a load balancer.
QStringList groupsReaching(const Design &design, const Element &sg, bool *onlyLbs)
{
    QStringList groups;
    bool anyMember = false;
    *onlyLbs = true;
    for (const Element &m : design.elements()) {
        if (!m.securityGroups.contains(sg.id))
            continue;
        anyMember = true;
        const QStringList sources = sourcesOf(design, m);
        if (sources.isEmpty())
            return {};
        for (const QString &s : sources) {
            const Element *src = design.element(s);
            if (!src || src->securityGroups.isEmpty())
                return {};
            *onlyLbs = *onlyLbs && src->kind == ElementKind::LoadBalancer;
            for (const QString &g : src->securityGroups) {
                if (g != sg.id && !groups.contains(g))
                    groups << g;
            }
        }
    }
    return anyMember ? groups : QStringList();
}

} // namespace

QVector<QuickFix> worldOpenIngressFixes(const Design &design, const Element &sg, WorldOpenIngress kind)
{
    QVector<QuickFix> fixes;
    QVector<int> open;
    for (int k = 0; k < sg.ingress.size(); ++k) {
        if (matches(sg.ingress[k], kind))
            open << k;
    }
    if (open.isEmpty())
        return fixes;
    QStringList described;
    for (int k : open)
        described << QCoreApplication::translate("QuickFix", "%1 from %2")
                         .arg(describePorts(sg.ingress[k]), sg.ingress[k].cidr);

    bool onlyLbs = false;
    const QStringList groups = groupsReaching(design, sg, &onlyLbs);
    // Narrowing SSH or a database port to the callers' group keeps a port
    // nobody uses open, so the admin-port rule only gets the narrowing when the
    // members are really called on it (a data store behind its application).
    bool narrowSensible = !groups.isEmpty();
    if (kind == WorldOpenIngress::AdminPort && narrowSensible) {
        for (const Element &m : design.elements()) {
            if (m.securityGroups.contains(sg.id) && !isDataStore(m.kind))
                narrowSensible = false;
        }
    }
    if (narrowSensible) {
        Element after = sg;
        QVector<IngressRule> rules;
        for (int k = 0; k < sg.ingress.size(); ++k) {
            if (!open.contains(k)) {
                rules << sg.ingress[k];
                continue;
            }
            for (const QString &g : groups) {
                IngressRule narrowed = sg.ingress[k];
                narrowed.cidr.clear();
                narrowed.sourceGroup = g;
                if (!rules.contains(narrowed) && !sg.ingress.contains(narrowed))
                    rules << narrowed;
            }
        }
        after.ingress = rules;
        const QString what = described.join(QLatin1String(", "));
        const QString label = onlyLbs
            ? QCoreApplication::translate("QuickFix", "Allow %1 only from the load balancer's group %2")
                  .arg(what, groups.join(QLatin1String(", ")))
            : QCoreApplication::translate("QuickFix", "Allow %1 only from the group %2")
                  .arg(what, groups.join(QLatin1String(", ")));
        fixes << replaceElementsFix(label, {after});
    }
    // Removing the rule is always safe for admin ports and all traffic; on a
    // private tier it would cut the load balancer off, so only narrowing is offered.
    if (kind != WorldOpenIngress::PrivateTier) {
        Element after = sg;
        for (int i = open.size() - 1; i >= 0; --i)
            after.ingress.removeAt(open[i]);
        fixes << replaceElementsFix(QCoreApplication::translate("QuickFix", "Remove the rule admitting %1")
                                        .arg(described.join(QLatin1String(", "))),
                                    {after});
    }
    return fixes;
}

} // namespace pillar
