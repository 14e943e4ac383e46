// pillar-cli new: list and write blueprints, as a user runs it.

#include "CliRun.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using pillar::test::runCli;
using Run = pillar::test::CliRun;

namespace {

QByteArray readAll(const QString &path)
{
    return pillar::test::readFile(path);
}

} // namespace

class TestCliNew : public QObject
{
    Q_OBJECT

private slots:
    void listsNameThenTitle()
    {
        const Run r = runCli({"new", "--list"});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 10);
        QVERIFY(lines.first().startsWith("stage-1-one-user\tStage 1"));
        for (const QString &line : lines) {
            const QStringList cols = line.split('\t');
            QCOMPARE(cols.size(), 2);
            QVERIFY(QFile::exists(pillar::test::sourceDir() + "/resources/blueprints/" + cols[0] + ".pillar"));
        }
    }

    void writesEachBlueprint()
    {
        const QStringList lines = QString::fromUtf8(runCli({"new", "--list"}).out).split('\n', Qt::SkipEmptyParts);
        QTemporaryDir dir;
        for (const QString &line : lines) {
            const QString name = line.section('\t', 0, 0);
            const QString out = dir.filePath(name + ".pillar");
            const Run r = runCli({"new", "--blueprint", name, "-o", out});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(readAll(out), readAll(pillar::test::sourceDir() + "/resources/blueprints/" + name + ".pillar"));
        }
    }

    void errors()
    {
        Run unknown = runCli({"new", "--blueprint", "mainframe", "-o", "-"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("no blueprint named 'mainframe'"));
        Run noOutput = runCli({"new", "--blueprint", "side-project"});
        QCOMPARE(noOutput.exitCode, 2);
        QVERIFY(noOutput.err.contains("usage: pillar-cli new"));
        QTemporaryDir dir;
        const QString picture = dir.filePath("stage.png");
        Run wrongFormat = runCli({"new", "--blueprint", "side-project", "-o", picture});
        QCOMPARE(wrongFormat.exitCode, 2);
        QVERIFY2(wrongFormat.err.contains("unknown output format"), wrongFormat.err.constData());
        QVERIFY(!QFile::exists(picture));
        Run toStdout = runCli({"new", "--blueprint", "side-project", "-o", "-"});
        QCOMPARE(toStdout.exitCode, 0);
        QCOMPARE(toStdout.out, readAll(pillar::test::sourceDir() + "/resources/blueprints/side-project.pillar"));
    }
};

QTEST_GUILESS_MAIN(TestCliNew)
#include "tst_cli_new.moc"
