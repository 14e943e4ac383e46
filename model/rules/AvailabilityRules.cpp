// Missing Multi-AZ: databases, load balancers, their targets, Auto Scaling, Redis.
#include "RuleContext.h"
#include "RuleFamilies.h"

#include <QMap>

namespace pillar {

namespace {

// Elements a load balancer forwards to (EC2 instances, Auto Scaling groups).
QVector<int> targetsOf(const RuleContext &ctx, int lb)
{
    QVector<int> targets;
    for (int c : ctx.index().outgoing(lb)) {
        const int to = ctx.index().connectionTo(c);
        if (to >= 0 && isCompute(ctx.index().kindOf(to)) && !targets.contains(to))
            targets << to;
    }
    return targets;
}

void checkRdsSingleAz(const RuleContext &ctx, Reporter &r)
{
    for (int i : ctx.index().ofKind(ElementKind::RdsInstance)) {
        const Element &e = ctx.element(i);
        // A read replica's availability is its source's; replicas exist for reads.
        if (!ctx.blank(e, "readReplicaOf"))
            continue;
        if (ctx.known(e, "multiAz") && !ctx.boolOf(e, "multiAz"))
            r.report({e.id}, rulesTr("RDS instance %1 runs in a single Availability Zone (Multi-AZ is off).")
                                 .arg(RuleContext::label(e)));
    }
}

// Load balancers and Auto Scaling groups: the AZs of their subnets. noZone
// and oneZone are the messages (%1 the element, %2 the one AZ).
void reportFewerThanTwoZones(const RuleContext &ctx, Reporter &r, ElementKind kind, const char *noZone, const char *oneZone)
{
    for (int i : ctx.index().ofKind(kind)) {
        const Element &e = ctx.element(i);
        if (!ctx.known(e, "subnets"))
            continue;
        const IndexRange zones = ctx.index().zonesOf(i);
        if (zones.size() >= 2)
            continue;
        if (zones.isEmpty())
            r.report({e.id}, rulesTr(noZone).arg(RuleContext::label(e)));
        else
            r.report({e.id, ctx.element(zones[0]).id},
                     rulesTr(oneZone).arg(RuleContext::label(e), ctx.label(zones[0])));
    }
}

void checkLbSingleAz(const RuleContext &ctx, Reporter &r)
{
    reportFewerThanTwoZones(ctx, r, ElementKind::LoadBalancer,
                            QT_TRANSLATE_NOOP("Rules", "Load balancer %1 is attached to no subnet in any Availability Zone."),
                            QT_TRANSLATE_NOOP("Rules", "Load balancer %1 is attached to subnets in one Availability Zone only (%2)."));
}

// Groups the compute targets of one front door (a load balancer, or an entry
// point users come in through) into tiers by workload, and reports each tier
// whose instances all sit in one AZ.
void reportSingleAzTiers(const RuleContext &ctx, Reporter &r, int front, bool loadBalanced)
{
    // One tier per workload: host-based routing to a front end and an API
    // is two tiers behind one load balancer, each needing two AZs.
    QMap<QString, QVector<int>> tiers;
    for (int t : targetsOf(ctx, front))
        tiers[ctx.stringOf(ctx.element(t), "workload")] << t;
    for (auto it = tiers.cbegin(); it != tiers.cend(); ++it) {
        QVector<int> zones;
        for (int t : it.value()) {
            for (int z : ctx.index().zonesOf(t)) {
                if (!zones.contains(z))
                    zones << z;
            }
        }
        if (zones.size() != 1)
            continue; // spread, or not placed yet
        // The first id is the one a finding is about: the load balancer, or the instances.
        QStringList ids;
        for (int t : it.value())
            ids << ctx.element(t).id;
        if (loadBalanced)
            ids.prepend(ctx.element(front).id);
        else
            ids << ctx.element(front).id;
        if (loadBalanced)
            r.report(ids, rulesTr("All %1 targets of load balancer %2 (%3) sit in one Availability Zone, %4.")
                              .arg(it.key(), ctx.label(front), ctx.labels(it.value()), ctx.label(zones.first())));
        else
            r.report(ids, rulesTr("Every %1 instance users reach through %2 (%3) sits in one Availability Zone, %4.")
                              .arg(it.key(), ctx.label(front), ctx.labels(it.value()), ctx.label(zones.first())));
    }
}

void checkComputeSingleAz(const RuleContext &ctx, Reporter &r)
{
    for (int lb : ctx.index().ofKind(ElementKind::LoadBalancer))
        reportSingleAzTiers(ctx, r, lb, true);
    // A tier users reach directly (no load balancer) is as confined to its AZ.
    for (ElementKind entry : {ElementKind::Internet, ElementKind::Route53Record}) {
        for (int e : ctx.index().ofKind(entry))
            reportSingleAzTiers(ctx, r, e, false);
    }
}

void checkLbSingleTarget(const RuleContext &ctx, Reporter &r)
{
    for (int lb : ctx.index().ofKind(ElementKind::LoadBalancer)) {
        const QVector<int> targets = targetsOf(ctx, lb);
        if (targets.size() != 1)
            continue;
        const Element &t = ctx.element(targets.first());
        if (ctx.index().kindOf(targets.first()) == ElementKind::AutoScalingGroup && ctx.intOf(t, "maxSize") >= 2)
            continue;
        r.report({ctx.element(lb).id, t.id}, rulesTr("Load balancer %1 has a single target, %2: nothing takes over when it fails.")
                                                 .arg(ctx.label(lb), RuleContext::label(t)));
    }
}

void checkAsgSingleAz(const RuleContext &ctx, Reporter &r)
{
    reportFewerThanTwoZones(ctx, r, ElementKind::AutoScalingGroup,
                            QT_TRANSLATE_NOOP("Rules", "Auto Scaling group %1 has no subnet in any Availability Zone to launch into."),
                            QT_TRANSLATE_NOOP("Rules", "Auto Scaling group %1 launches into one Availability Zone only (%2)."));
}

void checkRedisFailover(const RuleContext &ctx, Reporter &r)
{
    for (int i : ctx.index().ofKind(ElementKind::ElastiCache)) {
        const Element &e = ctx.element(i);
        if (!ctx.equals(e, "engine", "redis") || !ctx.known(e, "engine"))
            continue;
        const bool failover = ctx.boolOf(e, "automaticFailover");
        const int nodes = ctx.intOf(e, "nodeCount");
        if (!ctx.known(e, "automaticFailover") || (failover && nodes >= 2))
            continue;
        r.report({e.id}, nodes < 2
                 ? rulesTr("ElastiCache Redis %1 has a single node: a reboot or an AZ outage loses the cache and its data.")
                       .arg(RuleContext::label(e))
                 : rulesTr("ElastiCache Redis %1 has %2 nodes but no Multi-AZ automatic failover.")
                       .arg(RuleContext::label(e)).arg(nodes));
    }
}

} // namespace

void addAvailabilityRules(std::vector<Rule> &rules)
{
    rules.push_back({{"rds-single-az", QT_TRANSLATE_NOOP("Rules", "RDS without Multi-AZ"),
                      Pillar::Reliability, Severity::Warning, ContextPolicy::RelaxedWhenSmall, {ElementKind::RdsInstance},
                      QT_TRANSLATE_NOOP("Rules", "A Multi-AZ standby in another AZ cuts the downtime of failures, failovers and "
                                                 "reboots to a minute or two; B runs RDS MySQL Multi-AZ for that, S adds it from "
                                                 "about 1,000 users on."),
                      QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL10, use fault isolation); seeds B, S and M."),
                      QT_TRANSLATE_NOOP("Rules", "Enable Multi-AZ so a standby runs in another Availability Zone."),
                      QT_TRANSLATE_NOOP("Rules", "Read replicas (readReplicaOf set) are not reported.")},
                     checkRdsSingleAz});
    rules.push_back({{"lb-single-az", QT_TRANSLATE_NOOP("Rules", "Load balancer in fewer than two AZs"),
                      Pillar::Reliability, Severity::Error, ContextPolicy::None,
                      {ElementKind::LoadBalancer, ElementKind::Subnet},
                      QT_TRANSLATE_NOOP("Rules", "A load balancer exists to spread traffic over Availability Zones; an "
                                                 "Application Load Balancer cannot even be created with subnets in one AZ."),
                      QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL10); seed S."),
                      QT_TRANSLATE_NOOP("Rules", "Attach the load balancer to a subnet in a second Availability Zone."),
                      ""},
                     checkLbSingleAz});
    rules.push_back({{"compute-single-az", QT_TRANSLATE_NOOP("Rules", "Serving tier confined to one AZ"),
                      Pillar::Reliability, Severity::Warning, ContextPolicy::RelaxedWhenSmall,
                      {ElementKind::LoadBalancer, ElementKind::Ec2Instance, ElementKind::AutoScalingGroup},
                      QT_TRANSLATE_NOOP("Rules", "If every target sits in one AZ, an outage of that AZ takes the service down "
                                                 "although the load balancer survives; each AZ needs a full copy of the application."),
                      QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL10); seeds S and M."),
                      QT_TRANSLATE_NOOP("Rules", "Place the targets in at least two Availability Zones."),
                      QT_TRANSLATE_NOOP("Rules", "A tier is the EC2 instances or Auto Scaling groups a load balancer, or an "
                                                 "entry point (users, a Route 53 name) reaches directly, grouped by their "
                                                 "workload, so two applications behind one load balancer are judged separately.")},
                     checkComputeSingleAz});
    rules.push_back({{"lb-single-target", QT_TRANSLATE_NOOP("Rules", "Load balancer with a single target"),
                      Pillar::Reliability, Severity::Warning, ContextPolicy::RelaxedWhenSmall,
                      {ElementKind::LoadBalancer, ElementKind::Ec2Instance, ElementKind::AutoScalingGroup},
                      QT_TRANSLATE_NOOP("Rules", "With one target there is no redundancy behind the load balancer."),
                      QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL10); seed S."),
                      QT_TRANSLATE_NOOP("Rules", "Add a second target or put an Auto Scaling group behind the load balancer."),
                      QT_TRANSLATE_NOOP("Rules", "An Auto Scaling group with a maximum size of 2 or more counts as several targets.")},
                     checkLbSingleTarget});
    rules.push_back({{"asg-single-az", QT_TRANSLATE_NOOP("Rules", "Auto Scaling group in one AZ"),
                      Pillar::Reliability, Severity::Warning, ContextPolicy::RelaxedWhenSmall,
                      {ElementKind::AutoScalingGroup, ElementKind::Subnet},
                      QT_TRANSLATE_NOOP("Rules", "A group spread over AZs refills the surviving AZ when one fails."),
                      QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL10); seed S."),
                      QT_TRANSLATE_NOOP("Rules", "Give the group subnets in two or more Availability Zones."),
                      QT_TRANSLATE_NOOP("Rules", "The group's AZs are those of its subnets and of the instances that name it.")},
                     checkAsgSingleAz});
    rules.push_back({{"redis-without-failover", QT_TRANSLATE_NOOP("Rules", "Redis without Multi-AZ failover"),
                      Pillar::Reliability, Severity::Warning, ContextPolicy::RelaxedWhenSmall, {ElementKind::ElastiCache},
                      QT_TRANSLATE_NOOP("Rules", "Redis can run a replica in another AZ and fail over to it automatically "
                                                 "(memcached cannot); a single node loses its data on reboot."),
                      QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL10); seeds S and B."),
                      QT_TRANSLATE_NOOP("Rules", "Use a replication group with two or more nodes and Multi-AZ automatic failover."),
                      ""},
                     checkRedisFailover});
}

} // namespace pillar
