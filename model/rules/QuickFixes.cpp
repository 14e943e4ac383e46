// Quick fixes: each is the smallest edit that makes one finding go away
// without a decision only the user can make. Where a choice exists (which
// private subnet, remove or narrow a rule) every sensible option is offered.
#include "QuickFixes.h"

#include "Checker.h"
#include "IngressFacts.h"
#include "RuleRegistry.h"

#include "../DesignModel.h"
#include "../Layout.h"
#include "../Placement.h"
#include "../commands/ChangeElementsCommand.h"
#include "../commands/MoveElementsCommand.h"
#include "../commands/SetLintConfigCommand.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace pillar {

namespace {

// A fix that replaces elements with edited copies, as one command.
QuickFix replaceFix(const QString &label, const QVector<Element> &after)
{
    return {label, [label, after](DesignModel *model) -> QUndoCommand * {
                return new ChangeElementsCommand(model, after, label);
            }};
}

// Sets properties on one element (and forgets that they were unknown).
QuickFix propertyFix(const Element &e, const QString &label, const QVariantMap &values)
{
    Element after = e;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        after.properties.insert(it.key(), it.value());
        after.unknown.removeAll(it.key());
    }
    return replaceFix(label, {after});
}

// --- security groups -------------------------------------------------------

enum class WorldRuleKind { AdminPort, AllTraffic, PrivateTier };

bool matches(const IngressRule &rule, WorldRuleKind kind)
{
    if (!ingressFacts(rule).fromAnywhere)
        return false;
    switch (kind) {
    case WorldRuleKind::AdminPort:
        return !sensitivePortsAdmitted(rule).isEmpty();
    case WorldRuleKind::AllTraffic:
        return rule.coversAllPorts();
    case WorldRuleKind::PrivateTier:
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

void addSecurityGroupFixes(const Design &design, const Element &sg, WorldRuleKind kind, QVector<QuickFix> &fixes)
{
    QVector<int> open;
    for (int k = 0; k < sg.ingress.size(); ++k) {
        if (matches(sg.ingress[k], kind))
            open << k;
    }
    if (open.isEmpty())
        return;
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
    if (kind == WorldRuleKind::AdminPort && narrowSensible) {
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
        fixes << replaceFix(label, {after});
    }
    // Removing the rule is always safe for admin ports and all traffic; on a
    // private tier it would cut the load balancer off, so only narrowing is offered.
    if (kind != WorldRuleKind::PrivateTier) {
        Element after = sg;
        for (int i = open.size() - 1; i >= 0; --i)
            after.ingress.removeAt(open[i]);
        fixes << replaceFix(QCoreApplication::translate("QuickFix", "Remove the rule admitting %1")
                                .arg(described.join(QLatin1String(", "))),
                            {after});
    }
}

// --- data stores -----------------------------------------------------------

// Moves a data store into each private subnet of its subnet's Availability Zone.
void addMoveToPrivateSubnetFixes(const Design &design, const Element &store, QVector<QuickFix> &fixes)
{
    const Element *subnet = design.enclosing(store.id, ElementKind::Subnet);
    if (!subnet)
        return;
    const Element *az = design.enclosing(subnet->id, ElementKind::AvailabilityZone);
    if (!az)
        return;
    for (const QString &id : design.children(az->id)) {
        const Element *target = design.element(id);
        if (!target || target->kind != ElementKind::Subnet || target->id == subnet->id
            || target->isUnknown(QStringLiteral("public")) || target->boolValue(QStringLiteral("public"))
            || !moveProblem(design, store.id, target->id).isEmpty())
            continue;
        // First free slot in a row below the header; the command grows the subnet.
        QRectF slot(layout::kPadding, layout::kHeaderHeight + layout::kPadding, layout::kLeafWidth, layout::kLeafHeight);
        const QStringList siblings = design.children(target->id);
        for (bool clash = true; clash;) {
            clash = false;
            for (const QString &s : siblings) {
                const Element *sib = design.element(s);
                const QRectF r(sib->geometry.topLeft(), layout::elementSize(*sib));
                if (r.intersects(slot.adjusted(-8, -8, 8, 8))) {
                    slot.moveLeft(r.right() + layout::kPadding);
                    clash = true;
                }
            }
        }
        const QString label = QCoreApplication::translate("QuickFix", "Move %1 into the private subnet %2")
                                  .arg(store.displayName(), target->displayName());
        const ElementPlacement placement{store.id, target->id, slot};
        fixes << QuickFix{label, [label, placement](DesignModel *model) -> QUndoCommand * {
                              return new MoveElementsCommand(model, {placement}, MoveElementsCommand::newGestureId(), label);
                          }};
    }
}

// --- load balancers ----------------------------------------------------------

QuickFix httpsFix(const Element &lb)
{
    Element after = lb;
    bool https = false;
    for (Listener &l : after.listeners) {
        if (l.protocol == QLatin1String("HTTPS") || l.protocol == QLatin1String("SSL") || l.protocol == QLatin1String("TLS"))
            https = true;
        else if (l.protocol == QLatin1String("HTTP"))
            l.action = QStringLiteral("redirect-https");
    }
    if (!https) {
        Listener l;
        l.protocol = QStringLiteral("HTTPS");
        l.port = 443;
        l.action = QStringLiteral("forward");
        after.listeners.prepend(l);
    }
    return replaceFix(https ? QCoreApplication::translate("QuickFix", "Redirect HTTP to HTTPS")
                            : QCoreApplication::translate("QuickFix", "Add an HTTPS listener on 443 and redirect HTTP to it"),
                      {after});
}

// --- lint settings -----------------------------------------------------------

// True when `word` (a rule or element id) appears in `text` as a whole id.
bool mentions(const QString &text, const QString &word)
{
    const QRegularExpression re(QStringLiteral("(^|[^A-Za-z0-9_.-])%1($|[^A-Za-z0-9_-])")
                                    .arg(QRegularExpression::escape(word)));
    return re.match(text).hasMatch();
}

// An unused suppression: offers to remove it. The finding names the element
// (or none, when the element is gone) and, in its message, the rule; the
// suppressions the checker did not use are found by checking the design.
void addUnusedSuppressionFixes(const Design &design, const Finding &finding, QVector<QuickFix> &fixes)
{
    QSet<QString> used;
    for (const Finding &f : checkDesign(design)) {
        if (f.suppressed)
            used.insert(f.rule + QLatin1Char('\n') + f.primaryElement());
    }
    const QString element = finding.primaryElement();
    for (int i = 0; i < design.lint.suppressions.size(); ++i) {
        const Suppression &sup = design.lint.suppressions[i];
        if (used.contains(sup.rule + QLatin1Char('\n') + sup.element) || !findRule(sup.rule)
            || design.lint.disabledRules.contains(sup.rule) || !mentions(finding.message, sup.rule))
            continue;
        if (element.isEmpty() ? (design.hasId(sup.element) || !mentions(finding.message, sup.element))
                              : sup.element != element)
            continue;
        LintConfig lint = design.lint;
        lint.suppressions.removeAt(i);
        const QString label = QCoreApplication::translate("QuickFix", "Remove the suppression of %1 on %2")
                                  .arg(sup.rule, sup.element);
        fixes << QuickFix{label, [label, lint](DesignModel *model) -> QUndoCommand * {
                              return new SetLintConfigCommand(model, lint, label);
                          }};
    }
}

} // namespace

QVector<QuickFix> quickFixes(const Design &design, const Finding &finding)
{
    QVector<QuickFix> fixes;
    if (finding.rule == QLatin1String(kUnusedSuppressionRule)) {
        addUnusedSuppressionFixes(design, finding, fixes);
        return fixes;
    }
    const Element *e = design.element(finding.primaryElement());
    if (!e)
        return fixes;
    const QString &rule = finding.rule;
    auto is = [&](const char *id, ElementKind kind) { return rule == QLatin1String(id) && e->kind == kind; };

    if (is("rds-single-az", ElementKind::RdsInstance))
        fixes << propertyFix(*e, QCoreApplication::translate("QuickFix", "Turn Multi-AZ on"), {{QStringLiteral("multiAz"), true}});
    else if (is("rds-publicly-accessible", ElementKind::RdsInstance))
        fixes << propertyFix(*e, QCoreApplication::translate("QuickFix", "Make the database private (publicly accessible off)"),
                             {{QStringLiteral("publiclyAccessible"), false}});
    else if (is("rds-storage-unencrypted", ElementKind::RdsInstance))
        fixes << propertyFix(*e, QCoreApplication::translate("QuickFix", "Encrypt the storage"), {{QStringLiteral("storageEncrypted"), true}});
    else if (is("rds-no-backups", ElementKind::RdsInstance))
        fixes << propertyFix(*e, QCoreApplication::translate("QuickFix", "Keep automated backups for 7 days"), {{QStringLiteral("backupRetentionDays"), 7}});
    else if (rule == QLatin1String("data-store-in-public-subnet") && isDataStore(e->kind))
        addMoveToPrivateSubnetFixes(design, *e, fixes);
    else if (is("sg-admin-port-open-to-world", ElementKind::SecurityGroup))
        addSecurityGroupFixes(design, *e, WorldRuleKind::AdminPort, fixes);
    else if (is("sg-all-traffic-open", ElementKind::SecurityGroup))
        addSecurityGroupFixes(design, *e, WorldRuleKind::AllTraffic, fixes);
    else if (is("sg-world-ingress-on-private-tier", ElementKind::SecurityGroup))
        addSecurityGroupFixes(design, *e, WorldRuleKind::PrivateTier, fixes);
    else if (is("lb-http-without-https", ElementKind::LoadBalancer))
        fixes << httpsFix(*e);
    else if (is("redis-without-failover", ElementKind::ElastiCache))
        fixes << propertyFix(*e, QCoreApplication::translate("QuickFix", "Turn automatic failover on (at least 2 nodes)"),
                             {{QStringLiteral("automaticFailover"), true},
                              {QStringLiteral("nodeCount"), std::max(2, e->intValue(QStringLiteral("nodeCount")))}});
    else if (is("cloudfront-allows-http", ElementKind::CloudFront))
        fixes << propertyFix(*e, QCoreApplication::translate("QuickFix", "Redirect viewers from HTTP to HTTPS"),
                             {{QStringLiteral("viewerProtocolPolicy"), QStringLiteral("redirect-to-https")}});
    else if (is("s3-public-bucket", ElementKind::S3Bucket))
        fixes << propertyFix(*e, QCoreApplication::translate("QuickFix", "Block public access and turn public read off"),
                             {{QStringLiteral("blockPublicAccess"), true}, {QStringLiteral("publicRead"), false}});
    else if (rule == QLatin1String("ec2-without-iam-role")
             && (e->kind == ElementKind::Ec2Instance || e->kind == ElementKind::AutoScalingGroup)) {
        const QString role = e->id + QStringLiteral("-role");
        fixes << propertyFix(*e, QCoreApplication::translate("QuickFix", "Give it the IAM role %1").arg(role), {{QStringLiteral("iamRole"), role}});
    } else if (is("detailed-monitoring-off-in-asg", ElementKind::AutoScalingGroup))
        fixes << propertyFix(*e, QCoreApplication::translate("QuickFix", "Turn detailed monitoring on"), {{QStringLiteral("detailedMonitoring"), true}});
    return fixes;
}

} // namespace pillar
