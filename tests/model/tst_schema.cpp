// The JSON Schema shipped in resources/ is generated from the kind table
// (`pillar-cli schema`), and must describe exactly the properties the reader
// accepts: this test keeps the file, the generator and the specs in step.
// (That every sample validates against the schema is checked by
// tests/cli/validate_schema.py.)

#include "PropertySpec.h"
#include "io/DesignSchema.h"
#include "TestPaths.h"
#include "KindInfo.h"

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

// The kind an allOf clause's "if" tests for, or "" (const json has no safe operator[] for missing keys).
std::string clauseKind(const json &clause)
{
    const json::json_pointer at("/if/properties/kind/const");
    return clause.contains(at) ? clause.at(at).get<std::string>() : std::string();
}

const json *propertiesFor(const json &schema, const QString &kind)
{
    for (const auto &clause : schema.at("$defs").at("element").at("allOf")) {
        if (clauseKind(clause) == kind.toStdString())
            return &clause.at(json::json_pointer("/then/properties/properties/properties"));
    }
    return nullptr;
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    // The shipped file is the generator's output, byte for byte; after a
    // change to the kind table, regenerate it with
    //   pillar-cli schema > resources/schema/pillar-design.schema.json
    void shippedFileIsGenerated()
    {
        QFile f(test::sourceDir() + "/resources/schema/pillar-design.schema.json");
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray shipped = f.readAll();
        const QByteArray generated = QByteArray::fromStdString(designSchema());
        QVERIFY2(shipped == generated, "resources/schema/pillar-design.schema.json differs from `pillar-cli schema`: regenerate it");
    }

    void kindsMatch()
    {
        const json schema = loadSchema();
        QVERIFY(!schema.is_null());
        QCOMPARE(toList(schema.at(json::json_pointer("/$defs/element/properties/kind/enum"))), allKindKeys());
        QCOMPARE(toList(schema.at(json::json_pointer("/properties/design/properties/environment/enum"))), environmentValues());
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
            const json &p = props->at(spec.key.toStdString());
            const QString where = kind + "." + spec.key;
            switch (spec.type) {
            case PropertyType::Bool:
                QVERIFY2(p.value("type", "") == "boolean", qPrintable(where));
                break;
            case PropertyType::Int:
                QVERIFY2(p.value("type", "") == "integer", qPrintable(where));
                QCOMPARE(p.value("minimum", -999), spec.minimum);
                QCOMPARE(p.value("maximum", -999), spec.maximum);
                break;
            case PropertyType::String:
                QVERIFY2(p.value("type", "") == "string" && !p.contains("$ref"), qPrintable(where));
                break;
            case PropertyType::Enum:
                QVERIFY2(p.contains("enum"), qPrintable(where));
                QCOMPARE(toList(p.at("enum")), spec.enumValues);
                break;
            case PropertyType::Cidr:
                QVERIFY2(p.value("$ref", "") == "#/$defs/cidrOrEmpty", qPrintable(where));
                break;
            case PropertyType::Ref:
                QVERIFY2(p.value("$ref", "") == "#/$defs/idOrEmpty", qPrintable(where));
                break;
            case PropertyType::RefList:
                QVERIFY2(p.value("type", "") == "array", qPrintable(where));
                break;
            }
        }
    }

    void securityGroupsOnlyWhereAllowed()
    {
        const json schema = loadSchema();
        for (const KindInfo &info : allKinds()) {
            bool forbids = false;
            for (const auto &clause : schema.at("$defs").at("element").at("allOf")) {
                if (clauseKind(clause) == info.key)
                    forbids = clause.at("then").contains("not");
            }
            QCOMPARE(forbids, !takesSecurityGroups(info.kind));
        }
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
