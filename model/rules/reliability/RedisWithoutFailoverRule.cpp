// redis-without-failover: redis without Multi-AZ failover.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include <QCoreApplication>

#include <algorithm>

namespace pillar {

namespace {

class RedisWithoutFailoverRule final : public Rule
{
public:
    RedisWithoutFailoverRule()
    {
        info.id = "redis-without-failover";
        info.title = QT_TRANSLATE_NOOP("Rules", "Redis without Multi-AZ failover");
        info.pillar = Pillar::Reliability;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::RelaxedWhenSmall;
        info.kinds = {ElementKind::ElastiCache};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Redis can run a replica in another AZ and fail over to it automatically "
                                                    "(memcached cannot); a single node loses its data on reboot.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL10); the AWS talk “천만 사용자를 위한 AWS 클라우드 아키텍처 진화하기” and Buzzvil Tech Blog, “버즈빌 AWS 활용기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Use a replication group with two or more nodes and Multi-AZ automatic failover.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::ElastiCache)) {
            const Element &e = ctx.element(i);
            if (!ctx.equals(i, "engine", "redis") || !ctx.known(i, "engine"))
                continue;
            const bool failover = ctx.boolOf(i, "automaticFailover");
            const int nodes = ctx.intOf(i, "nodeCount");
            if (!ctx.known(i, "automaticFailover") || (failover && nodes >= 2))
                continue;
            r.report({e.id}, nodes < 2
                     ? rulesTr("ElastiCache Redis %1 has a single node: a reboot or an AZ outage loses the cache and its data.")
                           .arg(RuleContext::label(e))
                     : rulesTr("ElastiCache Redis %1 has %2 nodes but no Multi-AZ automatic failover.")
                           .arg(RuleContext::label(e)).arg(nodes));
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *e = fixableElement(design, finding, ElementKind::ElastiCache);
        if (!e)
            return {};
        return {propertyFix(*e, QCoreApplication::translate("QuickFix", "Turn automatic failover on (at least 2 nodes)"),
                            {{QStringLiteral("automaticFailover"), true},
                             {QStringLiteral("nodeCount"), std::max(2, e->intValue(QStringLiteral("nodeCount")))}})};
    }
};

} // namespace

PILLAR_RULE(RedisWithoutFailoverRule)

} // namespace pillar
