// The two template readers (JSON through nlohmann_json, YAML through libyaml)
// against each other and against what the reader before them did: one tree
// for one template in either syntax, places in bytes, numbers as written,
// text that libyaml alone would refuse, duplicate keys in large maps.
#include "GeneratedTemplates.h"
#include "importers/CfnTemplate.h"

#include <QtTest>

using namespace pillar;
using test::TemplateSyntax;

namespace {

// !GetAtt a.b in YAML is the scalar "a.b", {"Fn::GetAtt": ["a", "b"]} in JSON
// a list; both mean the same, and the resolver takes either.
CfnValue splitGetAtt(const CfnValue &v)
{
    if (v.type != CfnValue::Function || v.text != QLatin1String("Fn::GetAtt") || v.items.size() != 1 || !v.items[0].isScalar())
        return v;
    CfnValue list;
    list.type = CfnValue::List;
    const int dot = v.items[0].text.indexOf(QLatin1Char('.'));
    list.items = {CfnValue::scalar(v.items[0].text.left(dot)), CfnValue::scalar(v.items[0].text.mid(dot + 1))};
    CfnValue fn = v;
    fn.items = {list};
    return fn;
}

// Equal apart from places (JSON and YAML put a value at different columns).
bool sameTree(const CfnValue &left, const CfnValue &right, QString *where, const QString &path = QStringLiteral("/"))
{
    const CfnValue a = splitGetAtt(left), b = splitGetAtt(right);
    if (a.type != b.type || a.text != b.text || a.attribute != b.attribute || a.items.size() != b.items.size()
        || a.map.size() != b.map.size()) {
        *where = path + QStringLiteral(": '%1' vs '%2'").arg(a.text, b.text);
        return false;
    }
    for (int i = 0; i < a.items.size(); ++i) {
        if (!sameTree(a.items[i], b.items[i], where, path + QString::number(i) + QLatin1Char('/')))
            return false;
    }
    for (int i = 0; i < a.map.size(); ++i) {
        if (a.map[i].first != b.map[i].first) {
            *where = path + QStringLiteral(": key '%1' vs '%2'").arg(a.map[i].first, b.map[i].first);
            return false;
        }
        if (!sameTree(a.map[i].second, b.map[i].second, where, path + a.map[i].first + QLatin1Char('/')))
            return false;
    }
    return true;
}

CfnValue parsed(const QByteArray &text)
{
    CfnValue root;
    CfnParseError error;
    if (!parseCfnTemplate(text, &root, &error))
        qWarning() << error.line << error.column << error.message;
    return root;
}

const CfnValue *propertyOf(const CfnValue &root, const char *resource, const char *key)
{
    const CfnValue *resources = root.get(QStringLiteral("Resources"));
    const CfnValue *r = resources ? resources->get(QLatin1String(resource)) : nullptr;
    const CfnValue *props = r ? r->get(QStringLiteral("Properties")) : nullptr;
    return props ? props->get(QLatin1String(key)) : nullptr;
}

} // namespace

class TestCfnReaders : public QObject
{
    Q_OBJECT

private slots:
    void jsonAndYamlGiveOneTree_data()
    {
        QTest::addColumn<int>("resources");
        QTest::addColumn<int>("seed");
        QTest::newRow("3") << 3 << 0;
        QTest::newRow("50") << 50 << 1;
        QTest::newRow("301") << 301 << 2;
    }

    void jsonAndYamlGiveOneTree()
    {
        QFETCH(int, resources);
        QFETCH(int, seed);
        const CfnValue json = parsed(test::generatedTemplate(resources, TemplateSyntax::Json, seed));
        const CfnValue yaml = parsed(test::generatedTemplate(resources, TemplateSyntax::Yaml, seed));
        QVERIFY(json.isMap());
        QCOMPARE(json.get(QStringLiteral("Resources"))->map.size(), resources);
        QString where;
        QVERIFY2(sameTree(json, yaml, &where), qPrintable(where));
        // Functions in both long and short form are Function nodes.
        const CfnValue *vpc = propertyOf(yaml, "IgwAttachment", "VpcId");
        QVERIFY(vpc);
        QCOMPARE(vpc->type, CfnValue::Function);
        QCOMPARE(vpc->text, QStringLiteral("Ref"));
    }

    void placesCountBytes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QByteArray>("there");
        // "é" and "ü" are two bytes each: columns count bytes, as editors do.
        QTest::newRow("YAML") << QByteArray("Resources:\n  B: {Type: AWS::S3::Bucket, Properties: {X: \"é\", Y: ü}}\n")
                              << 2 << 55 << QByteArray("ü}");
        QTest::newRow("JSON") << QByteArray("{\"Resources\": {\"B\": {\"Type\": \"AWS::S3::Bucket\",\n"
                                            "  \"Properties\": {\"X\": \"é\", \"Y\": \"ü\"}}}}\n")
                              << 2 << 34 << QByteArray("\"ü\"");
        QTest::newRow("YAML block") << QByteArray("Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n"
                                                  "      Y: [\"ééé\", !Ref Q]\n")
                                    << 5 << 21 << QByteArray("!Ref Q");
    }

    void placesCountBytes()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QByteArray, there);
        const CfnValue root = parsed(text);
        const CfnValue *y = propertyOf(root, "B", "Y");
        QVERIFY(y);
        const CfnValue &at = y->isList() ? y->items[1] : *y;
        QCOMPARE(at.line, line);
        QCOMPARE(at.column, column);
        QVERIFY(text.split('\n')[line - 1].mid(column - 1).startsWith(there));
    }

    void jsonNumbersKeptAsWritten()
    {
        const CfnValue root = parsed("{\"Resources\": {\"B\": {\"Type\": \"AWS::S3::Bucket\", \"Properties\": "
                                     "{\"L\": [1.50, -0, 1e5, 12345678901234567890123, true, null]}}}}");
        const CfnValue *l = propertyOf(root, "B", "L");
        QVERIFY(l && l->isList());
        QCOMPARE(l->items.size(), 6);
        QCOMPARE(l->items[0].text, QStringLiteral("1.50"));
        QCOMPARE(l->items[1].text, QStringLiteral("-0"));
        QCOMPARE(l->items[2].text, QStringLiteral("1e5"));
        QCOMPARE(l->items[3].text, QStringLiteral("12345678901234567890123"));
        QCOMPARE(l->items[4].text, QStringLiteral("true"));
        QVERIFY(l->items[5].isNull());
    }

    void flowYamlThatLooksLikeJsonIsRead()
    {
        // Not strict JSON (unquoted keys, single quotes, a comment): read as YAML.
        const CfnValue root = parsed("{Resources: {B: {Type: 'AWS::S3::Bucket', # a bucket\n Properties: {X: !Ref Y}}}}\n");
        const CfnValue *x = propertyOf(root, "B", "X");
        QVERIFY(x);
        QCOMPARE(x->type, CfnValue::Function);
        QCOMPARE(x->text, QStringLiteral("Ref"));
    }

    void controlCharactersAndStrayBytesAreText()
    {
        // libyaml refuses both; the reader takes them as text, as before, and
        // counts places in the template's own bytes.
        const QByteArray text("Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n"
                              "      X: a\x04" "b\xFF" "c\n      Y: {Z: \xC3" "x, W: !Ref Q}\n");
        CfnValue root;
        CfnParseError error;
        QVERIFY2(parseCfnTemplate(text, &root, &error), qPrintable(error.message));
        const CfnValue *x = propertyOf(root, "B", "X");
        QVERIFY(x);
        QCOMPARE(x->text, QString::fromUtf8("a\x04" "b\xFF" "c"));
        const CfnValue *y = propertyOf(root, "B", "Y");
        QVERIFY(y && y->isMap());
        QCOMPARE(y->get(QStringLiteral("Z"))->text, QString::fromUtf8("\xC3" "x"));
        const CfnValue *w = y->get(QStringLiteral("W"));
        QCOMPARE(w->line, 6);
        QCOMPARE(w->column, 21); // after "      Y: {Z: \xC3x, W: ", 20 bytes
    }

    void lineBreaksOfYaml11AreText()
    {
        // U+2028 is a line break to YAML 1.1 (libyaml), text to YAML 1.2.
        const QByteArray text("Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n"
                              "      X: \"a\xE2\x80\xA8" "b\"\n      Y: c\n");
        const CfnValue root = parsed(text);
        QCOMPARE(propertyOf(root, "B", "X")->text, QString::fromUtf8("a\xE2\x80\xA8" "b"));
        QCOMPARE(propertyOf(root, "B", "Y")->line, 6);
        // So is a carriage return that no line feed follows; CRLF ends a line.
        const CfnValue crlf = parsed("Resources:\r\n  B:\r\n    Type: AWS::S3::Bucket\r\n    Properties:\r\n"
                                     "      X: a\rb\r\n      Y: c\r\n");
        QCOMPARE(propertyOf(crlf, "B", "X")->text, QStringLiteral("a\rb"));
        QCOMPARE(propertyOf(crlf, "B", "Y")->line, 6);
    }

    void duplicateKeyInALargeMap_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("YAML") << false;
        QTest::newRow("JSON") << true;
    }

    void duplicateKeyInALargeMap()
    {
        // Past 16 keys a map keeps an index; the refusal must not change.
        QFETCH(bool, json);
        QByteArray text = json ? "{\"Resources\": {\n" : "Resources:\n";
        for (int i = 0; i < 40; ++i) {
            const QByteArray id = "B" + QByteArray::number(i == 30 ? 7 : i);
            text += json ? "  \"" + id + "\": {\"Type\": \"AWS::S3::Bucket\"}" + (i < 39 ? ",\n" : "\n")
                         : "  " + id + ":\n    Type: AWS::S3::Bucket\n";
        }
        text += json ? "}}\n" : "";
        CfnValue root;
        CfnParseError error;
        QVERIFY(!parseCfnTemplate(text, &root, &error));
        const int firstLine = json ? 9 : 16;   // B7
        const int secondLine = json ? 32 : 62; // the second B7
        QCOMPARE(error.message, QStringLiteral("duplicate key 'B7' (first given on line %1)").arg(firstLine));
        QCOMPARE(error.line, secondLine);
        QCOMPARE(error.column, 3);
    }

    void syntaxErrorFurtherOnComesFirst()
    {
        // As with the reader before: the whole text is read before a
        // duplicate key is reported, so a syntax error later wins.
        CfnValue root;
        CfnParseError error;
        QVERIFY(!parseCfnTemplate("Resources:\n  A: {Type: x}\n  A: {Type: y}\n  B: [\n", &root, &error));
        QVERIFY2(!error.message.contains(QLatin1String("duplicate")), qPrintable(error.message));
        QVERIFY(error.line >= 4);
    }

    void aliasesAreCopiesOfTheAnchoredValue()
    {
        const CfnValue root = parsed("Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n"
                                     "      Tags: &tags [{Key: k, Value: !Ref V}]\n"
                                     "  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: *tags\n");
        const CfnValue *a = propertyOf(root, "A", "Tags");
        const CfnValue *b = propertyOf(root, "B", "Tags");
        QVERIFY(a && b);
        QString where;
        QVERIFY2(sameTree(*a, *b, &where), qPrintable(where));
        QCOMPARE(b->line, 5); // an alias is the anchored node, place included
        QCOMPARE(b->items[0].get(QStringLiteral("Value"))->text, QStringLiteral("Ref"));
    }

    void unknownAnchorIsRefused()
    {
        CfnValue root;
        CfnParseError error;
        QVERIFY(!parseCfnTemplate("Resources:\n  A: *nowhere\n", &root, &error));
        QCOMPARE(error.line, 2);
        QVERIFY(!error.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCfnReaders)
#include "tst_cfnreaders.moc"
