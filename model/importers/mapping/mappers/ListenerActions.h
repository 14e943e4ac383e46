#pragma once

#include "../../CfnHelpers.h"

namespace pillar::cfn {

// Target group references in listener or listener-rule actions.
inline QStringList targetGroupsOf(const CfnValue *actions)
{
    QStringList ids;
    for (const CfnValue &action : itemsOf(actions)) {
        const CfnValue *tg = action.get(QStringLiteral("TargetGroupArn"));
        if (tg && tg->type == CfnValue::ResourceRef)
            ids << tg->text;
        const CfnValue *forward = action.get(QStringLiteral("ForwardConfig"));
        for (const CfnValue &entry : itemsOf(forward ? forward->get(QStringLiteral("TargetGroups")) : nullptr)) {
            const CfnValue *arn = entry.get(QStringLiteral("TargetGroupArn"));
            if (arn && arn->type == CfnValue::ResourceRef)
                ids << arn->text;
        }
    }
    return ids;
}


} // namespace pillar::cfn
