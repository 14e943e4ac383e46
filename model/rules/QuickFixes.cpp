// Quick fixes: each is the smallest edit that makes one finding go away
// without a decision only the user can make. Where a choice exists (which
// private subnet, remove or narrow a rule) every sensible option is offered.
// The fixes themselves live with their rules (Rule::quickFixes).
#include "QuickFixes.h"

#include "RuleRegistry.h"

#include "../commands/ChangeElementsCommand.h"

namespace pillar {

QVector<QuickFix> quickFixes(const Design &design, const Finding &finding)
{
    const Rule *rule = findRule(finding.rule);
    return rule ? rule->quickFixes(design, finding) : QVector<QuickFix>();
}

const Element *fixableElement(const Design &design, const Finding &finding, ElementKind kind)
{
    const Element *e = design.element(finding.primaryElement());
    return e && e->kind == kind ? e : nullptr;
}

QuickFix replaceElementsFix(const QString &label, const QVector<Element> &after)
{
    return {label, [label, after](DesignModel *model) -> QUndoCommand * {
                return new ChangeElementsCommand(model, after, label);
            }};
}

QuickFix propertyFix(const Element &e, const QString &label, const QVariantMap &values)
{
    Element after = e;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        after.properties.insert(it.key(), it.value());
        after.unknown.removeAll(it.key());
    }
    return replaceElementsFix(label, {after});
}

} // namespace pillar
