// AWS::Route53::RecordSet records that route traffic (A, AAAA, CNAME, alias),
// connected to what they point at.
#include "../MappingContext.h"
#include "../ResourceMapper.h"

#include "../../CfnHelpers.h"

namespace pillar {

using cfn::collectRefIds;
using cfn::tr;

namespace {

class Route53RecordMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        for (const ImportResource *r : resources) {
            const CfnValue &p = r->properties;
            const CfnValue *type = p.get(QStringLiteral("Type"));
            const bool alias = p.get(QStringLiteral("AliasTarget")) != nullptr;
            const QStringList routed = {"A", "AAAA", "CNAME"};
            if (!alias && (!type || !type->isScalar() || !routed.contains(type->text))) {
                context.record(r->id, ImportedResource::Skipped, QString(), tr("only A, AAAA, CNAME and alias records route traffic"));
                continue;
            }
            Element dns;
            dns.id = r->id;
            dns.kind = ElementKind::Route53Record;
            const CfnValue *name = p.get(QStringLiteral("Name"));
            if (name && name->isScalar()) {
                QString domain = name->text;
                if (domain.endsWith(QLatin1Char('.')))
                    domain.chop(1);
                dns.properties.insert(QStringLiteral("domainName"), domain);
            } else if (name) {
                context.markUnknown(dns, QStringLiteral("domainName"), tr("Name: %1").arg(MappingContext::why(*name)));
            }
            dns.properties.insert(QStringLiteral("recordType"), alias ? QStringLiteral("alias") : type->text);
            context.add(dns);
            context.record(r->id, ImportedResource::Mapped, r->id, QString());
            QStringList refs;
            collectRefIds(p, &refs);
            for (const QString &ref : refs) {
                if (context.design().element(ref))
                    context.connect(r->id, ref);
            }
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(Route53RecordMapper)

} // namespace pillar
