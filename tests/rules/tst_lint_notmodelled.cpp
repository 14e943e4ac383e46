// pillar-cli lint never calls a template clean for what it did not look at:
// resources of types Pillar does not model are counted and named in the text
// summary, listed per file in JSON and told as SARIF tool notifications; a
// template with nothing modelled says nothing was checked instead of "0 errors".

#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pillar::test;

namespace {

const QString kServerless = QStringLiteral("tests/data/import/serverless.yaml");
const QString kNothing = QStringLiteral("tests/data/import/unmodelled.yaml");

CliRun cli(const QStringList &args)
{
    return runCli(args, {QByteArray(), sourceDir(), false});
}

QJsonObject onlyFile(const CliRun &run)
{
    const QJsonDocument doc = QJsonDocument::fromJson(run.out);
    if (!doc.isArray() || doc.array().size() != 1)
        qFatal("lint --format json did not print one file: %s", run.out.constData());
    return doc.array().first().toObject();
}

} // namespace

class TestLintNotModelled : public QObject
{
    Q_OBJECT

private slots:
    void textNamesCountAndTypes()
    {
        const CliRun run = cli({QStringLiteral("lint"), kServerless});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(kServerless + QStringLiteral(": note: 3 resource(s) not modelled, so not checked: "
                                                           "AWS::IAM::Role ×1, AWS::Logs::LogGroup ×1, AWS::StepFunctions::StateMachine ×1")),
                 qPrintable(out));
        const QString summary = out.trimmed().section(QLatin1Char('\n'), -1);
        QVERIFY2(summary.startsWith(QStringLiteral("1 design(s) checked: ")), qPrintable(summary));
        QVERIFY2(summary.endsWith(QStringLiteral("; 3 resource(s) not modelled: AWS::IAM::Role ×1, AWS::Logs::LogGroup ×1, "
                                                 "AWS::StepFunctions::StateMachine ×1")),
                 qPrintable(summary));
    }

    void nothingModelledIsNotClean()
    {
        const CliRun run = cli({QStringLiteral("lint"), kNothing});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(!out.contains(QStringLiteral("0 error(s)")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("1 design(s) read, nothing checked: 3 resource(s) not modelled: ")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("none of its 3 resource(s) is of a type Pillar models")), qPrintable(out));

        const QJsonObject file = onlyFile(cli({QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json"), kNothing}));
        QCOMPARE(file.value(QStringLiteral("nothingModelled")).toBool(), true);
        QCOMPARE(file.value(QStringLiteral("findings")).toArray().size(), 0);
        QCOMPARE(file.value(QStringLiteral("notModelled")).toArray().size(), 3);
    }

    void jsonListsThemPerFile()
    {
        const QJsonObject file = onlyFile(cli({QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json"), kServerless}));
        QCOMPARE(file.value(QStringLiteral("nothingModelled")).toBool(), false);
        const QJsonArray list = file.value(QStringLiteral("notModelled")).toArray();
        QCOMPARE(list.size(), 3);
        const QJsonObject first = list.first().toObject();
        QCOMPARE(first.value(QStringLiteral("resource")).toString(), QStringLiteral("ApiRole"));
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("AWS::IAM::Role"));
        QVERIFY(first.value(QStringLiteral("line")).toInt() > 1);
        // A design file has no resources to leave out.
        const QJsonObject design = onlyFile(cli({QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json"),
                                                 QStringLiteral("resources/samples/three-tier.pillar")}));
        QVERIFY(!design.contains(QStringLiteral("notModelled")));
    }

    void sarifTellsThemAsNotifications()
    {
        const CliRun run = cli({QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("sarif"), kServerless});
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        const QJsonObject invocation = root.value(QStringLiteral("runs")).toArray().first().toObject()
                                           .value(QStringLiteral("invocations")).toArray().first().toObject();
        QCOMPARE(invocation.value(QStringLiteral("executionSuccessful")).toBool(), true); // notes are not failures
        const QJsonArray notes = invocation.value(QStringLiteral("toolExecutionNotifications")).toArray();
        QCOMPARE(notes.size(), 3);
        for (const QJsonValue &v : notes) {
            const QJsonObject n = v.toObject();
            QCOMPARE(n.value(QStringLiteral("level")).toString(), QStringLiteral("note"));
            QCOMPARE(n.value(QStringLiteral("descriptor")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("not-modelled"));
            QVERIFY(n.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString().contains(QStringLiteral("does not model")));
            QVERIFY(n.value(QStringLiteral("locations")).toArray().first().toObject().value(QStringLiteral("physicalLocation")).toObject()
                        .value(QStringLiteral("region")).toObject().value(QStringLiteral("startLine")).toInt() > 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestLintNotModelled)
#include "tst_lint_notmodelled.moc"
