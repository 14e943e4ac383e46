// AWS::ElasticLoadBalancingV2::TargetGroup and ListenerRule, merged into the load
// balancers that forward to them, which are connected to the groups' targets; then the
// Auto Scaling groups attached to classic load balancers by name.
#include "../MappingContext.h"
#include "../ResourceMapper.h"
#include "ListenerActions.h"

#include "../../CfnHelpers.h"

namespace pillar {

using cfn::itemsOf;
using cfn::targetGroupsOf;
using cfn::tr;

namespace {

class TargetGroupMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        QHash<QString, QStringList> lbsOfGroup;
        auto listenerLb = [&context](const CfnValue *arn) -> QString {
            if (!arn || arn->type != CfnValue::ResourceRef)
                return QString();
            const ImportResource *l = context.resource(arn->text);
            const CfnValue *lb = l ? l->properties.get(QStringLiteral("LoadBalancerArn")) : nullptr;
            return lb && lb->type == CfnValue::ResourceRef && context.design().element(lb->text) ? lb->text : QString();
        };
        for (const ImportResource *l : context.ofType("AWS::ElasticLoadBalancingV2::Listener")) {
            const CfnValue self = CfnValue::resourceRef(l->id);
            const QString lb = listenerLb(&self);
            for (const QString &tg : targetGroupsOf(l->properties.get(QStringLiteral("DefaultActions"))))
                lbsOfGroup[tg] << lb;
        }
        for (const ImportResource *rule : context.ofType("AWS::ElasticLoadBalancingV2::ListenerRule")) {
            const QString lb = listenerLb(rule->properties.get(QStringLiteral("ListenerArn")));
            if (lb.isEmpty())
                continue;
            context.record(rule->id, ImportedResource::Merged, lb, tr("listener rule of %1").arg(lb));
            for (const QString &tg : targetGroupsOf(rule->properties.get(QStringLiteral("Actions"))))
                lbsOfGroup[tg] << lb;
        }
        QHash<QString, QStringList> asgsOfGroup; // target group -> the groups that list it, in input order
        for (const ImportResource *asg : context.ofType("AWS::AutoScaling::AutoScalingGroup")) {
            for (const CfnValue &arn : itemsOf(asg->properties.get(QStringLiteral("TargetGroupARNs")))) {
                if (arn.type == CfnValue::ResourceRef)
                    asgsOfGroup[arn.text] << asg->id;
            }
        }
        for (const ImportResource *tg : resources) {
            QStringList lbs = lbsOfGroup.value(tg->id);
            lbs.removeAll(QString());
            lbs.removeDuplicates();
            if (lbs.isEmpty()) {
                context.record(tg->id, ImportedResource::Skipped, QString(), tr("no listener of the template forwards to it"));
                continue;
            }
            context.record(tg->id, ImportedResource::Merged, lbs.first(), tr("target group of %1").arg(lbs.join(QLatin1String(", "))));
            QStringList targets;
            for (const CfnValue &t : itemsOf(tg->properties.get(QStringLiteral("Targets")))) {
                const CfnValue *id = t.get(QStringLiteral("Id"));
                if (id && id->type == CfnValue::ResourceRef)
                    targets << id->text;
            }
            targets << asgsOfGroup.value(tg->id);
            for (const QString &lb : lbs) {
                for (const QString &target : targets)
                    context.connect(lb, target);
            }
        }
        for (const ImportResource *asg : context.ofType("AWS::AutoScaling::AutoScalingGroup")) {
            for (const CfnValue &name : itemsOf(asg->properties.get(QStringLiteral("LoadBalancerNames")))) {
                if (name.type == CfnValue::ResourceRef)
                    context.connect(name.text, asg->id);
            }
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(TargetGroupMapper)

} // namespace pillar
