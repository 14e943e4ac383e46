// The Terraform front end over small plans and states written for the cases
// the corpus lacks: modules with count and for_each, values known only after
// apply resolved through configuration references, destroyed and replaced
// resources, split S3 resources, raw state v4, and bad input.
#include "TestPaths.h"
#include "importers/terraform/TerraformImport.h"
#include "importers/terraform/TfJsonReader.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pillar;

namespace {

QString dataFile(const QString &name)
{
    return test::dataDir() + QStringLiteral("/terraform/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// "kind" or "kind in parent" of an element, "" when absent.
QString placed(const Design &d, const QString &id)
{
    const Element *e = d.element(id);
    return e ? kindKey(e->kind) + (e->parent.isEmpty() ? QString() : QStringLiteral(" in ") + e->parent) : QString();
}

} // namespace

class TestTerraformImport : public QObject
{
    Q_OBJECT

private slots:
    void elements_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        const QString plan = QStringLiteral("plan-modules.json");
        QTest::newRow("module vpc") << plan << "module.vpc.aws_vpc.this" << "vpc";
        QTest::newRow("for_each subnet in its AZ") << plan << "module.vpc.aws_subnet.private.a" << "subnet in module.vpc.aws_vpc.this-eu-west-1a";
        QTest::newRow("through a local: the module's only VPC") << plan << "module.vpc.aws_subnet.public.a" << "subnet in module.vpc.aws_vpc.this-eu-west-1a";
        QTest::newRow("count instance 0 takes the first subnet") << plan << "aws_instance.web.0" << "ec2-instance in module.vpc.aws_subnet.private.a";
        QTest::newRow("count instance 1 takes the second") << plan << "aws_instance.web.1" << "ec2-instance in module.vpc.aws_subnet.private.b";
        QTest::newRow("group in the module's VPC through an output") << plan << "aws_security_group.web" << "security-group in module.vpc.aws_vpc.this";
        QTest::newRow("other provider not drawn") << plan << "random_pet.name" << "";
        QTest::newRow("bucket") << "plan-destroy.json" << "aws_s3_bucket.assets" << "s3-bucket";
        QTest::newRow("replaced instance kept") << "plan-destroy.json" << "aws_instance.app" << "ec2-instance in subnet-0123456789abcdef0";
        QTest::newRow("destroyed database left out") << "plan-destroy.json" << "aws_db_instance.legacy" << "";
        QTest::newRow("state v4 subnet") << "state-v4.tfstate" << "aws_subnet.app.1" << "subnet in aws_vpc.main-us-west-2b";
        QTest::newRow("state v4 module database") << "state-v4.tfstate" << "module.db.aws_db_instance.this" << "rds-instance in aws_subnet.app.0";
        QTest::newRow("state v4 string key") << "state-v4.tfstate" << "aws_security_group.rules.db" << "security-group in aws_vpc.main";
        QTest::newRow("state load balancer") << "state-show.json" << "aws_lb.front" << "load-balancer in vpc";
        QTest::newRow("state record") << "state-show.json" << "aws_route53_record.www" << "route53-record";
    }
    void elements()
    {
        QFETCH(QString, file);
        QFETCH(QString, id);
        QFETCH(QString, expected);
        const CfnImportResult r = importTerraformFile(dataFile(file));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QString got = placed(*r.design, id);
        // Stand-ins for things outside the document get made-up ids; compare their kind.
        if (expected.endsWith(QLatin1String(" in vpc")) || expected.endsWith(QLatin1String(" in subnet-0123456789abcdef0"))) {
            const Element *e = r.design->element(id);
            QVERIFY2(e, qPrintable(id));
            const Element *parent = r.design->element(e->parent);
            QVERIFY(parent);
            got = kindKey(e->kind) + QStringLiteral(" in ") + (parent->kind == ElementKind::Vpc ? QStringLiteral("vpc") : parent->name.section(QLatin1Char(' '), 0, 0));
        }
        QCOMPARE(got, expected);
        for (const Element &e : r.design->elements())
            QVERIFY2(Design::isValidId(e.id), qPrintable(e.id));
    }

    void report_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("reason");
        const QString plan = QStringLiteral("plan-modules.json");
        QTest::newRow("for_each address kept") << plan << "module.vpc.aws_subnet.private[\"a\"]" << int(ImportedResource::Mapped)
                                               << "module.vpc.aws_subnet.private.a" << "";
        QTest::newRow("route table read") << plan << "module.vpc.aws_route_table.public" << int(ImportedResource::Used) << "" << "public";
        QTest::newRow("other provider") << plan << "random_pet.name" << int(ImportedResource::Skipped) << "" << "not an AWS resource";
        QTest::newRow("destroyed") << "plan-destroy.json" << "aws_db_instance.legacy" << int(ImportedResource::Skipped) << "" << "destroyed";
        QTest::newRow("public access block folded") << "plan-destroy.json" << "aws_s3_bucket_public_access_block.assets"
                                                    << int(ImportedResource::Merged) << "aws_s3_bucket.assets" << "public access block";
        QTest::newRow("type without element") << "plan-destroy.json" << "aws_s3_bucket_versioning.assets" << int(ImportedResource::Skipped)
                                              << "" << "no element for aws_s3_bucket_versioning";
        QTest::newRow("rule merged") << "state-v4.tfstate" << "aws_security_group_rule.db_from_app" << int(ImportedResource::Merged)
                                     << "aws_security_group.rules.db" << "ingress";
        QTest::newRow("egress rule") << "state-v4.tfstate" << "aws_vpc_security_group_egress_rule.app_all" << int(ImportedResource::Skipped)
                                     << "" << "egress";
        QTest::newRow("subnet group used") << "state-v4.tfstate" << "module.db.aws_db_subnet_group.this" << int(ImportedResource::Used) << "" << "subnet group";
        QTest::newRow("attachment folded") << "state-show.json" << "aws_lb_target_group_attachment.app[\"i-1\"]" << int(ImportedResource::Merged)
                                           << "aws_lb.front" << "target of aws_lb_target_group.app";
        QTest::newRow("listener merged") << "state-show.json" << "aws_lb_listener.http" << int(ImportedResource::Merged) << "aws_lb.front" << "listener";
    }
    void report()
    {
        QFETCH(QString, file);
        QFETCH(QString, address);
        QFETCH(int, outcome);
        QFETCH(QString, element);
        QFETCH(QString, reason);
        const CfnImportResult r = importTerraformFile(dataFile(file));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        const ImportedResource *entry = r.report.resource(address);
        QVERIFY2(entry, qPrintable(r.report.toText()));
        QCOMPARE(int(entry->outcome), outcome);
        QCOMPARE(entry->element, element);
        QVERIFY2(entry->reason.contains(reason), qPrintable(entry->reason));
        QVERIFY(entry->line > 0);
    }

    // A type Pillar has no element for is listed as not modelled (lint says
    // so); a destroyed resource or another provider's is not.
    void typesWithoutElementAreNotModelled()
    {
        const CfnImportResult destroy = importTerraformFile(dataFile(QStringLiteral("plan-destroy.json")));
        QVERIFY(destroy.ok());
        QCOMPARE(destroy.report.notModelledTypes(), QStringLiteral("aws_s3_bucket_versioning ×1"));
        const CfnImportResult modules = importTerraformFile(dataFile(QStringLiteral("plan-modules.json")));
        QVERIFY(modules.ok());
        QVERIFY2(modules.report.notModelled().isEmpty(), qPrintable(modules.report.notModelledTypes()));
    }

    // What the plans say about the architecture, as the checker will see it.
    void facts()
    {
        const CfnImportResult plan = importTerraformFile(dataFile(QStringLiteral("plan-modules.json")));
        QVERIFY(plan.ok());
        const Design &d = *plan.design;
        QCOMPARE(d.element(QStringLiteral("module.vpc.aws_subnet.public.a"))->boolValue(QStringLiteral("public")), true);
        QCOMPARE(d.element(QStringLiteral("module.vpc.aws_subnet.private.a"))->boolValue(QStringLiteral("public")), false);
        const Element *web = d.element(QStringLiteral("aws_instance.web.0"));
        QCOMPARE(web->securityGroups, QStringList{QStringLiteral("aws_security_group.web")});
        QVERIFY(web->isUnknown(QStringLiteral("iamRole")) || web->stringValue(QStringLiteral("iamRole")).isEmpty());
        const Element *sg = d.element(QStringLiteral("aws_security_group.web"));
        QCOMPARE(sg->ingress.size(), 2);
        QCOMPARE(sg->ingress.first().cidr, QStringLiteral("0.0.0.0/0"));
        QCOMPARE(sg->ingress.first().fromPort, 22);

        const CfnImportResult destroy = importTerraformFile(dataFile(QStringLiteral("plan-destroy.json")));
        QVERIFY(destroy.ok());
        const Element *bucket = destroy.design->element(QStringLiteral("aws_s3_bucket.assets"));
        QCOMPARE(bucket->boolValue(QStringLiteral("blockPublicAccess")), true);
        QCOMPARE(bucket->boolValue(QStringLiteral("encryption")), true);

        const CfnImportResult state = importTerraformFile(dataFile(QStringLiteral("state-v4.tfstate")));
        QVERIFY(state.ok());
        const Element *db = state.design->element(QStringLiteral("module.db.aws_db_instance.this"));
        QCOMPARE(db->boolValue(QStringLiteral("multiAz")), true);
        QCOMPARE(db->boolValue(QStringLiteral("storageEncrypted")), true);
        QCOMPARE(db->securityGroups, QStringList{QStringLiteral("aws_security_group.rules.db")});
        const Element *dbGroup = state.design->element(QStringLiteral("aws_security_group.rules.db"));
        QCOMPARE(dbGroup->ingress.size(), 1);
        QCOMPARE(dbGroup->ingress.first().sourceGroup, QStringLiteral("aws_security_group.rules.app"));
        QCOMPARE(state.design->element(QStringLiteral("aws_security_group.rules.app"))->ingress.size(), 1);

        const CfnImportResult shown = importTerraformFile(dataFile(QStringLiteral("state-show.json")));
        QVERIFY(shown.ok());
        bool lbToInstance = false;
        for (const Connection &c : shown.design->connections())
            lbToInstance = lbToInstance || (c.from == QLatin1String("aws_lb.front") && c.to == QLatin1String("aws_instance.app"));
        QVERIFY(lbToInstance);
        QCOMPARE(shown.design->element(QStringLiteral("aws_lb.front"))->stringValue(QStringLiteral("healthCheckPath")), QStringLiteral("/health"));
    }

    // A value known only after apply with nothing in the configuration to
    // tell it stays unknown, and the element is listed as not fully checked.
    void unknownStaysUnknown()
    {
        QByteArray plan = readAll(dataFile(QStringLiteral("plan-modules.json")));
        plan.replace("\"vpc_security_group_ids\": {\"references\": [\"aws_security_group.web.id\", \"aws_security_group.web\"]}",
                     "\"vpc_security_group_ids\": {\"references\": [\"var.groups\"]}");
        const CfnImportResult r = importTerraform(plan, QStringLiteral("plan.json"));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        const Element *web = r.design->element(QStringLiteral("aws_instance.web.0"));
        QVERIFY(web->isUnknown(QStringLiteral("securityGroups")));
        QVERIFY(r.report.notFullyChecked().contains(QStringLiteral("aws_instance.web.0")));
    }

    // IMDSv2 or not comes from metadata_options; a file without the block
    // leaves it unknown rather than assuming EC2's default.
    void metadataOptions()
    {
        QByteArray plan = readAll(dataFile(QStringLiteral("plan-modules.json")));
        CfnImportResult r = importTerraform(plan, QStringLiteral("plan.json"));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QVERIFY(r.design->element(QStringLiteral("aws_instance.web.0"))->isUnknown(QStringLiteral("httpTokens")));
        QVERIFY(r.report.notFullyChecked().contains(QStringLiteral("aws_instance.web.0")));
        plan.replace("\"instance_type\": \"t3.micro\", \"monitoring\": false, \"tags\": {\"Name\": \"web-0\"}",
                     "\"instance_type\": \"t3.micro\", \"monitoring\": false, \"tags\": {\"Name\": \"web-0\"}, "
                     "\"metadata_options\": [{\"http_endpoint\": \"enabled\", \"http_tokens\": \"optional\"}]");
        plan.replace("\"tags\": {\"Name\": \"web-1\"}",
                     "\"tags\": {\"Name\": \"web-1\"}, \"metadata_options\": [{\"http_tokens\": \"required\"}]");
        r = importTerraform(plan, QStringLiteral("plan.json"));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        const Element *web0 = r.design->element(QStringLiteral("aws_instance.web.0"));
        const Element *web1 = r.design->element(QStringLiteral("aws_instance.web.1"));
        QVERIFY(!web0->isUnknown(QStringLiteral("httpTokens")));
        QCOMPARE(web0->value(QStringLiteral("httpTokens")).toString(), QStringLiteral("optional"));
        QCOMPARE(web1->value(QStringLiteral("httpTokens")).toString(), QStringLiteral("required"));
    }

    void ids_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("id");
        QTest::newRow("plain") << "aws_vpc.main" << "aws_vpc.main";
        QTest::newRow("count") << "aws_subnet.public[0]" << "aws_subnet.public.0";
        QTest::newRow("for_each") << "module.vpc.aws_subnet.private[\"a\"]" << "module.vpc.aws_subnet.private.a";
        QTest::newRow("dotted key") << "aws_instance.named[\"test.1\"]" << "aws_instance.named.test.1";
        QTest::newRow("spaces and slashes") << "aws_s3_bucket.b[\"my bucket/x\"]" << "aws_s3_bucket.b.my_bucket_x";
        QTest::newRow("counted module") << "module.db[0].module.x.aws_db_instance.this" << "module.db.0.module.x.aws_db_instance.this";
    }
    void ids()
    {
        QFETCH(QString, address);
        QFETCH(QString, id);
        QCOMPARE(terraformElementId(address), id);
        QVERIFY(Design::isValidId(id));
    }
    void longIdsStayValidAndApart()
    {
        const QString a = QStringLiteral("module.a.module.b.module.c.") + QString(150, QLatin1Char('x')) + QStringLiteral(".aws_vpc.one");
        const QString b = QStringLiteral("module.z.module.b.module.c.") + QString(150, QLatin1Char('x')) + QStringLiteral(".aws_vpc.one");
        QVERIFY(Design::isValidId(terraformElementId(a)));
        QVERIFY(terraformElementId(a).endsWith(QLatin1String("aws_vpc.one-")) == false);
        QVERIFY(terraformElementId(a) != terraformElementId(b));
    }

    void sniffing_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("terraform");
        QTest::newRow("plan") << QByteArray("{\"format_version\":\"1.2\",\"terraform_version\":\"1.8.5\"}") << true;
        QTest::newRow("raw state") << QByteArray("{\n  \"version\": 4,\n  \"terraform_version\": \"1.2.2\"}") << true;
        QTest::newRow("template") << QByteArray("{\"AWSTemplateFormatVersion\":\"2010-09-09\",\"Resources\":{}}") << false;
        QTest::newRow("design") << QByteArray("{\"format\":\"pillar-design\",\"version\":1}") << false;
        QTest::newRow("yaml") << QByteArray("format_version: 1\n") << false;
    }
    void sniffing()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, terraform);
        QCOMPARE(looksLikeTerraform(text), terraform);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << "not-json.json" << "1:" << "not valid JSON";
        QTest::newRow("truncated") << "truncated.json" << "10:42" << "ends early";
        QTest::newRow("format_version 2") << "format-v2.json" << "1:19" << "format_version 2.0 is not supported";
        QTest::newRow("other provider only") << "other-provider.json" << "1:1" << "no AWS resources";
        QTest::newRow("deeply nested") << "deep.json" << "1:" << "deeper than 128";
        QTest::newRow("wrong shape") << "wrong-shape.json" << "1:98" << "resources must be a list";
    }
    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(QString, location);
        QFETCH(QString, message);
        const QString path = dataFile(QStringLiteral("bad/") + file);
        const CfnImportResult r = importTerraformFile(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.file, path);
        QVERIFY2(r.error.location.startsWith(location), qPrintable(r.error.toString()));
        QVERIFY2(r.error.message.contains(message), qPrintable(r.error.toString()));
    }
    void hugeFileRefused()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("huge.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format_version\":\"1.2\"");
        QVERIFY(f.resize(kMaxTerraformBytes + 1)); // sparse: costs no disk
        f.close();
        const CfnImportResult r = importTerraformFile(f.fileName());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.message.contains(QLatin1String("larger than")), qPrintable(r.error.toString()));
    }
};

QTEST_GUILESS_MAIN(TestTerraformImport)
#include "tst_terraformimport.moc"
