// AWS::CloudFront::Distribution, connected to the origins of the template it serves.
#include "../MappingContext.h"
#include "../ResourceMapper.h"

#include "../../CfnHelpers.h"

namespace pillar {

using cfn::collectRefIds;
using cfn::itemsOf;
using cfn::tr;

namespace {

// With the default *.cloudfront.net certificate (no ViewerCertificate, or
// CloudFrontDefaultCertificate true) CloudFront sets the security policy to
// TLSv1 whatever MinimumProtocolVersion says; with a certificate of one's
// own, MinimumProtocolVersion decides.
void mapViewerCertificate(MappingContext &context, Element &cdn, const CfnValue *cert)
{
    const QString tls = QStringLiteral("minimumTlsVersion");
    const QString isDefault = QStringLiteral("defaultCertificate");
    if (!cert) {
        cdn.properties.insert(isDefault, true);
        cdn.properties.insert(tls, QStringLiteral("TLSv1"));
        return;
    }
    if (!cert->isMap()) {
        context.markUnknown(cdn, tls, tr("ViewerCertificate: %1").arg(MappingContext::why(*cert)));
        context.markUnknown(cdn, isDefault, tr("ViewerCertificate: %1").arg(MappingContext::why(*cert)));
        return;
    }
    const CfnValue *own = cert->get(QStringLiteral("AcmCertificateArn"));
    if (!own)
        own = cert->get(QStringLiteral("IamCertificateId"));
    const CfnValue *flag = cert->get(QStringLiteral("CloudFrontDefaultCertificate"));
    bool ok = true;
    const bool defaultFlag = flag && flag->toBool(&ok);
    if (!own && flag && !ok) {
        context.markUnknown(cdn, tls, tr("CloudFrontDefaultCertificate: %1").arg(MappingContext::why(*flag)));
        context.markUnknown(cdn, isDefault, tr("CloudFrontDefaultCertificate: %1").arg(MappingContext::why(*flag)));
        return;
    }
    if (!own && (defaultFlag || !flag)) {
        cdn.properties.insert(isDefault, true);
        cdn.properties.insert(tls, QStringLiteral("TLSv1"));
        return;
    }
    cdn.properties.insert(isDefault, false);
    const CfnValue *version = cert->get(QStringLiteral("MinimumProtocolVersion"));
    if (version)
        context.setString(cdn, tls, version, tr("MinimumProtocolVersion"));
    else
        context.markUnknown(cdn, tls, tr("MinimumProtocolVersion is left out beside a certificate of its own"));
}

class CloudFrontMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        for (const ImportResource *r : resources) {
            const CfnValue *config = r->properties.get(QStringLiteral("DistributionConfig"));
            Element cdn;
            cdn.id = r->id;
            cdn.kind = ElementKind::CloudFront;
            if (!config || !config->isMap()) {
                context.markUnknown(cdn, QStringLiteral("viewerProtocolPolicy"), tr("DistributionConfig is not known"));
                context.add(cdn);
                context.record(r->id, ImportedResource::Mapped, r->id, QString());
                continue;
            }
            // The weakest behaviour decides: one allow-all path lets HTTP in.
            const QStringList strength = {"allow-all", "redirect-to-https", "https-only"};
            QVector<CfnValue> behaviours = itemsOf(config->get(QStringLiteral("CacheBehaviors")));
            if (const CfnValue *def = config->get(QStringLiteral("DefaultCacheBehavior")))
                behaviours.prepend(*def);
            int weakest = strength.size();
            for (const CfnValue &b : behaviours) {
                const CfnValue *policy = b.get(QStringLiteral("ViewerProtocolPolicy"));
                if (!policy || !policy->isScalar() || !strength.contains(policy->text)) {
                    context.markUnknown(cdn, QStringLiteral("viewerProtocolPolicy"),
                                tr("ViewerProtocolPolicy: %1").arg(policy ? MappingContext::why(*policy) : tr("missing")));
                    weakest = -1;
                    break;
                }
                weakest = std::min(weakest, int(strength.indexOf(policy->text)));
            }
            if (weakest >= 0 && weakest < strength.size())
                cdn.properties.insert(QStringLiteral("viewerProtocolPolicy"), strength[weakest]);
            mapViewerCertificate(context, cdn, config->get(QStringLiteral("ViewerCertificate")));
            // The weakest custom origin decides; S3 origins have no such policy.
            const QStringList originStrength = {"http-only", "match-viewer", "https-only"};
            int weakestOrigin = originStrength.size();
            for (const CfnValue &origin : itemsOf(config->get(QStringLiteral("Origins")))) {
                const CfnValue *custom = origin.get(QStringLiteral("CustomOriginConfig"));
                const CfnValue *policy = custom ? custom->get(QStringLiteral("OriginProtocolPolicy")) : nullptr;
                if (!custom)
                    continue;
                if (!policy || !policy->isScalar() || !originStrength.contains(policy->text)) {
                    context.markUnknown(cdn, QStringLiteral("originProtocolPolicy"),
                                tr("OriginProtocolPolicy: %1").arg(policy ? MappingContext::why(*policy) : tr("missing")));
                    weakestOrigin = -1;
                    break;
                }
                weakestOrigin = std::min(weakestOrigin, int(originStrength.indexOf(policy->text)));
            }
            if (weakestOrigin >= 0 && weakestOrigin < originStrength.size())
                cdn.properties.insert(QStringLiteral("originProtocolPolicy"), originStrength[weakestOrigin]);
            context.add(cdn);
            context.record(r->id, ImportedResource::Mapped, r->id, QString());

            for (const CfnValue &origin : itemsOf(config->get(QStringLiteral("Origins")))) {
                const CfnValue *domain = origin.get(QStringLiteral("DomainName"));
                QStringList refs;
                if (domain)
                    collectRefIds(*domain, &refs);
                bool connected = false;
                for (const QString &ref : refs) {
                    const Element *target = context.design().element(ref);
                    if (target && (target->kind == ElementKind::S3Bucket || target->kind == ElementKind::LoadBalancer
                                   || target->kind == ElementKind::Ec2Instance)) {
                        context.connect(r->id, ref);
                        connected = true;
                        break;
                    }
                }
                const CfnValue *originId = origin.get(QStringLiteral("Id"));
                const QString name = originId && originId->isScalar() ? originId->text
                                                                     : (refs.isEmpty() ? tr("(unnamed)") : refs.first());
                if (!connected)
                    context.warn(tr("%1: origin %2 is not a resource of this template").arg(r->id, name));
            }
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(CloudFrontMapper)

} // namespace pillar
