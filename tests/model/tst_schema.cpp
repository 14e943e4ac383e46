// The JSON Schema shipped in resources/ must describe exactly the properties
// the reader accepts: this test keeps the two in step. (That every sample
// validates against the schema is checked by tests/cli/validate_schema.py.)

#include "PropertySpec.h"
#include "TestPaths.h"

#include <QFile>
#include <QtTest>

#include <nlohmann/json.hpp>

using json = nlohmann::json;
using namespace pillar;

namespace {

json loadSchema()
{
    QFile f(test::sourceDir() + "/resources/schema/pillar-design.schema.json");
    if (!f.open(QIODevice::ReadOnly))
        return json();
    return json::parse(f.readAll().toStdString());
}

QStringList toList(const json &array)
{
    QStringList out;
    for (const auto &v : array)
        out << QString::fromStdString(v.get<std::string>());
    return out;
}

const json *propertiesFor(const json &schema, const QString &kind)
{
    for (const auto &clause : schema["$defs"]["element"]["allOf"]) {
        if (clause.contains("if") && clause["if"]["properties"].contains("kind")
            && clause["if"]["properties"]["kind"].contains("const")
            && QString::fromStdString(clause["if"]["properties"]["kind"]["const"].get<std::string>()) == kind)
            return &clause["then"]["properties"]["properties"]["properties"];
    }
    return nullptr;
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void kindsMatch()
    {
        const json schema = loadSchema();
        QVERIFY(!schema.is_null());
        QCOMPARE(toList(schema["$defs"]["element"]["properties"]["kind"]["enum"]), allKindKeys());
        QCOMPARE(toList(schema["properties"]["design"]["properties"]["environment"]["enum"]), environmentValues());
    }

    void propertiesMatch_data()
    {
        QTest::addColumn<QString>("kind");
        for (const QString &key : allKindKeys())
            QTest::newRow(qPrintable(key)) << key;
    }
    void propertiesMatch()
    {
        QFETCH(QString, kind);
        const json schema = loadSchema();
        const json *props = propertiesFor(schema, kind);
        QVERIFY2(props, "the schema has no clause for this kind");
        const auto &specs = propertySpecs(*kindFromKey(kind));
        QStringList schemaKeys;
        for (auto it = props->begin(); it != props->end(); ++it)
            schemaKeys << QString::fromStdString(it.key());
        QStringList specKeys;
        for (const PropertySpec &spec : specs)
            specKeys << spec.key;
        schemaKeys.sort();
        specKeys.sort();
        QCOMPARE(schemaKeys, specKeys);

        for (const PropertySpec &spec : specs) {
            const json &p = (*props)[spec.key.toStdString()];
            const QString where = kind + "." + spec.key;
            switch (spec.type) {
            case PropertyType::Bool:
                QVERIFY2(p["type"] == "boolean", qPrintable(where));
                break;
            case PropertyType::Int:
                QVERIFY2(p["type"] == "integer", qPrintable(where));
                QCOMPARE(p["minimum"].get<int>(), spec.minimum);
                QCOMPARE(p["maximum"].get<int>(), spec.maximum);
                break;
            case PropertyType::String:
                QVERIFY2(p["type"] == "string" && !p.contains("$ref"), qPrintable(where));
                break;
            case PropertyType::Enum:
                QCOMPARE(toList(p["enum"]), spec.enumValues);
                break;
            case PropertyType::Cidr:
                QVERIFY2(p["$ref"] == "#/$defs/cidrOrEmpty", qPrintable(where));
                break;
            case PropertyType::Ref:
                QVERIFY2(p["$ref"] == "#/$defs/idOrEmpty", qPrintable(where));
                break;
            case PropertyType::RefList:
                QVERIFY2(p["type"] == "array", qPrintable(where));
                break;
            }
        }
    }

    void securityGroupsOnlyWhereAllowed()
    {
        const json schema = loadSchema();
        for (const KindInfo &info : allKinds()) {
            bool forbids = false;
            for (const auto &clause : schema["$defs"]["element"]["allOf"]) {
                if (clause.contains("if") && clause["if"]["properties"].contains("kind")
                    && clause["if"]["properties"]["kind"].value("const", "") == info.key)
                    forbids = clause["then"].contains("not");
            }
            QCOMPARE(forbids, !takesSecurityGroups(info.kind));
        }
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
