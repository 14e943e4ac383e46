// unused-suppression: suppression that matches nothing.
#include "../Checker.h"
#include "../QuickFixes.h"
#include "../RuleContext.h"
#include "../RuleRegistry.h"

#include "../../commands/SetLintConfigCommand.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace pillar {

namespace {

// True when `word` (a rule or element id) appears in `text` as a whole id.
bool mentions(const QString &text, const QString &word)
{
    const QRegularExpression re(QStringLiteral("(^|[^A-Za-z0-9_.-])%1($|[^A-Za-z0-9_-])")
                                    .arg(QRegularExpression::escape(word)));
    return re.match(text).hasMatch();
}

class UnusedSuppressionRule final : public Rule
{
public:
    UnusedSuppressionRule()
    {
        info.id = kUnusedSuppressionRule;
        info.title = QT_TRANSLATE_NOOP("Rules", "Suppression that matches nothing");
        info.pillar = Pillar::WellFormedness;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A suppression whose rule no longer fires on its element hides nothing; kept, "
                                                    "it would silently hide the problem if it came back.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Pillar's checker (as checkov and cdk-nag users ask for).");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Remove the suppression from the design's lint settings.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "A suppression names a rule and the finding's primary element (its first id).");
    }

    // checkDesign() reports these once every other rule has run: only then
    // is it known which suppressions matched a finding.
    void check(const RuleContext &, Reporter &) const override {}

    // Offers to remove the suppression. The finding names the element (or
    // none, when the element is gone) and, in its message, the rule; the
    // suppressions the checker did not use are found by checking the design.
    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        QSet<QString> used;
        for (const Finding &f : checkDesign(design)) {
            if (f.suppressed)
                used.insert(f.rule + QLatin1Char('\n') + f.primaryElement());
        }
        QVector<QuickFix> fixes;
        const QString element = finding.primaryElement();
        for (int i = 0; i < design.lint.suppressions.size(); ++i) {
            const Suppression &sup = design.lint.suppressions[i];
            if (used.contains(sup.rule + QLatin1Char('\n') + sup.element) || !findRule(sup.rule)
                || design.lint.disabledRules.contains(sup.rule) || !mentions(finding.message, sup.rule))
                continue;
            if (element.isEmpty() ? (design.hasId(sup.element) || !mentions(finding.message, sup.element))
                                  : sup.element != element)
                continue;
            LintConfig lint = design.lint;
            lint.suppressions.removeAt(i);
            const QString label = QCoreApplication::translate("QuickFix", "Remove the suppression of %1 on %2")
                                      .arg(sup.rule, sup.element);
            fixes << QuickFix{label, [label, lint](DesignModel *model) -> QUndoCommand * {
                                  return new SetLintConfigCommand(model, lint, label);
                              }};
        }
        return fixes;
    }
};

} // namespace

PILLAR_RULE(UnusedSuppressionRule)

} // namespace pillar
