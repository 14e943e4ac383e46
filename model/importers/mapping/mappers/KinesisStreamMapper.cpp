// AWS::Kinesis::Stream: capacity mode, shards, encryption and retention.
#include "../MappingContext.h"
#include "../ResourceMapper.h"
#include "ServiceRefs.h"

namespace pillar {

using cfn::tr;

namespace {

class KinesisStreamMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        for (const ImportResource *r : resources) {
            const CfnValue &p = r->properties;
            Element s;
            s.id = r->id;
            s.kind = ElementKind::KinesisStream;
            const CfnValue *mode = p.get(QStringLiteral("StreamModeDetails"));
            const CfnValue *modeValue = mode ? mode->get(QStringLiteral("StreamMode")) : nullptr;
            if (modeValue && !modeValue->isScalar())
                context.markUnknown(s, QStringLiteral("capacityMode"), tr("StreamMode: %1").arg(MappingContext::why(*modeValue)));
            const bool onDemand = cfn::lowerScalar(modeValue) == QLatin1String("on_demand");
            if (modeValue && modeValue->isScalar())
                s.properties.insert(QStringLiteral("capacityMode"), onDemand ? QStringLiteral("on-demand") : QStringLiteral("provisioned"));
            if (!onDemand)
                context.setInt(s, QStringLiteral("shards"), p.get(QStringLiteral("ShardCount")), tr("ShardCount"));
            if (const CfnValue *enc = p.get(QStringLiteral("StreamEncryption"))) {
                const CfnValue *type = enc->get(QStringLiteral("EncryptionType"));
                if (type && type->isScalar())
                    s.properties.insert(QStringLiteral("encryption"), type->text == QLatin1String("KMS"));
                else
                    context.markUnknown(s, QStringLiteral("encryption"), tr("StreamEncryption/EncryptionType is not known"));
            } else {
                s.properties.insert(QStringLiteral("encryption"), false);
            }
            context.setInt(s, QStringLiteral("retentionHours"), p.get(QStringLiteral("RetentionPeriodHours")), tr("RetentionPeriodHours"));
            context.add(s);
            context.record(r->id, ImportedResource::Mapped, r->id, QString());
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(KinesisStreamMapper)

} // namespace pillar
