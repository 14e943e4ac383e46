// db-on-ec2: database run on EC2.
#include "../RuleContext.h"

namespace pillar {

namespace {

class DbOnEc2Rule final : public Rule
{
public:
    DbOnEc2Rule()
    {
        info.id = "db-on-ec2";
        info.title = QT_TRANSLATE_NOOP("Rules", "Database run on EC2");
        info.pillar = Pillar::Reliability;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Managed RDS (or ElastiCache) takes backups, failover and patching off the team.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Reliability pillar (REL09); the AWS talk “천만 사용자를 위한 AWS 클라우드 아키텍처 진화하기” and Buzzvil Tech Blog, “버즈빌 AWS 활용기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Move the database to RDS.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Reported for workload \"database\" and, with an ElastiCache fix, \"cache\".");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (ElementKind kind : {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup}) {
            for (int i : ctx.index().ofKind(kind)) {
                const Element &e = ctx.element(i);
                const QString workload = ctx.stringOf(i, "workload");
                if (!ctx.known(i, "workload"))
                    continue;
                if (workload == QLatin1String("database"))
                    r.report({e.id}, rulesTr("%1 %2 runs a database itself.").arg(kindDisplayName(kind), RuleContext::label(e)));
                else if (workload == QLatin1String("cache"))
                    r.report({e.id}, rulesTr("%1 %2 runs a cache server itself.").arg(kindDisplayName(kind), RuleContext::label(e)),
                             rulesTr("Move the cache to ElastiCache, which handles replication, failover and patching."));
            }
        }
    }
};

} // namespace

PILLAR_RULE(DbOnEc2Rule)

} // namespace pillar
