// Recovering from failure: backups, health checks, single servers, data in caches.
#include "RuleContext.h"
#include "RuleFamilies.h"

namespace pillar {

namespace {

void checkSingleInstanceServingUsers(const RuleContext &ctx, Reporter &r)
{
    const DesignIndex &index = ctx.index();
    for (int i : index.ofKind(ElementKind::Ec2Instance)) {
        for (int c : index.incoming(i)) {
            const int from = index.connectionFrom(c);
            if (from < 0)
                continue;
            const ElementKind k = ctx.index().kindOf(from);
            if (k != ElementKind::Internet && k != ElementKind::Route53Record)
                continue;
            r.report({ctx.element(i).id, ctx.element(from).id},
                     rulesTr("Users reach the single instance %1 directly through %2, with no load balancer in front.")
                         .arg(ctx.label(i), ctx.label(from)));
            break;
        }
    }
}

void checkCacheAsPrimaryStore(const RuleContext &ctx, Reporter &r)
{
    for (int i : ctx.index().ofKind(ElementKind::ElastiCache)) {
        const Element &e = ctx.element(i);
        if (!ctx.known(e, "primaryStore") || !ctx.boolOf(e, "primaryStore"))
            continue;
        const bool replicated = ctx.equals(e, "engine", "redis")
            && ctx.boolOf(e, "automaticFailover") && ctx.intOf(e, "nodeCount") >= 2;
        if (!replicated)
            r.report({e.id}, rulesTr("ElastiCache %1 holds data kept nowhere else on a single copy that a reboot erases.")
                                 .arg(RuleContext::label(e)));
    }
}

void checkRdsBackups(const RuleContext &ctx, Reporter &r)
{
    for (int i : ctx.index().ofKind(ElementKind::RdsInstance)) {
        const Element &e = ctx.element(i);
        if (!ctx.blank(e, "readReplicaOf") || !ctx.known(e, "backupRetentionDays"))
            continue;
        if (ctx.intOf(e, "backupRetentionDays") == 0)
            r.report({e.id}, rulesTr("RDS instance %1 keeps no automated backups (retention 0 days).").arg(RuleContext::label(e)));
    }
}

void checkHealthCheck(const RuleContext &ctx, Reporter &r)
{
    const DesignIndex &index = ctx.index();
    for (int i : index.ofKind(ElementKind::LoadBalancer)) {
        const Element &e = ctx.element(i);
        // Network load balancers check TCP by default; a path is an HTTP notion.
        if (ctx.equals(e, "type", "network") || !ctx.known(e, "healthCheckPath"))
            continue;
        if (!ctx.blank(e, "healthCheckPath"))
            continue;
        bool hasTarget = false;
        for (int c : index.outgoing(i)) {
            const int to = index.connectionTo(c);
            hasTarget = hasTarget || (to >= 0 && isCompute(ctx.index().kindOf(to)));
        }
        if (hasTarget)
            r.report({e.id}, rulesTr("Load balancer %1 has targets but no health check path.").arg(RuleContext::label(e)));
    }
}

void checkDbOnEc2(const RuleContext &ctx, Reporter &r)
{
    for (ElementKind kind : {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup}) {
        for (int i : ctx.index().ofKind(kind)) {
            const Element &e = ctx.element(i);
            const QString workload = ctx.stringOf(e, "workload");
            if (!ctx.known(e, "workload"))
                continue;
            if (workload == QLatin1String("database"))
                r.report({e.id}, rulesTr("%1 %2 runs a database itself.").arg(kindDisplayName(kind), RuleContext::label(e)));
            else if (workload == QLatin1String("cache"))
                r.report({e.id}, rulesTr("%1 %2 runs a cache server itself.").arg(kindDisplayName(kind), RuleContext::label(e)),
                         rulesTr("Move the cache to ElastiCache, which handles replication, failover and patching."));
        }
    }
}

} // namespace

void addResilienceRules(std::vector<Rule> &rules)
{
    rules.push_back({{"single-instance-serving-users", QT_TRANSLATE_NOOP("Rules", "Users reach a single instance directly"),
                      Pillar::Reliability, Severity::Info, ContextPolicy::None,
                      {ElementKind::Internet, ElementKind::Route53Record, ElementKind::Ec2Instance},
                      QT_TRANSLATE_NOOP("Rules", "One server with an Elastic IP is fine for the first users, but vertical "
                                                 "scaling hits a limit and the server is a single point of failure; a load "
                                                 "balancer allows horizontal scaling."),
                      QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL07, design to adapt to demand); seed S."),
                      QT_TRANSLATE_NOOP("Rules", "Put an Application Load Balancer in front and add instances."),
                      QT_TRANSLATE_NOOP("Rules", "Reported for each EC2 instance that a connection from Internet / users or a "
                                                 "Route 53 record reaches directly.")},
                     checkSingleInstanceServingUsers});
    rules.push_back({{"cache-used-as-primary-store", QT_TRANSLATE_NOOP("Rules", "Cache holds data kept nowhere else"),
                      Pillar::Reliability, Severity::Warning, ContextPolicy::None, {ElementKind::ElastiCache},
                      QT_TRANSLATE_NOOP("Rules", "ElastiCache keeps data on instance storage; a reboot loses it even with AOF."),
                      QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL09, back up data); seed B."),
                      QT_TRANSLATE_NOOP("Rules", "Keep the source of truth in a database, or run Redis Multi-AZ with replicas."),
                      QT_TRANSLATE_NOOP("Rules", "Not reported for Redis with two or more nodes and automatic failover.")},
                     checkCacheAsPrimaryStore});
    rules.push_back({{"rds-no-backups", QT_TRANSLATE_NOOP("Rules", "RDS without automated backups"),
                      Pillar::Reliability, Severity::Warning, ContextPolicy::None, {ElementKind::RdsInstance},
                      QT_TRANSLATE_NOOP("Rules", "Automated snapshots let you restore yesterday's data, for tests as much as "
                                                 "for recovery."),
                      QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL09); seed B."),
                      QT_TRANSLATE_NOOP("Rules", "Set the backup retention to 7 days or more."),
                      QT_TRANSLATE_NOOP("Rules", "Threshold: retention of 0 days. Read replicas are not reported.")},
                     checkRdsBackups});
    rules.push_back({{"lb-without-health-check", QT_TRANSLATE_NOOP("Rules", "Load balancer without a health check path"),
                      Pillar::Reliability, Severity::Warning, ContextPolicy::None, {ElementKind::LoadBalancer},
                      QT_TRANSLATE_NOOP("Rules", "A load balancer sends traffic only to healthy targets; the health check path "
                                                 "decides whether the web server alone or the application behind it must answer."),
                      QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL06, monitor workload resources); seed G."),
                      QT_TRANSLATE_NOOP("Rules", "Set a health check path that the application itself serves."),
                      QT_TRANSLATE_NOOP("Rules", "Only load balancers with targets; network load balancers are skipped (TCP checks).")},
                     checkHealthCheck});
    rules.push_back({{"db-on-ec2", QT_TRANSLATE_NOOP("Rules", "Database run on EC2"),
                      Pillar::Reliability, Severity::Info, ContextPolicy::None,
                      {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup},
                      QT_TRANSLATE_NOOP("Rules", "Managed RDS (or ElastiCache) takes backups, failover and patching off the team."),
                      QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL09); seeds S and B."),
                      QT_TRANSLATE_NOOP("Rules", "Move the database to RDS."),
                      QT_TRANSLATE_NOOP("Rules", "Reported for workload \"database\" and, with an ElastiCache fix, \"cache\".")},
                     checkDbOnEc2});
}

} // namespace pillar
