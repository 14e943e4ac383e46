// elasticache-unencrypted: elastiCache without encryption.
#include "../RuleContext.h"

namespace pillar {

namespace {

class ElastiCacheUnencryptedRule final : public Rule
{
public:
    ElastiCacheUnencryptedRule()
    {
        info.id = "elasticache-unencrypted";
        info.title = QT_TRANSLATE_NOOP("Rules", "ElastiCache without encryption");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::ElastiCache};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Cached data is often session or personal data; ElastiCache encrypts at "
                                                    "rest and in transit only when asked, and only when the cluster is created.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC08 data at rest, SEC09 data in transit).");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Create a replication group with encryption at rest and in transit.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Reported when either kind of encryption is off.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::ElastiCache)) {
            const Element &e = ctx.element(i);
            if (ctx.known(i, "encryption") && !e.boolValue(QStringLiteral("encryption")))
                r.report({e.id}, rulesTr("ElastiCache cluster %1 keeps its data unencrypted at rest or in transit.")
                                     .arg(RuleContext::label(e)));
        }
    }
};

} // namespace

PILLAR_RULE(ElastiCacheUnencryptedRule)

} // namespace pillar
