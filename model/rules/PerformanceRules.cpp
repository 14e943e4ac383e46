// Performance efficiency: CDN, caches, instance choice, monitoring, load balancer types.
#include "InstanceType.h"
#include "RuleContext.h"
#include "RuleFamilies.h"

#include <QMap>

namespace pillar {

namespace {

bool isInternetSide(ElementKind kind)
{
    return kind == ElementKind::Internet || kind == ElementKind::Route53Record;
}

void checkS3WithoutCdn(const RuleContext &ctx, Reporter &r)
{
    const DesignIndex &index = ctx.index();
    for (int i : index.ofKind(ElementKind::S3Bucket)) {
        for (int c : index.incoming(i)) {
            const int from = index.connectionFrom(c);
            if (from < 0 || !isInternetSide(ctx.index().kindOf(from)))
                continue;
            r.report({ctx.element(i).id, ctx.element(from).id},
                     rulesTr("Users fetch S3 bucket %1 directly through %2, without CloudFront.").arg(ctx.label(i), ctx.label(from)));
            break;
        }
    }
}

// Number of instances an application element stands for.
int instanceCount(const RuleContext &ctx, int i)
{
    if (ctx.index().kindOf(i) == ElementKind::AutoScalingGroup)
        return std::max(1, ctx.intOf(ctx.element(i), "desiredCapacity"));
    return 1;
}

void checkNoCacheInFrontOfDb(const RuleContext &ctx, Reporter &r)
{
    if (ctx.design().info.expectedUsers < kLargeScaleUsers)
        return; // a cache is a scale measure (seed S adds it at 10,000+ users)
    const DesignIndex &index = ctx.index();
    for (int db : index.ofKind(ElementKind::RdsInstance)) {
        int readers = 0;
        bool cached = false;
        for (int c : index.incoming(db)) {
            const int app = index.connectionFrom(c);
            if (app < 0 || !isCompute(ctx.index().kindOf(app)))
                continue;
            readers += instanceCount(ctx, app);
            for (int o : index.outgoing(app)) {
                const int to = index.connectionTo(o);
                if (to < 0)
                    continue;
                // ElastiCache, or a cache the team runs itself (seed B's Redis on EC2).
                const ElementKind kind = index.kindOf(to);
                cached = cached || kind == ElementKind::ElastiCache
                    || (isCompute(kind) && ctx.equals(ctx.element(to), "workload", "cache"));
            }
        }
        if (readers >= 2 && !cached)
            r.report({ctx.element(db).id}, rulesTr("RDS instance %1 is read by %2 application instances with no cache in front, "
                                                   "for %3 expected users.")
                                               .arg(ctx.label(db)).arg(readers).arg(ctx.design().info.expectedUsers));
    }
}

void checkBurstable(const RuleContext &ctx, Reporter &r)
{
    for (ElementKind kind : {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup}) {
        for (int i : ctx.index().ofKind(kind)) {
            const Element &e = ctx.element(i);
            if (!ctx.known(e, "instanceType") || !ctx.known(e, "expectedCpu"))
                continue;
            const double baseline = ctx.index().instanceTypeOf(i).baselineCpuPercent();
            if (baseline <= 0)
                continue;
            const int cpu = ctx.intOf(e, "expectedCpu");
            if (baseline > 0 && cpu > baseline)
                r.report({e.id}, rulesTr("%1 %2 is a %3 expected to average %4% CPU, above its %5% baseline: it will run out "
                                         "of CPU credits and be throttled.")
                                     .arg(kindDisplayName(kind), RuleContext::label(e), ctx.stringOf(e, "instanceType"))
                                     .arg(cpu).arg(baseline));
        }
    }
}

void checkPreviousGeneration(const RuleContext &ctx, Reporter &r)
{
    const struct { ElementKind kind; const char *key; } typed[] = {
        {ElementKind::Ec2Instance, "instanceType"}, {ElementKind::AutoScalingGroup, "instanceType"},
        {ElementKind::RdsInstance, "instanceClass"}, {ElementKind::ElastiCache, "nodeType"}};
    for (const auto &t : typed) {
        for (int i : ctx.index().ofKind(t.kind)) {
            const Element &e = ctx.element(i);
            if (!ctx.index().instanceTypeOf(i).isPreviousGeneration() || !ctx.known(e, t.key))
                continue;
            r.report({e.id}, rulesTr("%1 %2 uses %3, a previous-generation type.")
                                 .arg(kindDisplayName(t.kind), RuleContext::label(e), ctx.stringOf(e, t.key)));
        }
    }
}

void checkDetailedMonitoring(const RuleContext &ctx, Reporter &r)
{
    for (int i : ctx.index().ofKind(ElementKind::AutoScalingGroup)) {
        const Element &e = ctx.element(i);
        if (ctx.known(e, "detailedMonitoring") && !ctx.boolOf(e, "detailedMonitoring"))
            r.report({e.id}, rulesTr("Auto Scaling group %1 scales on 5-minute metrics: detailed monitoring is off.")
                                 .arg(RuleContext::label(e)));
    }
}

void checkClassicLb(const RuleContext &ctx, Reporter &r)
{
    for (int i : ctx.index().ofKind(ElementKind::LoadBalancer)) {
        const Element &e = ctx.element(i);
        if (ctx.known(e, "type") && ctx.equals(e, "type", "classic"))
            r.report({e.id}, rulesTr("Load balancer %1 is a Classic Load Balancer.").arg(RuleContext::label(e)));
    }
}

void checkInternalTierWithoutLb(const RuleContext &ctx, Reporter &r)
{
    const DesignIndex &index = ctx.index();
    for (ElementKind kind : {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup}) {
        for (int i : index.ofKind(kind)) {
            QMap<QString, QVector<int>> tiers;
            for (int c : index.outgoing(i)) {
                const int to = index.connectionTo(c);
                if (to >= 0 && isCompute(ctx.index().kindOf(to)) && to != i)
                    tiers[ctx.stringOf(ctx.element(to), "workload")] << to;
            }
            for (auto it = tiers.cbegin(); it != tiers.cend(); ++it) {
                if (it.value().size() < 2)
                    continue;
                QStringList ids{ctx.element(i).id};
                for (int t : it.value())
                    ids << ctx.element(t).id;
                r.report(ids, rulesTr("%1 calls %2 instances of the %3 tier directly (%4), with no internal load balancer.")
                                  .arg(ctx.label(i)).arg(it.value().size()).arg(it.key(), ctx.labels(it.value())));
            }
        }
    }
}

} // namespace

void addPerformanceRules(std::vector<Rule> &rules)
{
    rules.push_back({{"s3-served-without-cdn", QT_TRANSLATE_NOOP("Rules", "S3 content served without CloudFront"),
                      Pillar::PerformanceEfficiency, Severity::Info, ContextPolicy::RaisedAtScale,
                      {ElementKind::S3Bucket, ElementKind::Internet, ElementKind::Route53Record},
                      QT_TRANSLATE_NOOP("Rules", "Origin-to-edge transfer is free and CloudFront costs about what S3 egress "
                                                 "costs, while serving users from the nearest edge."),
                      QT_TRANSLATE_NOOP("Rules", "Performance efficiency pillar (PERF04, networking); seeds B, S and M."),
                      QT_TRANSLATE_NOOP("Rules", "Put CloudFront in front of the bucket."),
                      ""},
                     checkS3WithoutCdn});
    rules.push_back({{"no-cache-in-front-of-db", QT_TRANSLATE_NOOP("Rules", "No cache in front of a busy database"),
                      Pillar::PerformanceEfficiency, Severity::Info, ContextPolicy::None,
                      {ElementKind::RdsInstance, ElementKind::Ec2Instance, ElementKind::AutoScalingGroup, ElementKind::ElastiCache},
                      QT_TRANSLATE_NOOP("Rules", "At scale, cache the data layer (ElastiCache) and static content (CloudFront) "
                                                 "so the database serves only what must come from it."),
                      QT_TRANSLATE_NOOP("Rules", "Performance efficiency pillar (PERF03, data management); seed S."),
                      QT_TRANSLATE_NOOP("Rules", "Add ElastiCache between the application and the database."),
                      QT_TRANSLATE_NOOP("Rules", "Only at 10,000 or more expected users, for an RDS read by two or more "
                                                 "application instances none of which uses ElastiCache or an instance whose "
                                                 "workload is \"cache\".")},
                     checkNoCacheInFrontOfDb});
    rules.push_back({{"burstable-instance-sustained-load", QT_TRANSLATE_NOOP("Rules", "Burstable instance under sustained load"),
                      Pillar::PerformanceEfficiency, Severity::Warning, ContextPolicy::None,
                      {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup},
                      QT_TRANSLATE_NOOP("Rules", "A t2/t3/t4g instance above its baseline spends CPU credits; when they run out "
                                                 "it is throttled to the baseline. A micro and a medium burst at the same speed."),
                      QT_TRANSLATE_NOOP("Rules", "Performance efficiency pillar (PERF02, compute); seed B."),
                      QT_TRANSLATE_NOOP("Rules", "Pick a fixed-performance type (m, c, r families) or a larger burstable one."),
                      QT_TRANSLATE_NOOP("Rules", "Baselines are per vCPU, as CloudWatch reports CPU: t2 nano 5, micro 10, small 20, "
                                                 "medium 20, large 30, xlarge 22.5, 2xlarge 17; t3/t3a/t4g nano 5, micro 10, small "
                                                 "20, medium 20, large 30, xlarge 40, 2xlarge 40. RULES.md's \"t2.medium 40%\" is "
                                                 "the two-vCPU total, i.e. 20% per vCPU.")},
                     checkBurstable});
    rules.push_back({{"previous-generation-instance", QT_TRANSLATE_NOOP("Rules", "Previous-generation instance type"),
                      Pillar::PerformanceEfficiency, Severity::Info, ContextPolicy::None,
                      {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup, ElementKind::RdsInstance, ElementKind::ElastiCache},
                      QT_TRANSLATE_NOOP("Rules", "New generations arrive every year or two, faster and cheaper; B saved about "
                                                 "30% by leaving c3."),
                      QT_TRANSLATE_NOOP("Rules", "Performance efficiency pillar (PERF02); seed B."),
                      QT_TRANSLATE_NOOP("Rules", "Move to a current generation before buying reservations."),
                      QT_TRANSLATE_NOOP("Rules", "Families t1, m1, m2, m3, c1, c3, cc2, cr1, g2, hi1, hs1, i2, r3; also RDS "
                                                 "instance classes and ElastiCache node types.")},
                     checkPreviousGeneration});
    rules.push_back({{"detailed-monitoring-off-in-asg", QT_TRANSLATE_NOOP("Rules", "Auto Scaling without detailed monitoring"),
                      Pillar::PerformanceEfficiency, Severity::Info, ContextPolicy::None, {ElementKind::AutoScalingGroup},
                      QT_TRANSLATE_NOOP("Rules", "Without 1-minute metrics scaling reacts to 5-minute averages."),
                      QT_TRANSLATE_NOOP("Rules", "Performance efficiency pillar (PERF05, monitoring); seed B."),
                      QT_TRANSLATE_NOOP("Rules", "Enable detailed monitoring in the launch template."),
                      ""},
                     checkDetailedMonitoring});
    rules.push_back({{"classic-load-balancer", QT_TRANSLATE_NOOP("Rules", "Classic Load Balancer"),
                      Pillar::PerformanceEfficiency, Severity::Warning, ContextPolicy::None, {ElementKind::LoadBalancer},
                      QT_TRANSLATE_NOOP("Rules", "The Classic Load Balancer is superseded by the Application (L7) and Network "
                                                 "(L4) Load Balancers."),
                      QT_TRANSLATE_NOOP("Rules", "Performance efficiency pillar (PERF04); seed S."),
                      QT_TRANSLATE_NOOP("Rules", "Migrate to an Application or Network Load Balancer."),
                      ""},
                     checkClassicLb});
    rules.push_back({{"internal-tier-without-lb", QT_TRANSLATE_NOOP("Rules", "Tier calls another tier without a load balancer"),
                      Pillar::PerformanceEfficiency, Severity::Info, ContextPolicy::None,
                      {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup},
                      QT_TRANSLATE_NOOP("Rules", "An internal load balancer spreads traffic between tiers and hides their "
                                                 "instances from each other."),
                      QT_TRANSLATE_NOOP("Rules", "Performance efficiency pillar (PERF04); seeds B and S."),
                      QT_TRANSLATE_NOOP("Rules", "Add an internal load balancer between the tiers."),
                      QT_TRANSLATE_NOOP("Rules", "Reported when one instance or group connects directly to two or more "
                                                 "instances of the same workload.")},
                     checkInternalTierWithoutLb});
}

} // namespace pillar
