// dynamodb-provisioned-without-autoscaling: fixed provisioned capacity.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include <QCoreApplication>

namespace pillar {

namespace {

class DynamoDbProvisionedWithoutAutoScalingRule final : public Rule
{
public:
    DynamoDbProvisionedWithoutAutoScalingRule()
    {
        info.id = "dynamodb-provisioned-without-autoscaling";
        info.title = QT_TRANSLATE_NOOP("Rules", "Provisioned DynamoDB table without auto scaling");
        info.pillar = Pillar::CostOptimization;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::RaisedAtScale;
        info.kinds = {ElementKind::DynamoDbTable};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Provisioned capacity is paid by the hour whether it is used or not, and "
                                                    "requests above it are throttled: a fixed figure is wrong both at night and at peak. "
                                                    "Capacity should follow the load, by auto scaling or on-demand mode.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Cost optimization pillar, COST09-BP03 Supply resources dynamically; Buzzvil Tech "
                                                 "Blog, “버즈빌 AWS 활용기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Turn on auto scaling of read and write capacity, or switch the table to on-demand mode.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "A table marked write-heavy is reported by dynamodb-write-heavy-provisioned "
                                                "instead, as a warning.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        for (int i : ctx.index().ofKind(ElementKind::DynamoDbTable)) {
            if (!ctx.known(i, "billingMode") || !ctx.equals(i, "billingMode", "provisioned") || !ctx.known(i, "autoScaling")
                || ctx.boolOf(i, "autoScaling") || (ctx.known(i, "writeHeavy") && ctx.boolOf(i, "writeHeavy")))
                continue;
            r.report({ctx.element(i).id}, rulesTr("DynamoDB table %1 has fixed provisioned capacity (%2 RCU, %3 WCU) with no auto "
                                                  "scaling: it pays for idle capacity and throttles above it.")
                                              .arg(ctx.label(i))
                                              .arg(ctx.intOf(i, "readCapacity"))
                                              .arg(ctx.intOf(i, "writeCapacity")));
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        return provisionedCapacityFixes(design, finding);
    }
};

} // namespace

PILLAR_RULE(DynamoDbProvisionedWithoutAutoScalingRule)

} // namespace pillar
