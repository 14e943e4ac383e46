// AWS::EC2::SecurityGroup with its inline ingress rules, and the rules given
// as resources of their own: AWS::EC2::SecurityGroupIngress (merged into its
// group) and AWS::EC2::SecurityGroupEgress (skipped: Pillar checks ingress).
#include "../MappingContext.h"
#include "../ResourceMapper.h"

#include "../../../Cidr.h"
#include "../../CfnHelpers.h"

namespace pillar {

using cfn::tr;

namespace {

// Builds one rule; false and *problem when part of it is unknown. May add
// stand-in security groups for sources outside the template.
bool ingressRule(MappingContext &context, const CfnValue &rule, IngressRule *out, QString *problem)
{
    NetworkPlacement &net = context.network();
    if (!rule.isMap()) {
        *problem = tr("an ingress rule: %1").arg(MappingContext::why(rule));
        return false;
    }
    const CfnValue *proto = rule.get(QStringLiteral("IpProtocol"));
    if (!proto || !proto->isScalar()) {
        *problem = tr("IpProtocol: %1").arg(proto ? MappingContext::why(*proto) : tr("missing"));
        return false;
    }
    const QString p = proto->text.toLower();
    if (p == QLatin1String("-1") || p == QLatin1String("all"))
        out->protocol = QStringLiteral("all");
    else if (p == QLatin1String("tcp") || p == QLatin1String("6"))
        out->protocol = QStringLiteral("tcp");
    else if (p == QLatin1String("udp") || p == QLatin1String("17"))
        out->protocol = QStringLiteral("udp");
    else if (p == QLatin1String("icmp") || p == QLatin1String("1") || p == QLatin1String("icmpv6") || p == QLatin1String("58"))
        out->protocol = QStringLiteral("icmp");
    else {
        *problem = tr("IpProtocol '%1' is not modelled").arg(proto->text);
        return false;
    }
    if (out->protocol != QLatin1String("all")) {
        const CfnValue *from = rule.get(QStringLiteral("FromPort"));
        const CfnValue *to = rule.get(QStringLiteral("ToPort"));
        bool okFrom = true, okTo = true;
        int f = from ? from->toInt(&okFrom) : 0;
        int t = to ? to->toInt(&okTo) : (from ? f : 65535);
        if (!okFrom || !okTo) {
            *problem = tr("port range: %1").arg(MappingContext::why(!okFrom ? *from : *to));
            return false;
        }
        if (f < 0 || t < 0) { // -1 means every port (or every ICMP type)
            f = 0;
            t = 65535;
        }
        if (f > 65535 || t > 65535 || t < f) {
            *problem = tr("port range %1-%2 is not valid").arg(f).arg(t);
            return false;
        }
        out->fromPort = f;
        out->toPort = t;
    }
    const CfnValue *description = rule.get(QStringLiteral("Description"));
    if (description && description->isScalar())
        out->description = description->text;
    for (const char *key : {"CidrIp", "CidrIpv6"}) {
        const CfnValue *cidr = rule.get(QLatin1String(key));
        if (!cidr)
            continue;
        if (!cidr->isScalar()) {
            *problem = tr("%1: %2").arg(QLatin1String(key), MappingContext::why(*cidr));
            return false;
        }
        QString bad;
        if (!Cidr::parse(cidr->text, &bad)) {
            *problem = tr("%1 '%2': %3").arg(QLatin1String(key), cidr->text, bad);
            return false;
        }
        out->cidr = cidr->text;
        return true;
    }
    for (const char *key : {"SourceSecurityGroupId", "SourceSecurityGroupName"}) {
        const CfnValue *group = rule.get(QLatin1String(key));
        if (!group)
            continue;
        bool known = true;
        const QString id = net.securityGroupElement(*group, &known);
        if (id.isEmpty()) {
            *problem = tr("%1: %2").arg(QLatin1String(key), MappingContext::why(*group));
            return false;
        }
        out->sourceGroup = id;
        return true;
    }
    if (rule.get(QStringLiteral("SourcePrefixListId")))
        *problem = tr("the source is a prefix list, whose addresses are not in the template");
    else
        *problem = tr("an ingress rule without a source");
    return false;
}

// Adds rules (a list of rules or one) to the security group element sgId.
void addIngressTo(MappingContext &context, const QString &sgId, const CfnValue &rules)
{
    const Element *target = context.design().element(sgId);
    if (!target || target->kind != ElementKind::SecurityGroup)
        return; // the caller resolved something else: nothing to add rules to
    QVector<CfnValue> list;
    if (rules.isList())
        list = rules.items;
    else if (rules.isMap())
        list << rules;
    else {
        context.markUnknown(sgId, QStringLiteral("ingress"), tr("SecurityGroupIngress: %1").arg(MappingContext::why(rules)));
        return;
    }
    for (const CfnValue &rule : list) {
        IngressRule out;
        QString problem;
        if (!ingressRule(context, rule, &out, &problem)) {
            context.markUnknown(sgId, QStringLiteral("ingress"), problem);
            continue;
        }
        Element *sg = context.design().element(sgId); // looked up after ingressRule may have added elements
        if (sg && !sg->ingress.contains(out))
            sg->ingress.append(out);
    }
}

class SecurityGroupMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        NetworkPlacement &net = context.network();
        // All groups first: inline rules may name a group defined further down.
        for (const ImportResource *r : resources) {
            Element sg;
            sg.id = r->id;
            sg.kind = ElementKind::SecurityGroup;
            if (const CfnValue *vpc = r->properties.get(QStringLiteral("VpcId"))) {
                sg.parent = net.vpcElement(vpc);
                if (sg.parent.isEmpty())
                    sg.parent = net.externalVpc();
            }
            const CfnValue *description = r->properties.get(QStringLiteral("GroupDescription"));
            if (description && description->isScalar())
                sg.properties.insert(QStringLiteral("description"), description->text);
            context.add(sg);
            context.record(r->id, ImportedResource::Mapped, r->id, QString());
        }
        for (const ImportResource *r : resources) {
            if (const CfnValue *rules = r->properties.get(QStringLiteral("SecurityGroupIngress")))
                addIngressTo(context, r->id, *rules);
        }
    }
};

class SecurityGroupIngressMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        for (const ImportResource *r : resources) {
            bool known = true;
            const CfnValue *group = r->properties.get(QStringLiteral("GroupId"));
            if (!group)
                group = r->properties.get(QStringLiteral("GroupName"));
            const QString sg = group ? context.network().securityGroupElement(*group, &known) : QString();
            if (sg.isEmpty()) {
                context.record(r->id, ImportedResource::Skipped, QString(), tr("the security group it belongs to is not known"));
                continue;
            }
            addIngressTo(context, sg, r->properties);
            context.record(r->id, ImportedResource::Merged, sg, tr("ingress rule of %1").arg(sg));
        }
    }
};

class SecurityGroupEgressMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &resources) const override
    {
        for (const ImportResource *r : resources)
            context.record(r->id, ImportedResource::Skipped, QString(), tr("egress rules are not modelled; Pillar checks ingress"));
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(SecurityGroupMapper)
PILLAR_RESOURCE_MAPPER(SecurityGroupIngressMapper)
PILLAR_RESOURCE_MAPPER(SecurityGroupEgressMapper)

} // namespace pillar
