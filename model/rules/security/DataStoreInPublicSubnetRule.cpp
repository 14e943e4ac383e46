// data-store-in-public-subnet: data store in a public subnet.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include "../../Layout.h"
#include "../../Placement.h"
#include "../../commands/MoveElementsCommand.h"

#include <QCoreApplication>

namespace pillar {

namespace {

// Moves a data store into each private subnet of its subnet's Availability Zone.
void addMoveToPrivateSubnetFixes(const Design &design, const Element &store, QVector<QuickFix> &fixes)
{
    const Element *subnet = design.enclosing(store.id, ElementKind::Subnet);
    if (!subnet)
        return;
    const Element *az = design.enclosing(subnet->id, ElementKind::AvailabilityZone);
    if (!az)
        return;
    for (const QString &id : design.children(az->id)) {
        const Element *target = design.element(id);
        if (!target || target->kind != ElementKind::Subnet || target->id == subnet->id
            || target->isUnknown(QStringLiteral("public")) || target->boolValue(QStringLiteral("public"))
            || !moveProblem(design, store.id, target->id).isEmpty())
            continue;
        // First free slot in a row below the header; the command grows the subnet.
        QRectF slot(layout::kPadding, layout::kHeaderHeight + layout::kPadding, layout::kLeafWidth, layout::kLeafHeight);
        const QStringList siblings = design.children(target->id);
        for (bool clash = true; clash;) {
            clash = false;
            for (const QString &s : siblings) {
                const Element *sib = design.element(s);
                const QRectF r(sib->geometry.topLeft(), layout::elementSize(*sib));
                if (r.intersects(slot.adjusted(-8, -8, 8, 8))) {
                    slot.moveLeft(r.right() + layout::kPadding);
                    clash = true;
                }
            }
        }
        const QString label = QCoreApplication::translate("QuickFix", "Move %1 into the private subnet %2")
                                  .arg(store.displayName(), target->displayName());
        const ElementPlacement placement{store.id, target->id, slot};
        fixes << QuickFix{label, [label, placement](DesignModel *model) -> QUndoCommand * {
                              return new MoveElementsCommand(model, {placement}, MoveElementsCommand::newGestureId(), label);
                          }};
    }
}

class DataStoreInPublicSubnetRule final : public Rule
{
public:
    DataStoreInPublicSubnetRule()
    {
        info.id = "data-store-in-public-subnet";
        info.title = QT_TRANSLATE_NOOP("Rules", "Data store in a public subnet");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Error;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::RdsInstance, ElementKind::ElastiCache, ElementKind::Subnet};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A public subnet routes to the internet gateway; a database or cache placed "
                                                    "there is one setting away from being exposed.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC05); the blog post “Side Project | 6. AWS 인프라 구축기” and the AWS talk “천만 사용자를 위한 AWS 클라우드 아키텍처 진화하기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Move the data store to a private subnet.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (ElementKind kind : {ElementKind::RdsInstance, ElementKind::ElastiCache}) {
            for (int i : ctx.index().ofKind(kind)) {
                const int subnet = ctx.index().subnetOf(i);
                if (subnet < 0 || !ctx.index().inPublicSubnet(i) || !ctx.known(subnet, "public"))
                    continue;
                const Element &e = ctx.element(i);
                r.report({e.id, ctx.element(subnet).id},
                         rulesTr("%1 %2 sits in the public subnet %3.")
                             .arg(kindDisplayName(e.kind), RuleContext::label(e), ctx.label(subnet)));
            }
        }
    }

    // Only onto a private subnet of the same Availability Zone.
    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        QVector<QuickFix> fixes;
        const Element *e = design.element(finding.primaryElement());
        if (e && isDataStore(e->kind))
            addMoveToPrivateSubnetFixes(design, *e, fixes);
        return fixes;
    }
};

} // namespace

PILLAR_RULE(DataStoreInPublicSubnetRule)

} // namespace pillar
