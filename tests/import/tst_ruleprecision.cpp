// Rule precision on imported templates (tests/data/import/precision/): each
// fixture holds resources that must trip a rule and close ones that must not,
// and says what the import leaves unchecked: CloudFront's default
// certificate, S3 public-access messages, Aurora clusters and instances whose
// other half is elsewhere, launch templates nothing uses, single instances
// only admins reach, resources under conditions, undecidable values.
#include "TestPaths.h"
#include "importers/CfnImport.h"
#include "rules/Checker.h"

#include <QtTest>

using namespace pillar;

namespace {

struct Imported {
    CfnImportResult result;
    QVector<Finding> findings;
};

Imported importFixture(const char *name)
{
    Imported out;
    out.result = importCloudFormationFile(test::dataDir() + QStringLiteral("/import/precision/") + QLatin1String(name));
    if (!out.result.ok())
        qFatal("%s does not import: %s", name, qPrintable(out.result.error.toString()));
    out.findings = checkDesign(*out.result.design);
    return out;
}

// The findings of rule on element (their primary element).
QVector<Finding> findingsOn(const Imported &i, const char *rule, const char *element)
{
    QVector<Finding> out;
    for (const Finding &f : i.findings) {
        if (f.rule == QLatin1String(rule) && f.primaryElement() == QLatin1String(element) && !f.suppressed)
            out << f;
    }
    return out;
}

bool hasFinding(const Imported &i, const char *rule, const char *element)
{
    return !findingsOn(i, rule, element).isEmpty();
}

QString messageOf(const Imported &i, const char *rule, const char *element)
{
    const QVector<Finding> f = findingsOn(i, rule, element);
    return f.isEmpty() ? QString() : f.first().message;
}

bool notFullyChecked(const Imported &i, const char *element)
{
    return i.result.report.notFullyChecked().contains(QLatin1String(element));
}

} // namespace

class TestRulePrecision : public QObject
{
    Q_OBJECT

private slots:
    // 1. No viewer certificate, or the default *.cloudfront.net one: TLS 1.0 is
    // accepted whatever the policy says. Current policies are known and pass.
    void cloudFrontDefaultCertificateAcceptsTls10()
    {
        const Imported i = importFixture("cloudfront-tls.yaml");
        for (const char *weak : {"NoCertificate", "DefaultCertificate"}) {
            QVERIFY2(hasFinding(i, "cloudfront-weak-tls", weak), weak);
            QVERIFY2(messageOf(i, "cloudfront-weak-tls", weak).contains(QLatin1String("default *.cloudfront.net certificate")), weak);
            QVERIFY(!notFullyChecked(i, weak));
        }
        QVERIFY(messageOf(i, "cloudfront-weak-tls", "OldPolicy").contains(QLatin1String("TLSv1_2016")));
        for (const char *strong : {"Tls13", "Tls12of2025"}) {
            QVERIFY2(!hasFinding(i, "cloudfront-weak-tls", strong), strong);
            QVERIFY2(!notFullyChecked(i, strong), strong);
        }
        QCOMPARE(i.result.design->element(QStringLiteral("Tls13"))->stringValue(QStringLiteral("minimumTlsVersion")),
                 QStringLiteral("TLSv1.3_2025"));
    }

    // 2. Messages say what is true: AWS's default since April 2023 when no
    // block is set, which settings are off, public write as well as read.
    void s3PublicAccessMessagesSayWhatIsOff()
    {
        const Imported i = importFixture("s3-public-access.yaml");
        const QString none = messageOf(i, "s3-public-bucket", "NoBlockGiven");
        QVERIFY2(none.contains(QLatin1String("sets no public access block")), qPrintable(none));
        QVERIFY2(none.contains(QLatin1String("since April 2023")), qPrintable(none));
        QVERIFY2(!none.contains(QLatin1String("turned off")), qPrintable(none));

        const QString partial = messageOf(i, "s3-public-bucket", "ThreeOfFour");
        QVERIFY2(partial.contains(QLatin1String("1 of its four Block Public Access settings off (BlockPublicPolicy)")), qPrintable(partial));

        const QString off = messageOf(i, "s3-public-bucket", "AllOff");
        QVERIFY2(off.contains(QLatin1String("turned off")), qPrintable(off));

        const QString write = messageOf(i, "s3-public-bucket", "Uploads");
        QVERIFY2(write.contains(QLatin1String("public read and public write")), qPrintable(write));

        QVERIFY(!hasFinding(i, "s3-public-bucket", "Private"));
    }

    // 3. A cluster with no instance here is checked as one element, its
    // instance-level facts unknown; an Aurora instance whose cluster is
    // elsewhere gets no instance-only findings and is not fully checked.
    void auroraHalvesAreNotJudgedAsInstances()
    {
        const Imported i = importFixture("aurora.yaml");
        const Element *lone = i.result.design->element(QStringLiteral("LoneCluster"));
        QVERIFY(lone);
        QCOMPARE(lone->kind, ElementKind::RdsInstance);
        QCOMPARE(lone->stringValue(QStringLiteral("engine")), QStringLiteral("aurora-postgresql"));
        QVERIFY(notFullyChecked(i, "LoneCluster"));
        QVERIFY(hasFinding(i, "rds-storage-unencrypted", "LoneCluster")); // StorageEncrypted left out: false
        QVERIFY(!hasFinding(i, "rds-single-az", "LoneCluster"));

        QVERIFY(notFullyChecked(i, "OrphanInstance"));
        QVERIFY(!hasFinding(i, "rds-storage-unencrypted", "OrphanInstance"));
        QVERIFY(!hasFinding(i, "rds-single-az", "OrphanInstance"));
        QVERIFY(!hasFinding(i, "rds-no-backups", "OrphanInstance"));
        // Its network is its cluster's subnet group, elsewhere too.
        QVERIFY(!hasFinding(i, "rds-publicly-accessible", "OrphanInstance"));
        QVERIFY(!hasFinding(i, "data-store-in-public-subnet", "OrphanInstance"));

        // The cluster with its two instances: merged into them, encrypted, two AZs.
        QCOMPARE(i.result.report.resource(QStringLiteral("EncryptedCluster"))->outcome, ImportedResource::Merged);
        for (const char *member : {"WriterA", "ReaderB"}) {
            QVERIFY2(!hasFinding(i, "rds-storage-unencrypted", member), member);
            QVERIFY2(!hasFinding(i, "rds-single-az", member), member);
            QVERIFY2(!notFullyChecked(i, member), member);
        }
    }

    // 4. A launch template nothing uses is not checked, and the report says
    // so with what instances launched from it would get.
    void unusedLaunchTemplatesKeepTheirFacts()
    {
        const Imported i = importFixture("launch-templates.yaml");
        QCOMPARE(i.result.report.resource(QStringLiteral("Used"))->outcome, ImportedResource::Merged);
        QVERIFY(i.result.report.resource(QStringLiteral("Used"))->note.isEmpty());

        const ImportedResource *open = i.result.report.resource(QStringLiteral("OpenTemplate"));
        QCOMPARE(open->outcome, ImportedResource::Skipped);
        QVERIFY(!open->modelled); // counted among what was not checked
        QVERIFY2(open->note.contains(QLatin1String("allows IMDSv1")), qPrintable(open->note));
        QVERIFY2(open->note.contains(QLatin1String("a public IP address")), qPrintable(open->note));

        const ImportedResource *locked = i.result.report.resource(QStringLiteral("LockedTemplate"));
        QVERIFY(!locked->modelled);
        QVERIFY2(locked->note.contains(QLatin1String("requires IMDSv2")), qPrintable(locked->note));
        QVERIFY2(locked->note.contains(QLatin1String("no public IP address")), qPrintable(locked->note));
        QVERIFY(i.result.report.toText().contains(QLatin1String("OpenTemplate (AWS::EC2::LaunchTemplate): not used by any instance")));
    }

    // 5. Users reach a single instance only through a port it serves on;
    // SSH alone, or the VPC's default group, is no user traffic.
    void singleInstanceServesUsersOnlyWhenTheyReachIt()
    {
        const Imported i = importFixture("single-instance.yaml");
        QVERIFY(hasFinding(i, "single-instance-serving-users", "WebServer"));
        for (const char *quiet : {"AdminBox", "Worker"}) {
            QVERIFY2(!hasFinding(i, "single-instance-serving-users", quiet), quiet);
            for (const Finding &f : i.findings) {
                if (f.rule == QLatin1String("compute-single-az"))
                    QVERIFY2(!f.elements.contains(QLatin1String(quiet)), qPrintable(f.message));
            }
        }
        // The open SSH port is still reported on its own.
        QVERIFY(hasFinding(i, "sg-admin-port-open-to-world", "SshGroup"));
    }

    // 6. A false condition leaves the resource out, named in the report; an
    // undecidable one keeps it, not fully checked.
    void conditionsDecideWhatExists()
    {
        const Imported i = importFixture("conditions.yaml");
        QVERIFY(!i.result.design->element(QStringLiteral("CustomDomainCdn")));
        const ImportedResource *out = i.result.report.resource(QStringLiteral("CustomDomainCdn"));
        QCOMPARE(out->outcome, ImportedResource::Skipped);
        QVERIFY(out->reason.contains(QLatin1String("HasDomain")));
        QVERIFY(!out->note.isEmpty());
        QVERIFY(!hasFinding(i, "cloudfront-allows-http", "CustomDomainCdn"));

        QVERIFY(i.result.design->element(QStringLiteral("ProductionCdn")));
        QVERIFY(notFullyChecked(i, "ProductionCdn"));

        QVERIFY(hasFinding(i, "cloudfront-allows-http", "PlainCdn"));
        QVERIFY(!notFullyChecked(i, "PlainCdn"));
    }

    // 7. A value hanging on an undecidable !If gives no finding: the load
    // balancer is not fully checked instead. A decided one still reports.
    void undecidableValuesGiveNoFinding()
    {
        const Imported i = importFixture("undecidable-if.yaml");
        for (const char *lb : {"MaybePublicNlb", "EitherKind"}) {
            QVERIFY2(notFullyChecked(i, lb), lb);
            QVERIFY2(!hasFinding(i, "lb-http-without-https", lb), lb);
        }
        QVERIFY(!hasFinding(i, "public-ipv4-charge", "MaybePublicNlb"));
        QVERIFY(hasFinding(i, "lb-http-without-https", "PublicAlb"));
        QVERIFY(!notFullyChecked(i, "PublicAlb"));
    }
};

QTEST_GUILESS_MAIN(TestRulePrecision)
#include "tst_ruleprecision.moc"
