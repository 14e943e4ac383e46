#include "GeneratedTemplates.h"

#include <QString>
#include <QVector>

#include <utility>

namespace pillar::test {

namespace {

// A template value before it is written in one syntax or the other.
struct Node {
    enum Kind { Text, Flag, List, Map, Function } kind = Text;
    QByteArray text; // Text, Flag ("true"/"false", written bare), Function name without "Fn::"
    QVector<Node> items;
    QVector<std::pair<QByteArray, Node>> entries;
};

Node str(const QByteArray &text) { return {Node::Text, text, {}, {}}; }
Node flag(bool on) { return {Node::Flag, on ? "true" : "false", {}, {}}; }
Node list(QVector<Node> items) { return {Node::List, {}, std::move(items), {}}; }
Node map(QVector<std::pair<QByteArray, Node>> entries) { return {Node::Map, {}, {}, std::move(entries)}; }
Node fn(const QByteArray &name, Node argument) { return {Node::Function, name, {std::move(argument)}, {}}; }
Node ref(const QByteArray &id) { return fn("Ref", str(id)); }
Node getAtt(const QByteArray &id, const QByteArray &attribute) { return fn("GetAtt", list({str(id), str(attribute)})); }
QByteArray num(int n) { return QByteArray::number(n); }

void writeJson(const Node &n, QByteArray *out, int indent)
{
    const QByteArray pad(indent + 2, ' ');
    switch (n.kind) {
    case Node::Text:
        *out += '"' + n.text + '"';
        break;
    case Node::Flag:
        *out += n.text;
        break;
    case Node::List:
        *out += '[';
        for (int i = 0; i < n.items.size(); ++i) {
            *out += i ? ", " : "";
            writeJson(n.items[i], out, indent);
        }
        *out += ']';
        break;
    case Node::Map:
        *out += "{\n";
        for (int i = 0; i < n.entries.size(); ++i) {
            *out += pad + '"' + n.entries[i].first + "\": ";
            writeJson(n.entries[i].second, out, indent + 2);
            *out += i + 1 < n.entries.size() ? ",\n" : "\n";
        }
        *out += QByteArray(indent, ' ') + '}';
        break;
    case Node::Function:
        *out += "{\"" + (n.text == "Ref" ? n.text : "Fn::" + n.text) + "\": ";
        writeJson(n.items[0], out, indent);
        *out += '}';
        break;
    }
}

// Written plain where YAML allows it, as hand-written templates are.
bool plainIsSafe(const QByteArray &text)
{
    if (text.isEmpty() || !QChar::isLetterOrNumber(uchar(text[0])) || text.contains(": ") || text.endsWith(':'))
        return false;
    for (char c : text) {
        if (!QChar::isLetterOrNumber(uchar(c)) && !QByteArray(" ._/:-").contains(c))
            return false;
    }
    return true;
}

// Flow style for everything inside a function or a list of scalars; block
// style for maps, as hand-written templates do.
void writeYamlFlow(const Node &n, QByteArray *out)
{
    switch (n.kind) {
    case Node::Text:
        *out += plainIsSafe(n.text) ? n.text : '\'' + n.text + '\'';
        break;
    case Node::Flag:
        *out += n.text;
        break;
    case Node::List:
        *out += '[';
        for (int i = 0; i < n.items.size(); ++i) {
            *out += i ? ", " : "";
            writeYamlFlow(n.items[i], out);
        }
        *out += ']';
        break;
    case Node::Map:
        *out += '{';
        for (int i = 0; i < n.entries.size(); ++i) {
            *out += (i ? ", " : "") + n.entries[i].first + ": ";
            writeYamlFlow(n.entries[i].second, out);
        }
        *out += '}';
        break;
    case Node::Function:
        *out += '!' + n.text + ' ';
        if (n.text == "GetAtt")
            *out += n.items[0].items[0].text + '.' + n.items[0].items[1].text;
        else
            writeYamlFlow(n.items[0], out);
        break;
    }
}

void writeYamlBlock(const Node &n, QByteArray *out, int indent)
{
    const QByteArray pad(indent, ' ');
    for (const auto &entry : n.entries) {
        *out += pad + entry.first + ':';
        const Node &v = entry.second;
        if (v.kind == Node::Map) {
            *out += '\n';
            writeYamlBlock(v, out, indent + 2);
        } else if (v.kind == Node::List && !v.items.isEmpty() && v.items[0].kind == Node::Map) {
            *out += '\n';
            for (const Node &item : v.items) {
                QByteArray block;
                writeYamlBlock(item, &block, indent + 2);
                block.replace(0, indent + 2, pad + "- ");
                *out += block;
            }
        } else {
            *out += ' ';
            writeYamlFlow(v, out);
            *out += '\n';
        }
    }
}

QVector<std::pair<QByteArray, Node>> cell(int i, int seed)
{
    const QByteArray n = num(i);
    const QByteArray previousGroup = "Sg" + num(i > 0 ? i - 1 : 0);
    const QByteArray sourceKey = i > 0 ? "SourceSecurityGroupId" : "CidrIp";
    const Node ingressSource = i > 0 ? getAtt(previousGroup, "GroupId") : str("10.0.0.0/8");
    return {
        {"Subnet" + n, map({{"Type", str("AWS::EC2::Subnet")},
                            {"Properties", map({{"VpcId", ref("Vpc")},
                                                {"CidrBlock", str("10." + num(i / 256 % 256) + '.' + num(i % 256) + ".0/24")},
                                                {"AvailabilityZone", fn("Select", list({str(num(i % 2)), fn("GetAZs", str(""))}))},
                                                {"MapPublicIpOnLaunch", flag(i % 4 == 0)},
                                                {"Tags", list({map({{"Key", str("Name")},
                                                                    {"Value", fn("Sub", str("${AWS::StackName}-subnet-" + n))}})})}})}})},
        {"Sg" + n, map({{"Type", str("AWS::EC2::SecurityGroup")},
                        {"Properties", map({{"GroupDescription", str("tier " + n + " of stack " + num(seed))},
                                            {"VpcId", ref("Vpc")},
                                            {"SecurityGroupIngress", list({map({{"IpProtocol", str("tcp")},
                                                                                {"FromPort", str(num(443 + seed % 3))},
                                                                                {"ToPort", str(num(443 + seed % 3))},
                                                                                {sourceKey, ingressSource}})})}})}})},
        {"Instance" + n, map({{"Type", str("AWS::EC2::Instance")},
                              {"Properties", map({{"InstanceType", str(i % 3 ? "t3.micro" : "m5.large")},
                                                  {"ImageId", ref("ImageId")},
                                                  {"SubnetId", ref("Subnet" + n)},
                                                  {"SecurityGroupIds", list({getAtt("Sg" + n, "GroupId")})}})}})},
        {"DbSubnets" + n, map({{"Type", str("AWS::RDS::DBSubnetGroup")},
                               {"Properties", map({{"DBSubnetGroupDescription", str("database subnets " + n)},
                                                   {"SubnetIds", list({ref("Subnet" + n), ref("Subnet" + num(i > 0 ? i - 1 : 0))})}})}})},
        {"Db" + n, map({{"Type", str("AWS::RDS::DBInstance")},
                        {"Properties", map({{"Engine", str("mysql")},
                                            {"DBInstanceClass", str("db.t3.micro")},
                                            {"AllocatedStorage", str("20")},
                                            {"StorageEncrypted", flag(i % 5 != 0)},
                                            {"MultiAZ", fn("If", list({str("IsProd"), flag(true), flag(false)}))},
                                            {"DBSubnetGroupName", ref("DbSubnets" + n)},
                                            {"VPCSecurityGroups", list({getAtt("Sg" + n, "GroupId")})}})}})},
        {"Bucket" + n, map({{"Type", str("AWS::S3::Bucket")},
                            {"Properties", map({{"BucketName", fn("Sub", str("${AWS::StackName}-" + num(seed) + "-data-" + n))},
                                                {"VersioningConfiguration", map({{"Status", str("Enabled")}})}})}})},
    };
}

// A cell of the network template: resources that point at other resources
// and are read by those others' mappers (a route by its table, an Elastic IP
// by its instance, a bucket policy by its bucket).
QVector<std::pair<QByteArray, Node>> networkCell(int i, int seed)
{
    const QByteArray n = num(i);
    const bool viaIgw = i % 3 != 0; // the others route to a gateway the template does not define
    return {
        {"Subnet" + n, map({{"Type", str("AWS::EC2::Subnet")},
                            {"Properties", map({{"VpcId", ref("Vpc")},
                                                {"CidrBlock", str("10." + num(i / 256 % 256) + '.' + num(i % 256) + ".0/24")},
                                                {"AvailabilityZone", fn("Select", list({str(num(i % 2)), fn("GetAZs", str(""))}))}})}})},
        {"Routes" + n, map({{"Type", str("AWS::EC2::RouteTable")}, {"Properties", map({{"VpcId", ref("Vpc")}})}})},
        {"DefaultRoute" + n, map({{"Type", str("AWS::EC2::Route")},
                                  {"Properties", map({{"RouteTableId", ref("Routes" + n)},
                                                      {"DestinationCidrBlock", str("0.0.0.0/0")},
                                                      {"GatewayId", viaIgw ? ref("Igw") : str("igw-0abc" + num(seed))}})}})},
        {"RoutesOf" + n, map({{"Type", str("AWS::EC2::SubnetRouteTableAssociation")},
                              {"Properties", map({{"SubnetId", ref("Subnet" + n)}, {"RouteTableId", ref("Routes" + n)}})}})},
        {"Host" + n, map({{"Type", str("AWS::EC2::Instance")},
                          {"Properties", map({{"InstanceType", str("t3.micro")}, {"ImageId", ref("ImageId")}, {"SubnetId", ref("Subnet" + n)}})}})},
        {"HostIp" + n, map({{"Type", str(i % 2 ? "AWS::EC2::EIP" : "AWS::EC2::EIPAssociation")},
                            {"Properties", map({{"InstanceId", ref("Host" + n)}})}})},
        {"Logs" + n, map({{"Type", str("AWS::S3::Bucket")}})},
        {"LogsPolicy" + n, map({{"Type", str("AWS::S3::BucketPolicy")},
                                {"Properties", map({{"Bucket", ref("Logs" + n)},
                                                    {"PolicyDocument", map({{"Statement", list({map({{"Effect", str("Allow")},
                                                                                                       {"Principal", map({{"Service", str("logging.s3.amazonaws.com")}})},
                                                                                                       {"Action", str("s3:PutObject")},
                                                                                                       {"Resource", fn("Sub", str("arn:aws:s3:::${Logs" + n + "}/*"))}})})}})}})}})},
    };
}

QByteArray generated(int resources, TemplateSyntax syntax, int seed, QVector<std::pair<QByteArray, Node>> (*cellAt)(int, int))
{
    QVector<std::pair<QByteArray, Node>> all = {
        {"Vpc", map({{"Type", str("AWS::EC2::VPC")},
                     {"Properties", map({{"CidrBlock", str("10.0.0.0/8")}, {"EnableDnsHostnames", flag(true)}})}})},
        {"Igw", map({{"Type", str("AWS::EC2::InternetGateway")}})},
        {"IgwAttachment", map({{"Type", str("AWS::EC2::VPCGatewayAttachment")},
                               {"Properties", map({{"VpcId", ref("Vpc")}, {"InternetGatewayId", ref("Igw")}})}})},
    };
    for (int i = 0; all.size() < resources; ++i) {
        for (auto &entry : cellAt(i, seed)) {
            if (all.size() < resources)
                all.append(std::move(entry));
        }
    }
    const Node root = map({
        {"AWSTemplateFormatVersion", str("2010-09-09")},
        {"Description", str("Generated template " + num(seed) + " of " + num(resources) + " resources")},
        {"Parameters", map({{"Env", map({{"Type", str("String")}, {"Default", str(seed % 2 ? "prod" : "test")}})},
                            {"ImageId", map({{"Type", str("AWS::EC2::Image::Id")}, {"Default", str("ami-0abcdef1234567890")}})}})},
        {"Conditions", map({{"IsProd", fn("Equals", list({ref("Env"), str("prod")}))}})},
        {"Resources", map(all)},
    });
    QByteArray out;
    if (syntax == TemplateSyntax::Json) {
        writeJson(root, &out, 0);
        out += '\n';
    } else {
        writeYamlBlock(root, &out, 0);
    }
    return out;
}

} // namespace

QByteArray generatedTemplate(int resources, TemplateSyntax syntax, int seed)
{
    return generated(resources, syntax, seed, cell);
}

QByteArray generatedNetworkTemplate(int resources, TemplateSyntax syntax, int seed)
{
    return generated(resources, syntax, seed, networkCell);
}

} // namespace pillar::test
