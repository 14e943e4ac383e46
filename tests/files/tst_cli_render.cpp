// pillar-cli convert draws PNG and SVG without a display.

#include "CliRun.h"

#include "DesignRenderer.h"
#include "io/DesignJson.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace pillar;

namespace {

using Run = test::CliRun;

// As in CI: no display and no platform chosen.
Run runHeadless(const QStringList &args)
{
    return test::runCli(args, {QByteArray(), QString(), true});
}

QString samplePath()
{
    return test::sourceDir() + "/resources/samples/three-tier.pillar";
}

} // namespace

class TestCliRender : public QObject
{
    Q_OBJECT

private slots:
    void pngAtEachScale_data()
    {
        QTest::addColumn<QString>("scale");
        QTest::newRow("default") << QString();
        QTest::newRow("2") << "2";
        QTest::newRow("4") << "4";
    }

    void pngAtEachScale()
    {
        QFETCH(QString, scale);
        QTemporaryDir dir;
        const QString out = dir.filePath("three-tier.png");
        QStringList args{"convert", samplePath(), "-o", out};
        if (!scale.isEmpty())
            args << "--scale" << scale;
        const Run run = runHeadless(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QImage image(out);
        QVERIFY(!image.isNull());
        const LoadResult design = readDesignFile(samplePath());
        QVERIFY(design.ok());
        const qreal factor = scale.isEmpty() ? 1.0 : scale.toDouble();
        QCOMPARE(image.size(), (DesignRenderer(*design.design).bounds().size() * factor).toSize());
    }

    void svgIsWellFormedWithEveryName()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("three-tier.svg");
        const Run run = runHeadless({"convert", samplePath(), "-o", out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QStringList texts;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const LoadResult design = readDesignFile(samplePath());
        for (const Element &e : design.design->elements())
            QVERIFY2(texts.contains(e.displayName()), qPrintable(e.displayName()));
    }

    void pdf()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("three-tier.pdf");
        const Run run = runHeadless({"convert", samplePath(), "-o", out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(5), QByteArray("%PDF-"));
    }

    // convert -o x.drawio: a draw.io diagram, headless, every element in it.
    void drawio()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("design.drawio");
        const Run run = runHeadless({"convert", samplePath(), "-o", out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(file.readAll());
        QSet<QString> ids;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("object"))
                ids.insert(xml.attributes().value("pillar_id").toString());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const LoadResult design = readDesignFile(samplePath());
        QVERIFY(design.ok());
        for (const Element &e : design.design->elements())
            QVERIFY2(ids.contains(e.id), qPrintable(e.id));
        for (const Connection &c : design.design->connections())
            QVERIFY2(ids.contains(c.id), qPrintable(c.id));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("scale not a number") << QStringList{"--scale", "big"} << "x.png" << QByteArray("--scale must be a number from 1 to 8, not 'big'");
        QTest::newRow("scale too large") << QStringList{"--scale", "9"} << "x.png" << QByteArray("--scale must be");
        QTest::newRow("scale for svg") << QStringList{"--scale", "2"} << "x.svg" << QByteArray("PNG output only");
        QTest::newRow("unknown format") << QStringList() << "x.gif" << QByteArray("unknown output format '.gif'");
    }

    void errors()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, output);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        const Run run = runHeadless(QStringList{"convert", samplePath(), "-o", dir.filePath(output)} + extra);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(output)));
    }

    void badDesignNamesFileAndPlace()
    {
        QTemporaryDir dir;
        const QString bad = test::dataDir() + "/bad/missing-parent.json";
        const Run run = runHeadless({"convert", bad, "-o", dir.filePath("x.png")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(bad.toUtf8() + ":/elements/"), run.err.constData());
        QVERIFY(!QFile::exists(dir.filePath("x.png")));
    }

    void unwritableOutput()
    {
        const Run run = runHeadless({"convert", samplePath(), "-o", "/nonexistent-dir/x.svg"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("/nonexistent-dir/x.svg: "), run.err.constData());
    }
};

QTEST_MAIN(TestCliRender)
#include "tst_cli_render.moc"
