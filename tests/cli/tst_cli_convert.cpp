// pillar-cli as a user runs it: a real process, real files, exit codes.

#include "CliRun.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = pillar::test::CliRun;

Run runCli(const QStringList &args, const QByteArray &input = QByteArray())
{
    return pillar::test::runCli(args, {input, QString(), false});
}

QByteArray readAll(const QString &path)
{
    return pillar::test::readFile(path);
}

QStringList designFiles()
{
    QStringList files;
    for (const QString &dir : {pillar::test::dataDir() + "/designs", pillar::test::sourceDir() + "/resources/samples", pillar::test::sourceDir() + "/resources/blueprints"}) {
        for (const QFileInfo &fi : QDir(dir).entryInfoList({"*.pillar"}, QDir::Files, QDir::Name))
            files << fi.absoluteFilePath();
    }
    return files;
}

} // namespace

class TestCliConvert : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(pillar::test::cliPath()), "PILLAR_CLI must point at the built pillar-cli");
    }

    void helpAndVersion()
    {
        Run help = runCli({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("Usage: pillar-cli COMMAND"));
        QVERIFY(help.out.contains("convert"));
        Run version = runCli({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("pillar-cli " PILLAR_VERSION "\n"));
        Run convertHelp = runCli({"convert", "--help"});
        QCOMPARE(convertHelp.exitCode, 0);
        QVERIFY(convertHelp.out.contains("--output"));
    }

    void usageErrors()
    {
        Run none = runCli({});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains("Usage"));
        Run unknown = runCli({"frobnicate"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown command 'frobnicate'"));
        Run noOutput = runCli({"convert", designFiles().first()});
        QCOMPARE(noOutput.exitCode, 2);
        QVERIFY(noOutput.err.contains("usage: pillar-cli convert IN -o OUT"));
        Run badOption = runCli({"convert", "--frob", "x"});
        QCOMPARE(badOption.exitCode, 2);
        Run badFormat = runCli({"convert", designFiles().first(), "-o", "out.docx"});
        QCOMPARE(badFormat.exitCode, 2);
        QVERIFY(badFormat.err.contains("unknown output format '.docx'"));
        Run missing = runCli({"convert", "/no/such/design.pillar", "-o", "-"});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("/no/such/design.pillar: cannot open"));
    }

    void reproducesFixturesByteForByte_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : designFiles())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
    void reproducesFixturesByteForByte()
    {
        QFETCH(QString, path);
        const QByteArray original = readAll(path);
        Run toStdout = runCli({"convert", path, "-o", "-"});
        QCOMPARE(toStdout.exitCode, 0);
        QVERIFY(toStdout.err.isEmpty());
        QCOMPARE(toStdout.out, original);

        QTemporaryDir dir;
        const QString out = dir.filePath("copy.pillar");
        Run toFile = runCli({"convert", path, "-o", out});
        QCOMPARE(toFile.exitCode, 0);
        QCOMPARE(readAll(out), original);

        Run fromStdin = runCli({"convert", "-", "-o", "-"}, original);
        QCOMPARE(fromStdin.exitCode, 0);
        QCOMPARE(fromStdin.out, original);
    }

    void canonicalisesMessyInput()
    {
        // Same design, different spacing and key order: same canonical bytes.
        const QByteArray messy = R"({"version":1,"elements":[{"kind":"s3-bucket","id":"b","properties":{"website":false,"publicRead":true}}],"format":"pillar-design"})";
        Run a = runCli({"convert", "-", "-o", "-"}, messy);
        QCOMPARE(a.exitCode, 0);
        Run b = runCli({"convert", "-", "-o", "-"}, a.out);
        QCOMPARE(b.out, a.out);
        QVERIFY(a.out.indexOf("\"format\"") < a.out.indexOf("\"version\""));
        QVERIFY(a.out.indexOf("\"publicRead\"") < a.out.indexOf("\"website\""));
    }

    void badInputsExitTwoWithPlace_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where");
        QTest::newRow("malformed") << "malformed.json" << ":5:31: not valid JSON";
        QTest::newRow("empty") << "empty.json" << ":1:1: the file is empty";
        QTest::newRow("binary") << "binary.bin" << ":1:1: not valid JSON";
        QTest::newRow("unknown kind") << "unknown-kind.json" << ":/elements/0/kind: unknown element kind 'ec3-instance'";
        QTest::newRow("cycle") << "containment-cycle.json" << ":/elements/1/parent: containment cycle";
        QTest::newRow("dangling") << "missing-connection-target.json" << ":/connections/0/to: refers to 'ghost'";
        QTest::newRow("deep") << "deeply-nested.json" << ":1:116: nesting deeper than 64 levels";
    }
    void badInputsExitTwoWithPlace()
    {
        QFETCH(QString, file);
        QFETCH(QString, where);
        const QString path = pillar::test::dataDir() + "/bad/" + file;
        Run r = runCli({"convert", path, "-o", "-"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).startsWith(path + where), r.err.constData());
    }

    void badInputLeavesExistingOutputAlone()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("keep.pillar");
        QVERIFY(runCli({"convert", designFiles().first(), "-o", out}).exitCode == 0);
        const QByteArray before = readAll(out);
        Run r = runCli({"convert", pillar::test::dataDir() + "/bad/truncated.json", "-o", out});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(readAll(out), before);
    }

    void unwritableOutputIsAnError()
    {
        Run r = runCli({"convert", designFiles().first(), "-o", "/no/such/folder/out.pillar"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("/no/such/folder/out.pillar: cannot write"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliConvert)
#include "tst_cli_convert.moc"
