// no-cache-in-front-of-db: no cache in front of a busy database.
#include "../RuleContext.h"

#include <algorithm>

namespace pillar {

namespace {

// Number of instances an application element stands for.
int instanceCount(const RuleContext &ctx, int i)
{
    if (ctx.index().kindOf(i) == ElementKind::AutoScalingGroup)
        return std::max(1, ctx.intOf(i, "desiredCapacity"));
    if (ctx.index().kindOf(i) == ElementKind::EcsService)
        return std::max(1, ctx.intOf(i, "desiredCount"));
    return 1;
}

class NoCacheInFrontOfDbRule final : public Rule
{
public:
    NoCacheInFrontOfDbRule()
    {
        info.id = "no-cache-in-front-of-db";
        info.title = QT_TRANSLATE_NOOP("Rules", "No cache in front of a busy database");
        info.pillar = Pillar::PerformanceEfficiency;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::RdsInstance, ElementKind::Ec2Instance, ElementKind::AutoScalingGroup, ElementKind::ElastiCache};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "At scale, cache the data layer (ElastiCache) and static content (CloudFront) "
                                                    "so the database serves only what must come from it.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Performance efficiency pillar (PERF03, data management); the AWS talk “천만 사용자를 위한 AWS 클라우드 아키텍처 진화하기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Add ElastiCache between the application and the database.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Only at 10,000 or more expected users, for an RDS read by two or more "
                                                "application instances none of which uses ElastiCache or an instance whose "
                                                "workload is \"cache\".");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
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
                        || (isCompute(kind) && ctx.tierOf(to) == QLatin1String("cache"));
                }
            }
            if (readers >= 2 && !cached)
                r.report({ctx.element(db).id}, rulesTr("RDS instance %1 is read by %2 application instances with no cache in front, "
                                                       "for %3 expected users.")
                                                   .arg(ctx.label(db)).arg(readers).arg(ctx.design().info.expectedUsers));
        }
    }
};

} // namespace

PILLAR_RULE(NoCacheInFrontOfDbRule)

} // namespace pillar
