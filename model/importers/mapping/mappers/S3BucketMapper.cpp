// AWS::S3::Bucket, with its bucket policies merged into it (they decide whether it
// is public).
#include "../MappingContext.h"
#include "../ResourceMapper.h"

#include "../../CfnHelpers.h"

namespace pillar {

using cfn::itemsOf;
using cfn::tr;

namespace {

class S3BucketMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        for (const ImportResource *r : resources) {
            const CfnValue &p = r->properties;
            Element s3;
            s3.id = r->id;
            s3.kind = ElementKind::S3Bucket;
            const CfnValue *block = p.get(QStringLiteral("PublicAccessBlockConfiguration"));
            if (!block) {
                // Left out, AWS's default applies: all four settings on for
                // buckets created since April 2023.
                s3.properties.insert(QStringLiteral("publicAccessBlockSet"), false);
                s3.properties.insert(QStringLiteral("blockPublicAccess"), true);
            } else {
                bool known = block->isMap();
                QStringList off;
                for (const char *key : {"BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"}) {
                    const CfnValue *flag = block->isMap() ? block->get(QLatin1String(key)) : nullptr;
                    bool ok = true;
                    const bool on = flag && flag->toBool(&ok); // a setting left out of the block is off
                    if (!ok)
                        known = false;
                    else if (!on)
                        off << QLatin1String(key);
                }
                if (!off.isEmpty()) {
                    s3.properties.insert(QStringLiteral("blockPublicAccess"), false);
                    s3.properties.insert(QStringLiteral("publicAccessSettingsOff"), off.join(QLatin1String(", ")));
                } else if (known) {
                    s3.properties.insert(QStringLiteral("blockPublicAccess"), true);
                } else {
                    context.markUnknown(s3, QStringLiteral("blockPublicAccess"), tr("PublicAccessBlockConfiguration is not fully known"));
                }
            }
            s3.properties.insert(QStringLiteral("encryption"), p.get(QStringLiteral("BucketEncryption")) != nullptr);
            s3.properties.insert(QStringLiteral("website"), p.get(QStringLiteral("WebsiteConfiguration")) != nullptr);

            int publicRead = 0; // 1 yes, 0 no, -1 unknown
            if (const CfnValue *acl = p.get(QStringLiteral("AccessControl"))) {
                if (!acl->isScalar()) {
                    publicRead = -1;
                    context.markUnknown(s3, QStringLiteral("publicWrite"), tr("AccessControl: %1").arg(MappingContext::why(*acl)));
                } else if (acl->text == QLatin1String("PublicRead") || acl->text == QLatin1String("PublicReadWrite")) {
                    publicRead = 1;
                }
                if (acl->isScalar())
                    s3.properties.insert(QStringLiteral("publicWrite"), acl->text == QLatin1String("PublicReadWrite"));
            }
            for (const ImportResource *policy : context.referring("AWS::S3::BucketPolicy", "Bucket", r->id)) {
                context.record(policy->id, ImportedResource::Merged, r->id, tr("bucket policy of %1").arg(r->id));
                const CfnValue *doc = policy->properties.get(QStringLiteral("PolicyDocument"));
                for (const CfnValue &statement : itemsOf(doc ? doc->get(QStringLiteral("Statement")) : nullptr)) {
                    const CfnValue *effect = statement.get(QStringLiteral("Effect"));
                    if (!effect || !effect->isScalar() || effect->text != QLatin1String("Allow") || statement.get(QStringLiteral("Condition")))
                        continue;
                    // Public means the wildcard principal "*" (or {"AWS": "*"}). A
                    // parameter could be "*"; a string built around an unknown part
                    // (an ARN with the account id) cannot.
                    const CfnValue *principal = statement.get(QStringLiteral("Principal"));
                    bool everyone = false, unknown = !principal;
                    QVector<CfnValue> who;
                    if (principal && principal->isMap()) {
                        for (const auto &entry : principal->map) {
                            for (const CfnValue &v : itemsOf(&entry.second))
                                who << (entry.first == QLatin1String("AWS") || v.type != CfnValue::Scalar ? v : CfnValue());
                        }
                    } else {
                        who = itemsOf(principal);
                    }
                    for (const CfnValue &v : who) {
                        everyone = everyone || (v.isScalar() && v.text == QLatin1String("*"));
                        unknown = unknown || v.type == CfnValue::External
                            || (v.type == CfnValue::Unknown && v.attribute != QLatin1String("built"));
                    }
                    if (everyone)
                        publicRead = 1;
                    else if (unknown && publicRead == 0)
                        publicRead = -1;
                }
            }
            if (publicRead >= 0)
                s3.properties.insert(QStringLiteral("publicRead"), publicRead == 1);
            else
                context.markUnknown(s3, QStringLiteral("publicRead"), tr("its ACL or bucket policy is not fully known"));
            context.add(s3);
            context.record(r->id, ImportedResource::Mapped, r->id, QString());
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(S3BucketMapper)

} // namespace pillar
