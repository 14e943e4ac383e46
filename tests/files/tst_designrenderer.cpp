// DesignRenderer: the pictures the designer exports and pillar-cli draws.

#include "TestPaths.h"
#include "KindInfo.h"

#include "Captions.h"
#include "DesignRenderer.h"
#include "io/DesignJson.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace pillar;

namespace {

Design sample()
{
    LoadResult r = readDesignFile(test::sourceDir() + "/resources/samples/three-tier.pillar");
    return r.ok() ? *r.design : Design();
}

// Every text node of an SVG, concatenated per <text> element; fails the XML check on error.
QStringList svgTexts(const QByteArray &svg, QString *xmlError)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    if (xml.hasError())
        *xmlError = xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber());
    return texts;
}

QByteArray svgOf(const DesignRenderer &renderer)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!renderer.writeSvg(&buffer, &error))
        qWarning() << error;
    return buffer.data();
}

} // namespace

class TestDesignRenderer : public QObject
{
    Q_OBJECT

private slots:
    void svgIsWellFormedAndNamesEveryElement()
    {
        const Design design = sample();
        QVERIFY(design.elements().size() > 10);
        const QByteArray svg = svgOf(DesignRenderer(design));
        QString xmlError;
        const QStringList texts = svgTexts(svg, &xmlError);
        QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
        for (const Element &e : design.elements())
            QVERIFY2(texts.contains(e.displayName()), qPrintable("no <text> for " + e.displayName()));
        // Ports of the connections are labelled too.
        QVERIFY(texts.contains("tcp/3306"));
    }

    // What is drawn beside a container and under a leaf; a value an importer
    // could not determine is called unknown, not shown as the default.
    void captions_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QVariantMap>("properties");
        QTest::addColumn<QStringList>("unknown");
        QTest::addColumn<QString>("caption");
        const auto row = [](const char *name, ElementKind kind, QVariantMap props, QStringList unknown, const char *caption) {
            QTest::newRow(name) << int(kind) << props << unknown << QString::fromUtf8(caption);
        };
        row("vpc cidr", ElementKind::Vpc, {{"cidr", "10.1.0.0/16"}}, {}, "10.1.0.0/16");
        row("vpc cidr unknown", ElementKind::Vpc, {}, {"cidr"}, "CIDR unknown");
        row("zone", ElementKind::AvailabilityZone, {{"zone", "eu-west-1a"}}, {}, "eu-west-1a");
        row("zone unknown", ElementKind::AvailabilityZone, {}, {"zone"}, "zone unknown");
        row("public subnet", ElementKind::Subnet, {{"public", true}, {"cidr", "10.1.1.0/24"}}, {}, "public · 10.1.1.0/24");
        row("private subnet", ElementKind::Subnet, {{"public", false}, {"cidr", "10.1.2.0/24"}}, {}, "private · 10.1.2.0/24");
        row("subnet cidr unknown", ElementKind::Subnet, {{"public", false}}, {"cidr"}, "private · CIDR unknown");
        row("subnet access unknown", ElementKind::Subnet, {{"cidr", "10.1.3.0/24"}}, {"public"}, "access unknown · 10.1.3.0/24");
        row("multi-az", ElementKind::RdsInstance, {{"multiAz", true}}, {}, "Multi-AZ");
        row("single-az", ElementKind::RdsInstance, {{"multiAz", false}}, {}, "Single-AZ");
        row("multi-az unknown", ElementKind::RdsInstance, {}, {"multiAz"}, "Multi-AZ unknown");
        row("scheme", ElementKind::LoadBalancer, {{"scheme", "internal"}}, {}, "internal");
        row("scheme unknown", ElementKind::LoadBalancer, {}, {"scheme"}, "scheme unknown");
        row("instance type", ElementKind::Ec2Instance, {{"instanceType", "m7g.large"}}, {}, "m7g.large");
        row("instance type unknown", ElementKind::AutoScalingGroup, {}, {"instanceType"}, "type unknown");
        row("engine unknown", ElementKind::ElastiCache, {}, {"engine"}, "engine unknown");
        row("bucket has none", ElementKind::S3Bucket, {}, {}, "");
    }

    void captions()
    {
        QFETCH(int, kind);
        QFETCH(QVariantMap, properties);
        QFETCH(QStringList, unknown);
        QFETCH(QString, caption);
        Element e;
        e.id = QStringLiteral("e");
        e.kind = ElementKind(kind);
        e.properties = properties;
        e.unknown = unknown;
        QCOMPARE(kindInfo(e.kind).container ? containerDetail(e) : leafBadge(e), caption);
    }

    void exportSaysWhatIsUnknown()
    {
        Design design = sample();
        Element *vpc = nullptr;
        for (const Element &e : design.elements()) {
            if (e.kind == ElementKind::Vpc)
                vpc = design.element(e.id);
        }
        QVERIFY(vpc);
        const QString cidr = vpc->stringValue(QStringLiteral("cidr"));
        vpc->properties.remove(QStringLiteral("cidr"));
        vpc->unknown = {QStringLiteral("cidr")};
        QString xmlError;
        const QStringList texts = svgTexts(svgOf(DesignRenderer(design)), &xmlError);
        QVERIFY(texts.contains(QStringLiteral("CIDR unknown")));
        QVERIFY(!texts.contains(cidr));
    }

    void selectionOnlyDrawsTheSelectedSubtree()
    {
        const Design design = sample();
        const DesignRenderer all(design);
        const DesignRenderer part(design, {"subnet-private-a"});
        QVERIFY(!part.isEmpty());
        QVERIFY(part.bounds().width() < all.bounds().width());
        QString xmlError;
        const QStringList texts = svgTexts(svgOf(part), &xmlError);
        QVERIFY(xmlError.isEmpty());
        QVERIFY(texts.contains(design.element("subnet-private-a")->displayName()));
        for (const QString &inside : design.descendants("subnet-private-a"))
            QVERIFY(texts.contains(design.element(inside)->displayName()));
        QVERIFY(!texts.contains(design.element("alb-web")->displayName()));
        QVERIFY(!texts.contains(design.element("vpc-main")->displayName()));
    }

    void unknownAndEmptySelections()
    {
        const Design design = sample();
        QVERIFY(DesignRenderer(design, {"no-such-id"}).isEmpty());
        QVERIFY(DesignRenderer(Design()).isEmpty());
        QVERIFY(DesignRenderer(Design()).bounds().isEmpty());
    }

    void pngHasTheSizeOfItsScale_data()
    {
        QTest::addColumn<qreal>("scale");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("2x") << 2.0;
        QTest::newRow("4x") << 4.0;
    }

    void pngHasTheSizeOfItsScale()
    {
        QFETCH(qreal, scale);
        const Design design = sample();
        const DesignRenderer renderer(design);
        QTemporaryDir dir;
        const QString path = dir.filePath("design.png");
        QString error;
        QVERIFY2(renderer.writePng(path, scale, &error), qPrintable(error));
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), (renderer.bounds().size() * scale).toSize());
        // Not blank: the VPC frame colour appears somewhere.
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; y += 2)
            for (int x = 0; x < image.width() && !drawn; x += 2)
                drawn = image.pixelColor(x, y) != QColor(Qt::white);
        QVERIFY(drawn);
    }

    void pdfIsWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("design.pdf");
        QString error;
        QVERIFY2(DesignRenderer(sample()).writePdf(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
    }

    void unwritablePathGivesAnError()
    {
        QString error;
        const QString path = "/nonexistent-dir/x.png";
        QVERIFY(!DesignRenderer(sample()).writePng(path, 1, &error));
        QVERIFY2(error.startsWith(path + ": "), qPrintable(error));
        QVERIFY(!DesignRenderer(sample()).writeSvg("/nonexistent-dir/x.svg", &error));
        QVERIFY(error.startsWith("/nonexistent-dir/x.svg: "));
        QVERIFY(!DesignRenderer(sample()).writePdf("/nonexistent-dir/x.pdf", &error));
        QVERIFY(error.startsWith("/nonexistent-dir/x.pdf: "));
    }

    void hugeScaleIsRefused()
    {
        QString error;
        QVERIFY(!DesignRenderer(sample()).writePng(QDir::tempPath() + "/never.png", 1000, &error));
        QVERIFY2(error.contains("smaller scale"), qPrintable(error));
    }
};

QTEST_MAIN(TestDesignRenderer)
#include "tst_designrenderer.moc"
