// cidr-overlap: overlapping subnets.
#include "../RuleContext.h"

#include "../../Cidr.h"

#include <algorithm>
#include <tuple>

namespace pillar {

namespace {

class CidrOverlapRule final : public Rule
{
public:
    CidrOverlapRule()
    {
        info.id = "cidr-overlap";
        info.title = QT_TRANSLATE_NOOP("Rules", "Overlapping subnets");
        info.pillar = Pillar::WellFormedness;
        info.defaultSeverity = Severity::Error;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::Subnet};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "Two subnets of one VPC cannot share addresses.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Well-formedness: the VPC addressing model.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Give each subnet its own, non-overlapping CIDR block.");
    }

    // CIDR blocks are nested or disjoint, so after sorting by (family, network,
    // prefix) a block overlaps an earlier one exactly when one of the blocks
    // still open on a stack contains it: O(n log n) instead of all pairs.
    void check(const RuleContext &ctx, Reporter &r) const override
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
};

} // namespace

PILLAR_RULE(CidrOverlapRule)

} // namespace pillar
