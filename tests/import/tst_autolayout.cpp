// AutoLayout on hand-made designs: containment, no overlaps, left-to-right order.
#include "AutoLayout.h"
#include "LayoutChecks.h"
#include "LayoutRenderer.h"
#include "TestPaths.h"
#include "io/DesignJson.h"

#include <QtTest>

using namespace pillar;

namespace {

Element make(const char *id, ElementKind kind, const char *parent = "")
{
    Element e;
    e.id = QLatin1String(id);
    e.kind = kind;
    e.parent = QLatin1String(parent);
    return e;
}

} // namespace

class TestAutoLayout : public QObject
{
    Q_OBJECT

private slots:
    void sampleDesign()
    {
        LoadResult loaded = readDesignFile(test::sourceDir() + QStringLiteral("/resources/samples/three-tier.pillar"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        Design d = *loaded.design;
        AutoLayout().apply(&d);
        const QStringList problems = test::layoutProblems(d);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // Same design, same layout.
        Design again = *loaded.design;
        AutoLayout().apply(&again);
        QCOMPARE(again, d);
    }

    void entryPointsLeftDataRight()
    {
        Design d;
        d.insertElement(make("bucket", ElementKind::S3Bucket));
        d.insertElement(make("vpc", ElementKind::Vpc));
        d.insertElement(make("az", ElementKind::AvailabilityZone, "vpc"));
        Element pub = make("pub", ElementKind::Subnet, "az");
        pub.properties.insert(QStringLiteral("public"), true);
        d.insertElement(make("data", ElementKind::Subnet, "az"));
        d.insertElement(pub);
        d.insertElement(make("db", ElementKind::RdsInstance, "data"));
        d.insertElement(make("web", ElementKind::Ec2Instance, "pub"));
        d.insertElement(make("lb", ElementKind::LoadBalancer, "vpc"));
        d.insertElement(make("sg", ElementKind::SecurityGroup, "vpc"));
        d.insertElement(make("users", ElementKind::Internet));
        AutoLayout().apply(&d);
        const QStringList problems = test::layoutProblems(d);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        auto x = [&d](const char *id) { return AutoLayout::sceneRect(d, QLatin1String(id)).center().x(); };
        QVERIFY(x("users") < x("vpc"));
        QVERIFY(x("vpc") < x("bucket"));
        QVERIFY(x("lb") < x("web"));
        QVERIFY(x("pub") < x("data")); // public subnet first
        QVERIFY(x("web") < x("db"));
        // Security groups sit below the zones.
        QVERIFY(AutoLayout::sceneRect(d, QStringLiteral("sg")).top() >= AutoLayout::sceneRect(d, QStringLiteral("az")).bottom());
    }

    void manyChildren()
    {
        Design d;
        d.insertElement(make("vpc", ElementKind::Vpc));
        for (int z = 0; z < 3; ++z) {
            const QByteArray az = "az" + QByteArray::number(z);
            d.insertElement(make(az.constData(), ElementKind::AvailabilityZone, "vpc"));
            for (int s = 0; s < 3; ++s) {
                const QByteArray subnet = az + "-s" + QByteArray::number(s);
                d.insertElement(make(subnet.constData(), ElementKind::Subnet, az.constData()));
                for (int i = 0; i < z * 4 + s; ++i) {
                    const QByteArray id = subnet + "-i" + QByteArray::number(i);
                    d.insertElement(make(id.constData(), i % 2 ? ElementKind::RdsInstance : ElementKind::Ec2Instance, subnet.constData()));
                }
            }
        }
        for (int i = 0; i < 15; ++i)
            d.insertElement(make(("sg" + QByteArray::number(i)).constData(), ElementKind::SecurityGroup, "vpc"));
        AutoLayout().apply(&d);
        const QStringList problems = test::layoutProblems(d);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const QString png = QDir::temp().filePath(QStringLiteral("pillar-autolayout-many.png"));
        QVERIFY(test::renderDesignPng(d, png));
    }

    void overlapIsDetected()
    {
        // The checker the corpus test relies on must be able to fail.
        Design d;
        d.insertElement(make("a", ElementKind::S3Bucket));
        d.insertElement(make("b", ElementKind::S3Bucket));
        QVERIFY(!test::layoutProblems(d).isEmpty()); // both at 0,0
        d.insertElement(make("vpc", ElementKind::Vpc));
        d.insertElement(make("az", ElementKind::AvailabilityZone, "vpc"));
        AutoLayout().apply(&d);
        QVERIFY(test::layoutProblems(d).isEmpty());
        d.element(QStringLiteral("az"))->geometry.moveTo(-5, 0);
        QVERIFY(test::layoutProblems(d).join(QLatin1Char(' ')).contains(QLatin1String("sticks out")));
    }
};

QTEST_MAIN(TestAutoLayout)
#include "tst_autolayout.moc"
