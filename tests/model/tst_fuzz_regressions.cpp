// Replays every input the fuzzers ever flagged, plus every bad-input fixture,
// through the design reader: each must load (and then round-trip) or be
// refused with a located error. Runs under the sanitizer preset in CI too.

#include "TestPaths.h"
#include "io/DesignJson.h"

#include <QDirIterator>
#include <QtTest>

using namespace pillar;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void designReader_data()
    {
        QTest::addColumn<QString>("path");
        int count = 0;
        for (const QString &dir : {test::dataDir() + "/fuzz-regressions/design-reader", test::dataDir() + "/bad"}) {
            QDirIterator it(dir, QDir::Files);
            while (it.hasNext()) {
                const QString path = it.next();
                if (!path.endsWith(".md")) {
                    QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
                    ++count;
                }
            }
        }
        QVERIFY2(count >= 20, "the replay set lost its fixtures");
    }
    void designReader()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const LoadResult result = readDesign(bytes, path);
        if (result.ok()) {
            const LoadResult again = readDesign(writeDesign(*result.design), path);
            QVERIFY(again.ok());
            QVERIFY(*again.design == *result.design);
        } else {
            QVERIFY(!result.error.location.isEmpty());
            QVERIFY(!result.error.message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
