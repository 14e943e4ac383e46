// The kind table agrees with the enum and with itself: every kind has one
// row, and what a row says (parents, captions, connections, subnets,
// CloudFormation types) refers to things that exist and behave as said.
#include "ElementKind.h"
#include "KindInfo.h"
#include "Placement.h"
#include "PropertySpec.h"
#include "importers/CfnImport.h"
#include "render/Captions.h"

#include <QSet>
#include <QTest>

using namespace pillar;

namespace {

const PropertySpec *spec(const KindInfo &info, const char *key)
{
    return findPropertySpec(info.kind, QString::fromLatin1(key));
}

} // namespace

class TestKindTable : public QObject
{
    Q_OBJECT

private slots:
    void everyEnumValueHasOneRow();
    void keysAndPrefixesAreUnique();
    void namesAreComplete();
    void placementIsConsistent();
    void partsNameRealProperties();
    void connectionsJoinResources();
    void captionsComeFromTheRow();
    void cfnTypesImportToTheirKind_data();
    void cfnTypesImportToTheirKind();
};

void TestKindTable::everyEnumValueHasOneRow()
{
    const std::vector<KindInfo> &rows = allKinds();
    QCOMPARE(int(rows.size()), int(kLastKind) + 1);
    QSet<int> seen;
    for (const KindInfo &info : rows) {
        QVERIFY2(!seen.contains(int(info.kind)), info.key);
        seen.insert(int(info.kind));
        QCOMPARE(&kindInfo(info.kind), &info);
        QCOMPARE(kindFromKey(kindKey(info.kind)), std::optional<ElementKind>(info.kind));
    }
    for (int v = 0; v <= int(kLastKind); ++v)
        QVERIFY2(seen.contains(v), qPrintable(QStringLiteral("kind %1 has no row").arg(v)));
}

void TestKindTable::keysAndPrefixesAreUnique()
{
    QSet<QString> keys, prefixes;
    for (const KindInfo &info : allKinds()) {
        const QString key = QString::fromLatin1(info.key);
        QVERIFY2(!keys.contains(key), info.key);
        QVERIFY2(!prefixes.contains(QString::fromLatin1(info.idPrefix)), info.idPrefix);
        QVERIFY2(!key.isEmpty() && key == key.toLower() && !key.contains(QLatin1Char(' ')), info.key);
        keys.insert(key);
        prefixes.insert(QString::fromLatin1(info.idPrefix));
    }
    QCOMPARE(allKindKeys().size(), int(allKinds().size()));
    QCOMPARE(kindFromKey(QStringLiteral("no-such-kind")), std::nullopt);
}

void TestKindTable::namesAreComplete()
{
    for (const KindInfo &info : allKinds()) {
        QVERIFY2(!kindDisplayName(info.kind).isEmpty(), info.key);
        QVERIFY2(!kindPlural(info.kind).isEmpty() && kindPlural(info.kind) != kindDisplayName(info.kind), info.key);
        const QString article = kindWithArticle(info.kind);
        QVERIFY2(article.startsWith(QLatin1String("a ")) || article.startsWith(QLatin1String("an ")), info.key);
    }
    QCOMPARE(kindDisplayName(ElementKind::Ec2Instance), QStringLiteral("EC2 instance"));
    QCOMPARE(kindWithArticle(ElementKind::Ec2Instance), QStringLiteral("an EC2 instance"));
    QCOMPARE(kindPlural(ElementKind::Ec2Instance), QStringLiteral("EC2 instances"));
}

void TestKindTable::placementIsConsistent()
{
    for (const KindInfo &info : allKinds()) {
        // Somewhere to stand.
        QVERIFY2(info.topLevel || !info.parents.empty(), info.key);
        for (ElementKind parent : info.parents)
            QVERIFY2(kindInfo(parent).container, info.key);
        // Containers have a size to be created at and a frame to be drawn with.
        QCOMPARE(info.container, !info.defaultSize.isEmpty());
        if (info.container)
            QVERIFY2(info.frameColor != 0 && info.fillColor != 0, info.key);
        QCOMPARE(canBeTopLevel(info.kind), info.topLevel);
        QCOMPARE(allowedParentKinds(info.kind).size(), qsizetype(info.parents.size()));
        QCOMPARE(structuralUnknownKeys(info.kind).contains(QStringLiteral("parent")), !info.parents.empty());
    }
}

void TestKindTable::partsNameRealProperties()
{
    for (const KindInfo &info : allKinds()) {
        if (info.attachesToSubnets) {
            const PropertySpec *subnets = spec(info, "subnets");
            QVERIFY2(subnets && subnets->type == PropertyType::RefList, info.key);
            QVERIFY2(subnets->refKinds == std::vector<ElementKind>{ElementKind::Subnet}, info.key);
            QVERIFY2(info.takesSecurityGroups, info.key);
        }
        for (const CaptionPart &part : info.caption) {
            const PropertySpec *s = spec(info, part.key);
            QVERIFY2(s, part.key);
            QVERIFY2(part.unknownText, part.key);
            QCOMPARE(s->type == PropertyType::Bool, part.ifTrue != nullptr && part.ifFalse != nullptr);
        }
        QSet<QString> keys;
        for (const PropertySpec &p : info.properties) {
            QVERIFY2(!keys.contains(p.key), qPrintable(p.key));
            keys.insert(p.key);
            QVERIFY2(p.validate(p.defaultValue).isEmpty(), qPrintable(QString::fromLatin1(info.key) + QLatin1Char('.') + p.key));
        }
    }
}

void TestKindTable::connectionsJoinResources()
{
    Design design;
    for (const KindInfo &info : allKinds()) {
        Element e;
        e.id = QString::fromLatin1(info.key);
        e.kind = info.kind;
        design.insertElement(e);
    }
    for (const KindInfo &from : allKinds()) {
        if (from.has(Boundary))
            QVERIFY2(from.connectsTo.empty(), from.key);
        for (const KindInfo &to : allKinds()) {
            const bool listed = std::find(from.connectsTo.begin(), from.connectsTo.end(), to.kind) != from.connectsTo.end();
            if (listed) {
                QVERIFY2(!to.has(Boundary) && !to.targetRefusal, qPrintable(QStringLiteral("%1 -> %2").arg(from.key, to.key)));
            }
            if (from.kind == to.kind)
                continue; // an element cannot connect to itself, whatever the table says
            const QString problem = connectionProblem(design, QString::fromLatin1(from.key), QString::fromLatin1(to.key));
            QVERIFY2(problem.isEmpty() == listed, qPrintable(QStringLiteral("%1 -> %2: %3").arg(from.key, to.key, problem)));
            if (!listed)
                QVERIFY2(!problem.contains(QLatin1String("%1")), qPrintable(problem));
        }
    }
}

void TestKindTable::captionsComeFromTheRow()
{
    Element subnet;
    subnet.kind = ElementKind::Subnet;
    subnet.properties.insert(QStringLiteral("public"), true);
    subnet.properties.insert(QStringLiteral("cidr"), QStringLiteral("10.0.1.0/24"));
    QCOMPARE(containerDetail(subnet), QStringLiteral("public · 10.0.1.0/24"));
    QCOMPARE(leafBadge(subnet), QString());
    subnet.properties.remove(QStringLiteral("cidr"));
    subnet.unknown = {QStringLiteral("public")};
    QCOMPARE(containerDetail(subnet), QStringLiteral("access unknown"));

    Element rds;
    rds.kind = ElementKind::RdsInstance;
    QCOMPARE(leafBadge(rds), QStringLiteral("Single-AZ"));
    rds.properties.insert(QStringLiteral("multiAz"), true);
    QCOMPARE(leafBadge(rds), QStringLiteral("Multi-AZ"));
    rds.unknown = {QStringLiteral("multiAz")};
    QCOMPARE(leafBadge(rds), QStringLiteral("Multi-AZ unknown"));

    Element bucket;
    bucket.kind = ElementKind::S3Bucket;
    QCOMPARE(leafBadge(bucket), QString());
}

void TestKindTable::cfnTypesImportToTheirKind_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("kind");
    QSet<QString> seen;
    for (const KindInfo &info : allKinds()) {
        for (const char *type : info.cfnTypes) {
            QVERIFY2(!seen.contains(QString::fromLatin1(type)), type);
            seen.insert(QString::fromLatin1(type));
            QTest::newRow(type) << QString::fromLatin1(type) << QString::fromLatin1(info.key);
        }
    }
}

// The table's CloudFormation types are what the importer turns into the
// kind: a template holding one resource of the type gives an element of it.
void TestKindTable::cfnTypesImportToTheirKind()
{
    QFETCH(QString, type);
    QFETCH(QString, kind);
    // The least a resource needs to stand for an element (a DNS record is
    // only one when it names what it resolves to).
    const QString properties = type == QLatin1String("AWS::Route53::RecordSet")
        ? QStringLiteral("{\"Name\": \"www.example.com.\", \"Type\": \"A\", \"ResourceRecords\": [\"192.0.2.1\"]}")
        : QStringLiteral("{}");
    const QByteArray text = QStringLiteral("{\"Resources\": {\"Thing\": {\"Type\": \"%1\", \"Properties\": %2}}}")
                                .arg(type, properties)
                                .toUtf8();
    const CfnImportResult result = importCloudFormation(text, QStringLiteral("one.json"));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const Element *e = result.design->element(QStringLiteral("Thing"));
    QVERIFY2(e, qPrintable(type + QLatin1String(" gave no element 'Thing'")));
    QCOMPARE(kindKey(e->kind), kind);
}

QTEST_GUILESS_MAIN(TestKindTable)
#include "tst_kindtable.moc"
