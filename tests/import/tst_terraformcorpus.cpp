// Every file of ../shared/corpus/terraform (real plans and states from
// public projects) is recognised and imports; its report accounts for every
// managed resource the manifest counts, by address; mapped elements exist
// with valid ids; the design reads back; and the checker runs on it.
#include "TestPaths.h"
#include "importers/terraform/TerraformImport.h"
#include "io/DesignJson.h"
#include "rules/Checker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace pillar;

class TestTerraformCorpus : public QObject
{
    Q_OBJECT

private:
    static QString corpusDir() { return test::sharedDir() + QStringLiteral("/corpus/terraform"); }

private slots:
    void files_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("entry");
        QFile manifest(corpusDir() + QStringLiteral("/manifest.json"));
        QVERIFY2(manifest.open(QIODevice::ReadOnly), "the Terraform corpus is missing");
        const QJsonArray entries = QJsonDocument::fromJson(manifest.readAll()).array();
        QVERIFY(entries.size() >= 10);
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            QTest::newRow(qPrintable(e.value(QStringLiteral("file")).toString()))
                << corpusDir() + QLatin1Char('/') + e.value(QStringLiteral("file")).toString() << e;
        }
    }

    void files()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, entry);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(looksLikeTerraform(bytes));
        const CfnImportResult r = importTerraform(bytes, path);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        const Design &d = *r.design;

        // Every AWS resource the manifest counts is in the report, by address.
        int aws = 0;
        for (const ImportedResource &res : r.report.resources) {
            QVERIFY(!res.logicalId.isEmpty());
            QVERIFY2(res.line > 0, qPrintable(res.logicalId));
            aws += res.type.startsWith(QLatin1String("aws_")) && res.reason != QLatin1String("destroyed by this plan") ? 1 : 0;
            switch (res.outcome) {
            case ImportedResource::Mapped:
                QVERIFY2(d.element(res.element), qPrintable(res.logicalId));
                QCOMPARE(res.element, terraformElementId(res.logicalId));
                break;
            case ImportedResource::Merged:
                QVERIFY2(d.element(res.element), qPrintable(res.logicalId));
                QVERIFY(!res.reason.isEmpty());
                break;
            case ImportedResource::Used:
            case ImportedResource::Skipped:
                QVERIFY2(!res.reason.isEmpty(), qPrintable(res.logicalId));
                break;
            }
        }
        // The manifest counts planned_values; resource_changes may add some.
        QVERIFY2(aws >= entry.value(QStringLiteral("aws_resources")).toInt(), qPrintable(QString::number(aws)));
        const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
        for (const QJsonValue &c : doc.value(QStringLiteral("resource_changes")).toArray()) {
            const QJsonObject change = c.toObject();
            if (change.value(QStringLiteral("mode")).toString() == QLatin1String("managed"))
                QVERIFY2(r.report.resource(change.value(QStringLiteral("address")).toString()),
                         qPrintable(change.value(QStringLiteral("address")).toString()));
        }
        for (const Element &e : d.elements())
            QVERIFY2(Design::isValidId(e.id), qPrintable(e.id));

        const LoadResult back = readDesign(writeDesign(d), path);
        QVERIFY2(back.ok(), qPrintable(back.error.toString()));
        QVERIFY(*back.design == d);
        // No finding rests on a value the file leaves unknown.
        for (const Finding &f : checkDesign(d)) {
            QVERIFY(!f.rule.isEmpty());
            QVERIFY(!f.message.isEmpty());
            if (!f.primaryElement().isEmpty())
                QVERIFY2(d.element(f.primaryElement()) || d.connection(f.primaryElement()), qPrintable(f.primaryElement()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTerraformCorpus)
#include "tst_terraformcorpus.moc"
