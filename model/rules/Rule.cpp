#include "Rule.h"
#include "RuleContext.h"

namespace pillar {

bool Finding::operator==(const Finding &o) const
{
    return rule == o.rule && severity == o.severity && elements == o.elements && message == o.message && fix == o.fix
        && suppressed == o.suppressed && suppressionReason == o.suppressionReason;
}

QString pillarKey(Pillar pillar)
{
    switch (pillar) {
    case Pillar::Security: return QStringLiteral("security");
    case Pillar::Reliability: return QStringLiteral("reliability");
    case Pillar::PerformanceEfficiency: return QStringLiteral("performance-efficiency");
    case Pillar::CostOptimization: return QStringLiteral("cost-optimization");
    case Pillar::WellFormedness: return QStringLiteral("well-formedness");
    }
    return QString();
}

QString pillarDisplayName(Pillar pillar)
{
    switch (pillar) {
    case Pillar::Security: return rulesTr("Security");
    case Pillar::Reliability: return rulesTr("Reliability");
    case Pillar::PerformanceEfficiency: return rulesTr("Performance efficiency");
    case Pillar::CostOptimization: return rulesTr("Cost optimization");
    case Pillar::WellFormedness: return rulesTr("Well-formedness");
    }
    return QString();
}

QString RuleInfo::titleText() const { return rulesTr(title); }
QString RuleInfo::rationaleText() const { return rulesTr(rationale); }
QString RuleInfo::sourceText() const { return rulesTr(source); }
QString RuleInfo::fixText() const { return rulesTr(fix); }
QString RuleInfo::notesText() const { return *notes ? rulesTr(notes) : QString(); }

QVector<QuickFix> Rule::quickFixes(const Design &, const Finding &) const
{
    return {};
}

QString RuleInfo::contextText() const
{
    switch (context) {
    case ContextPolicy::None:
        return rulesTr("Always %1.").arg(severityKey(defaultSeverity));
    case ContextPolicy::RelaxedWhenSmall:
        return rulesTr("%1 by default; info in a dev design or below %2 expected users.")
            .arg(severityKey(defaultSeverity)).arg(kSmallScaleUsers);
    case ContextPolicy::RaisedAtScale:
        return rulesTr("%1 by default; warning in a prod design with %2 or more expected users.")
            .arg(severityKey(defaultSeverity)).arg(kLargeScaleUsers);
    }
    return QString();
}

} // namespace pillar
