// DesignRenderer: the pictures the designer exports and pillar-cli draws.

#include "TestPaths.h"
#include "KindInfo.h"

#include "Captions.h"
#include "Blueprints.h"
#include "DesignRenderer.h"
#include "DrawioExport.h"
#include "Layout.h"
#include "io/DesignJson.h"

#include <QBuffer>
#include <QtEndian>
#include <QImage>
#include <QTemporaryDir>
#include <QUrl>
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


// One cell of a draw.io file, as draw.io reads it: an <mxCell>, with the
// attributes of the <object> that wraps it when it has data.
struct DrawioCell {
    QString id;
    QString parent;
    QString style;
    QString source;
    QString target;
    bool vertex = false;
    bool edge = false;
    QRectF geometry;
    QMap<QString, QString> data; // the <object>'s attributes
};

// The cells of an mxfile, in file order; *error says what is wrong with the
// XML or the structure (one <diagram>, cells inside <root>, a parent that
// comes before its children, ends of edges that exist).
QVector<DrawioCell> drawioCells(const QByteArray &mxfile, QString *error)
{
    QVector<DrawioCell> cells;
    QXmlStreamReader xml(mxfile);
    int diagrams = 0;
    bool inRoot = false;
    QMap<QString, QString> object;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto a = xml.attributes();
            if (xml.name() == QLatin1String("diagram"))
                ++diagrams;
            else if (xml.name() == QLatin1String("root"))
                inRoot = true;
            else if (xml.name() == QLatin1String("object")) {
                object.clear();
                for (const QXmlStreamAttribute &attr : a)
                    object.insert(attr.name().toString(), attr.value().toString());
            } else if (xml.name() == QLatin1String("mxCell")) {
                if (!inRoot) {
                    *error = QStringLiteral("mxCell outside <root>");
                    return {};
                }
                DrawioCell c;
                c.data = object;
                c.id = a.hasAttribute("id") ? a.value("id").toString() : object.value("id");
                c.parent = a.value("parent").toString();
                c.style = a.value("style").toString();
                c.source = a.value("source").toString();
                c.target = a.value("target").toString();
                c.vertex = a.value("vertex") == QLatin1String("1");
                c.edge = a.value("edge") == QLatin1String("1");
                cells << c;
                object.clear();
            } else if (xml.name() == QLatin1String("mxGeometry") && !cells.isEmpty()) {
                cells.last().geometry = QRectF(a.value("x").toDouble(), a.value("y").toDouble(),
                                               a.value("width").toDouble(), a.value("height").toDouble());
            }
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber());
        return {};
    }
    if (diagrams != 1) {
        *error = QStringLiteral("%1 <diagram> elements").arg(diagrams);
        return {};
    }
    QSet<QString> seen;
    for (const DrawioCell &c : cells) {
        if (c.id.isEmpty() || seen.contains(c.id)) {
            *error = QStringLiteral("missing or repeated cell id '%1'").arg(c.id);
            return {};
        }
        if (!c.parent.isEmpty() && !seen.contains(c.parent)) {
            *error = QStringLiteral("cell '%1' names parent '%2' before it exists").arg(c.id, c.parent);
            return {};
        }
        seen.insert(c.id);
    }
    for (const DrawioCell &c : cells) {
        if (c.edge && (!seen.contains(c.source) || !seen.contains(c.target))) {
            *error = QStringLiteral("edge '%1' ends at a cell that does not exist").arg(c.id);
            return {};
        }
    }
    return cells;
}

const DrawioCell *cellById(const QVector<DrawioCell> &cells, const QString &id)
{
    for (const DrawioCell &c : cells)
        if (c.id == id)
            return &c;
    return nullptr;
}

// The tEXt chunks of a PNG, by keyword; false when a chunk's CRC is wrong.
bool pngTextChunks(const QByteArray &png, QMap<QByteArray, QByteArray> *chunks)
{
    qsizetype at = 8;
    while (at + 12 <= png.size()) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + at);
        const QByteArray type = png.mid(at + 4, 4);
        const QByteArray body = png.mid(at + 8, length);
        const quint32 crc = qFromBigEndian<quint32>(png.constData() + at + 8 + length);
        // CRC-32 over type and data, as the PNG specification defines it.
        quint32 c = 0xFFFFFFFFu;
        for (const char byte : type + body) {
            c ^= static_cast<quint8>(byte);
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        if ((c ^ 0xFFFFFFFFu) != crc)
            return false;
        if (type == "tEXt") {
            const qsizetype nul = body.indexOf('\0');
            chunks->insert(body.left(nul), body.mid(nul + 1));
        }
        at += 12 + length;
    }
    return true;
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

    // Every blueprint as a draw.io file: well-formed, every element a cell
    // under its container (relative positions, as in Pillar), every
    // connection an edge between the right cells, Pillar's id and kind kept.
    void drawioHasEveryElementAndLine_data()
    {
        QTest::addColumn<QString>("blueprint");
        for (const BlueprintInfo &b : blueprints())
            QTest::newRow(qPrintable(b.name)) << b.name;
    }

    void drawioHasEveryElementAndLine()
    {
        QFETCH(QString, blueprint);
        LoadResult loaded = loadBlueprint(blueprint);
        QVERIFY(loaded.ok());
        Design design = *loaded.design;
        if (layout::needsLayout(design))
            layout::autoLayout(design);
        QString error;
        const QVector<DrawioCell> cells = drawioCells(drawioFile(design), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int vertices = 0, edges = 0, attachments = 0;
        for (const DrawioCell &c : cells) {
            vertices += c.vertex;
            edges += c.edge && !c.data.contains("pillar_attachment");
            attachments += c.data.contains("pillar_attachment");
        }
        QCOMPARE(vertices, int(design.elements().size()));
        QCOMPARE(edges, int(design.connections().size()));
        int subnetLinks = 0;
        for (const Element &e : design.elements()) {
            const DrawioCell *c = cellById(cells, e.id);
            QVERIFY2(c && c->vertex, qPrintable(e.id));
            QCOMPARE(c->data.value("pillar_id"), e.id);
            QCOMPARE(c->data.value("pillar_kind"), kindKey(e.kind));
            QVERIFY2(c->data.value("label").startsWith(e.displayName().toHtmlEscaped()), qPrintable(e.id));
            QCOMPARE(c->parent, e.parent.isEmpty() ? QStringLiteral("_layer") : e.parent);
            QVERIFY2(c->style.contains(QLatin1String(kindInfo(e.kind).drawioStyle))
                         || (e.kind == ElementKind::Subnet && c->style.contains("strokeColor=#7AA116")),
                     qPrintable(c->style));
            if (kindInfo(e.kind).container) {
                QVERIFY(c->style.contains("container=1"));
                QCOMPARE(c->geometry, QRectF(e.geometry.topLeft(), layout::elementSize(e)));
            } else {
                // Within the element's place on the canvas.
                QVERIFY2(QRectF(e.geometry.topLeft(), layout::elementSize(e)).contains(c->geometry), qPrintable(e.id));
            }
            if (kindInfo(e.kind).attachesToSubnets)
                subnetLinks += e.listValue("subnets").size();
            for (auto it = e.properties.cbegin(); it != e.properties.cend(); ++it)
                QVERIFY2(c->data.contains("pillar_" + it.key()), qPrintable(e.id + " " + it.key()));
        }
        QCOMPARE(attachments, subnetLinks);
        for (const Connection &conn : design.connections()) {
            const DrawioCell *c = cellById(cells, conn.id);
            QVERIFY2(c && c->edge, qPrintable(conn.id));
            QCOMPARE(c->source, conn.from);
            QCOMPARE(c->target, conn.to);
            if (conn.port != 0)
                QVERIFY2(c->data.value("label").contains(QString::number(conn.port)), qPrintable(conn.id));
        }
    }

    // Public subnets in draw.io's green public-subnet group, private in its blue one.
    void drawioSubnetsKeepTheirAccess()
    {
        const Design design = sample();
        QString error;
        const QVector<DrawioCell> cells = drawioCells(drawioFile(design), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int publicSubnets = 0, privateSubnets = 0;
        for (const Element &e : design.elements()) {
            if (e.kind != ElementKind::Subnet)
                continue;
            const bool isPublic = e.boolValue("public");
            (isPublic ? publicSubnets : privateSubnets)++;
            QCOMPARE(cellById(cells, e.id)->style.contains("strokeColor=#7AA116"), isPublic);
        }
        QVERIFY(publicSubnets > 0 && privateSubnets > 0);
    }

    // Names that need escaping, and Hangul, arrive as written.
    void drawioKeepsNamesAsWritten()
    {
        Design design = sample();
        Element *web = design.element("alb-web");
        QVERIFY(web);
        web->name = QStringLiteral("웹 <ALB> & \"front\"");
        QString error;
        const QVector<DrawioCell> cells = drawioCells(drawioFile(design), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(cellById(cells, "alb-web")->data.value("label").startsWith(web->name.toHtmlEscaped()));
    }

    // Only the selected subtree; what stood in a container left out stands at
    // the top level at its place on the canvas; lines to the rest are left out.
    void drawioSelectionOnly()
    {
        const Design design = sample();
        QString error;
        const QVector<DrawioCell> cells = drawioCells(drawioFile(design, {"subnet-private-a"}), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> expected{"subnet-private-a"};
        for (const QString &d : design.descendants("subnet-private-a"))
            expected.insert(d);
        QSet<QString> vertices;
        for (const DrawioCell &c : cells) {
            if (c.vertex)
                vertices.insert(c.id);
            if (c.edge)
                QVERIFY(expected.contains(c.source) && expected.contains(c.target));
        }
        QCOMPARE(vertices, expected);
        const DrawioCell *subnet = cellById(cells, "subnet-private-a");
        QCOMPARE(subnet->parent, QStringLiteral("_layer"));
        QCOMPARE(subnet->geometry.topLeft(), layout::scenePosition(design, "subnet-private-a"));
    }

    // PNG and SVG exports carry the diagram as draw.io's own exports do.
    void picturesCarryTheDrawioDiagram()
    {
        const Design design = sample();
        const DesignRenderer renderer(design);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(renderer.writePng(dir.filePath("d.png"), 1, &error), qPrintable(error));
        QFile png(dir.filePath("d.png"));
        QVERIFY(png.open(QIODevice::ReadOnly));
        const QByteArray bytes = png.readAll();
        QVERIFY(!QImage::fromData(bytes).isNull());
        QMap<QByteArray, QByteArray> chunks;
        QVERIFY2(pngTextChunks(bytes, &chunks), "a PNG chunk has a wrong CRC");
        QVERIFY(chunks.contains("mxfile"));
        const QByteArray fromPng = QByteArray::fromPercentEncoding(chunks.value("mxfile"));
        QCOMPARE(fromPng, drawioFile(design));

        const QByteArray svg = svgOf(renderer);
        QXmlStreamReader xml(svg);
        while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("svg"))) {}
        QVERIFY(!xml.hasError());
        const QString content = xml.attributes().value("content").toString();
        const QVector<DrawioCell> cells = drawioCells(content.toUtf8(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(cellById(cells, "vpc-main"));
        // The picture itself is unchanged by it.
        QString textError;
        QVERIFY(svgTexts(svg, &textError).contains(design.element("vpc-main")->displayName()));
        QVERIFY(textError.isEmpty());
    }

    void drawioUnwritablePath()
    {
        QString error;
        QVERIFY(!writeDrawioFile(sample(), "/nonexistent-dir/x.drawio", &error));
        QVERIFY2(error.startsWith("/nonexistent-dir/x.drawio: "), qPrintable(error));
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
