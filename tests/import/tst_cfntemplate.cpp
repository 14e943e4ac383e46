// Reading templates: JSON and YAML into one value tree, short-form tags,
// unknown tags, errors with line:column, limits, content sniffing.
#include "importers/CfnTemplate.h"

#include <QtTest>

using namespace pillar;

class TestCfnTemplate : public QObject
{
    Q_OBJECT

private:
    static CfnValue parseOk(const QByteArray &text)
    {
        CfnValue root;
        CfnParseError error;
        if (!parseCfnTemplate(text, &root, &error))
            qWarning() << error.line << error.column << error.message;
        return root;
    }

    static const CfnValue *property(const CfnValue &root, const char *resource, const char *key)
    {
        const CfnValue *r = root.get(QStringLiteral("Resources"))->get(QLatin1String(resource));
        return r->get(QStringLiteral("Properties"))->get(QLatin1String(key));
    }

private slots:
    void shortFormTags_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("function");
        QTest::newRow("Ref") << QByteArray("!Ref Foo") << "Ref";
        QTest::newRow("GetAtt") << QByteArray("!GetAtt Foo.Bar") << "Fn::GetAtt";
        QTest::newRow("Sub") << QByteArray("!Sub '${AWS::Region}-x'") << "Fn::Sub";
        QTest::newRow("Select") << QByteArray("!Select [0, !GetAZs '']") << "Fn::Select";
        QTest::newRow("GetAZs") << QByteArray("!GetAZs ''") << "Fn::GetAZs";
        QTest::newRow("If") << QByteArray("!If [C, a, b]") << "Fn::If";
        QTest::newRow("Equals") << QByteArray("!Equals [a, b]") << "Fn::Equals";
        QTest::newRow("Not") << QByteArray("!Not [!Equals [a, b]]") << "Fn::Not";
        QTest::newRow("And") << QByteArray("!And [!Condition A, !Condition B]") << "Fn::And";
        QTest::newRow("Or") << QByteArray("!Or [!Condition A, !Condition B]") << "Fn::Or";
        QTest::newRow("FindInMap") << QByteArray("!FindInMap [M, k, v]") << "Fn::FindInMap";
        QTest::newRow("Join") << QByteArray("!Join ['', [a, b]]") << "Fn::Join";
        QTest::newRow("Split") << QByteArray("!Split [',', 'a,b']") << "Fn::Split";
        QTest::newRow("ImportValue") << QByteArray("!ImportValue Shared") << "Fn::ImportValue";
        QTest::newRow("Condition") << QByteArray("!Condition IsProd") << "Condition";
        QTest::newRow("Base64") << QByteArray("!Base64 hello") << "Fn::Base64";
        QTest::newRow("Cidr") << QByteArray("!Cidr [10.0.0.0/16, 4, 8]") << "Fn::Cidr";
        QTest::newRow("unknown tag") << QByteArray("!Rain::Embed code.py") << "!Rain::Embed";
    }

    void shortFormTags()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, function);
        const CfnValue root = parseOk("Resources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n      X: " + yaml + "\n");
        const CfnValue *x = property(root, "R", "X");
        QVERIFY(x);
        QCOMPARE(x->type, CfnValue::Function);
        QCOMPARE(x->text, function);
        QCOMPARE(x->items.size(), 1);
        QCOMPARE(x->line, 5);
    }

    void longFormEqualsShortForm()
    {
        const CfnValue json = parseOk(R"({"Resources": {"R": {"Type": "AWS::S3::Bucket", "Properties":
            {"X": {"Fn::Select": [1, {"Fn::GetAZs": ""}]}, "Y": {"Ref": "P"}}}}})");
        const CfnValue yaml = parseOk("Resources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n"
                                      "      X: !Select [1, !GetAZs '']\n      Y: !Ref P\n");
        for (const CfnValue *root : {&json, &yaml}) {
            const CfnValue *x = property(*root, "R", "X");
            QCOMPARE(x->type, CfnValue::Function);
            QCOMPARE(x->text, QStringLiteral("Fn::Select"));
            QCOMPARE(x->items[0].items.size(), 2);
            QCOMPARE(x->items[0].items[1].text, QStringLiteral("Fn::GetAZs"));
            QCOMPARE(property(*root, "R", "Y")->text, QStringLiteral("Ref"));
        }
    }

    void jsonWithTabs()
    {
        const CfnValue root = parseOk("{\n\t\"Resources\": {\n\t\t\"B\": {\"Type\":\"AWS::S3::Bucket\"}\n\t}\n}\n");
        QVERIFY(root.isMap());
        QCOMPARE(root.get(QStringLiteral("Resources"))->map.first().first, QStringLiteral("B"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("bad indentation") << QByteArray("Resources:\n  A:\n    Type: x\n   B: [\n") << 4;
        QTest::newRow("unclosed JSON") << QByteArray("{\"Resources\": {\"A\": \n") << 2;
        QTest::newRow("not a mapping") << QByteArray("- just\n- a list\n") << 1;
        QTest::newRow("scalar") << QByteArray("hello") << 1;
        QTest::newRow("resource given twice (YAML)")
            << QByteArray("Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n  Db:\n    Type: AWS::EC2::SecurityGroup\n") << 4;
        QTest::newRow("key given twice (JSON)")
            << QByteArray("{\"Resources\": {\"A\": {\"Type\": \"AWS::S3::Bucket\",\n \"Type\": \"AWS::EC2::VPC\"}}}") << 2;
    }

    void duplicateKeyNamesBothPlaces()
    {
        CfnValue root;
        CfnParseError error;
        QVERIFY(!parseCfnTemplate("Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n  Db:\n    Type: x\n", &root, &error));
        QCOMPARE(error.message, QStringLiteral("duplicate key 'Db' (first given on line 2)"));
        QCOMPARE(error.line, 4);
        QCOMPARE(error.column, 3);
    }

    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        CfnValue root;
        CfnParseError error;
        QVERIFY(!parseCfnTemplate(text, &root, &error));
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(error.line, line);
        QVERIFY(error.column >= 1);
    }

    void aliasBombIsRefused()
    {
        QByteArray text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        char prev = 'a';
        for (char c = 'b'; c <= 'h'; ++c) {
            text += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
            for (int i = 0; i < 10; ++i)
                text += QByteArray(i ? ", *" : "*") + QByteArray(1, prev);
            text += "]\n";
            prev = c;
        }
        CfnValue root;
        CfnParseError error;
        QVERIFY(!parseCfnTemplate(text, &root, &error));
        QVERIFY2(error.message.contains(QLatin1String("alias")), qPrintable(error.message));
    }

    void hugeTemplateIsRefused()
    {
        // 100 MB: refused by its size before any parsing.
        QByteArray text("Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: ");
        text.append(QByteArray(100 * 1024 * 1024, 'x'));
        CfnValue root;
        CfnParseError error;
        QVERIFY(!parseCfnTemplate(text, &root, &error));
        QVERIFY2(error.message.contains(QLatin1String("larger than")), qPrintable(error.message));
    }

    void deepNestingIsRefused()
    {
        for (int depth : {300, 5000}) {
            const QByteArray text = "Resources: " + QByteArray(depth, '[') + QByteArray(depth, ']') + "\n";
            CfnValue root;
            CfnParseError error;
            QVERIFY(!parseCfnTemplate(text, &root, &error));
            QVERIFY(!error.message.isEmpty());
        }
    }

    void sniffing_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("isTemplate");
        QTest::newRow("version key") << QByteArray("AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n") << true;
        QTest::newRow("yaml resources") << QByteArray("Resources:\n  B:\n    Type: AWS::S3::Bucket\n") << true;
        QTest::newRow("json resources") << QByteArray(R"({"Resources": {"B": {"Type": "AWS::S3::Bucket"}}})") << true;
        QTest::newRow("design") << QByteArray(R"({"format": "pillar-design", "version": 1, "elements": []})") << false;
        QTest::newRow("other yaml") << QByteArray("name: x\nsteps: []\n") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void sniffing()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, isTemplate);
        QCOMPARE(looksLikeCloudFormation(text), isTemplate);
    }
};

QTEST_GUILESS_MAIN(TestCfnTemplate)
#include "tst_cfntemplate.moc"
