#include "ZoneSpread.h"

namespace pillar {

QVector<int> targetsOf(const RuleContext &ctx, int lb)
{
    QVector<int> targets;
    for (int c : ctx.index().outgoing(lb)) {
        const int to = ctx.index().connectionTo(c);
        if (to >= 0 && isCompute(ctx.index().kindOf(to)) && !targets.contains(to))
            targets << to;
    }
    return targets;
}

void reportFewerThanTwoZones(const RuleContext &ctx, Reporter &r, ElementKind kind, const char *noZone, const char *oneZone)
{
    for (int i : ctx.index().ofKind(kind)) {
        const Element &e = ctx.element(i);
        if (!ctx.known(i, "subnets"))
            continue;
        const IndexList zones = ctx.index().zonesOf(i);
        if (zones.size() >= 2)
            continue;
        if (zones.isEmpty())
            r.report({e.id}, rulesTr(noZone).arg(RuleContext::label(e)));
        else
            r.report({e.id, ctx.element(zones[0]).id},
                     rulesTr(oneZone).arg(RuleContext::label(e), ctx.label(zones[0])));
    }
}

} // namespace pillar
