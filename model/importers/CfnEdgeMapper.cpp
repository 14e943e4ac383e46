// CfnMapper, part 5: S3 buckets and their policies, CloudFront, Route 53, and
// the Internet element in front of the entry points.
#include "CfnMapper.h"

#include "CfnHelpers.h"

#include <algorithm>

namespace pillar {

using cfn::itemsOf;
using cfn::refersTo;
using cfn::tr;

namespace {

void collectRefs(const CfnValue &v, QStringList *out)
{
    if (v.type == CfnValue::ResourceRef && !out->contains(v.text))
        out->append(v.text);
    for (const CfnValue &item : v.items)
        collectRefs(item, out);
    for (const auto &entry : v.map)
        collectRefs(entry.second, out);
}

} // namespace

void CfnMapper::mapBuckets()
{
    for (const Resource *r : ofType("AWS::S3::Bucket")) {
        const CfnValue &p = r->properties;
        Element s3;
        s3.id = r->id;
        s3.kind = ElementKind::S3Bucket;
        const CfnValue *block = p.get(QStringLiteral("PublicAccessBlockConfiguration"));
        if (!block) {
            s3.properties.insert(QStringLiteral("blockPublicAccess"), false);
        } else {
            bool all = block->isMap(), known = block->isMap();
            for (const char *key : {"BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"}) {
                const CfnValue *flag = block->get(QLatin1String(key));
                bool ok = true;
                const bool on = flag && flag->toBool(&ok);
                known = known && ok;
                all = all && on;
            }
            if (known || !all)
                s3.properties.insert(QStringLiteral("blockPublicAccess"), known && all);
            if (!known)
                markUnknown(s3, QStringLiteral("blockPublicAccess"), tr("PublicAccessBlockConfiguration is not fully known"));
        }
        s3.properties.insert(QStringLiteral("encryption"), p.get(QStringLiteral("BucketEncryption")) != nullptr);
        s3.properties.insert(QStringLiteral("website"), p.get(QStringLiteral("WebsiteConfiguration")) != nullptr);

        int publicRead = 0; // 1 yes, 0 no, -1 unknown
        if (const CfnValue *acl = p.get(QStringLiteral("AccessControl"))) {
            if (!acl->isScalar())
                publicRead = -1;
            else if (acl->text == QLatin1String("PublicRead") || acl->text == QLatin1String("PublicReadWrite"))
                publicRead = 1;
        }
        for (const Resource *policy : ofType("AWS::S3::BucketPolicy")) {
            if (!refersTo(policy->properties.get(QStringLiteral("Bucket")), r->id))
                continue;
            record(policy->id, ImportedResource::Merged, r->id, tr("bucket policy of %1").arg(r->id));
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
            markUnknown(s3, QStringLiteral("publicRead"), tr("its ACL or bucket policy is not fully known"));
        add(s3);
        record(r->id, ImportedResource::Mapped, r->id, QString());
    }
}

void CfnMapper::mapDistributions()
{
    for (const Resource *r : ofType("AWS::CloudFront::Distribution")) {
        const CfnValue *config = r->properties.get(QStringLiteral("DistributionConfig"));
        Element cdn;
        cdn.id = r->id;
        cdn.kind = ElementKind::CloudFront;
        if (!config || !config->isMap()) {
            markUnknown(cdn, QStringLiteral("viewerProtocolPolicy"), tr("DistributionConfig is not known"));
            add(cdn);
            record(r->id, ImportedResource::Mapped, r->id, QString());
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
                markUnknown(cdn, QStringLiteral("viewerProtocolPolicy"),
                            tr("ViewerProtocolPolicy: %1").arg(policy ? why(*policy) : tr("missing")));
                weakest = -1;
                break;
            }
            weakest = std::min(weakest, int(strength.indexOf(policy->text)));
        }
        if (weakest >= 0 && weakest < strength.size())
            cdn.properties.insert(QStringLiteral("viewerProtocolPolicy"), strength[weakest]);
        const CfnValue *cert = config->get(QStringLiteral("ViewerCertificate"));
        if (cert && !cert->isMap())
            markUnknown(cdn, QStringLiteral("minimumTlsVersion"), tr("ViewerCertificate: %1").arg(why(*cert)));
        else if (cert)
            setString(cdn, QStringLiteral("minimumTlsVersion"), cert->get(QStringLiteral("MinimumProtocolVersion")), tr("MinimumProtocolVersion"));
        // The weakest custom origin decides; S3 origins have no such policy.
        const QStringList originStrength = {"http-only", "match-viewer", "https-only"};
        int weakestOrigin = originStrength.size();
        for (const CfnValue &origin : itemsOf(config->get(QStringLiteral("Origins")))) {
            const CfnValue *custom = origin.get(QStringLiteral("CustomOriginConfig"));
            const CfnValue *policy = custom ? custom->get(QStringLiteral("OriginProtocolPolicy")) : nullptr;
            if (!custom)
                continue;
            if (!policy || !policy->isScalar() || !originStrength.contains(policy->text)) {
                markUnknown(cdn, QStringLiteral("originProtocolPolicy"),
                            tr("OriginProtocolPolicy: %1").arg(policy ? why(*policy) : tr("missing")));
                weakestOrigin = -1;
                break;
            }
            weakestOrigin = std::min(weakestOrigin, int(originStrength.indexOf(policy->text)));
        }
        if (weakestOrigin >= 0 && weakestOrigin < originStrength.size())
            cdn.properties.insert(QStringLiteral("originProtocolPolicy"), originStrength[weakestOrigin]);
        add(cdn);
        record(r->id, ImportedResource::Mapped, r->id, QString());

        for (const CfnValue &origin : itemsOf(config->get(QStringLiteral("Origins")))) {
            const CfnValue *domain = origin.get(QStringLiteral("DomainName"));
            QStringList refs;
            if (domain)
                collectRefs(*domain, &refs);
            bool connected = false;
            for (const QString &ref : refs) {
                const Element *target = m_design.element(ref);
                if (target && (target->kind == ElementKind::S3Bucket || target->kind == ElementKind::LoadBalancer
                               || target->kind == ElementKind::Ec2Instance)) {
                    connect(r->id, ref);
                    connected = true;
                    break;
                }
            }
            const CfnValue *originId = origin.get(QStringLiteral("Id"));
            const QString name = originId && originId->isScalar() ? originId->text
                                                                 : (refs.isEmpty() ? tr("(unnamed)") : refs.first());
            if (!connected)
                m_report->warnings << tr("%1: origin %2 is not a resource of this template").arg(r->id, name);
        }
    }
}

void CfnMapper::mapRecordSets()
{
    for (const Resource *r : ofType("AWS::Route53::RecordSet")) {
        const CfnValue &p = r->properties;
        const CfnValue *type = p.get(QStringLiteral("Type"));
        const bool alias = p.get(QStringLiteral("AliasTarget")) != nullptr;
        const QStringList routed = {"A", "AAAA", "CNAME"};
        if (!alias && (!type || !type->isScalar() || !routed.contains(type->text))) {
            record(r->id, ImportedResource::Skipped, QString(), tr("only A, AAAA, CNAME and alias records route traffic"));
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
            markUnknown(dns, QStringLiteral("domainName"), tr("Name: %1").arg(why(*name)));
        }
        dns.properties.insert(QStringLiteral("recordType"), alias ? QStringLiteral("alias") : type->text);
        add(dns);
        record(r->id, ImportedResource::Mapped, r->id, QString());
        QStringList refs;
        collectRefs(p, &refs);
        for (const QString &ref : refs) {
            if (m_design.element(ref))
                connect(r->id, ref);
        }
    }
}

void CfnMapper::addInternet()
{
    QStringList entries;
    QSet<QString> behindSomething;
    for (const Connection &c : m_design.connections())
        behindSomething.insert(c.to);
    for (const Element &e : m_design.elements()) {
        const bool entry = e.kind == ElementKind::CloudFront || e.kind == ElementKind::Route53Record
            || (e.kind == ElementKind::LoadBalancer && !e.isUnknown(QStringLiteral("scheme"))
                && e.stringValue(QStringLiteral("scheme")) == QLatin1String("internet-facing"))
            || (e.kind == ElementKind::Ec2Instance && e.boolValue(QStringLiteral("publicIp")));
        if (entry && !(e.kind == ElementKind::Ec2Instance && behindSomething.contains(e.id))
            && !(e.kind != ElementKind::Ec2Instance && e.kind != ElementKind::LoadBalancer && behindSomething.contains(e.id)))
            entries << e.id;
    }
    if (entries.isEmpty())
        return;
    Element internet;
    internet.id = freeId(QStringLiteral("Internet"));
    internet.kind = ElementKind::Internet;
    internet.name = tr("Internet users");
    add(internet);
    for (const QString &id : entries)
        connect(internet.id, id);
}

} // namespace pillar
