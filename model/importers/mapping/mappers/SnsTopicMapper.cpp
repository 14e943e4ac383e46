// AWS::SNS::Topic; topic policies are merged into the topics they name. Its
// subscriptions become connections (SnsSubscriptionMapper).
#include "../MappingContext.h"
#include "../ResourceMapper.h"
#include "ServiceRefs.h"

namespace pillar {

using cfn::itemsOf;
using cfn::tr;

namespace {

class SnsTopicMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        for (const ImportResource *r : resources) {
            const CfnValue &p = r->properties;
            Element t;
            t.id = r->id;
            t.kind = ElementKind::SnsTopic;
            if (const CfnValue *fifo = p.get(QStringLiteral("FifoTopic"))) {
                bool ok = false;
                const bool on = fifo->toBool(&ok);
                if (ok)
                    t.properties.insert(QStringLiteral("topicType"), on ? QStringLiteral("fifo") : QStringLiteral("standard"));
                else
                    context.markUnknown(t, QStringLiteral("topicType"), tr("FifoTopic: %1").arg(MappingContext::why(*fifo)));
            }
            t.properties.insert(QStringLiteral("encryption"), p.get(QStringLiteral("KmsMasterKeyId")) != nullptr);
            context.add(t);
            context.record(r->id, ImportedResource::Mapped, r->id, QString());
        }
        for (const ImportResource *policy : context.ofType("AWS::SNS::TopicPolicy")) {
            for (const CfnValue &topic : itemsOf(policy->properties.get(QStringLiteral("Topics")))) {
                const QString id = cfn::referencedElement(context, &topic, {ElementKind::SnsTopic});
                if (!id.isEmpty()) {
                    context.record(policy->id, ImportedResource::Merged, id, tr("topic policy of %1").arg(id));
                    break;
                }
            }
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(SnsTopicMapper)

} // namespace pillar
