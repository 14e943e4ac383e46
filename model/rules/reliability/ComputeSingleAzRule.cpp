// compute-single-az: serving tier confined to one AZ.
#include "ZoneSpread.h"
#include "../RuleContext.h"

#include <QMap>

namespace pillar {

namespace {

// Groups the compute targets of one front door (a load balancer, or an entry
// point users come in through) into tiers by workload, and reports each tier
// whose instances all sit in one AZ.
void reportSingleAzTiers(const RuleContext &ctx, Reporter &r, int front, bool loadBalanced)
{
    // One tier per workload: host-based routing to a front end and an API
    // is two tiers behind one load balancer, each needing two AZs.
    QMap<QString, QVector<int>> tiers;
    for (int t : targetsOf(ctx, front))
        tiers[ctx.tierOf(t)] << t;
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

class ComputeSingleAzRule final : public Rule
{
public:
    ComputeSingleAzRule()
    {
        info.id = "compute-single-az";
        info.title = QT_TRANSLATE_NOOP("Rules", "Serving tier confined to one AZ");
        info.pillar = Pillar::Reliability;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::RelaxedWhenSmall;
        info.kinds = {ElementKind::LoadBalancer, ElementKind::Ec2Instance, ElementKind::AutoScalingGroup, ElementKind::EcsService,
                      ElementKind::LambdaFunction};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "If every target sits in one AZ, an outage of that AZ takes the service down "
                                                    "although the load balancer survives; each AZ needs a full copy of the application.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL10); the AWS talk “천만 사용자를 위한 AWS 클라우드 아키텍처 진화하기” and the blog post “Side Project | 6. AWS 인프라 구축기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Place the targets in at least two Availability Zones.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "A tier is the EC2 instances, Auto Scaling groups, ECS services or Lambda functions in a VPC that a load balancer, or an "
                                                "entry point (users, a Route 53 name) reaches directly, grouped by their "
                                                "workload, so two applications behind one load balancer are judged separately.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int lb : ctx.index().ofKind(ElementKind::LoadBalancer))
            reportSingleAzTiers(ctx, r, lb, true);
        // A tier users reach directly (no load balancer) is as confined to its AZ.
        for (ElementKind entry : {ElementKind::Internet, ElementKind::Route53Record}) {
            for (int e : ctx.index().ofKind(entry))
                reportSingleAzTiers(ctx, r, e, false);
        }
    }
};

} // namespace

PILLAR_RULE(ComputeSingleAzRule)

} // namespace pillar
