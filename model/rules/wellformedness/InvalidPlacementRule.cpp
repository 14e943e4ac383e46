// invalid-placement: placement AWS cannot have.
#include "../RuleContext.h"

#include "../../Placement.h"
#include "KindInfo.h"

namespace pillar {

namespace {

class InvalidPlacementRule final : public Rule
{
public:
    InvalidPlacementRule()
    {
        info.id = "invalid-placement";
        info.title = QT_TRANSLATE_NOOP("Rules", "Placement AWS cannot have");
        info.pillar = Pillar::WellFormedness;
        info.defaultSeverity = Severity::Error;
        info.context = ContextPolicy::None;
        info.kinds = {};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "An AZ lives in a VPC, a subnet in an AZ, EC2/RDS/ElastiCache in a subnet; S3, "
                                                    "CloudFront and DNS live outside any VPC. A design that breaks this cannot be built.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Well-formedness: the AWS resource model (the designer's placement rules).");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Move the element into a container of the right kind.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignIndex &index = ctx.index();
        for (int i = 0; i < index.elementCount(); ++i) {
            // The common, valid case is answered from the kinds alone;
            // placementProblem() builds a translated sentence, which only a
            // problem deserves.
            const ElementKind kind = index.kindOf(i);
            const int parent = index.parentOf(i);
            if (parent < 0 ? canBeTopLevel(kind) : allowedParentKinds(kind).contains(index.kindOf(parent)))
                continue;
            const Element &e = ctx.element(i);
            if (!e.parent.isEmpty() && parent < 0)
                continue; // dangling-reference says it
            const QString why = placementProblem(ctx.design(), e.kind, e.parent);
            if (!why.isEmpty())
                r.report({e.id}, rulesTr("%1 is placed where AWS cannot have it: %2").arg(RuleContext::label(e), why));
        }
    }
};

} // namespace

PILLAR_RULE(InvalidPlacementRule)

} // namespace pillar
