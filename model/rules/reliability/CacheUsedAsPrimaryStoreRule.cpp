// cache-used-as-primary-store: cache holds data kept nowhere else.
#include "../RuleContext.h"

namespace pillar {

namespace {

class CacheUsedAsPrimaryStoreRule final : public Rule
{
public:
    CacheUsedAsPrimaryStoreRule()
    {
        info.id = "cache-used-as-primary-store";
        info.title = QT_TRANSLATE_NOOP("Rules", "Cache holds data kept nowhere else");
        info.pillar = Pillar::Reliability;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::ElastiCache};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "ElastiCache keeps data on instance storage; a reboot loses it even with AOF.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL09, back up data); Buzzvil Tech Blog, “버즈빌 AWS 활용기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Keep the source of truth in a database, or run Redis Multi-AZ with replicas.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Not reported for Redis with two or more nodes and automatic failover.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::ElastiCache)) {
            const Element &e = ctx.element(i);
            if (!ctx.known(i, "primaryStore") || !ctx.boolOf(i, "primaryStore"))
                continue;
            const bool replicated = ctx.equals(i, "engine", "redis")
                && ctx.boolOf(i, "automaticFailover") && ctx.intOf(i, "nodeCount") >= 2;
            if (!replicated)
                r.report({e.id}, rulesTr("ElastiCache %1 holds data kept nowhere else on a single copy that a reboot erases.")
                                     .arg(RuleContext::label(e)));
        }
    }
};

} // namespace

PILLAR_RULE(CacheUsedAsPrimaryStoreRule)

} // namespace pillar
