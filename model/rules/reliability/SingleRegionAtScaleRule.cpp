// single-region-at-scale: ten million users served from one Region.
#include "../RuleContext.h"

namespace pillar {

namespace {

constexpr int kMultiRegionUsers = 10000000;

class SingleRegionAtScaleRule final : public Rule
{
public:
    SingleRegionAtScaleRule()
    {
        info.id = "single-region-at-scale";
        info.title = QT_TRANSLATE_NOOP("Rules", "Ten million users served from one Region");
        info.pillar = Pillar::Reliability;
        info.defaultSeverity = Severity::Info;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::Region, ElementKind::Vpc};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Multi-AZ protects against the loss of a data centre, not of a Region. Past ten "
                                                    "million users the AWS talk moves on from Multi-AZ to several Regions: Route 53 "
                                                    "latency or failover routing between them and DynamoDB global tables for the data, "
                                                    "which also brings users closer to a copy of the service.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Reliability pillar, REL10-BP01 Deploy the workload to multiple locations; the AWS "
                                                 "talk “천만 사용자를 위한 AWS 클라우드 아키텍처 진화하기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Run the stack in a second Region, route between the Regions with Route 53, and "
                                              "replicate the data (DynamoDB global tables, cross-Region read replicas).");
        info.notes = QT_TRANSLATE_NOOP("Rules", "From 10,000,000 expected users. Regions are the design's Region containers, the "
                                                "regions of its VPCs and the design's own region.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignInfo &d = ctx.design().info;
        if (d.expectedUsers < kMultiRegionUsers)
            return;
        QStringList regions;
        auto add = [&](const QString &code) {
            const QString c = code.trimmed();
            if (!c.isEmpty() && !regions.contains(c))
                regions << c;
        };
        add(d.region);
        const QVector<int> &containers = ctx.index().ofKind(ElementKind::Region);
        for (int i : containers) {
            if (!ctx.known(i, "region"))
                return; // a Region nobody knows may be a second one
            add(ctx.stringOf(i, "region"));
        }
        for (int i : ctx.index().ofKind(ElementKind::Vpc)) {
            if (ctx.known(i, "region"))
                add(ctx.stringOf(i, "region"));
        }
        if (regions.size() >= 2)
            return;
        const QString where = regions.isEmpty() ? rulesTr("one Region") : regions.first();
        QStringList ids;
        for (int i : containers)
            ids << ctx.element(i).id;
        if (ids.isEmpty())
            r.report(ids, rulesTr("The design expects %1 users and runs in %2 only.").arg(d.expectedUsers).arg(where));
        else
            r.report(ids, rulesTr("The design expects %1 users and runs in %2 only (%3).").arg(d.expectedUsers).arg(where, ctx.labels(containers)));
    }
};

} // namespace

PILLAR_RULE(SingleRegionAtScaleRule)

} // namespace pillar
