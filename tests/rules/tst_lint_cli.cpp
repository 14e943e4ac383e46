// pillar-cli lint / rules / explain as a CI would run them: exit codes,
// the JSON and SARIF shapes, suppression round trip through the file, folders.

#include "CliRun.h"

#include "io/DesignJson.h"
#include "rules/RuleRegistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pillar;
using namespace pillar::test;

namespace {

using Run = CliRun;

// Runs pillar-cli from the source tree, so relative paths are stable.
Run cli(const QStringList &args)
{
    return runCli(args, {QByteArray(), sourceDir(), false});
}

const QString kSample = QStringLiteral("resources/samples/three-tier.pillar");
const QString kDoneWhen = QStringLiteral("tests/data/rules/done-when.pillar");

QJsonArray jsonOf(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qFatal("lint --format json did not print a JSON array: %s", qPrintable(error.errorString()));
    return doc.array();
}

QJsonObject sarifOf(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("lint --format sarif did not print a JSON object: %s", qPrintable(error.errorString()));
    return doc.object();
}

QStringList fileLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
}

} // namespace

class TestLintCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "PILLAR_CLI must name the built pillar-cli");
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("clean sample") << QStringList{"lint", kSample} << 0;
        QTest::newRow("done-when design") << QStringList{"lint", kDoneWhen} << 1;
        QTest::newRow("info fails with --fail-on info") << QStringList{"lint", "--fail-on", "info", kSample} << 1;
        QTest::newRow("info passes --fail-on warning") << QStringList{"lint", "--fail-on", "warning", kSample} << 0;
        QTest::newRow("warning fails --fail-on warning")
            << QStringList{"lint", "--fail-on", "warning", kSample, kDoneWhen} << 1;
        QTest::newRow("--fail-on none") << QStringList{"lint", "--fail-on", "none", kDoneWhen} << 0;
        QTest::newRow("missing file") << QStringList{"lint", kSample, "no/such.pillar"} << 2;
        QTest::newRow("missing file beats findings") << QStringList{"lint", kDoneWhen, "no/such.pillar"} << 2;
        QTest::newRow("bad format") << QStringList{"lint", "--format", "xml", kSample} << 2;
        QTest::newRow("bad threshold") << QStringList{"lint", "--fail-on", "fatal", kSample} << 2;
        QTest::newRow("no input") << QStringList{"lint"} << 2;
        QTest::newRow("unknown option") << QStringList{"lint", "--frobnicate", kSample} << 2;
        QTest::newRow("rules") << QStringList{"rules"} << 0;
        QTest::newRow("explain") << QStringList{"explain", "rds-single-az"} << 0;
        QTest::newRow("explain unknown") << QStringList{"explain", "rds-singel-az"} << 2;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run run = cli(args);
        QVERIFY2(run.exitCode == exitCode, run.out.constData());
    }

    void textFormat()
    {
        const Run run = cli({"lint", kDoneWhen});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        const QRegularExpression line(QStringLiteral("^%1: (error|warning|info) ([a-z0-9-]+) ([^ :]+): .+ Fix: .+$")
                                          .arg(QRegularExpression::escape(kDoneWhen)));
        QStringList seen;
        for (int i = 0; i < 4; ++i) {
            const auto m = line.match(lines[i]);
            QVERIFY2(m.hasMatch(), qPrintable(lines[i]));
            seen << m.captured(2) + QLatin1Char(' ') + m.captured(3);
        }
        QCOMPARE(seen, (QStringList{"sg-admin-port-open-to-world sg-app", "rds-publicly-accessible db", "rds-single-az db",
                                    "steady-load-on-demand app"}));
        QVERIFY2(lines[4].contains(QLatin1String("2 error(s), 1 warning(s), 1 info")), qPrintable(lines[4]));
        QVERIFY2(!run.out.contains('\x1b'), "no colour when stdout is not a terminal");
    }

    void inputErrorsNameFileAndPlace()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.pillar"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"format\": \"pillar-design\",\n  \"version\": 1,\n  \"elements\": [ {\"id\": \"x\" ]\n}\n");
        f.close();
        const Run run = cli({"lint", "--format", "json", broken, kDoneWhen});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(broken.toUtf8() + ":4:"), run.err.constData());
        const QJsonArray files = jsonOf(run);
        QCOMPARE(files.size(), 2); // the good file is still linted
        QVERIFY(files[0].toObject().contains(QLatin1String("error")));
        QCOMPARE(files[1].toObject()[QLatin1String("findings")].toArray().size(), 4);
    }

    void jsonShape()
    {
        const Run run = cli({"lint", "--format", "json", kSample, kDoneWhen});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray files = jsonOf(run);
        QCOMPARE(files.size(), 2);
        QCOMPARE(files[0].toObject()[QLatin1String("file")].toString(), kSample);
        QCOMPARE(files[1].toObject()[QLatin1String("file")].toString(), kDoneWhen);
        int total = 0;
        for (const QJsonValue &file : files) {
            for (const QJsonValue &v : file.toObject()[QLatin1String("findings")].toArray()) {
                const QJsonObject f = v.toObject();
                ++total;
                QVERIFY(findRule(f[QLatin1String("rule")].toString()));
                QVERIFY(QStringList({"error", "warning", "info"}).contains(f[QLatin1String("severity")].toString()));
                QVERIFY(f[QLatin1String("elements")].isArray());
                for (const QJsonValue &id : f[QLatin1String("elements")].toArray())
                    QVERIFY(id.isString() && !id.toString().isEmpty());
                QVERIFY(!f[QLatin1String("message")].toString().isEmpty());
                QVERIFY(!f[QLatin1String("fix")].toString().isEmpty());
                QVERIFY(f[QLatin1String("suppressed")].isBool());
            }
        }
        QCOMPARE(total, 7); // each design also has its steady-load-on-demand note
        const QJsonObject ssh = files[1].toObject()[QLatin1String("findings")].toArray()[0].toObject();
        QCOMPARE(ssh[QLatin1String("rule")].toString(), QStringLiteral("sg-admin-port-open-to-world"));
        QCOMPARE(ssh[QLatin1String("severity")].toString(), QStringLiteral("error"));
        QCOMPARE(ssh[QLatin1String("elements")].toArray(), (QJsonArray{"sg-app", "app"}));
    }

    void sarifRequiredFields()
    {
        const Run run = cli({"lint", "--format", "sarif", kSample, kDoneWhen});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject log = sarifOf(run);
        QCOMPARE(log[QLatin1String("version")].toString(), QStringLiteral("2.1.0"));
        QVERIFY(log[QLatin1String("$schema")].toString().contains(QLatin1String("sarif-2.1.0")));
        const QJsonArray runs = log[QLatin1String("runs")].toArray();
        QCOMPARE(runs.size(), 1);
        const QJsonObject theRun = runs[0].toObject();
        const QJsonObject driver = theRun[QLatin1String("tool")].toObject()[QLatin1String("driver")].toObject();
        QCOMPARE(driver[QLatin1String("name")].toString(), QStringLiteral("pillar-cli"));
        const QJsonArray rules = driver[QLatin1String("rules")].toArray();
        QCOMPARE(rules.size(), int(allRules().size()));
        for (const QJsonValue &r : rules) {
            const QJsonObject rule = r.toObject();
            QVERIFY(findRule(rule[QLatin1String("id")].toString()));
            QVERIFY(!rule[QLatin1String("shortDescription")].toObject()[QLatin1String("text")].toString().isEmpty());
            QVERIFY(!rule[QLatin1String("help")].toObject()[QLatin1String("text")].toString().isEmpty());
            QVERIFY(QStringList({"error", "warning", "note"})
                        .contains(rule[QLatin1String("defaultConfiguration")].toObject()[QLatin1String("level")].toString()));
        }
        const QJsonArray results = theRun[QLatin1String("results")].toArray();
        QCOMPARE(results.size(), 7);
        for (const QJsonValue &v : results) {
            const QJsonObject result = v.toObject();
            const QString ruleId = result[QLatin1String("ruleId")].toString();
            const int ruleIndex = result[QLatin1String("ruleIndex")].toInt(-1);
            QVERIFY(ruleIndex >= 0 && ruleIndex < rules.size());
            QCOMPARE(rules[ruleIndex].toObject()[QLatin1String("id")].toString(), ruleId);
            QVERIFY(QStringList({"error", "warning", "note"}).contains(result[QLatin1String("level")].toString()));
            QVERIFY(!result[QLatin1String("message")].toObject()[QLatin1String("text")].toString().isEmpty());
            const QJsonObject physical = result[QLatin1String("locations")].toArray()[0].toObject()[QLatin1String("physicalLocation")].toObject();
            const QString uri = physical[QLatin1String("artifactLocation")].toObject()[QLatin1String("uri")].toString();
            QVERIFY(uri == kSample || uri == kDoneWhen);
            // The region points at the line of the primary element's "id".
            const int line = physical[QLatin1String("region")].toObject()[QLatin1String("startLine")].toInt();
            const QString primary = result[QLatin1String("properties")].toObject()[QLatin1String("elements")].toArray()[0].toString();
            const QStringList lines = fileLines(sourceDir() + QLatin1Char('/') + uri);
            QVERIFY(line >= 1 && line <= lines.size());
            QVERIFY2(lines[line - 1].contains(QStringLiteral("\"id\": \"%1\"").arg(primary)), qPrintable(lines[line - 1]));
        }
    }

    void suppressionRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("suppressed.pillar"));
        LoadResult loaded = readDesignFile(sourceDir() + QLatin1Char('/') + kDoneWhen);
        QVERIFY(loaded.ok());
        Design design = *loaded.design;
        const Suppression s{QStringLiteral("rds-single-az"), QStringLiteral("db"), QStringLiteral("restored nightly from snapshots")};
        design.lint.suppressions << s;
        QString error;
        QVERIFY2(writeDesignFile(design, path, &error), qPrintable(error));
        loaded = readDesignFile(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.design->lint.suppressions, QVector<Suppression>{s});

        Run run = cli({"lint", "--format", "json", "--fail-on", "warning", path});
        QCOMPARE(run.exitCode, 1); // the two errors remain, with the cost note
        QJsonArray findings = jsonOf(run)[0].toObject()[QLatin1String("findings")].toArray();
        QCOMPARE(findings.size(), 3);
        for (const QJsonValue &f : findings)
            QVERIFY(f.toObject()[QLatin1String("rule")].toString() != QLatin1String("rds-single-az"));

        run = cli({"lint", "--format", "json", "--show-suppressed", path});
        findings = jsonOf(run)[0].toObject()[QLatin1String("findings")].toArray();
        QCOMPARE(findings.size(), 4);
        const QJsonObject shown = findings[2].toObject();
        QCOMPARE(shown[QLatin1String("rule")].toString(), QStringLiteral("rds-single-az"));
        QCOMPARE(shown[QLatin1String("suppressed")].toBool(), true);
        QCOMPARE(shown[QLatin1String("suppressionReason")].toString(), s.reason);

        // Only the suppressed warning left: it no longer fails --fail-on warning.
        design.lint.suppressions.clear();
        design.lint.suppressions << s;
        Element *db = design.element(QStringLiteral("db"));
        db->properties.insert(QStringLiteral("publiclyAccessible"), false);
        design.element(QStringLiteral("sg-app"))->ingress[0].cidr = QStringLiteral("198.51.100.0/24");
        QVERIFY(writeDesignFile(design, path, &error));
        QCOMPARE(cli({"lint", "--fail-on", "warning", path}).exitCode, 0);

        // Fixed for real: the suppression is now stale, and says so.
        db->properties.insert(QStringLiteral("multiAz"), true);
        QVERIFY(writeDesignFile(design, path, &error));
        run = cli({"lint", "--format", "json", path});
        findings = jsonOf(run)[0].toObject()[QLatin1String("findings")].toArray();
        QCOMPARE(findings.size(), 2); // and the cost note on the steady instances
        QCOMPARE(findings[0].toObject()[QLatin1String("rule")].toString(), QStringLiteral("steady-load-on-demand"));
        QCOMPARE(findings[1].toObject()[QLatin1String("rule")].toString(), QStringLiteral("unused-suppression"));
        QCOMPARE(cli({"lint", "--fail-on", "warning", path}).exitCode, 1);
    }

    void foldersAreSearchedRecursively()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a/b")));
        QVERIFY(QFile::copy(sourceDir() + QLatin1Char('/') + kSample, dir.filePath(QStringLiteral("top.pillar"))));
        QVERIFY(QFile::copy(sourceDir() + QLatin1Char('/') + kDoneWhen, dir.filePath(QStringLiteral("a/b/deep.pillar"))));
        QVERIFY(QFile::copy(sourceDir() + QLatin1Char('/') + kDoneWhen, dir.filePath(QStringLiteral("a/notes.json"))));
        const Run run = cli({"lint", "--format", "json", dir.path()});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray files = jsonOf(run);
        QCOMPARE(files.size(), 2);
        QVERIFY(files[0].toObject()[QLatin1String("file")].toString().endsWith(QLatin1String("a/b/deep.pillar")));
        QVERIFY(files[1].toObject()[QLatin1String("file")].toString().endsWith(QLatin1String("top.pillar")));

        QTemporaryDir empty;
        QCOMPARE(cli({"lint", empty.path()}).exitCode, 2);
    }

    void rulesAndExplain()
    {
        const Run json = cli({"rules", "--format", "json"});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(list.size(), int(allRules().size()));
        for (const QJsonValue &v : list) {
            const QJsonObject r = v.toObject();
            for (const char *key : {"id", "title", "pillar", "severity", "rationale", "source", "fix"})
                QVERIFY2(!r[QLatin1String(key)].toString().isEmpty(), key);
        }
        const Run explain = cli({"explain", "sg-admin-port-open-to-world"});
        QCOMPARE(explain.exitCode, 0);
        const QString text = QString::fromUtf8(explain.out);
        const RuleInfo &info = findRule(QStringLiteral("sg-admin-port-open-to-world"))->info;
        QVERIFY(text.contains(info.rationaleText()));
        QVERIFY(text.contains(info.sourceText()));
        QVERIFY(text.contains(info.fixText()));
        QVERIFY(cli({"explain", "single-az"}).err.contains("rds-single-az"));
    }

    // docs/rules.md is generated from the catalogue and must stay in step.
    void docsListEveryRule()
    {
        QFile doc(sourceDir() + QStringLiteral("/docs/rules.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QByteArray text = doc.readAll();
        for (const Rule &rule : allRules())
            QVERIFY2(text.contains("| `" + QByteArray(rule.info.id) + "` |"), rule.info.id);
        QCOMPARE(text, cli({"rules", "--format", "markdown"}).out);
    }
};

QTEST_GUILESS_MAIN(TestLintCli)
#include "tst_lint_cli.moc"
