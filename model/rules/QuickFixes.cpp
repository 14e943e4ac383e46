// Quick fixes: each is the smallest edit that makes one finding go away
// without a decision only the user can make. Where a choice exists (which
// private subnet, remove or narrow a rule) every sensible option is offered.
// The fixes themselves live with their rules (Rule::quickFixes).
#include "QuickFixes.h"

#include "RuleRegistry.h"

#include "../commands/ChangeElementsCommand.h"
#include "../commands/SetPropertiesCommand.h"

#include <QCoreApplication>

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
    const QString id = e.id;
    return {label, [label, id, values](DesignModel *model) -> QUndoCommand * {
                return new SetPropertiesCommand(model, {id}, values, label, SetPropertiesCommand::Merge::Alone);
            }};
}

QVector<QuickFix> provisionedCapacityFixes(const Design &design, const Finding &finding)
{
    const Element *e = fixableElement(design, finding, ElementKind::DynamoDbTable);
    if (!e)
        return {};
    return {propertyFix(*e, QCoreApplication::translate("QuickFix", "Turn capacity auto scaling on"),
                        {{QStringLiteral("autoScaling"), true}}),
            propertyFix(*e, QCoreApplication::translate("QuickFix", "Switch to on-demand capacity"),
                        {{QStringLiteral("billingMode"), QStringLiteral("on-demand")}})};
}

} // namespace pillar
