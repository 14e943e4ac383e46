// pillar-cli cost as a user runs it: text, JSON and CSV of a design and a
// template, --term, --compare, and refusals with exit 2.

#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pillar::test;

namespace {

QString data(const QString &name)
{
    return sourceDir() + QStringLiteral("/tests/data/cost/") + name;
}

QString blueprint(const QString &name)
{
    return sourceDir() + QStringLiteral("/resources/blueprints/%1.pillar").arg(name);
}

} // namespace

class TestCliCost : public QObject
{
    Q_OBJECT

private slots:
    void textListsElementsAndTotal()
    {
        const CliRun run = runCli({QStringLiteral("cost"), QStringLiteral("--region"), QStringLiteral("us-east-1"), blueprint(QStringLiteral("stage-1-one-user"))});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("US East (N. Virginia) (us-east-1), on demand")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("730 h × $0.0816 (m7g.large instance)")));
        // 730 × 0.0816 + 730 × 0.005 = 63.218
        QVERIFY(out.contains(QStringLiteral("Total: $63.22 a month, not counting 1 element(s) that could not be priced: dns-www")));
    }

    void designRegionIsTheDefault()
    {
        // The blueprints run in Seoul: priced there unless --region says otherwise.
        const CliRun run = runCli({QStringLiteral("cost"), blueprint(QStringLiteral("stage-1-one-user"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("(ap-northeast-2)"), run.out.constData());
    }

    void jsonAndCsv()
    {
        const CliRun json = runCli({QStringLiteral("cost"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--region"),
                                    QStringLiteral("us-east-1"), blueprint(QStringLiteral("stage-2-database-split"))});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject file = QJsonDocument::fromJson(json.out).object()[QStringLiteral("files")].toArray().at(0).toObject();
        QCOMPARE(file[QStringLiteral("region")].toString(), QStringLiteral("us-east-1"));
        QCOMPARE(file[QStringLiteral("term")].toString(), QStringLiteral("on-demand"));
        // 63.218 + 730 × 0.168 + 50 × 0.115 = 191.608
        QCOMPARE(file[QStringLiteral("totalUsd")].toDouble(), 191.61);
        QCOMPARE(file[QStringLiteral("unknown")].toArray(), QJsonArray{QStringLiteral("dns-www")});
        bool sawDb = false;
        for (const QJsonValue &v : file[QStringLiteral("elements")].toArray()) {
            const QJsonObject e = v.toObject();
            if (e[QStringLiteral("id")].toString() != QLatin1String("db-main"))
                continue;
            sawDb = true;
            QCOMPARE(e[QStringLiteral("kind")].toString(), QStringLiteral("rds-instance"));
            QCOMPARE(e[QStringLiteral("lines")].toArray().size(), 2);
            QCOMPARE(e[QStringLiteral("monthlyUsd")].toDouble(), 128.39);
        }
        QVERIFY(sawDb);

        const CliRun csv = runCli({QStringLiteral("cost"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--region"),
                                   QStringLiteral("us-east-1"), blueprint(QStringLiteral("stage-2-database-split"))});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("file,element,kind,name,monthly_usd,formula_or_reason"));
        QCOMPARE(lines.size(), 4); // header, dns (unknown), web, db
        QVERIFY(csv.out.contains(",db-main,rds-instance,Database,128.39,"));
    }

    void reservedTerm()
    {
        const CliRun run = runCli({QStringLiteral("cost"), QStringLiteral("--term"), QStringLiteral("reserved-1y"), QStringLiteral("--region"),
                                   QStringLiteral("us-east-1"), blueprint(QStringLiteral("side-project"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("1-year reserved, no upfront"), run.out.constData());
    }

    void compareShowsTheChange()
    {
        const CliRun added = runCli({QStringLiteral("cost"), QStringLiteral("--compare"), QStringLiteral("--region"), QStringLiteral("us-east-1"),
                                     blueprint(QStringLiteral("stage-1-one-user")), blueprint(QStringLiteral("stage-2-database-split"))});
        QCOMPARE(added.exitCode, 0);
        const QString out = QString::fromUtf8(added.out);
        // stage 2 adds the database ($128.39) and keeps the web server's cost.
        QVERIFY2(out.contains(QStringLiteral("+ db-main")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("+$128.39")));
        QVERIFY(out.contains(QStringLiteral("Total: $63.22 → $191.61 a month (+$128.39)")));
        const CliRun same = runCli({QStringLiteral("cost"), QStringLiteral("--compare"), QStringLiteral("--region"), QStringLiteral("us-east-1"),
                                    blueprint(QStringLiteral("stage-1-one-user")), blueprint(QStringLiteral("stage-1-one-user"))});
        QCOMPARE(same.exitCode, 0);
        QVERIFY(same.out.contains("No change in cost."));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString bp = blueprint(QStringLiteral("stage-1-one-user"));
        QTest::newRow("no region table") << QStringList{QStringLiteral("--region"), QStringLiteral("mars-north-1"), bp}
                                         << "no prices for region 'mars-north-1'";
        QTest::newRow("bad term") << QStringList{QStringLiteral("--term"), QStringLiteral("spot"), bp} << "unknown term 'spot'";
        QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml"), bp} << "unknown format 'xml'";
        QTest::newRow("compare needs two") << QStringList{QStringLiteral("--compare"), bp} << "usage: pillar-cli cost";
        QTest::newRow("unreadable") << QStringList{data(QStringLiteral("missing.pillar"))} << "missing.pillar";
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun run = runCli(QStringList{QStringLiteral("cost")} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliCost)
#include "tst_cli_cost.moc"
