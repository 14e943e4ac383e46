// AWS::SQS::Queue, with its RedrivePolicy as a reference to its dead-letter
// queue; queue policies are merged into the queues they name.
#include "../MappingContext.h"
#include "../ResourceMapper.h"
#include "ServiceRefs.h"

namespace pillar {

using cfn::itemsOf;
using cfn::tr;

namespace {

class SqsQueueMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        for (const ImportResource *r : resources) {
            const CfnValue &p = r->properties;
            Element q;
            q.id = r->id;
            q.kind = ElementKind::SqsQueue;
            if (const CfnValue *fifo = p.get(QStringLiteral("FifoQueue"))) {
                bool ok = false;
                const bool on = fifo->toBool(&ok);
                if (ok)
                    q.properties.insert(QStringLiteral("queueType"), on ? QStringLiteral("fifo") : QStringLiteral("standard"));
                else
                    context.markUnknown(q, QStringLiteral("queueType"), tr("FifoQueue: %1").arg(MappingContext::why(*fifo)));
            }
            // SSE-SQS is on unless turned off; a KMS key replaces it.
            const CfnValue *kms = p.get(QStringLiteral("KmsMasterKeyId"));
            const CfnValue *managed = p.get(QStringLiteral("SqsManagedSseEnabled"));
            bool ok = true;
            const bool managedOn = !managed || managed->toBool(&ok);
            if (kms)
                q.properties.insert(QStringLiteral("encryption"), QStringLiteral("kms"));
            else if (!ok)
                context.markUnknown(q, QStringLiteral("encryption"), tr("SqsManagedSseEnabled: %1").arg(MappingContext::why(*managed)));
            else
                q.properties.insert(QStringLiteral("encryption"), managedOn ? QStringLiteral("sqs-managed") : QStringLiteral("none"));
            context.setInt(q, QStringLiteral("visibilityTimeout"), p.get(QStringLiteral("VisibilityTimeout")), tr("VisibilityTimeout"));
            if (const CfnValue *redrive = p.get(QStringLiteral("RedrivePolicy"))) {
                const CfnValue *target = redrive->get(QStringLiteral("deadLetterTargetArn"));
                QStringList ids;
                if (target)
                    cfn::collectRefIds(*target, &ids);
                const ImportResource *dlq = ids.isEmpty() ? nullptr : context.resource(ids.first());
                if (dlq && dlq->type == QLatin1String("AWS::SQS::Queue"))
                    q.properties.insert(QStringLiteral("deadLetterQueue"), dlq->id);
                else
                    context.markUnknown(q, QStringLiteral("deadLetterQueue"),
                                        tr("RedrivePolicy names a dead-letter queue outside this template"));
                context.setInt(q, QStringLiteral("maxReceiveCount"), redrive->get(QStringLiteral("maxReceiveCount")), tr("maxReceiveCount"));
            }
            context.add(q);
            context.record(r->id, ImportedResource::Mapped, r->id, QString());
        }
        for (const ImportResource *policy : context.ofType("AWS::SQS::QueuePolicy")) {
            for (const CfnValue &queue : itemsOf(policy->properties.get(QStringLiteral("Queues")))) {
                const QString id = cfn::referencedElement(context, &queue, {ElementKind::SqsQueue});
                if (!id.isEmpty()) {
                    context.record(policy->id, ImportedResource::Merged, id, tr("queue policy of %1").arg(id));
                    break;
                }
            }
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(SqsQueueMapper)

} // namespace pillar
