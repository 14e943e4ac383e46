// AWS::EC2::VPC: a VPC element with its CIDR block.
#include "../MappingContext.h"
#include "../ResourceMapper.h"

#include "../../CfnHelpers.h"

namespace pillar {

using cfn::tr;

namespace {

class VpcMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        for (const ImportResource *r : resources) {
            Element vpc;
            vpc.id = r->id;
            vpc.kind = ElementKind::Vpc;
            context.setString(vpc, QStringLiteral("cidr"), r->properties.get(QStringLiteral("CidrBlock")), tr("CidrBlock"));
            if (!r->properties.get(QStringLiteral("CidrBlock")))
                context.markUnknown(vpc, QStringLiteral("cidr"), tr("the VPC takes its block from an IPAM pool"));
            context.add(vpc);
            context.record(r->id, ImportedResource::Mapped, r->id, QString());
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(VpcMapper)

} // namespace pillar
