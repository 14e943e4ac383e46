// The mapping layer on its own: one row per listed resource type (what the
// type's mapper makes of a small template), the list itself, and resources
// handed over by hand as another front-end would, with no template at all.
#include "ElementKind.h"
#include "KindInfo.h"
#include "importers/CfnImport.h"
#include "importers/mapping/ResourceMapper.h"
#include "importers/mapping/ResourceMapping.h"

#include <QtTest>

using namespace pillar;

Q_DECLARE_METATYPE(ImportedResource::Outcome)

namespace {

CfnValue scalar(const char *text)
{
    return CfnValue::scalar(QLatin1String(text));
}

CfnValue mapOf(std::initializer_list<std::pair<const char *, CfnValue>> entries)
{
    CfnValue m;
    m.type = CfnValue::Map;
    for (const auto &e : entries)
        m.map.append({QLatin1String(e.first), e.second});
    return m;
}

ImportResource resource(const char *id, const char *type, CfnValue properties = mapOf({}))
{
    return {QLatin1String(id), QLatin1String(type), std::move(properties), 0, 0};
}

} // namespace

class TestResourceMapping : public QObject
{
    Q_OBJECT

private slots:
    void eachTypeIsListedOnce()
    {
        QSet<QString> types;
        for (const ResourceMapping &m : resourceMappings()) {
            QVERIFY2(m.type.startsWith(QLatin1String("AWS::")), m.type.data());
            QVERIFY2(!types.contains(m.type), m.type.data());
            types.insert(m.type);
        }
        QVERIFY(types.size() >= 15);
    }

    // One row per type of the list: a template with the resource (and what
    // it needs), the resource's outcome, and the kind of element it became.
    void mapsEachListedType_data()
    {
        QTest::addColumn<QByteArray>("resources");
        QTest::addColumn<QString>("id");
        QTest::addColumn<ImportedResource::Outcome>("outcome");
        QTest::addColumn<QString>("element"); // kind of the element `id` became or was merged into, "" none

        const QByteArray vpc = "  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}\n";
        const QByteArray subnet = vpc + "  Subnet: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24}}\n";
        const QByteArray sg = vpc + "  Sg: {Type: AWS::EC2::SecurityGroup, Properties: {VpcId: !Ref Vpc, GroupDescription: web}}\n";
        const QByteArray lb = subnet
            + "  Lb: {Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: {Subnets: [!Ref Subnet]}}\n"
              "  Tg: {Type: AWS::ElasticLoadBalancingV2::TargetGroup, Properties: {Port: 80}}\n"
              "  Listener: {Type: AWS::ElasticLoadBalancingV2::Listener, Properties: {LoadBalancerArn: !Ref Lb, Port: 80,"
              " Protocol: HTTP, DefaultActions: [{Type: forward, TargetGroupArn: !Ref Tg}]}}\n";
        QTest::newRow("AWS::EC2::VPC") << vpc << "Vpc" << ImportedResource::Mapped << "vpc";
        QTest::newRow("AWS::EC2::Subnet") << subnet << "Subnet" << ImportedResource::Mapped << "subnet";
        QTest::newRow("AWS::EC2::SecurityGroup") << sg << "Sg" << ImportedResource::Mapped << "security-group";
        QTest::newRow("AWS::EC2::SecurityGroupIngress")
            << sg + "  In: {Type: AWS::EC2::SecurityGroupIngress, Properties: {GroupId: !Ref Sg, IpProtocol: tcp, FromPort: 443,"
                    " ToPort: 443, CidrIp: 0.0.0.0/0}}\n"
            << "In" << ImportedResource::Merged << "security-group";
        QTest::newRow("AWS::EC2::SecurityGroupEgress")
            << sg + "  Out: {Type: AWS::EC2::SecurityGroupEgress, Properties: {GroupId: !Ref Sg, IpProtocol: '-1'}}\n"
            << "Out" << ImportedResource::Skipped << "";
        QTest::newRow("AWS::EC2::Instance")
            << subnet + "  Web: {Type: AWS::EC2::Instance, Properties: {SubnetId: !Ref Subnet, InstanceType: t3.micro}}\n"
            << "Web" << ImportedResource::Mapped << "ec2-instance";
        QTest::newRow("AWS::AutoScaling::AutoScalingGroup")
            << subnet + "  Asg: {Type: AWS::AutoScaling::AutoScalingGroup, Properties: {VPCZoneIdentifier: [!Ref Subnet],"
                        " MinSize: 1, MaxSize: 2}}\n"
            << "Asg" << ImportedResource::Mapped << "auto-scaling-group";
        QTest::newRow("AWS::ElasticLoadBalancingV2::LoadBalancer") << lb << "Lb" << ImportedResource::Mapped << "load-balancer";
        QTest::newRow("AWS::ElasticLoadBalancing::LoadBalancer")
            << subnet + "  Elb: {Type: AWS::ElasticLoadBalancing::LoadBalancer, Properties: {Subnets: [!Ref Subnet]}}\n"
            << "Elb" << ImportedResource::Mapped << "load-balancer";
        QTest::newRow("AWS::ElasticLoadBalancingV2::TargetGroup") << lb << "Tg" << ImportedResource::Merged << "load-balancer";
        QTest::newRow("AWS::RDS::DBInstance")
            << QByteArray("  Db: {Type: AWS::RDS::DBInstance, Properties: {Engine: mysql, DBInstanceClass: db.t3.micro}}\n")
            << "Db" << ImportedResource::Mapped << "rds-instance";
        QTest::newRow("AWS::ElastiCache::ReplicationGroup")
            << QByteArray("  Cache: {Type: AWS::ElastiCache::ReplicationGroup, Properties: {Engine: redis, NumCacheClusters: 2}}\n")
            << "Cache" << ImportedResource::Mapped << "elasticache-cluster";
        QTest::newRow("AWS::S3::Bucket") << QByteArray("  Bucket: {Type: AWS::S3::Bucket}\n") << "Bucket" << ImportedResource::Mapped
                                         << "s3-bucket";
        QTest::newRow("AWS::CloudFront::Distribution")
            << QByteArray("  Cdn: {Type: AWS::CloudFront::Distribution, Properties: {DistributionConfig: {DefaultCacheBehavior:"
                          " {ViewerProtocolPolicy: https-only}}}}\n")
            << "Cdn" << ImportedResource::Mapped << "cloudfront-distribution";
        QTest::newRow("AWS::Route53::RecordSet")
            << QByteArray("  Dns: {Type: AWS::Route53::RecordSet, Properties: {Name: www.example.com., Type: CNAME}}\n") << "Dns"
            << ImportedResource::Mapped << "route53-record";
        const QByteArray queue = "  Queue: {Type: AWS::SQS::Queue}\n";
        const QByteArray topic = "  Topic: {Type: AWS::SNS::Topic}\n";
        const QByteArray fn = "  Fn: {Type: AWS::Lambda::Function, Properties: {Runtime: python3.12}}\n";
        QTest::newRow("AWS::SQS::Queue") << queue << "Queue" << ImportedResource::Mapped << "sqs-queue";
        QTest::newRow("AWS::SNS::Topic") << topic << "Topic" << ImportedResource::Mapped << "sns-topic";
        QTest::newRow("AWS::Kinesis::Stream") << QByteArray("  Stream: {Type: AWS::Kinesis::Stream, Properties: {ShardCount: 1}}\n")
                                              << "Stream" << ImportedResource::Mapped << "kinesis-stream";
        QTest::newRow("AWS::DynamoDB::Table") << QByteArray("  Table: {Type: AWS::DynamoDB::Table, Properties: {BillingMode: PAY_PER_REQUEST}}\n")
                                              << "Table" << ImportedResource::Mapped << "dynamodb-table";
        QTest::newRow("AWS::Lambda::Function") << fn << "Fn" << ImportedResource::Mapped << "lambda-function";
        QTest::newRow("AWS::ApiGateway::RestApi") << QByteArray("  Api: {Type: AWS::ApiGateway::RestApi, Properties: {Name: a}}\n")
                                                  << "Api" << ImportedResource::Mapped << "api-gateway";
        QTest::newRow("AWS::ApiGatewayV2::Api") << QByteArray("  Api: {Type: AWS::ApiGatewayV2::Api, Properties: {ProtocolType: HTTP}}\n")
                                                << "Api" << ImportedResource::Mapped << "api-gateway";
        QTest::newRow("AWS::EC2::NatGateway") << subnet + "  Nat: {Type: AWS::EC2::NatGateway, Properties: {SubnetId: !Ref Subnet}}\n"
                                              << "Nat" << ImportedResource::Mapped << "nat-gateway";
        QTest::newRow("AWS::ECS::Service")
            << subnet + "  Svc: {Type: AWS::ECS::Service, Properties: {LaunchType: FARGATE, NetworkConfiguration:"
                        " {AwsvpcConfiguration: {Subnets: [!Ref Subnet]}}}}\n"
            << "Svc" << ImportedResource::Mapped << "ecs-service";
        QTest::newRow("AWS::EKS::Cluster")
            << subnet + "  Eks: {Type: AWS::EKS::Cluster, Properties: {ResourcesVpcConfig: {SubnetIds: [!Ref Subnet]}}}\n"
            << "Eks" << ImportedResource::Mapped << "eks-cluster";
        QTest::newRow("AWS::SNS::Subscription")
            << queue + topic + "  Sub: {Type: AWS::SNS::Subscription, Properties: {TopicArn: !Ref Topic, Protocol: sqs, Endpoint: !GetAtt Queue.Arn}}\n"
            << "Sub" << ImportedResource::Merged << "sns-topic";
        QTest::newRow("AWS::Lambda::EventSourceMapping")
            << queue + fn + "  Map: {Type: AWS::Lambda::EventSourceMapping, Properties: {EventSourceArn: !GetAtt Queue.Arn, FunctionName: !Ref Fn}}\n"
            << "Map" << ImportedResource::Merged << "lambda-function";
    }

    void mapsEachListedType()
    {
        QFETCH(QByteArray, resources);
        QFETCH(QString, id);
        QFETCH(ImportedResource::Outcome, outcome);
        QFETCH(QString, element);
        const CfnImportResult r = importCloudFormation("Resources:\n" + resources, QStringLiteral("t.yaml"));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        const ImportedResource *entry = r.report.resource(id);
        QVERIFY(entry);
        QCOMPARE(entry->outcome, outcome);
        const Element *e = r.design->element(r.report.elementFor(id));
        QCOMPARE(e ? kindKey(e->kind) : QString(), element);
        // Every row's type has a mapper in the list.
        bool listed = false;
        for (const ResourceMapping &m : resourceMappings())
            listed = listed || m.type == QLatin1String(QTest::currentDataTag());
        QVERIFY(listed);
    }

    // The kind table names the CloudFormation types of each kind: each of
    // them, alone in a template, becomes an element of that kind.
    void kindTableTypesBecomeTheirKind()
    {
        int checked = 0;
        for (const KindInfo &info : allKinds()) {
            for (const char *type : info.cfnTypes) {
                const QByteArray properties = QByteArray(type) == "AWS::Route53::RecordSet" ? "{Type: A}" : "{}";
                const QByteArray text = "Resources:\n  It: {Type: " + QByteArray(type) + ", Properties: " + properties + "}\n";
                const CfnImportResult r = importCloudFormation(text, QStringLiteral("t.yaml"));
                QVERIFY2(r.ok(), type);
                const Element *e = r.design->element(r.report.elementFor(QStringLiteral("It")));
                QVERIFY2(e && e->kind == info.kind, type);
                ++checked;
            }
        }
        QVERIFY(checked >= 13);
    }

    // A front-end with no template (a Terraform plan, say) hands resources
    // over with references already resolved, and gets the same design and report.
    void resourcesFromAnotherFrontEnd()
    {
        const QVector<ImportResource> resources = {
            resource("aws_vpc.main", "AWS::EC2::VPC", mapOf({{"CidrBlock", scalar("10.0.0.0/16")}})),
            resource("aws_subnet.a", "AWS::EC2::Subnet",
                     mapOf({{"VpcId", CfnValue::resourceRef(QStringLiteral("aws_vpc.main"))},
                            {"AvailabilityZone", scalar("eu-west-1a")},
                            {"CidrBlock", CfnValue::unknown(QStringLiteral("known after apply"))}})),
            resource("aws_instance.web", "AWS::EC2::Instance",
                     mapOf({{"SubnetId", CfnValue::resourceRef(QStringLiteral("aws_subnet.a"))},
                            {"InstanceType", scalar("t3.micro")}})),
            resource("aws_iam_role.r", "AWS::IAM::Role"),
        };
        ImportReport report;
        const Design d = mapResources(resources, {QStringLiteral("eu-west-1"), {}}, &report);
        QCOMPARE(d.info.region, QStringLiteral("eu-west-1"));
        const Element *web = d.element(QStringLiteral("aws_instance.web"));
        QVERIFY(web);
        QCOMPARE(web->parent, QStringLiteral("aws_subnet.a"));
        QCOMPARE(web->stringValue(QStringLiteral("instanceType")), QStringLiteral("t3.micro"));
        const Element *subnet = d.element(QStringLiteral("aws_subnet.a"));
        QVERIFY(subnet && subnet->isUnknown(QStringLiteral("cidr")));
        QCOMPARE(d.element(subnet->parent)->stringValue(QStringLiteral("zone")), QStringLiteral("eu-west-1a"));
        QCOMPARE(report.resources.size(), 4);
        QCOMPARE(report.resources[3].logicalId, QStringLiteral("aws_iam_role.r"));
        QCOMPARE(report.resources[3].outcome, ImportedResource::Skipped);
        QCOMPARE(report.unknowns.first().reason, QStringLiteral("CidrBlock: known after apply"));
    }
};

QTEST_GUILESS_MAIN(TestResourceMapping)
#include "tst_resourcemapping.moc"
