// VPCs, subnets, route tables and gateways (which decide public subnets),
// NAT gateways (and the routes through them), security groups with inline
// rules and their rules as resources.
#include "TfTranslators.h"

#include "../CfnHelpers.h"

namespace pillar {

namespace {

using namespace tf;

const QStringList kRouteTables = {QStringLiteral("aws_route_table"), QStringLiteral("aws_default_route_table")};
const QStringList kGateways = {QStringLiteral("aws_internet_gateway")};
const QStringList kNatGateways = {QStringLiteral("aws_nat_gateway")};
const QStringList kEips = {QStringLiteral("aws_eip")};

void vpc(TfTranslation &t)
{
    t.set(QStringLiteral("CidrBlock"), t.value("cidr_block"));
}

void subnet(TfTranslation &t)
{
    t.set(QStringLiteral("VpcId"), t.ref("vpc_id", kVpcs));
    t.set(QStringLiteral("CidrBlock"), t.value("cidr_block"));
    t.set(QStringLiteral("AvailabilityZone"), t.value("availability_zone"));
    t.set(QStringLiteral("MapPublicIpOnLaunch"), t.value("map_public_ip_on_launch"));
}

void internetGateway(TfTranslation &t)
{
    t.set(QStringLiteral("VpcId"), t.ref("vpc_id", kVpcs));
}

// Terraform's "" for an unset optional string is no value.
CfnValue nonEmptyValue(CfnValue v)
{
    return v.isScalar() && v.text.isEmpty() ? CfnValue() : v;
}

// One AWS::EC2::Route from a route given inline or as a resource.
CfnValue routeProperties(const TfTranslation &t, const TfNode &at, CfnValue table)
{
    CfnValue p;
    p.type = CfnValue::Map;
    t.set(&p, QStringLiteral("RouteTableId"), std::move(table));
    const bool inlineRoute = at.value != t.root().value;
    t.set(&p, QStringLiteral("DestinationCidrBlock"), nonEmptyValue(t.value(at, inlineRoute ? "cidr_block" : "destination_cidr_block")));
    t.set(&p, QStringLiteral("DestinationIpv6CidrBlock"), nonEmptyValue(t.optional(at, inlineRoute ? "ipv6_cidr_block" : "destination_ipv6_cidr_block")));
    t.set(&p, QStringLiteral("GatewayId"), nonEmptyValue(t.optional(at, "gateway_id").isNull() ? CfnValue() : t.ref(at, "gateway_id", kGateways)));
    t.set(&p, QStringLiteral("NatGatewayId"),
          nonEmptyValue(t.optional(at, "nat_gateway_id").isNull() ? CfnValue() : t.ref(at, "nat_gateway_id", kNatGateways)));
    return p;
}

void routeTable(TfTranslation &t)
{
    t.set(QStringLiteral("VpcId"), t.ref("vpc_id", kVpcs));
    int n = 0;
    for (const TfNode &route : t.blocks("route")) {
        ImportResource r;
        r.id = t.id() + QStringLiteral(".route.") + QString::number(n++);
        r.type = QStringLiteral("AWS::EC2::Route");
        r.properties = routeProperties(t, route, CfnValue::resourceRef(t.id()));
        r.line = route.value->line;
        r.column = route.value->column;
        t.extra << r;
    }
}

void route(TfTranslation &t)
{
    t.properties() = routeProperties(t, t.root(), t.ref("route_table_id", kRouteTables));
}

void routeTableAssociation(TfTranslation &t)
{
    t.set(QStringLiteral("SubnetId"), t.ref("subnet_id", kSubnets));
    t.set(QStringLiteral("RouteTableId"), t.ref("route_table_id", kRouteTables));
}

void eip(TfTranslation &t)
{
    t.set(QStringLiteral("InstanceId"), t.ref("instance", kInstances));
}

void natGateway(TfTranslation &t)
{
    t.set(QStringLiteral("SubnetId"), t.ref("subnet_id", kSubnets));
    t.set(QStringLiteral("ConnectivityType"), nonEmptyValue(t.value("connectivity_type")));
    t.set(QStringLiteral("AllocationId"), nonEmptyValue(t.optional("allocation_id").isNull() ? CfnValue() : t.ref("allocation_id", kEips)));
}

void eipAssociation(TfTranslation &t)
{
    t.set(QStringLiteral("InstanceId"), t.ref("instance_id", kInstances));
}

// The sources of one Terraform rule, each a CloudFormation rule of its own:
// a rule with two CIDR blocks and a group is three rules to the checker.
QVector<CfnValue> ruleSources(const TfTranslation &t, const TfNode &at, const CfnValue &common, const CfnValue &selfGroup)
{
    QVector<CfnValue> out;
    auto with = [&](const char *key, CfnValue source) {
        CfnValue rule = common;
        rule.map.append({QLatin1String(key), std::move(source)});
        out << rule;
    };
    for (const auto &[attribute, key] : {std::pair{"cidr_blocks", "CidrIp"}, std::pair{"ipv6_cidr_blocks", "CidrIpv6"}}) {
        const CfnValue v = t.optional(at, attribute);
        if (v.isList()) {
            for (const CfnValue &cidr : v.items)
                with(key, cidr);
        } else if (!v.isNull()) {
            with(key, v);
        }
    }
    if (!t.optional(at, "security_groups").isNull()) {
        const CfnValue groups = t.refs(at, "security_groups", kSecurityGroups);
        for (const CfnValue &g : groups.items)
            with("SourceSecurityGroupId", g);
    }
    if (!t.optional(at, "source_security_group_id").isNull()) {
        const CfnValue group = nonEmptyValue(t.ref(at, "source_security_group_id", kSecurityGroups));
        if (!group.isNull())
            with("SourceSecurityGroupId", group);
    }
    const CfnValue self = t.optional(at, "self");
    if (t.isTrue(self))
        with("SourceSecurityGroupId", selfGroup);
    else if (self.type == CfnValue::Unknown)
        with("SourceSecurityGroupId", self);
    const CfnValue prefixes = t.optional(at, "prefix_list_ids");
    if ((prefixes.isList() && !prefixes.items.isEmpty()) || prefixes.type == CfnValue::Unknown)
        with("SourcePrefixListId", prefixes);
    return out;
}

CfnValue ruleCommon(const TfTranslation &t, const TfNode &at)
{
    CfnValue rule;
    rule.type = CfnValue::Map;
    t.set(&rule, QStringLiteral("IpProtocol"), t.value(at, "protocol"));
    t.set(&rule, QStringLiteral("FromPort"), t.value(at, "from_port"));
    t.set(&rule, QStringLiteral("ToPort"), t.value(at, "to_port"));
    t.set(&rule, QStringLiteral("Description"), t.optional(at, "description"));
    return rule;
}

void securityGroup(TfTranslation &t)
{
    t.set(QStringLiteral("VpcId"), t.ref("vpc_id", kVpcs));
    t.set(QStringLiteral("GroupDescription"), nonEmptyValue(t.optional("description")));
    const CfnValue ingress = t.value("ingress");
    if (ingress.type == CfnValue::Unknown) {
        t.set(QStringLiteral("SecurityGroupIngress"), ingress);
        return;
    }
    CfnValue rules;
    rules.type = CfnValue::List;
    for (const TfNode &rule : t.blocks("ingress")) // a rule without sources admits nothing
        rules.items << ruleSources(t, rule, ruleCommon(t, rule), CfnValue::resourceRef(t.id()));
    t.set(QStringLiteral("SecurityGroupIngress"), rules);
}

// aws_security_group_rule: an ingress (merged into its group) or an egress.
void securityGroupRule(TfTranslation &t)
{
    const CfnValue direction = t.value("type");
    const bool egress = direction.isScalar() && direction.text == QLatin1String("egress");
    t.type = egress ? QStringLiteral("AWS::EC2::SecurityGroupEgress") : QStringLiteral("AWS::EC2::SecurityGroupIngress");
    const CfnValue group = t.ref("security_group_id", kSecurityGroups);
    CfnValue common = ruleCommon(t, t.root());
    t.set(&common, QStringLiteral("GroupId"), group);
    const QVector<CfnValue> rules = ruleSources(t, t.root(), common, group);
    if (rules.isEmpty()) {
        t.properties() = common;
        return;
    }
    t.properties() = rules.first();
    for (int i = 1; i < rules.size(); ++i)
        t.extra << ImportResource{t.id() + QStringLiteral(".source.") + QString::number(i), t.type, rules[i],
                                  t.resource().line, t.resource().column};
}

// aws_vpc_security_group_ingress_rule / _egress_rule: one source each.
void vpcSecurityGroupRule(TfTranslation &t)
{
    t.set(QStringLiteral("GroupId"), t.ref("security_group_id", kSecurityGroups));
    t.set(QStringLiteral("IpProtocol"), t.value("ip_protocol"));
    t.set(QStringLiteral("FromPort"), t.value("from_port"));
    t.set(QStringLiteral("ToPort"), t.value("to_port"));
    t.set(QStringLiteral("Description"), nonEmptyValue(t.optional("description")));
    t.set(QStringLiteral("CidrIp"), nonEmptyValue(t.optional("cidr_ipv4")));
    t.set(QStringLiteral("CidrIpv6"), nonEmptyValue(t.optional("cidr_ipv6")));
    if (!t.optional("referenced_security_group_id").isNull())
        t.set(QStringLiteral("SourceSecurityGroupId"), nonEmptyValue(t.ref("referenced_security_group_id", kSecurityGroups)));
    t.set(QStringLiteral("SourcePrefixListId"), nonEmptyValue(t.optional("prefix_list_id")));
}

} // namespace

const QVector<TfTranslator> &tfNetworkTranslators()
{
    static const QVector<TfTranslator> list = {
        {"aws_vpc", "AWS::EC2::VPC", vpc},
        {"aws_default_vpc", "AWS::EC2::VPC", vpc},
        {"aws_subnet", "AWS::EC2::Subnet", subnet},
        {"aws_default_subnet", "AWS::EC2::Subnet", subnet},
        {"aws_internet_gateway", "AWS::EC2::InternetGateway", internetGateway},
        {"aws_route_table", "AWS::EC2::RouteTable", routeTable},
        {"aws_default_route_table", "AWS::EC2::RouteTable", routeTable},
        {"aws_route", "AWS::EC2::Route", route},
        {"aws_route_table_association", "AWS::EC2::SubnetRouteTableAssociation", routeTableAssociation},
        {"aws_eip", "AWS::EC2::EIP", eip},
        {"aws_nat_gateway", "AWS::EC2::NatGateway", natGateway},
        {"aws_eip_association", "AWS::EC2::EIPAssociation", eipAssociation},
        {"aws_security_group", "AWS::EC2::SecurityGroup", securityGroup},
        {"aws_default_security_group", "AWS::EC2::SecurityGroup", securityGroup},
        {"aws_security_group_rule", "AWS::EC2::SecurityGroupIngress", securityGroupRule},
        {"aws_vpc_security_group_ingress_rule", "AWS::EC2::SecurityGroupIngress", vpcSecurityGroupRule},
        {"aws_vpc_security_group_egress_rule", "AWS::EC2::SecurityGroupEgress", vpcSecurityGroupRule},
    };
    return list;
}

} // namespace pillar
