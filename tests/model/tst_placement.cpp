#include "Placement.h"
#include "KindInfo.h"

#include <QtTest>

using namespace pillar;

namespace {

// vpc > az > {public, private}; plus a bucket, users, an LB and a DB; a
// region and one element of each serverless, messaging and container kind.
Design sampleDesign()
{
    Design d;
    auto add = [&d](const QString &id, ElementKind kind, const QString &parent = QString()) {
        Element e;
        e.id = id;
        e.kind = kind;
        e.parent = parent;
        d.insertElement(e);
    };
    add("vpc", ElementKind::Vpc);
    add("az", ElementKind::AvailabilityZone, "vpc");
    add("subnet", ElementKind::Subnet, "az");
    add("web", ElementKind::Ec2Instance, "subnet");
    add("db", ElementKind::RdsInstance, "subnet");
    add("cache", ElementKind::ElastiCache, "subnet");
    add("lb", ElementKind::LoadBalancer, "vpc");
    add("sg", ElementKind::SecurityGroup, "vpc");
    add("bucket", ElementKind::S3Bucket);
    add("cdn", ElementKind::CloudFront);
    add("users", ElementKind::Internet);
    add("dns", ElementKind::Route53Record);
    add("region", ElementKind::Region);
    add("queue", ElementKind::SqsQueue, "region");
    add("topic", ElementKind::SnsTopic);
    add("fn", ElementKind::LambdaFunction, "vpc");
    add("api", ElementKind::ApiGateway, "region");
    add("table", ElementKind::DynamoDbTable);
    add("stream", ElementKind::KinesisStream);
    add("nat", ElementKind::NatGateway, "subnet");
    add("ecs", ElementKind::EcsService, "vpc");
    add("eks", ElementKind::EksCluster, "vpc");
    return d;
}

} // namespace

Q_DECLARE_METATYPE(pillar::ElementKind)

class TestPlacement : public QObject
{
    Q_OBJECT

private slots:
    void placement_data()
    {
        QTest::addColumn<ElementKind>("kind");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QString>("problem"); // empty = allowed
        QTest::newRow("vpc top") << ElementKind::Vpc << "" << "";
        QTest::newRow("az in vpc") << ElementKind::AvailabilityZone << "vpc" << "";
        QTest::newRow("subnet in az") << ElementKind::Subnet << "az" << "";
        QTest::newRow("ec2 in subnet") << ElementKind::Ec2Instance << "subnet" << "";
        QTest::newRow("rds in subnet") << ElementKind::RdsInstance << "subnet" << "";
        QTest::newRow("cache in subnet") << ElementKind::ElastiCache << "subnet" << "";
        QTest::newRow("lb in vpc") << ElementKind::LoadBalancer << "vpc" << "";
        QTest::newRow("asg in vpc") << ElementKind::AutoScalingGroup << "vpc" << "";
        QTest::newRow("sg in vpc") << ElementKind::SecurityGroup << "vpc" << "";
        QTest::newRow("s3 top") << ElementKind::S3Bucket << "" << "";
        QTest::newRow("az top") << ElementKind::AvailabilityZone << "" << "Place an Availability Zone inside a VPC.";
        QTest::newRow("subnet top") << ElementKind::Subnet << "" << "Place a subnet inside an Availability Zone.";
        QTest::newRow("subnet in vpc") << ElementKind::Subnet << "vpc" << "Place a subnet inside an Availability Zone, not in the VPC 'vpc'.";
        QTest::newRow("ec2 top") << ElementKind::Ec2Instance << "" << "Place an EC2 instance inside a subnet.";
        QTest::newRow("ec2 in az") << ElementKind::Ec2Instance << "az" << "Place an EC2 instance inside a subnet, not in the Availability Zone 'az'.";
        QTest::newRow("rds in vpc") << ElementKind::RdsInstance << "vpc" << "Place an RDS instance inside a subnet, not in the VPC 'vpc'.";
        QTest::newRow("lb top") << ElementKind::LoadBalancer << "" << "Place a load balancer inside a VPC.";
        QTest::newRow("s3 in vpc") << ElementKind::S3Bucket << "vpc" << "Place an S3 bucket outside any VPC; it cannot go in the VPC 'vpc'.";
        QTest::newRow("cloudfront in subnet") << ElementKind::CloudFront << "subnet" << "Place a CloudFront distribution outside any VPC";
        QTest::newRow("vpc in vpc") << ElementKind::Vpc << "vpc" << "A VPC cannot be placed inside another element.";
        QTest::newRow("ec2 in ec2") << ElementKind::Ec2Instance << "web" << "not in the EC2 instance 'web'";
        QTest::newRow("missing parent") << ElementKind::Ec2Instance << "nowhere" << "There is no element 'nowhere'";
        QTest::newRow("vpc in region") << ElementKind::Vpc << "region" << "";
        QTest::newRow("queue in region") << ElementKind::SqsQueue << "region" << "";
        QTest::newRow("table top") << ElementKind::DynamoDbTable << "" << "";
        QTest::newRow("lambda top") << ElementKind::LambdaFunction << "" << "";
        QTest::newRow("lambda in vpc") << ElementKind::LambdaFunction << "vpc" << "";
        QTest::newRow("nat in subnet") << ElementKind::NatGateway << "subnet" << "";
        QTest::newRow("ecs in vpc") << ElementKind::EcsService << "vpc" << "";
        QTest::newRow("region in vpc") << ElementKind::Region << "vpc" << "A region cannot be placed inside another element.";
        QTest::newRow("region in region") << ElementKind::Region << "region" << "A region cannot be placed inside another element.";
        QTest::newRow("queue in vpc") << ElementKind::SqsQueue << "vpc" << "Place an SQS queue outside any VPC; it cannot go in the VPC 'vpc'. It may stand in a region.";
        QTest::newRow("lambda in subnet") << ElementKind::LambdaFunction << "subnet" << "Place a Lambda function inside a VPC or a region, not in the Subnet 'subnet'.";
        QTest::newRow("nat top") << ElementKind::NatGateway << "" << "Place a NAT gateway inside a subnet.";
        QTest::newRow("ecs top") << ElementKind::EcsService << "" << "Place an ECS service inside a VPC.";
        QTest::newRow("eks in subnet") << ElementKind::EksCluster << "subnet" << "Place an EKS cluster inside a VPC, not in the Subnet 'subnet'.";
        QTest::newRow("vpc in vpc, regions exist") << ElementKind::Vpc << "vpc" << "Only a region holds VPCs.";
    }
    void placement()
    {
        QFETCH(ElementKind, kind);
        QFETCH(QString, parent);
        QFETCH(QString, problem);
        const QString actual = placementProblem(sampleDesign(), kind, parent);
        if (problem.isEmpty())
            QVERIFY2(actual.isEmpty(), qPrintable(actual));
        else
            QVERIFY2(actual.contains(problem), qPrintable(actual));
    }

    void everyKindHasAHome()
    {
        // Each kind can be placed somewhere: top level or in an allowed parent.
        for (const KindInfo &info : allKinds())
            QVERIFY(canBeTopLevel(info.kind) || !allowedParentKinds(info.kind).isEmpty());
    }

    void moveRefusesCycles()
    {
        const Design d = sampleDesign();
        QVERIFY(moveProblem(d, "az", "subnet").contains("inside itself"));
        QVERIFY(moveProblem(d, "web", "subnet").isEmpty());
        QVERIFY(moveProblem(d, "web", "vpc").contains("Place an EC2 instance inside a subnet"));
    }

    void connections_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("problem");
        QTest::newRow("users to dns") << "users" << "dns" << "";
        QTest::newRow("dns to lb") << "dns" << "lb" << "";
        QTest::newRow("lb to web") << "lb" << "web" << "";
        QTest::newRow("web to db") << "web" << "db" << "";
        QTest::newRow("web to cache") << "web" << "cache" << "";
        QTest::newRow("web to bucket") << "web" << "bucket" << "";
        QTest::newRow("cdn to bucket") << "cdn" << "bucket" << "";
        QTest::newRow("cdn to lb") << "cdn" << "lb" << "";
        QTest::newRow("users to db") << "users" << "db" << ""; // legal, but the checker objects
        QTest::newRow("cdn to db") << "cdn" << "db" << "A CloudFront origin must be an S3 bucket, a load balancer or an EC2 instance";
        QTest::newRow("bucket to db") << "bucket" << "db" << "An S3 bucket does not open connections";
        QTest::newRow("lb to db") << "lb" << "db" << "A load balancer forwards to EC2 instances or an Auto Scaling group";
        QTest::newRow("db to web") << "db" << "web" << "An RDS instance only connects to another RDS instance";
        QTest::newRow("cache to web") << "cache" << "web" << "does not open connections";
        QTest::newRow("to users") << "web" << "users" << "draw connections from it, not to it";
        QTest::newRow("to subnet") << "web" << "subnet" << "network boundary";
        QTest::newRow("from sg") << "sg" << "web" << "network boundary";
        QTest::newRow("self") << "web" << "web" << "cannot connect to itself";
        QTest::newRow("missing") << "web" << "ghost" << "ends at 'ghost', which does not exist";
        // What AWS lets the new kinds do.
        QTest::newRow("queue triggers lambda") << "queue" << "fn" << "";
        QTest::newRow("lambda sends to queue") << "fn" << "queue" << "";
        QTest::newRow("ec2 polls queue") << "web" << "queue" << "";
        QTest::newRow("queue to ec2") << "queue" << "web" << "other consumers poll the queue, so draw the connection from the consumer to the queue";
        QTest::newRow("topic to queue") << "topic" << "queue" << "";
        QTest::newRow("topic to lambda") << "topic" << "fn" << "";
        QTest::newRow("topic to table") << "topic" << "table" << "An SNS topic delivers to its subscriptions";
        QTest::newRow("api to lambda") << "api" << "fn" << "";
        QTest::newRow("api to lb") << "api" << "lb" << "";
        QTest::newRow("api to table") << "api" << "table" << "";
        QTest::newRow("api to db") << "api" << "db" << "An API Gateway API integrates with Lambda functions";
        QTest::newRow("users to api") << "users" << "api" << "";
        QTest::newRow("dns to api") << "dns" << "api" << "";
        QTest::newRow("cdn to api") << "cdn" << "api" << "";
        QTest::newRow("lambda to table") << "fn" << "table" << "";
        QTest::newRow("lambda to stream") << "fn" << "stream" << "";
        QTest::newRow("lambda to bucket") << "fn" << "bucket" << "";
        QTest::newRow("lambda to topic") << "fn" << "topic" << "";
        QTest::newRow("ecs to queue") << "ecs" << "queue" << "";
        QTest::newRow("eks to table") << "eks" << "table" << "";
        QTest::newRow("stream to lambda") << "stream" << "fn" << "";
        QTest::newRow("stream to ec2") << "stream" << "web" << "draw the connection from the consumer to the stream";
        QTest::newRow("table stream to lambda") << "table" << "fn" << "";
        QTest::newRow("table to ec2") << "table" << "web" << "A DynamoDB table only opens connections from its stream";
        QTest::newRow("bucket notifies lambda") << "bucket" << "fn" << "";
        QTest::newRow("lb to lambda") << "lb" << "fn" << "";
        QTest::newRow("lb to ecs") << "lb" << "ecs" << "";
        QTest::newRow("to nat") << "web" << "nat" << "A NAT gateway is a route, not a connection end";
        QTest::newRow("from nat") << "nat" << "web" << "A NAT gateway is a route, not a connection end";
        QTest::newRow("to region") << "web" << "region" << "network boundary";
        QTest::newRow("dns to queue") << "dns" << "queue" << "A Route 53 record cannot connect to a";
    }
    void connections()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, problem);
        const QString actual = connectionProblem(sampleDesign(), from, to);
        if (problem.isEmpty())
            QVERIFY2(actual.isEmpty(), qPrintable(actual));
        else
            QVERIFY2(actual.contains(problem), qPrintable(actual));
    }
};

QTEST_GUILESS_MAIN(TestPlacement)
#include "tst_placement.moc"
