// Evaluating intrinsic functions as far as the template's own inputs allow.
#include "importers/CfnResolver.h"
#include "importers/CfnTemplate.h"

#include <QtTest>

using namespace pillar;

namespace {

const QByteArray kTemplate = R"(
Parameters:
  Env: {Type: String, Default: prod}
  Subnets: {Type: 'List<AWS::EC2::Subnet::Id>'}
  Names: {Type: CommaDelimitedList, Default: 'a, b,c'}
  Cidr: {Type: String}
Mappings:
  RegionMap:
    us-east-1: {AZ1: us-east-1b}
    eu-west-1: {AZ1: eu-west-1c}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  Both: !And [!Condition IsProd, !Equals [x, x]]
  Either: !Or [!Condition IsDev, !Equals [!Ref Cidr, x]]
  Unknowable: !Equals [!Ref Cidr, '0.0.0.0/0']
  Loop1: !Condition Loop2
  Loop2: !Condition Loop1
Resources:
  Bucket: {Type: AWS::S3::Bucket}
  Probe:
    Type: AWS::S3::Bucket
    Properties:
      refParam: !Ref Env
      refResource: !Ref Bucket
      refNoDefault: !Ref Cidr
      refRegion: !Ref AWS::Region
      refAccount: !Ref AWS::AccountId
      getAtt: !GetAtt Bucket.Arn
      getAttList: {'Fn::GetAtt': [Bucket, DomainName]}
      selectAz: !Select [1, !GetAZs '']
      selectList: !Select [0, !Ref Subnets]
      selectNames: !Select [1, !Ref Names]
      findInMap: !FindInMap [RegionMap, !Ref 'AWS::Region', AZ1]
      ifTrue: !If [IsProd, big, small]
      ifUnknown: !If [Unknowable, open, closed]
      join: !Join ['-', [a, !Ref Env]]
      joinUnknown: !Join ['', ['arn:', !Ref AWS::AccountId]]
      split: !Select [2, !Split [',', 'x,y,z']]
      sub: !Sub '${Env}-${AWS::Region}-${!Literal}'
      subVars: !Sub ['${A}/${Env}', {A: !Ref Env}]
      subResource: !Sub 'https://${Bucket.DomainName}/x'
      importValue: !ImportValue Shared
      unknownTag: !Rain::Embed file.py
      base64: !Base64 text
      noValue: !If [IsProd, !Ref AWS::NoValue, x]
      list: [a, !Ref AWS::NoValue, b]
)";

} // namespace

class TestCfnResolver : public QObject
{
    Q_OBJECT

private:
    CfnValue m_root;

    CfnValue resolved(const char *key, const QMap<QString, QString> &overrides = {}, const QString &region = QStringLiteral("us-east-1"))
    {
        CfnResolver resolver(m_root, overrides, region);
        const CfnValue *probe = m_root.get(QStringLiteral("Resources"))->get(QStringLiteral("Probe"));
        const CfnValue props = resolver.resolve(*probe->get(QStringLiteral("Properties")));
        const CfnValue *v = props.get(QLatin1String(key));
        return v ? *v : CfnValue::unknown(QStringLiteral("<absent>"));
    }

private slots:
    void initTestCase()
    {
        CfnParseError error;
        QVERIFY2(parseCfnTemplate(kTemplate, &m_root, &error), qPrintable(error.message));
    }

    void values_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("text");
        QTest::newRow("Ref parameter default") << "refParam" << int(CfnValue::Scalar) << "prod";
        QTest::newRow("Ref resource") << "refResource" << int(CfnValue::ResourceRef) << "Bucket";
        QTest::newRow("Ref parameter without default") << "refNoDefault" << int(CfnValue::External) << "Cidr";
        QTest::newRow("Ref AWS::Region") << "refRegion" << int(CfnValue::Scalar) << "us-east-1";
        QTest::newRow("Ref AWS::AccountId") << "refAccount" << int(CfnValue::Unknown) << "";
        QTest::newRow("GetAtt dotted") << "getAtt" << int(CfnValue::ResourceRef) << "Bucket";
        QTest::newRow("GetAtt list") << "getAttList" << int(CfnValue::ResourceRef) << "Bucket";
        QTest::newRow("Select GetAZs") << "selectAz" << int(CfnValue::Scalar) << "us-east-1b";
        QTest::newRow("Select of list parameter") << "selectList" << int(CfnValue::External) << "Subnets.0";
        QTest::newRow("Select CommaDelimitedList") << "selectNames" << int(CfnValue::Scalar) << "b";
        QTest::newRow("FindInMap") << "findInMap" << int(CfnValue::Scalar) << "us-east-1b";
        QTest::newRow("If true") << "ifTrue" << int(CfnValue::Scalar) << "big";
        QTest::newRow("If unknown condition") << "ifUnknown" << int(CfnValue::Unknown) << "";
        QTest::newRow("Join") << "join" << int(CfnValue::Scalar) << "a-prod";
        QTest::newRow("Join with unknown part") << "joinUnknown" << int(CfnValue::Unknown) << "";
        QTest::newRow("Split") << "split" << int(CfnValue::Scalar) << "z";
        QTest::newRow("Sub") << "sub" << int(CfnValue::Scalar) << "prod-us-east-1-${Literal}";
        QTest::newRow("Sub with variables") << "subVars" << int(CfnValue::Scalar) << "prod/prod";
        QTest::newRow("Sub of resource attribute") << "subResource" << int(CfnValue::Unknown) << "";
        QTest::newRow("ImportValue") << "importValue" << int(CfnValue::Unknown) << "";
        QTest::newRow("unknown tag") << "unknownTag" << int(CfnValue::Unknown) << "";
        QTest::newRow("Base64") << "base64" << int(CfnValue::Scalar) << "text";
    }

    void values()
    {
        QFETCH(QString, key);
        QFETCH(int, type);
        QFETCH(QString, text);
        const CfnValue v = resolved(key.toLatin1().constData());
        QCOMPARE(int(v.type), type);
        if (type != CfnValue::Unknown)
            QCOMPARE(v.text, text);
    }

    void overridesAndRegion()
    {
        QCOMPARE(resolved("refParam", {{QStringLiteral("Env"), QStringLiteral("dev")}}).text, QStringLiteral("dev"));
        QCOMPARE(resolved("ifTrue", {{QStringLiteral("Env"), QStringLiteral("dev")}}).text, QStringLiteral("small"));
        QCOMPARE(resolved("refNoDefault", {{QStringLiteral("Cidr"), QStringLiteral("10.0.0.0/8")}}).text, QStringLiteral("10.0.0.0/8"));
        QCOMPARE(resolved("ifUnknown", {{QStringLiteral("Cidr"), QStringLiteral("0.0.0.0/0")}}).text, QStringLiteral("open"));
        QCOMPARE(resolved("findInMap", {}, QStringLiteral("eu-west-1")).text, QStringLiteral("eu-west-1c"));
        QCOMPARE(resolved("selectAz", {}, QStringLiteral("eu-west-1")).text, QStringLiteral("eu-west-1b"));
        const CfnValue list = resolved("selectList", {{QStringLiteral("Subnets"), QStringLiteral("subnet-1,subnet-2")}});
        QCOMPARE(list.text, QStringLiteral("subnet-1"));
    }

    void unknownKeepsReferencedResources()
    {
        const CfnValue v = resolved("subResource");
        QCOMPARE(v.items.size(), 1);
        QCOMPARE(v.items.first().type, CfnValue::ResourceRef);
        QCOMPARE(v.items.first().text, QStringLiteral("Bucket"));
        QCOMPARE(v.attribute, QStringLiteral("built"));
        QCOMPARE(resolved("refAccount").attribute, QString());
    }

    void noValueIsRemoved()
    {
        QCOMPARE(resolved("noValue").text, QStringLiteral("<absent>"));
        const CfnValue list = resolved("list");
        QCOMPARE(list.items.size(), 2);
        QCOMPARE(list.items[1].text, QStringLiteral("b"));
    }

    void conditions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("truth");
        QTest::newRow("Equals") << "IsProd" << int(CfnResolver::Truth::True);
        QTest::newRow("Not of Condition") << "IsDev" << int(CfnResolver::Truth::False);
        QTest::newRow("And") << "Both" << int(CfnResolver::Truth::True);
        QTest::newRow("Or with an unknown") << "Either" << int(CfnResolver::Truth::Unknown);
        QTest::newRow("parameter without default") << "Unknowable" << int(CfnResolver::Truth::Unknown);
        QTest::newRow("cycle") << "Loop1" << int(CfnResolver::Truth::Unknown);
        QTest::newRow("missing") << "NoSuchCondition" << int(CfnResolver::Truth::Unknown);
    }

    void conditions()
    {
        QFETCH(QString, name);
        QFETCH(int, truth);
        CfnResolver resolver(m_root, {}, QStringLiteral("us-east-1"));
        QCOMPARE(int(resolver.condition(name)), truth);
    }

    void unusedOverrides()
    {
        CfnResolver resolver(m_root, {{QStringLiteral("Env"), QStringLiteral("x")}, {QStringLiteral("Nope"), QStringLiteral("y")}},
                             QStringLiteral("us-east-1"));
        QCOMPARE(resolver.unusedOverrides(), QStringList{QStringLiteral("Nope")});
    }
};

QTEST_GUILESS_MAIN(TestCfnResolver)
#include "tst_cfnresolver.moc"
