// The Terraform JSON reader: a plain value tree with places, strings told
// from numbers, no CloudFormation functions, located refusals and limits.
#include "importers/terraform/TfJsonReader.h"

#include <QtTest>

using namespace pillar;

class TestTfJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void tree()
    {
        CfnValue root;
        CfnParseError error;
        QVERIFY(readTerraformJson("{\n  \"a\": [1, \"1\", true, null],\n  \"Ref\": {\"Fn::Join\": \"x\"}\n}", &root, &error));
        QVERIFY(root.isMap());
        const CfnValue *a = root.get(QStringLiteral("a"));
        QVERIFY(a && a->isList());
        QCOMPARE(a->items.size(), 4);
        QCOMPARE(a->line, 2);
        QCOMPARE(a->column, 8);
        QCOMPARE(a->items[0].text, QStringLiteral("1"));
        QVERIFY(a->items[0].attribute != kTfStringMark);
        QCOMPARE(a->items[1].attribute, kTfStringMark);
        QCOMPARE(a->items[2].text, QStringLiteral("true"));
        QVERIFY(a->items[3].isNull());
        // Keys CloudFormation reads as functions are plain keys here.
        const CfnValue *ref = root.get(QStringLiteral("Ref"));
        QVERIFY(ref && ref->isMap());
        QCOMPARE(ref->get(QStringLiteral("Fn::Join"))->text, QStringLiteral("x"));
        QCOMPARE(ref->line, 3);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("hello") << 1 << "not valid JSON";
        QTest::newRow("truncated") << QByteArray("{\n\"a\": [1, 2") << 2 << "ends early";
        QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}") << 1 << "not valid JSON";
        QTest::newRow("empty") << QByteArray("") << 1 << "";
        QTest::newRow("deep") << QByteArray(200, '[') + QByteArray(200, ']') << 1 << "deeper than";
    }
    void refusals()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        CfnValue root;
        CfnParseError error;
        QVERIFY(!readTerraformJson(text, &root, &error));
        QCOMPARE(error.line, line);
        QVERIFY(error.column >= 1);
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestTfJsonReader)
#include "tst_tfjsonreader.moc"
