// Well-formedness: containment, address plans, zones, references.
#include "RuleContext.h"
#include "RuleFamilies.h"

#include "../Cidr.h"
#include "../Placement.h"

#include <algorithm>
#include <map>

namespace pillar {

namespace {

void checkPlacement(const RuleContext &ctx, Reporter &r)
{
    const DesignIndex &index = ctx.index();
    // Placement.h's answers as tables, asked once per kind.
    const size_t kinds = allKinds().size();
    std::vector<char> topLevel(kinds);
    std::vector<std::vector<char>> allowed(kinds, std::vector<char>(kinds));
    for (const KindInfo &info : allKinds()) {
        topLevel[size_t(info.kind)] = canBeTopLevel(info.kind);
        for (ElementKind parentKind : allowedParentKinds(info.kind))
            allowed[size_t(info.kind)][size_t(parentKind)] = 1;
    }
    for (int i = 0; i < index.elementCount(); ++i) {
        // Fast path for the common, valid case, from the index alone;
        // placementProblem() builds a translated sentence, which only a
        // problem deserves.
        const size_t kind = size_t(index.kindOf(i));
        const int parent = index.parentOf(i);
        if (parent < 0 ? topLevel[kind] : allowed[kind][size_t(index.kindOf(parent))])
            continue;
        const Element &e = ctx.element(i);
        if (!e.parent.isEmpty() && parent < 0)
            continue; // dangling-reference says it
        const QString why = placementProblem(ctx.design(), e.kind, e.parent);
        if (!why.isEmpty())
            r.report({e.id}, rulesTr("%1 is placed where AWS cannot have it: %2").arg(RuleContext::label(e), why));
    }
}

void checkSubnetInVpc(const RuleContext &ctx, Reporter &r)
{
    const DesignIndex &index = ctx.index();
    for (int s : index.ofKind(ElementKind::Subnet)) {
        const int vpc = index.vpcOf(s);
        if (vpc < 0)
            continue;
        const auto &subnetCidr = index.cidrOf(s);
        const auto &vpcCidr = index.cidrOf(vpc);
        if (!subnetCidr || !vpcCidr || subnetCidr->isV6() != vpcCidr->isV6() || vpcCidr->contains(*subnetCidr))
            continue;
        r.report({ctx.element(s).id, ctx.element(vpc).id},
                 rulesTr("Subnet %1 (%2) lies outside the CIDR block of its VPC %3 (%4).")
                     .arg(ctx.label(s), subnetCidr->toString(), ctx.label(vpc), vpcCidr->toString()));
    }
}

// CIDR blocks are nested or disjoint, so after sorting by (family, network,
// prefix) a block overlaps an earlier one exactly when one of the blocks
// still open on a stack contains it: O(n log n) instead of all pairs.
void checkCidrOverlap(const RuleContext &ctx, Reporter &r)
{
    const DesignIndex &index = ctx.index();
    // A compact sort key: VPC, family, network address (128 bits), prefix.
    struct Block {
        int vpc;
        bool v6;
        quint64 high;
        quint64 low;
        int prefix;
        int subnet;
        bool operator<(const Block &o) const
        {
            return std::tie(vpc, v6, high, low, prefix, subnet) < std::tie(o.vpc, o.v6, o.high, o.low, o.prefix, o.subnet);
        }
    };
    std::vector<Block> blocks;
    for (int s : index.ofKind(ElementKind::Subnet)) {
        const auto &cidr = index.cidrOf(s);
        if (!cidr || index.vpcOf(s) < 0)
            continue;
        const auto bytes = cidr->network();
        quint64 high = 0, low = 0;
        for (int b = 0; b < 8; ++b) {
            high = (high << 8) | bytes[size_t(b)];
            low = (low << 8) | bytes[size_t(b + 8)];
        }
        blocks.push_back({index.vpcOf(s), cidr->isV6(), high, low, cidr->prefixLength(), s});
    }
    std::sort(blocks.begin(), blocks.end());
    std::vector<const Block *> open;
    for (const Block &b : blocks) {
        const Cidr &cidr = *index.cidrOf(b.subnet);
        while (!open.empty() && (open.back()->vpc != b.vpc || !index.cidrOf(open.back()->subnet)->contains(cidr)))
            open.pop_back();
        if (!open.empty()) {
            const int outer = open.back()->subnet;
            r.report({ctx.element(b.subnet).id, ctx.element(outer).id},
                     rulesTr("Subnet %1 (%2) overlaps subnet %3 (%4) in the same VPC.")
                         .arg(ctx.label(b.subnet), cidr.toString(), ctx.label(outer), index.cidrOf(outer)->toString()));
        }
        open.push_back(&b);
    }
}

bool zoneInRegion(const QString &zone, const QString &region)
{
    if (!zone.startsWith(region))
        return false;
    const QString rest = zone.mid(region.size());
    // "us-east-1a", or a Local Zone such as "us-west-2-lax-1a".
    return (rest.size() == 1 && rest[0].isLower()) || rest.startsWith(QLatin1Char('-'));
}

void checkAzRegion(const RuleContext &ctx, Reporter &r)
{
    const DesignIndex &index = ctx.index();
    for (int az : index.ofKind(ElementKind::AvailabilityZone)) {
        const QString zone = ctx.stringOf(ctx.element(az), "zone").trimmed();
        if (zone.isEmpty())
            continue;
        const int vpc = index.vpcOf(az);
        QString region = vpc >= 0 ? ctx.stringOf(ctx.element(vpc), "region").trimmed() : QString();
        if (region.isEmpty())
            region = ctx.design().info.region;
        if (region.isEmpty() || zoneInRegion(zone, region))
            continue;
        r.report({ctx.element(az).id}, rulesTr("Availability Zone %1 is named '%2', which is not a zone of region %3.")
                                           .arg(ctx.label(az), zone, region));
    }
}

void checkDanglingReferences(const RuleContext &ctx, Reporter &r)
{
    const DesignIndex &index = ctx.index();
    for (int i = 0; i < index.elementCount(); ++i) {
        const QStringList &missing = index.missingReferences(i);
        if (!missing.isEmpty())
            r.report({ctx.element(i).id}, rulesTr("%1 refers to %2, which does not exist.")
                                              .arg(ctx.label(i), QLatin1Char('\'') + missing.join(QLatin1String("', '")) + QLatin1Char('\'')));
    }
    for (size_t c = 0; c < ctx.design().connections().size(); ++c) {
        if (index.connectionFrom(int(c)) >= 0 && index.connectionTo(int(c)) >= 0)
            continue;
        const Connection &conn = index.connection(int(c));
        QStringList missing;
        if (index.connectionFrom(int(c)) < 0)
            missing << conn.from;
        if (index.connectionTo(int(c)) < 0 && conn.to != conn.from)
            missing << conn.to;
        r.report({conn.id}, rulesTr("Connection '%1' joins %2, which does not exist.")
                                .arg(conn.id, QLatin1Char('\'') + missing.join(QLatin1String("', '")) + QLatin1Char('\'')));
    }
}

} // namespace

void addStructureRules(std::vector<Rule> &rules)
{
    rules.push_back({{"invalid-placement", QT_TRANSLATE_NOOP("Rules", "Placement AWS cannot have"),
                      Pillar::WellFormedness, Severity::Error, ContextPolicy::None, {},
                      QT_TRANSLATE_NOOP("Rules", "An AZ lives in a VPC, a subnet in an AZ, EC2/RDS/ElastiCache in a subnet; S3, "
                                                 "CloudFront and DNS live outside any VPC. A design that breaks this cannot be built."),
                      QT_TRANSLATE_NOOP("Rules", "Well-formedness: the AWS resource model (the designer's placement rules)."),
                      QT_TRANSLATE_NOOP("Rules", "Move the element into a container of the right kind."),
                      ""},
                     checkPlacement});
    rules.push_back({{"subnet-cidr-outside-vpc", QT_TRANSLATE_NOOP("Rules", "Subnet CIDR outside its VPC"),
                      Pillar::WellFormedness, Severity::Error, ContextPolicy::None, {ElementKind::Subnet, ElementKind::Vpc},
                      QT_TRANSLATE_NOOP("Rules", "A subnet's addresses must come from its VPC's CIDR block."),
                      QT_TRANSLATE_NOOP("Rules", "Well-formedness: the VPC addressing model."),
                      QT_TRANSLATE_NOOP("Rules", "Pick a subnet CIDR inside the VPC's block."),
                      QT_TRANSLATE_NOOP("Rules", "RULES.md's \"subnet-cidr-outside-vpc / cidr-overlap\" row is two rules.")},
                     checkSubnetInVpc});
    rules.push_back({{"cidr-overlap", QT_TRANSLATE_NOOP("Rules", "Overlapping subnets"),
                      Pillar::WellFormedness, Severity::Error, ContextPolicy::None, {ElementKind::Subnet},
                      QT_TRANSLATE_NOOP("Rules", "Two subnets of one VPC cannot share addresses."),
                      QT_TRANSLATE_NOOP("Rules", "Well-formedness: the VPC addressing model."),
                      QT_TRANSLATE_NOOP("Rules", "Give each subnet its own, non-overlapping CIDR block."),
                      ""},
                     checkCidrOverlap});
    rules.push_back({{"az-not-in-region", QT_TRANSLATE_NOOP("Rules", "Availability Zone outside the region"),
                      Pillar::WellFormedness, Severity::Error, ContextPolicy::None,
                      {ElementKind::AvailabilityZone, ElementKind::Vpc},
                      QT_TRANSLATE_NOOP("Rules", "A VPC belongs to one region; its AZs are that region's zones."),
                      QT_TRANSLATE_NOOP("Rules", "Well-formedness: the AWS region model."),
                      QT_TRANSLATE_NOOP("Rules", "Use a zone of the VPC's region (e.g. ap-northeast-2a in ap-northeast-2)."),
                      QT_TRANSLATE_NOOP("Rules", "The region is the VPC's, or the design's when the VPC states none. Local "
                                                 "Zones (region-city-1a) are accepted.")},
                     checkAzRegion});
    rules.push_back({{"dangling-reference", QT_TRANSLATE_NOOP("Rules", "Reference to something that does not exist"),
                      Pillar::WellFormedness, Severity::Error, ContextPolicy::None, {},
                      QT_TRANSLATE_NOOP("Rules", "A parent, security group, source group, subnet list or connection end names "
                                                 "an id that is not in the design (for example after a deletion)."),
                      QT_TRANSLATE_NOOP("Rules", "Well-formedness: design integrity."),
                      QT_TRANSLATE_NOOP("Rules", "Remove the reference or recreate the element it names."),
                      ""},
                     checkDanglingReferences});
}

} // namespace pillar
