// AWS::EC2::VPCEndpoint, merged into its VPC: the services the VPC reaches
// without a NAT gateway ("endpoints", e.g. "s3, dynamodb").
#include "../MappingContext.h"
#include "../ResourceMapper.h"

#include "../../CfnHelpers.h"

namespace pillar {

using cfn::tr;

namespace {

class VpcEndpointMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        NetworkPlacement &net = context.network();
        for (const ImportResource *r : resources) {
            const QString vpcId = net.vpcElement(r->properties.get(QStringLiteral("VpcId")));
            Element *vpc = vpcId.isEmpty() ? nullptr : context.design().element(vpcId);
            if (!vpc) {
                context.record(r->id, ImportedResource::Skipped, QString(), tr("its VPC is not known from the template"));
                continue;
            }
            context.record(r->id, ImportedResource::Merged, vpcId, tr("VPC endpoint of %1").arg(vpcId));
            if (vpc->isUnknown(QStringLiteral("endpoints")))
                continue;
            const CfnValue *name = r->properties.get(QStringLiteral("ServiceName"));
            if (!name || !name->isScalar()) {
                context.markUnknown(vpcId, QStringLiteral("endpoints"),
                                    tr("ServiceName of %1: %2").arg(r->id, name ? MappingContext::why(*name) : tr("not given")));
                continue;
            }
            // com.amazonaws.<region>.<service>: the service is the last part.
            const QString service = name->text.section(QLatin1Char('.'), -1).toLower();
            QStringList services = vpc->stringValue(QStringLiteral("endpoints")).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString &s : services)
                s = s.trimmed();
            if (!services.contains(service))
                services << service;
            vpc->properties.insert(QStringLiteral("endpoints"), services.join(QLatin1String(", ")));
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(VpcEndpointMapper)

} // namespace pillar
