// Cost optimization: public addresses, cross-AZ traffic, oversized storage and instances.
#include "InstanceType.h"
#include "RuleContext.h"
#include "RuleFamilies.h"

namespace pillar {

namespace {

// $0.005 per public IPv4 address and hour since February 2024, 730 hours a month.
constexpr double kIpv4MonthlyUsd = 0.005 * 730;

void checkPublicIpv4(const RuleContext &ctx, Reporter &r)
{
    const DesignIndex &index = ctx.index();
    auto report = [&](const Element &e, int count, const QString &what) {
        r.report({e.id}, rulesTr("%1 %2 uses %3 public IPv4 address(es) (%4): about $%5 a month.")
                             .arg(kindDisplayName(e.kind), RuleContext::label(e)).arg(count).arg(what)
                             .arg(count * kIpv4MonthlyUsd, 0, 'f', 2));
    };
    for (int i : index.ofKind(ElementKind::Ec2Instance)) {
        const Element &e = ctx.element(i);
        // Instances of an Auto Scaling group are counted with the group.
        if (index.asgOf(i) < 0 && ctx.boolOf(e, "publicIp") && ctx.known(e, "publicIp"))
            report(e, 1, rulesTr("public IP or Elastic IP"));
    }
    for (int i : index.ofKind(ElementKind::AutoScalingGroup)) {
        const Element &e = ctx.element(i);
        if (ctx.boolOf(e, "publicIp") && ctx.known(e, "publicIp"))
            report(e, std::max(1, ctx.intOf(e, "desiredCapacity")), rulesTr("one per instance"));
    }
    for (int i : index.ofKind(ElementKind::LoadBalancer)) {
        const Element &e = ctx.element(i);
        if (ctx.equals(e, "scheme", "internet-facing"))
            report(e, std::max<int>(1, index.zonesOf(i).size()), rulesTr("one per Availability Zone"));
    }
}

void checkCrossAz(const RuleContext &ctx, Reporter &r)
{
    const DesignIndex &index = ctx.index();
    for (size_t c = 0; c < ctx.design().connections().size(); ++c) {
        const int from = index.connectionFrom(int(c));
        const int to = index.connectionTo(int(c));
        if (from < 0 || to < 0)
            continue;
        const int azFrom = index.azOf(from);
        const int azTo = index.azOf(to);
        if (azFrom < 0 || azTo < 0 || azFrom == azTo)
            continue;
        // Replication between RDS instances in one region carries no
        // data-transfer charge; only application traffic is billed.
        if (isDataStore(ctx.index().kindOf(from)) && isDataStore(ctx.index().kindOf(to)))
            continue;
        r.report({ctx.element(from).id, ctx.element(to).id, index.connection(int(c)).id},
                 rulesTr("Connection %1 from %2 in %3 to %4 in %5 crosses Availability Zones; that traffic is billed.")
                     .arg(index.connection(int(c)).id, ctx.label(from), ctx.label(azFrom), ctx.label(to), ctx.label(azTo)));
    }
}

void checkRdsStorage(const RuleContext &ctx, Reporter &r)
{
    const bool prod = ctx.design().info.environment == QLatin1String("prod");
    const int limit = prod ? 1000 : 100;
    if (prod && ctx.design().info.expectedUsers >= kLargeScaleUsers)
        return;
    for (int i : ctx.index().ofKind(ElementKind::RdsInstance)) {
        const Element &e = ctx.element(i);
        const int gb = ctx.intOf(e, "storageGb");
        if (ctx.known(e, "storageGb") && gb > limit)
            r.report({e.id}, rulesTr("RDS instance %1 allocates %2 GB in a %3 design; storage can grow later but never shrink.")
                                 .arg(RuleContext::label(e)).arg(gb).arg(ctx.design().info.environment));
    }
}

void checkOversized(const RuleContext &ctx, Reporter &r)
{
    const struct { ElementKind kind; const char *key; } typed[] = {
        {ElementKind::Ec2Instance, "instanceType"}, {ElementKind::AutoScalingGroup, "instanceType"},
        {ElementKind::RdsInstance, "instanceClass"}};
    for (const auto &t : typed) {
        for (int i : ctx.index().ofKind(t.kind)) {
            const Element &e = ctx.element(i);
            if (!ctx.known(e, t.key))
                continue;
            const int rank = ctx.index().instanceTypeOf(i).sizeRank();
            if (rank < 4)
                continue;
            const QString text = ctx.stringOf(e, t.key);
            const int cpu = t.kind == ElementKind::RdsInstance ? 0 : ctx.intOf(e, "expectedCpu");
            if (ctx.isDev() && rank >= 5)
                r.report({e.id}, rulesTr("%1 %2 is a %3 in a dev design.").arg(kindDisplayName(t.kind), RuleContext::label(e), text));
            else if (cpu > 0 && cpu < 10 && rank >= 4)
                r.report({e.id}, rulesTr("%1 %2 is a %3 expected to average only %4% CPU.")
                                     .arg(kindDisplayName(t.kind), RuleContext::label(e), text).arg(cpu));
        }
    }
}

} // namespace

void addCostRules(std::vector<Rule> &rules)
{
    rules.push_back({{"public-ipv4-charge", QT_TRANSLATE_NOOP("Rules", "Public IPv4 addresses are billed"),
                      Pillar::CostOptimization, Severity::Info, ContextPolicy::None,
                      {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup, ElementKind::LoadBalancer},
                      QT_TRANSLATE_NOOP("Rules", "Every public IPv4 address costs $0.005 an hour since February 2024 (about "
                                                 "$3.65 a month), attached or not."),
                      QT_TRANSLATE_NOOP("Rules", "Cost optimization pillar (COST07, pricing models); seed M."),
                      QT_TRANSLATE_NOOP("Rules", "Remove public addresses that nothing outside needs; reach instances through "
                                                 "the load balancer or Session Manager."),
                      QT_TRANSLATE_NOOP("Rules", "An internet-facing load balancer is counted as one address per Availability Zone.")},
                     checkPublicIpv4});
    rules.push_back({{"cross-az-traffic", QT_TRANSLATE_NOOP("Rules", "Traffic between Availability Zones"),
                      Pillar::CostOptimization, Severity::Info, ContextPolicy::None,
                      {ElementKind::Ec2Instance, ElementKind::RdsInstance, ElementKind::ElastiCache},
                      QT_TRANSLATE_NOOP("Rules", "Traffic inside one AZ is free; between AZs it is billed in both directions. "
                                                 "Weigh it against the availability that Multi-AZ buys."),
                      QT_TRANSLATE_NOOP("Rules", "Cost optimization pillar (COST08, data transfer); seed B."),
                      QT_TRANSLATE_NOOP("Rules", "Keep chatty pairs in one AZ where availability allows."),
                      QT_TRANSLATE_NOOP("Rules", "One note per drawn connection whose two ends sit in different AZ boxes; "
                                                 "the connection id is the finding's last element. Replication between "
                                                 "data stores is not billed and not reported.")},
                     checkCrossAz});
    rules.push_back({{"rds-storage-overprovisioned", QT_TRANSLATE_NOOP("Rules", "RDS storage far above need"),
                      Pillar::CostOptimization, Severity::Info, ContextPolicy::None, {ElementKind::RdsInstance},
                      QT_TRANSLATE_NOOP("Rules", "RDS storage can grow but never shrink; B paid for 1 TB it did not need. Start "
                                                 "around 10 GB in dev and 50 GB at launch."),
                      QT_TRANSLATE_NOOP("Rules", "Cost optimization pillar (COST06, right-size); seed B."),
                      QT_TRANSLATE_NOOP("Rules", "Start small and enable storage autoscaling."),
                      QT_TRANSLATE_NOOP("Rules", "Thresholds: more than 100 GB in dev or staging; more than 1,000 GB in prod "
                                                 "below 10,000 expected users.")},
                     checkRdsStorage});
    rules.push_back({{"oversized-instance", QT_TRANSLATE_NOOP("Rules", "Oversized instance"),
                      Pillar::CostOptimization, Severity::Info, ContextPolicy::None,
                      {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup, ElementKind::RdsInstance},
                      QT_TRANSLATE_NOOP("Rules", "Over-provisioned instances are paid for every hour; M found 1.1 GB spare."),
                      QT_TRANSLATE_NOOP("Rules", "Cost optimization pillar (COST06); seed M."),
                      QT_TRANSLATE_NOOP("Rules", "Right-size after measuring: pick the size the load needs."),
                      QT_TRANSLATE_NOOP("Rules", "Thresholds: xlarge or bigger in a dev design; large or bigger with an expected "
                                                 "average CPU below 10%.")},
                     checkOversized});
}

} // namespace pillar
