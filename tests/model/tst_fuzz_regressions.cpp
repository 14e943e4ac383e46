// Replays every input the fuzzers ever flagged, plus every bad-input fixture,
// through the design reader: each must load (and then round-trip) or be
// refused with a located error; and every input that once broke the
// CloudFormation importer through it. Whatever loads is also checked by the
// rules, as the fuzz targets do. Runs under the sanitizer preset in CI too.

#include "TestPaths.h"
#include "importers/CfnImport.h"
#include "importers/terraform/TerraformImport.h"
#include "io/DesignJson.h"
#include "rules/Checker.h"

#include <QDirIterator>
#include <QtTest>

using namespace pillar;

namespace {

void verifyChecks(const Design &design)
{
    for (const Finding &finding : checkDesign(design)) {
        QVERIFY(!finding.rule.isEmpty());
        QVERIFY(!finding.message.isEmpty());
    }
}

} // namespace

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
            verifyChecks(*result.design);
        } else {
            QVERIFY(!result.error.location.isEmpty());
            QVERIFY(!result.error.message.isEmpty());
        }
    }

    void cfnImport_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(test::dataDir() + "/fuzz-regressions/cfn-import", QDir::Files);
        int count = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.endsWith(".md")) {
                QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
                ++count;
            }
        }
        QVERIFY2(count >= 1, "the importer's replay set lost its fixtures");
    }
    void cfnImport()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const CfnImportResult result = importCloudFormation(f.readAll(), path);
        if (result.ok()) {
            // What the importer builds, the reader must accept unchanged.
            const LoadResult again = readDesign(writeDesign(*result.design), path);
            QVERIFY2(again.ok(), qPrintable(again.error.toString()));
            QVERIFY(*again.design == *result.design);
            verifyChecks(*result.design);
        } else {
            QVERIFY(!result.error.message.isEmpty());
        }
    }

    void terraformImport_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(test::dataDir() + "/fuzz-regressions/terraform-import", QDir::Files);
        int count = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.endsWith(".md")) {
                QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
                ++count;
            }
        }
        QVERIFY2(count >= 1, "the Terraform importer's replay set lost its fixtures");
    }
    void terraformImport()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const CfnImportResult result = importTerraform(f.readAll(), path);
        if (result.ok()) {
            const LoadResult again = readDesign(writeDesign(*result.design), path);
            QVERIFY2(again.ok(), qPrintable(again.error.toString()));
            QVERIFY(*again.design == *result.design);
            verifyChecks(*result.design);
        } else {
            QVERIFY(!result.error.message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
