// Security settings of single resources: roles, encryption, public buckets, plain HTTP.
#include "RuleContext.h"
#include "RuleFamilies.h"

namespace pillar {

namespace {

void checkIamRole(const RuleContext &ctx, Reporter &r)
{
    const DesignIndex &index = ctx.index();
    for (ElementKind kind : {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup}) {
        for (int i : index.ofKind(kind)) {
            const Element &e = ctx.element(i);
            // An instance launched by an Auto Scaling group gets the group's
            // role; the group is judged instead.
            if (kind == ElementKind::Ec2Instance && index.asgOf(i) >= 0)
                continue;
            if (!ctx.known(e, "iamRole") || !ctx.blank(e, "iamRole"))
                continue;
            r.report({e.id}, rulesTr("%1 %2 has no IAM role: its code will need access keys to call AWS.")
                                 .arg(kindDisplayName(kind), RuleContext::label(e)));
        }
    }
}

void checkRdsEncryption(const RuleContext &ctx, Reporter &r)
{
    for (int i : ctx.index().ofKind(ElementKind::RdsInstance)) {
        const Element &e = ctx.element(i);
        if (ctx.known(e, "storageEncrypted") && !ctx.boolOf(e, "storageEncrypted"))
            r.report({e.id}, rulesTr("RDS instance %1 stores its data unencrypted.").arg(RuleContext::label(e)));
    }
}

void checkS3Public(const RuleContext &ctx, Reporter &r)
{
    for (int i : ctx.index().ofKind(ElementKind::S3Bucket)) {
        const Element &e = ctx.element(i);
        const bool publicRead = ctx.known(e, "publicRead") && ctx.boolOf(e, "publicRead");
        const bool unblocked = ctx.known(e, "blockPublicAccess") && !ctx.boolOf(e, "blockPublicAccess");
        if (publicRead)
            r.report({e.id}, rulesTr("S3 bucket %1 grants public read through its ACL or policy.").arg(RuleContext::label(e)));
        else if (unblocked)
            r.report({e.id}, rulesTr("S3 bucket %1 has Block Public Access turned off: one ACL or policy change makes it public.")
                                 .arg(RuleContext::label(e)));
    }
}

void checkCloudFrontHttp(const RuleContext &ctx, Reporter &r)
{
    for (int i : ctx.index().ofKind(ElementKind::CloudFront)) {
        const Element &e = ctx.element(i);
        if (ctx.known(e, "viewerProtocolPolicy")
            && ctx.equals(e, "viewerProtocolPolicy", "allow-all"))
            r.report({e.id}, rulesTr("CloudFront distribution %1 serves viewers over plain HTTP (policy allow-all).")
                                 .arg(RuleContext::label(e)));
    }
}

void checkLbHttp(const RuleContext &ctx, Reporter &r)
{
    for (int i : ctx.index().ofKind(ElementKind::LoadBalancer)) {
        const Element &e = ctx.element(i);
        if (!ctx.equals(e, "scheme", "internet-facing"))
            continue;
        bool https = false;
        QStringList plain;
        for (const Listener &l : e.listeners) {
            if (l.protocol == QLatin1String("HTTPS") || l.protocol == QLatin1String("SSL") || l.protocol == QLatin1String("TLS"))
                https = true;
            else if (l.protocol == QLatin1String("HTTP") && l.action != QLatin1String("redirect-https"))
                plain << QString::number(l.port);
        }
        if (plain.isEmpty())
            continue;
        r.report({e.id}, https
                 ? rulesTr("Internet-facing load balancer %1 serves plain HTTP on port %2 beside HTTPS instead of redirecting.")
                       .arg(RuleContext::label(e), plain.join(QLatin1String(", ")))
                 : rulesTr("Internet-facing load balancer %1 serves plain HTTP on port %2 and has no HTTPS listener.")
                       .arg(RuleContext::label(e), plain.join(QLatin1String(", "))));
    }
}

} // namespace

void addResourceSecurityRules(std::vector<Rule> &rules)
{
    rules.push_back({{"ec2-without-iam-role", QT_TRANSLATE_NOOP("Rules", "Instance without an IAM role"),
                      Pillar::Security, Severity::Warning, ContextPolicy::None,
                      {ElementKind::Ec2Instance, ElementKind::AutoScalingGroup},
                      QT_TRANSLATE_NOOP("Rules", "With a role (instance profile) no access key or secret key goes into source "
                                                 "code or configuration; the SDKs pick the role's temporary credentials up."),
                      QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC02, identity management); seeds B and G."),
                      QT_TRANSLATE_NOOP("Rules", "Attach an IAM role with least privilege (seed M)."),
                      QT_TRANSLATE_NOOP("Rules", "Also checks Auto Scaling groups; an instance that belongs to a group is "
                                                 "judged through the group, whose role it gets.")},
                     checkIamRole});
    rules.push_back({{"rds-storage-unencrypted", QT_TRANSLATE_NOOP("Rules", "RDS storage not encrypted"),
                      Pillar::Security, Severity::Warning, ContextPolicy::None, {ElementKind::RdsInstance},
                      QT_TRANSLATE_NOOP("Rules", "Data at rest should be encrypted; for RDS this can only be chosen when the "
                                                 "instance is created."),
                      QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC08, protect data at rest)."),
                      QT_TRANSLATE_NOOP("Rules", "Enable storage encryption (at creation; an existing instance needs a snapshot "
                                                 "copy with encryption and a restore)."),
                      ""},
                     checkRdsEncryption});
    rules.push_back({{"s3-public-bucket", QT_TRANSLATE_NOOP("Rules", "Public S3 bucket"),
                      Pillar::Security, Severity::Error, ContextPolicy::None, {ElementKind::S3Bucket},
                      QT_TRANSLATE_NOOP("Rules", "Serve content through CloudFront rather than public S3 links; a public bucket "
                                                 "exposes every object and its listing mistakes."),
                      QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC08); seed M."),
                      QT_TRANSLATE_NOOP("Rules", "Turn Block Public Access on and give CloudFront an origin access control."),
                      QT_TRANSLATE_NOOP("Rules", "Reported when the bucket grants public read, or when Block Public Access is off.")},
                     checkS3Public});
    rules.push_back({{"cloudfront-allows-http", QT_TRANSLATE_NOOP("Rules", "CloudFront allows plain HTTP"),
                      Pillar::Security, Severity::Warning, ContextPolicy::None, {ElementKind::CloudFront},
                      QT_TRANSLATE_NOOP("Rules", "Encrypt data in transit; certificates from ACM cost nothing."),
                      QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC09, protect data in transit); seed S."),
                      QT_TRANSLATE_NOOP("Rules", "Set the viewer protocol policy to redirect-to-https or https-only."),
                      ""},
                     checkCloudFrontHttp});
    rules.push_back({{"lb-http-without-https", QT_TRANSLATE_NOOP("Rules", "Load balancer serves plain HTTP"),
                      Pillar::Security, Severity::Warning, ContextPolicy::None, {ElementKind::LoadBalancer},
                      QT_TRANSLATE_NOOP("Rules", "Terminate TLS at the load balancer: traffic is encrypted in transit and the "
                                                 "web servers are spared the work."),
                      QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC09); seed B."),
                      QT_TRANSLATE_NOOP("Rules", "Add an HTTPS listener with an ACM certificate and make the HTTP listener "
                                                 "redirect to HTTPS."),
                      QT_TRANSLATE_NOOP("Rules", "Any HTTP listener of an internet-facing load balancer that forwards instead of "
                                                 "redirecting is reported, even beside an HTTPS listener.")},
                     checkLbHttp});
}

} // namespace pillar
