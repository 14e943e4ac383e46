#include "TestPaths.h"
#include "io/DesignJson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace pillar;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

QStringList validDesignFiles()
{
    QStringList files;
    for (const QString &dir : {test::dataDir() + "/designs", test::sourceDir() + "/resources/samples", test::sourceDir() + "/resources/blueprints"}) {
        for (const QFileInfo &fi : QDir(dir).entryInfoList({"*.pillar"}, QDir::Files, QDir::Name))
            files << fi.absoluteFilePath();
    }
    return files;
}

} // namespace

class TestDesignJson : public QObject
{
    Q_OBJECT

private slots:
    void fixturesExist()
    {
        QVERIFY2(validDesignFiles().size() >= 4, qPrintable(test::dataDir()));
    }

    void canonicalRoundTrip_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : validDesignFiles())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
    // Fixtures are stored in canonical form: reading and writing gives the
    // same bytes, and reading the written bytes gives an equal design.
    void canonicalRoundTrip()
    {
        QFETCH(QString, path);
        const QByteArray original = readAll(path);
        const LoadResult first = readDesign(original, path);
        QVERIFY2(first.ok(), qPrintable(first.error.toString()));
        const QByteArray written = writeDesign(*first.design);
        QCOMPARE(QString::fromUtf8(written), QString::fromUtf8(original));
        const LoadResult second = readDesign(written, path);
        QVERIFY(second.ok());
        QVERIFY(*second.design == *first.design);
        QCOMPARE(writeDesign(*second.design), written);
    }

    void readsEverythingWritten()
    {
        const LoadResult loaded = readDesignFile(test::dataDir() + "/designs/all-kinds.pillar");
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        const Design &d = *loaded.design;
        QCOMPARE(d.info.environment, QStringLiteral("staging"));
        QCOMPARE(d.info.expectedUsers, 250000);
        QCOMPARE(d.elements().size(), size_t(17));
        QCOMPARE(d.connections().size(), size_t(4));
        const Element *sg = d.element("sg-lb");
        QVERIFY(sg);
        QCOMPARE(sg->ingress.size(), 4);
        QCOMPARE(sg->ingress[1].cidr, QStringLiteral("::/0"));
        QCOMPARE(sg->ingress[2].protocol, QStringLiteral("all"));
        QCOMPARE(sg->ingress[2].sourceGroup, QStringLiteral("sg-lb"));
        const Element *lb = d.element("lb");
        QCOMPARE(lb->listeners.size(), 2);
        QCOMPARE(lb->listeners[1].action, QStringLiteral("redirect-https"));
        QCOMPARE(lb->listValue("subnets"), (QStringList{"pub1", "pub2"}));
        QCOMPARE(d.element("vm")->intValue("expectedCpu"), 35);
        QCOMPARE(d.element("vm")->geometry.topLeft(), QPointF(12.125, 30));
        QCOMPARE(d.element("vpc")->geometry, QRectF(200.5, -40.25, 800, 600));
        QVERIFY(d.element("cache")->isUnknown("nodeType"));
        QCOMPARE(d.element("db-replica")->stringValue("readReplicaOf"), QStringLiteral("db"));
        // Unset properties read as the spec's default.
        QCOMPARE(d.element("db-replica")->boolValue("multiAz"), false);
        QCOMPARE(d.element("db-replica")->intValue("backupRetentionDays"), 1);
        QCOMPARE(d.lint.suppressions.size(), 1);
        QCOMPARE(d.lint.suppressions[0].reason, QStringLiteral("public website by design"));
        QCOMPARE(d.lint.severityOverrides.value("rds-single-az"), QStringLiteral("error"));
        QCOMPARE(d.lint.disabledRules, QStringList{"cross-az-traffic"});
    }

    void unicodeSurvives()
    {
        const LoadResult loaded = readDesignFile(test::dataDir() + "/designs/unicode-names.pillar");
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        QVERIFY(loaded.design->element("vpc-1")->name.startsWith(QString::fromUtf8("서울 리전 VPC — \"prod\"")));
        QVERIFY(loaded.design->element("vpc-1")->name.contains(QString::fromUtf8("🚀")));
    }

    void writingIsDeterministic()
    {
        Design d;
        Element vpc;
        vpc.id = "vpc";
        vpc.kind = ElementKind::Vpc;
        // Insertion order of properties must not matter.
        vpc.properties.insert("region", QStringLiteral("us-west-2"));
        vpc.properties.insert("cidr", QStringLiteral("10.9.0.0/16"));
        d.insertElement(vpc);
        Design e;
        Element vpc2 = vpc;
        vpc2.properties.clear();
        vpc2.properties.insert("cidr", QStringLiteral("10.9.0.0/16"));
        vpc2.properties.insert("region", QStringLiteral("us-west-2"));
        e.insertElement(vpc2);
        QCOMPARE(writeDesign(d), writeDesign(e));
        QVERIFY(writeDesign(d).endsWith("}\n"));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed") << "malformed.json" << "5:31" << "not valid JSON: syntax error while parsing object key";
        QTest::newRow("truncated") << "truncated.json" << "5:30" << "not valid JSON: syntax error while parsing object - unexpected end of input";
        QTest::newRow("empty") << "empty.json" << "1:1" << "the file is empty; expected a Pillar design";
        QTest::newRow("not json") << "not-json.txt" << "1:1" << "not valid JSON: syntax error while parsing value - invalid literal";
        QTest::newRow("binary") << "binary.bin" << "1:1" << "not valid JSON";
        QTest::newRow("deeply nested") << "deeply-nested.json" << "1:116" << "nesting deeper than 64 levels";
        QTest::newRow("not an object") << "not-an-object.json" << "/" << "expected a Pillar design (a JSON object), found an array";
        QTest::newRow("wrong format") << "wrong-format.json" << "/format" << "not a Pillar design: format is 'drawio', expected 'pillar-design'";
        QTest::newRow("newer version") << "newer-version.json" << "/version" << "written by a newer Pillar (format version 2)";
        QTest::newRow("version type") << "wrong-type-version.json" << "/version" << "expected a whole number, found a string";
        QTest::newRow("property type") << "wrong-type-property.json" << "/elements/3/properties/multiAz" << "expected true or false, found a string";
        QTest::newRow("elements type") << "wrong-type-elements.json" << "/elements" << "expected a list of elements (a JSON array), found an object";
        QTest::newRow("unknown kind") << "unknown-kind.json" << "/elements/0/kind" << "unknown element kind 'ec3-instance'; expected one of: internet,";
        QTest::newRow("unknown property") << "unknown-property.json" << "/elements/0/properties/colour" << "a vpc has no property 'colour'; expected one of: cidr, region";
        QTest::newRow("duplicate id") << "duplicate-id.json" << "/elements/2/id" << "duplicate id 'web' (first used at /elements/1)";
        QTest::newRow("duplicate connection id") << "duplicate-connection-id.json" << "/connections/0/id" << "duplicate id 'a'";
        QTest::newRow("missing connection target") << "missing-connection-target.json" << "/connections/0/to" << "refers to 'ghost', which is not an element of this design";
        QTest::newRow("missing parent") << "missing-parent.json" << "/elements/0/parent" << "refers to 'vpc-gone'";
        QTest::newRow("missing security group") << "missing-security-group.json" << "/elements/1/securityGroups/0" << "refers to 'sg-gone'";
        QTest::newRow("missing source group") << "missing-source-group.json" << "/elements/0/ingress/0/sourceGroup" << "refers to 'sg-gone'";
        QTest::newRow("wrong reference kind") << "wrong-reference-kind.json" << "/elements/4/properties/readReplicaOf" << "'web' is of kind ec2-instance; expected rds-instance";
        QTest::newRow("containment cycle") << "containment-cycle.json" << "/elements/1/parent" << "containment cycle: az → subnet → az";
        QTest::newRow("invalid cidr") << "invalid-cidr.json" << "/elements/0/properties/cidr" << "'10.0.0.300' is not a valid IPv4 address";
        QTest::newRow("invalid ingress cidr") << "invalid-ingress-cidr.json" << "/elements/0/ingress/0/cidr" << "'33' is not a prefix length from 0 to 32";
        QTest::newRow("invalid id") << "invalid-id.json" << "/elements/0/id" << "'my vpc' is not a valid id";
        QTest::newRow("suppression reason") << "suppression-without-reason.json" << "/lint/suppressions/0/reason" << "a suppression must say why";
        QTest::newRow("layout unknown element") << "layout-unknown-element.json" << "/layout/ghost" << "layout for 'ghost', which is not an element";
        QTest::newRow("port out of range") << "port-out-of-range.json" << "/elements/0/ingress/0/toPort" << "expected a number from -1 to 65535, found 70000";
        // RFC 6901: '/' is written ~1 and '~' is written ~0 inside a key.
        QTest::newRow("escaped pointer") << "escaped-pointer.json" << "/elements/0/properties/tier~1~0name" << "a vpc has no property 'tier/~name'";
        QTest::newRow("missing listed subnet") << "missing-listed-subnet.json" << "/elements/2/properties/subnets/1" << "refers to 'subnet-gone'";
    }
    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(QString, location);
        QFETCH(QString, message);
        const QString path = test::dataDir() + "/bad/" + file;
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const LoadResult result = readDesignFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.file, path);
        QCOMPARE(result.error.location, location);
        QVERIFY2(result.error.message.contains(message), qPrintable(result.error.message));
        QVERIFY(result.error.toString().startsWith(path + ":" + location + ": "));
    }

    void everyBadFixtureIsTested()
    {
        // A fixture added to tests/data/bad without a row above would test nothing.
        const QStringList files = QDir(test::dataDir() + "/bad").entryList(QDir::Files);
        const QStringList listed = {"malformed.json", "truncated.json", "empty.json", "not-json.txt", "binary.bin",
                                    "deeply-nested.json", "not-an-object.json", "wrong-format.json", "newer-version.json",
                                    "wrong-type-version.json", "wrong-type-property.json", "wrong-type-elements.json",
                                    "unknown-kind.json", "unknown-property.json", "duplicate-id.json",
                                    "duplicate-connection-id.json", "missing-connection-target.json", "missing-parent.json",
                                    "missing-security-group.json", "missing-source-group.json", "wrong-reference-kind.json",
                                    "containment-cycle.json", "invalid-cidr.json", "invalid-ingress-cidr.json",
                                    "invalid-id.json", "suppression-without-reason.json", "layout-unknown-element.json",
                                    "port-out-of-range.json", "escaped-pointer.json", "missing-listed-subnet.json"};
        for (const QString &f : files)
            QVERIFY2(listed.contains(f), qPrintable(f + " has no expected error in badInput_data"));
    }

    void tooLargeIsRefusedQuickly()
    {
        QByteArray big("{\"format\": \"pillar-design\", \"version\": 1, \"design\": {\"description\": \"");
        big.append(QByteArray(kMaxDesignFileBytes, 'x'));
        big.append("\"}}");
        QElapsedTimer timer;
        timer.start();
        const LoadResult result = readDesign(big, "big.pillar");
        QVERIFY(!result.ok());
        QVERIFY2(result.error.message.contains("designs are limited to 64 MiB"), qPrintable(result.error.message));
        QVERIFY2(timer.elapsed() < 2000, "refusing a large file must not parse it");
    }

    void deepNestingGeneratedIsRefused()
    {
        QByteArray deep = "{\"format\": \"pillar-design\", \"version\": 1, \"x\": ";
        deep.append(QByteArray(1000000, '['));
        const LoadResult result = readDesign(deep, "deep.pillar");
        QVERIFY(!result.ok());
        QVERIFY(result.error.message.contains("nesting deeper than"));
    }

    void tooManyElementsIsRefused()
    {
        QByteArray text = "{\"format\": \"pillar-design\", \"version\": 1, \"elements\": [";
        text.reserve(3 * (kMaxElements + 1) + 64);
        for (int i = 0; i <= kMaxElements; ++i)
            text.append(i ? ",{}" : "{}");
        text.append("]}");
        const LoadResult result = readDesign(text, "many.pillar");
        QVERIFY(!result.ok());
        QCOMPARE(result.error.location, QStringLiteral("/elements"));
        QVERIFY2(result.error.message.contains("too many elements: 1000001 (the limit is 1000000)"), qPrintable(result.error.message));
    }

    void braceInsideStringIsNotNesting()
    {
        QByteArray text = "{\"format\": \"pillar-design\", \"version\": 1, \"design\": {\"description\": \"";
        text.append(QByteArray(500, '['));
        text.append("\\\" {{{\"}}");
        const LoadResult result = readDesign(text, "strings.pillar");
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QVERIFY(result.design->info.description.startsWith("[[["));
    }

    void lineColumnCountsCharacters()
    {
        QCOMPARE(lineColumnAt("abc", 0), QStringLiteral("1:1"));
        QCOMPARE(lineColumnAt("ab\ncd", 4), QStringLiteral("2:2"));
        QCOMPARE(lineColumnAt(QString::fromUtf8("é\nxé!").toUtf8(), 6), QStringLiteral("2:3"));
    }

    void failedSaveKeepsPreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("design.pillar");
        Design d;
        d.info.name = "first";
        QString error;
        QVERIFY(writeDesignFile(d, path, &error));
        const QByteArray before = readAll(path);

        // A file-size limit makes the next write fail half-way, even for root.
        d.info.description = QString(64 * 1024, QLatin1Char('x'));
        struct rlimit old;
        getrlimit(RLIMIT_FSIZE, &old);
        struct rlimit small = old;
        small.rlim_cur = 4096;
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        setrlimit(RLIMIT_FSIZE, &small);
        const bool wrote = writeDesignFile(d, path, &error);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!wrote);
        QVERIFY2(error.startsWith(path + ": cannot write"), qPrintable(error));
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"design.pillar"}); // no temp file left
    }
};

QTEST_GUILESS_MAIN(TestDesignJson)
#include "tst_designjson.moc"
