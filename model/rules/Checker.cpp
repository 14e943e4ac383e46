#include "Checker.h"

#include "DesignIndex.h"
#include "RuleContext.h"
#include "RuleRegistry.h"

#include <QHash>
#include <QSet>

namespace pillar {

Severity contextualSeverity(const RuleInfo &rule, const DesignInfo &info)
{
    const Severity s = rule.defaultSeverity;
    switch (rule.context) {
    case ContextPolicy::None:
        return s;
    case ContextPolicy::RelaxedWhenSmall:
        if (info.environment == QLatin1String("dev") || info.expectedUsers < kSmallScaleUsers)
            return s == Severity::Error ? Severity::Warning : Severity::Info;
        return s;
    case ContextPolicy::RaisedAtScale:
        if (info.environment == QLatin1String("prod") && info.expectedUsers >= kLargeScaleUsers)
            return s == Severity::Info ? Severity::Warning : Severity::Error;
        return s;
    }
    return s;
}

namespace {

Severity finalSeverity(const RuleInfo &rule, const Design &design)
{
    const auto overridden = design.lint.severityOverrides.constFind(rule.idString());
    if (overridden != design.lint.severityOverrides.constEnd()) {
        if (const auto s = severityFromKey(overridden.value()))
            return *s;
    }
    return contextualSeverity(rule, design.info);
}

QString suppressionKey(const QString &rule, const QString &element)
{
    return rule + QLatin1Char('\n') + element;
}

} // namespace

QVector<Finding> checkDesign(const Design &design)
{
    const DesignIndex index(design);
    const RuleContext context(index);
    const QSet<QString> disabled(design.lint.disabledRules.cbegin(), design.lint.disabledRules.cend());

    QHash<QString, int> suppressionAt;
    const QVector<Suppression> &suppressions = design.lint.suppressions;
    for (int s = 0; s < suppressions.size(); ++s)
        suppressionAt.insert(suppressionKey(suppressions[s].rule, suppressions[s].element), s);
    QVector<bool> used(suppressions.size(), false);

    QVector<Finding> findings;
    for (const Rule &rule : allRules()) {
        if (disabled.contains(rule.info.idString()))
            continue;
        const int first = findings.size();
        Reporter reporter(rule.info, findings);
        rule.check(context, reporter);
        const Severity severity = finalSeverity(rule.info, design);
        for (int f = first; f < findings.size(); ++f) {
            Finding &finding = findings[f];
            finding.severity = severity;
            if (suppressionAt.isEmpty())
                continue;
            const auto s = suppressionAt.constFind(suppressionKey(finding.rule, finding.primaryElement()));
            if (s != suppressionAt.constEnd()) {
                finding.suppressed = true;
                finding.suppressionReason = suppressions[s.value()].reason;
                used[s.value()] = true;
            }
        }
    }

    // The checker's own findings about the lint settings.
    QVector<Finding> meta;
    const Rule *unusedRule = findRule(QLatin1String(kUnusedSuppressionRule));
    const Rule *unknownRule = findRule(QLatin1String(kUnknownRuleRule));
    Reporter unused(unusedRule->info, meta);
    Reporter unknown(unknownRule->info, meta);
    for (int s = 0; s < suppressions.size(); ++s) {
        const Suppression &sup = suppressions[s];
        if (used[s] || disabled.contains(sup.rule))
            continue;
        const QStringList elements = design.element(sup.element) || design.connection(sup.element) ? QStringList{sup.element}
                                                                                                   : QStringList{};
        if (!findRule(sup.rule))
            unknown.report(elements, rulesTr("A suppression on '%1' names the rule '%2', which does not exist.").arg(sup.element, sup.rule));
        else if (elements.isEmpty())
            unused.report(elements, rulesTr("The suppression of %1 on '%2' matches nothing: there is no element '%2' any more.")
                                        .arg(sup.rule, sup.element));
        else
            unused.report(elements, rulesTr("The suppression of %1 on '%2' matches no finding any more (reason given: %3).")
                                        .arg(sup.rule, sup.element, sup.reason));
    }
    for (auto it = design.lint.severityOverrides.cbegin(); it != design.lint.severityOverrides.cend(); ++it) {
        if (!findRule(it.key()))
            unknown.report({}, rulesTr("The severity override for '%1' names a rule that does not exist.").arg(it.key()));
    }
    for (const QString &id : design.lint.disabledRules) {
        if (!findRule(id))
            unknown.report({}, rulesTr("The disabled rule '%1' does not exist.").arg(id));
    }
    for (Finding &f : meta) {
        if (disabled.contains(f.rule))
            continue;
        f.severity = finalSeverity(findRule(f.rule)->info, design);
        findings << f;
    }
    return findings;
}

} // namespace pillar
