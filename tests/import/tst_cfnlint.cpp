// The checker over imported corpus templates: every violation listed in
// ../shared/corpus/cfn/manifest.json is found by one of our rules (the table
// below maps manifest ids to rule ids), at least 90% overall, each miss
// printed with why; the negative controls show no security or reliability error.
#include "TestPaths.h"
#include "importers/CfnImport.h"
#include "rules/Checker.h"
#include "rules/RuleRegistry.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace pillar;

namespace {

// Manifest violation id -> the rules that report it. Empty: no rule of ours
// covers it. Every miss is printed with the reason noRuleReasons() gives.
const QMap<QString, QStringList> &ruleTable()
{
    static const QMap<QString, QStringList> table = {
        {QStringLiteral("EC2_NO_INSTANCE_PROFILE"), {QStringLiteral("ec2-without-iam-role")}},
        {QStringLiteral("SINGLE_AZ"), {QStringLiteral("compute-single-az"), QStringLiteral("asg-single-az"), QStringLiteral("lb-single-az"),
                                       QStringLiteral("lb-single-target"), QStringLiteral("single-instance-serving-users")}},
        {QStringLiteral("CLOUDFRONT_VIEWER_NOT_HTTPS_ONLY"), {QStringLiteral("cloudfront-allows-http")}},
        {QStringLiteral("ALB_HTTP_LISTENER_NO_REDIRECT"), {QStringLiteral("lb-http-without-https")}},
        {QStringLiteral("CLB_HTTP_LISTENER_ONLY"), {QStringLiteral("lb-http-without-https"), QStringLiteral("classic-load-balancer")}},
        {QStringLiteral("RDS_MULTI_AZ_MISSING_OR_FALSE"), {QStringLiteral("rds-single-az")}},
        {QStringLiteral("RDS_PUBLICLY_ACCESSIBLE"), {QStringLiteral("rds-publicly-accessible")}},
        {QStringLiteral("RDS_STORAGE_NOT_ENCRYPTED"), {QStringLiteral("rds-storage-unencrypted")}},
        {QStringLiteral("DATA_SUBNET_ROUTES_TO_IGW"), {QStringLiteral("data-store-in-public-subnet")}},
        {QStringLiteral("S3_NO_PUBLIC_ACCESS_BLOCK"), {QStringLiteral("s3-public-bucket")}},
        {QStringLiteral("S3_NO_ENCRYPTION_CONFIG"), {QStringLiteral("s3-encryption-not-configured")}},
        {QStringLiteral("ELASTICACHE_NO_ENCRYPTION"), {QStringLiteral("elasticache-unencrypted")}},
        {QStringLiteral("CLOUDFRONT_ORIGIN_HTTP"), {QStringLiteral("cloudfront-origin-http")}},
        {QStringLiteral("CLOUDFRONT_WEAK_TLS"), {QStringLiteral("cloudfront-weak-tls")}},
        // SG_INGRESS_OPEN_WORLD depends on the ports: see rulesFor().
    };
    return table;
}

const QMap<QString, const char *> &noRuleReasons()
{
    static const QMap<QString, const char *> reasons = {
        {QStringLiteral("ALB_HTTP_LISTENER_NO_REDIRECT"), "lb-http-without-https judges internet-facing load balancers only; "
                                                           "an internal one is reached from inside the VPC"},
        {QStringLiteral("RDS_MULTI_AZ_MISSING_OR_FALSE"), "rds-single-az does not report read replicas: a replica's "
                                                           "availability is its source's, replicas exist for reads"},
        {QStringLiteral("SINGLE_AZ"), "an instance the internet reaches only on SSH (or through security groups the template "
                                      "leaves unknown) serves no users: the single-instance and single-AZ rules do not judge it"},
        {QStringLiteral("SG_INGRESS_OPEN_WORLD"), "port 80 open to the world on a web server users reach directly is how it "
                                                  "serves them; the single instance is reported by single-instance-serving-users"},
    };
    return reasons;
}

QStringList rulesFor(const QJsonObject &violation)
{
    const QString id = violation.value(QStringLiteral("id")).toString();
    if (id != QLatin1String("SG_INGRESS_OPEN_WORLD"))
        return ruleTable().value(id);
    const QString detail = violation.value(QStringLiteral("detail")).toString();
    if (detail.contains(QLatin1String("IpProtocol -1")))
        return {QStringLiteral("sg-all-traffic-open")};
    static const QList<int> adminPorts = {22, 3389, 3306, 5432, 1433, 1521, 6379, 11211, 27017, 9200};
    static const QRegularExpression port(QStringLiteral("tcp (\\d+)"));
    for (auto it = port.globalMatch(detail); it.hasNext();) {
        if (adminPorts.contains(it.next().captured(1).toInt()))
            return {QStringLiteral("sg-admin-port-open-to-world")};
    }
    // Web ports open to the world on an instance only a load balancer should reach.
    return {QStringLiteral("sg-world-ingress-on-private-tier")};
}

// Web ports (80/443) open to the world on a group that fronts an
// internet-facing load balancer (or is meant for one and carries nothing
// else): correct, our rules are port-aware; not counted.
bool isPublicWebEntry(const QJsonObject &violation, const Design &design, const QString &sg)
{
    if (violation.value(QStringLiteral("id")).toString() != QLatin1String("SG_INGRESS_OPEN_WORLD"))
        return false;
    const Element *group = design.element(sg);
    if (!group || group->kind != ElementKind::SecurityGroup)
        return false;
    for (const IngressRule &rule : group->ingress) {
        if (!rule.cidr.isEmpty() && (rule.cidr.endsWith(QLatin1String("/0")))
            && !(rule.protocol == QLatin1String("tcp") && rule.fromPort == rule.toPort && (rule.fromPort == 80 || rule.fromPort == 443)))
            return false;
    }
    for (const Element &e : design.elements()) {
        if (!e.securityGroups.contains(sg))
            continue;
        if (e.kind != ElementKind::LoadBalancer || e.stringValue(QStringLiteral("scheme")) != QLatin1String("internet-facing"))
            return false;
    }
    return true;
}

// The elements a manifest resource stands for: the element it became or was
// merged into, everything inside it, and everything that carries it (a group).
QSet<QString> relevantElements(const Design &design, const ImportReport &report, const QString &resource)
{
    QSet<QString> out;
    const QString id = report.elementFor(resource);
    if (id.isEmpty())
        return out;
    out.insert(id);
    for (const QString &d : design.descendants(id))
        out.insert(d);
    for (const Element &e : design.elements()) {
        if (e.securityGroups.contains(id))
            out.insert(e.id);
    }
    return out;
}

} // namespace

class TestCfnLint : public QObject
{
    Q_OBJECT

private slots:
    void tableNamesRealRules()
    {
        for (const QStringList &rules : ruleTable()) {
            for (const QString &rule : rules)
                QVERIFY2(findRule(rule), qPrintable(rule));
        }
        for (const char *rule : {"sg-all-traffic-open", "sg-admin-port-open-to-world", "sg-world-ingress-on-private-tier"})
            QVERIFY(findRule(QLatin1String(rule)));
    }

    void manifestViolationsAreFound()
    {
        const QString dir = test::sharedDir() + QStringLiteral("/corpus/cfn");
        QFile file(dir + QStringLiteral("/manifest.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray manifest = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY(manifest.size() >= 10);

        int counted = 0, found = 0, excluded = 0;
        QStringList misses;
        for (const QJsonValue &entry : manifest) {
            const QJsonObject t = entry.toObject();
            const QString name = t.value(QStringLiteral("file")).toString();
            const CfnImportResult r = importCloudFormationFile(dir + QLatin1Char('/') + name);
            QVERIFY2(r.ok(), qPrintable(r.error.toString()));
            const QVector<Finding> findings = checkDesign(*r.design);

            const QJsonArray violations = t.value(QStringLiteral("violations")).toArray();
            if (violations.isEmpty()) { // negative control
                for (const Finding &f : findings) {
                    const Rule *rule = findRule(f.rule);
                    const bool serious = f.severity == Severity::Error && rule
                        && (rule->info.pillar == Pillar::Security || rule->info.pillar == Pillar::Reliability);
                    QVERIFY2(!serious, qPrintable(name + QLatin1String(": ") + f.rule + QLatin1Char(' ') + f.message));
                }
                continue;
            }
            for (const QJsonValue &v : violations) {
                const QJsonObject violation = v.toObject();
                const QString id = violation.value(QStringLiteral("id")).toString();
                QVERIFY2(id == QLatin1String("SG_INGRESS_OPEN_WORLD") || ruleTable().contains(id), qPrintable(id));
                QStringList resources;
                for (QString part : violation.value(QStringLiteral("resource")).toString().split(QRegularExpression(QStringLiteral("->|,")))) {
                    part = part.trimmed();
                    if (!part.isEmpty())
                        resources << part;
                }
                if (resources.size() >= 1 && isPublicWebEntry(violation, *r.design, r.report.elementFor(resources.last()))
                    && !r.report.elementFor(resources.last()).isEmpty()) {
                    ++excluded;
                    continue;
                }
                ++counted;
                QSet<QString> relevant;
                for (const QString &res : resources)
                    relevant |= relevantElements(*r.design, r.report, res);
                const QStringList rules = rulesFor(violation);
                bool hit = false;
                for (const Finding &f : findings) {
                    if (!rules.contains(f.rule))
                        continue;
                    for (const QString &e : f.elements)
                        hit = hit || relevant.contains(e);
                }
                if (hit) {
                    ++found;
                } else {
                    const char *why = noRuleReasons().value(id, nullptr);
                    misses << QStringLiteral("%1: %2 %3 (%4)%5").arg(name, id, violation.value(QStringLiteral("resource")).toString(),
                                                                     violation.value(QStringLiteral("detail")).toString().left(80),
                                                                     why ? QStringLiteral(" — ") + QLatin1String(why) : QString());
                }
            }
        }
        qInfo("manifest violations: %d counted, %d found (%.1f%%), %d excluded as correct public web entry points",
              counted, found, counted ? 100.0 * found / counted : 0.0, excluded);
        for (const QString &m : misses)
            qInfo("miss: %s", qPrintable(m));
        QVERIFY(counted >= 30);
        QVERIFY2(found * 10 >= counted * 9, "fewer than 90% of the manifest's violations found");
    }

    // pillar-cli lint recognises a template by its content and lints the import.
    void lintCommandTakesTemplates()
    {
        const QString dir = test::sharedDir() + QStringLiteral("/corpus/cfn/");
        QProcess lint;
        lint.start(test::cliPath(), {QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json"),
                                     dir + QStringLiteral("EC2__EC2InstanceWithSecurityGroupSample.yaml")});
        QVERIFY(lint.waitForFinished(30000));
        QCOMPARE(lint.exitCode(), 1); // an error: SSH open to 192.168.1.0/0
        const QJsonObject file = QJsonDocument::fromJson(lint.readAllStandardOutput()).array().first().toObject();
        bool ssh = false;
        for (const QJsonValue &f : file.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject o = f.toObject();
            if (o.value(QStringLiteral("rule")).toString() == QLatin1String("sg-admin-port-open-to-world")) {
                ssh = true;
                QVERIFY(o.value(QStringLiteral("line")).toInt() > 1); // the resource's line in the template
            }
        }
        QVERIFY(ssh);
        QVERIFY(file.value(QStringLiteral("notFullyChecked")).toArray().contains(QStringLiteral("EC2Instance")));

        QProcess clean;
        clean.start(test::cliPath(), {QStringLiteral("lint"), dir + QStringLiteral("VPC__FindInMapAZs.yaml")});
        QVERIFY(clean.waitForFinished(30000));
        QCOMPARE(clean.exitCode(), 0);

        QTemporaryFile bad(QDir::temp().filePath(QStringLiteral("XXXXXX.yaml")));
        QVERIFY(bad.open());
        bad.write("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Web:\n    Properties: {}\n");
        bad.close();
        QProcess broken;
        broken.start(test::cliPath(), {QStringLiteral("lint"), bad.fileName()});
        QVERIFY(broken.waitForFinished(30000));
        QCOMPARE(broken.exitCode(), 2);
        QVERIFY(QString::fromUtf8(broken.readAllStandardError()).contains(QLatin1String("Resources/Web")));
    }

    // lint --parameter gives a template's parameters values, as import does:
    // the SSH source that defaults to 192.168.1.0/0 becomes an office range.
    void lintTakesParameters()
    {
        const QString dir = test::sharedDir() + QStringLiteral("/corpus/cfn/");
        const QString ec2 = dir + QStringLiteral("EC2__EC2InstanceWithSecurityGroupSample.yaml");
        const auto lint = [](const QStringList &args) {
            QProcess p;
            p.start(test::cliPath(), QStringList{QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json")} + args);
            p.waitForFinished(30000);
            QStringList rules;
            const QJsonArray files = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
            for (const QJsonValue &file : files) {
                for (const QJsonValue &f : file.toObject().value(QStringLiteral("findings")).toArray())
                    rules << f.toObject().value(QStringLiteral("rule")).toString();
            }
            return std::make_tuple(p.exitCode(), rules, QString::fromUtf8(p.readAllStandardError()));
        };
        const auto [openCode, open, openErr] = lint({ec2});
        QCOMPARE(openCode, 1);
        QVERIFY(open.contains(QStringLiteral("sg-admin-port-open-to-world")));

        const auto [officeCode, office, officeErr] = lint({QStringLiteral("--parameter"), QStringLiteral("SSHLocation=10.20.0.0/16"), ec2});
        QCOMPARE(officeCode, 0);
        QVERIFY(!office.contains(QStringLiteral("sg-admin-port-open-to-world")));
        QVERIFY(office.contains(QStringLiteral("sg-cidr-where-group-would-do")));
        QVERIFY2(officeErr.isEmpty(), qPrintable(officeErr));

        // A name one template lacks is fine when another takes it; one no
        // template takes is reported (a typo, most likely), and the lint goes on.
        const QString other = dir + QStringLiteral("VPC__FindInMapAZs.yaml");
        const auto [mixedCode, mixed, mixedErr] = lint({QStringLiteral("-p"), QStringLiteral("SSHLocation=10.20.0.0/16"),
                                                        QStringLiteral("-p"), QStringLiteral("SSHLocaton=10.20.0.0/16"), ec2, other});
        QCOMPARE(mixedCode, 0); // the typo is only reported: the right name was given too
        QVERIFY(!mixed.contains(QStringLiteral("sg-admin-port-open-to-world")));
        QVERIFY2(mixedErr.contains(QStringLiteral("--parameter SSHLocaton: no template given has such a parameter")), qPrintable(mixedErr));
        QVERIFY2(!mixedErr.contains(QStringLiteral("SSHLocation:")), qPrintable(mixedErr));

        const auto [badCode, bad, badErr] = lint({QStringLiteral("--parameter"), QStringLiteral("SSHLocation"), ec2});
        QCOMPARE(badCode, 2);
        QVERIFY2(badErr.contains(QStringLiteral("expected NAME=VALUE")), qPrintable(badErr));
    }
};

QTEST_GUILESS_MAIN(TestCfnLint)
#include "tst_cfnlint.moc"
