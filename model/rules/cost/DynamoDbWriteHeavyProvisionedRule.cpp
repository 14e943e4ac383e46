// dynamodb-write-heavy-provisioned: write-heavy table on fixed provisioned capacity.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include "../../cost/CostEstimate.h"

#include <QCoreApplication>

namespace pillar {

namespace {

// One write capacity unit a month at the design's region's prices; 0 when unpriced.
double wcuMonthlyUsd(const Design &design)
{
    const auto prices = PriceTable::forRegionOrDefault(design.info.region);
    const Price *p = prices ? prices->find(QStringLiteral("dynamodb"), QStringLiteral("wcu")) : nullptr;
    return p ? p->usd * kHoursPerMonth : 0;
}

class DynamoDbWriteHeavyProvisionedRule final : public Rule
{
public:
    DynamoDbWriteHeavyProvisionedRule()
    {
        info.id = "dynamodb-write-heavy-provisioned";
        info.title = QT_TRANSLATE_NOOP("Rules", "Write-heavy DynamoDB table on fixed provisioned capacity");
        info.pillar = Pillar::CostOptimization;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::DynamoDbTable};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Writes are DynamoDB's expensive part: a write unit costs five times a read "
                                                    "unit and covers one write of at most 1 KB, so item size multiplies it. A write-heavy "
                                                    "table with capacity fixed for its peak pays for that peak all month; Buzzvil found "
                                                    "its write-heavy DynamoDB use costly for this reason.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Cost optimization pillar, COST09-BP01 Perform an analysis on the workload demand and "
                                                 "COST09-BP03 Supply resources dynamically; Buzzvil Tech Blog, “버즈빌 AWS 활용기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Let write capacity follow the load (auto scaling, or on-demand for spiky writes), keep "
                                              "written items small, and buffer or batch writes where they can wait.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Judges tables whose writeHeavy property is set; the monthly figure is the write "
                                                "capacity at the region's provisioned price.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const double perWcu = wcuMonthlyUsd(ctx.design());
        for (int i : ctx.index().ofKind(ElementKind::DynamoDbTable)) {
            if (!ctx.known(i, "writeHeavy") || !ctx.boolOf(i, "writeHeavy") || !ctx.known(i, "billingMode")
                || !ctx.equals(i, "billingMode", "provisioned") || !ctx.known(i, "autoScaling") || ctx.boolOf(i, "autoScaling"))
                continue;
            const int wcu = ctx.intOf(i, "writeCapacity");
            const QString cost = perWcu > 0 ? rulesTr(" (about $%1 a month)").arg(wcu * perWcu, 0, 'f', 2) : QString();
            r.report({ctx.element(i).id}, rulesTr("DynamoDB table %1 is write-heavy on %2 fixed write capacity units%3: it pays "
                                                  "for its peak all month, and every KB of an item written takes a unit.")
                                              .arg(ctx.label(i)).arg(wcu).arg(cost));
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        return provisionedCapacityFixes(design, finding);
    }
};

} // namespace

PILLAR_RULE(DynamoDbWriteHeavyProvisionedRule)

} // namespace pillar
