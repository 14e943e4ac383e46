// az-not-in-region: availability Zone outside the region.
#include "../RuleContext.h"

namespace pillar {

namespace {

bool zoneInRegion(const QString &zone, const QString &region)
{
    if (!zone.startsWith(region))
        return false;
    const QString rest = zone.mid(region.size());
    // "us-east-1a", or a Local Zone such as "us-west-2-lax-1a".
    return (rest.size() == 1 && rest[0].isLower()) || rest.startsWith(QLatin1Char('-'));
}

class AzNotInRegionRule final : public Rule
{
public:
    AzNotInRegionRule()
    {
        info.id = "az-not-in-region";
        info.title = QT_TRANSLATE_NOOP("Rules", "Availability Zone outside the region");
        info.pillar = Pillar::WellFormedness;
        info.defaultSeverity = Severity::Error;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::AvailabilityZone, ElementKind::Vpc, ElementKind::Region};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A VPC belongs to one region; its AZs are that region's zones.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Well-formedness: the AWS region model.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Use a zone of the VPC's region (e.g. ap-northeast-2a in ap-northeast-2).");
        info.notes = QT_TRANSLATE_NOOP("Rules", "The region is the VPC's, else that of the Region the VPC is drawn in, else "
                                                "the design's. Local Zones (region-city-1a) are accepted.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignIndex &index = ctx.index();
        for (int az : index.ofKind(ElementKind::AvailabilityZone)) {
            const QString zone = ctx.stringOf(az, "zone").trimmed();
            if (zone.isEmpty())
                continue;
            const int vpc = index.vpcOf(az);
            QString region = vpc >= 0 ? ctx.stringOf(vpc, "region").trimmed() : QString();
            if (region.isEmpty() && vpc >= 0) { // the Region the VPC is drawn in
                const Element *holder = ctx.design().element(ctx.element(vpc).parent);
                if (holder && holder->kind == ElementKind::Region && !holder->isUnknown(QStringLiteral("region")))
                    region = holder->stringValue(QStringLiteral("region")).trimmed();
            }
            if (region.isEmpty())
                region = ctx.design().info.region;
            if (region.isEmpty() || zoneInRegion(zone, region))
                continue;
            r.report({ctx.element(az).id}, rulesTr("Availability Zone %1 is named '%2', which is not a zone of region %3.")
                                               .arg(ctx.label(az), zone, region));
        }
    }
};

} // namespace

PILLAR_RULE(AzNotInRegionRule)

} // namespace pillar
