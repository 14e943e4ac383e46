// Every element kind has a drawn icon in the resources that Qt Svg accepts,
// that keeps to the subset we allow, and that still shows a readable glyph
// at 16 px.
#include "ElementKind.h"
#include "IconPath.h"
#include "SvgIcon.h"
#include "KindInfo.h"

#include <QFile>
#include <QImage>
#include <QSvgRenderer>
#include <QtTest>

using namespace pillar;

namespace {

int countPixels(const QImage &image, const std::function<bool(QRgb)> &pred)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += pred(line[x]) ? 1 : 0;
    }
    return count;
}

bool opaque(QRgb p) { return qAlpha(p) == 255; }
// Glyphs are white or near-white on a saturated or dark tile.
bool light(QRgb p) { return qAlpha(p) > 200 && qGray(p) >= 200; }

QStringList iconPaths()
{
    QStringList paths;
    for (const KindInfo &info : allKinds())
        paths << kindIconPath(info.kind);
    paths << applicationIconPath();
    return paths;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void pathsFollowKeys();
    void loadsAndRenders_data();
    void loadsAndRenders();
    void iconsAreDistinct();
    void svgIconHasEverySize();
    void svgIconOfMissingFileIsNull();
};

void TestIcons::pathsFollowKeys()
{
    QCOMPARE(kindIconPath(ElementKind::Ec2Instance), QStringLiteral(":/icons/ec2-instance.svg"));
    QCOMPARE(applicationIconPath(), QStringLiteral(":/icons/pillar.svg"));
}

void TestIcons::loadsAndRenders_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : iconPaths())
        QTest::newRow(qPrintable(path)) << path;
}

void TestIcons::loadsAndRenders()
{
    QFETCH(QString, path);

    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(" is missing")));
    const QString source = QString::fromUtf8(file.readAll());
    QVERIFY(source.contains(QStringLiteral("viewBox=\"0 0 64 64\"")));
    // Qt Svg implements SVG Tiny 1.2 only; icons must not depend on anything
    // outside it, nor carry text or links to other files.
    const QStringList forbidden = {"<text", "<image", "href", "style", "<filter",
                                   "<mask", "<clipPath", "<script", "<foreignObject"};
    for (const QString &word : forbidden)
        QVERIFY2(!source.contains(word), qPrintable(path + QStringLiteral(" uses ") + word));

    QSvgRenderer renderer(path);
    QVERIFY2(renderer.isValid(), qPrintable(path + QStringLiteral(" is not valid SVG for Qt")));
    QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 64, 64));

    // At 64 px: the tile covers most of the square and the glyph is a clear
    // share of it, neither a speck nor the whole tile.
    const QImage big = renderSvg(path, 64);
    const int area = 64 * 64;
    QVERIFY2(countPixels(big, opaque) > area * 8 / 10, qPrintable(path));
    const int glyph = countPixels(big, light);
    QVERIFY2(glyph > area * 6 / 100, qPrintable(path + QStringLiteral(": glyph %1 px").arg(glyph)));
    QVERIFY2(glyph < area * 60 / 100, qPrintable(path + QStringLiteral(": glyph %1 px").arg(glyph)));

    // At 16 px the glyph must survive antialiasing as solid light pixels.
    const QImage small = renderSvg(path, 16);
    const int smallGlyph = countPixels(small, light);
    QVERIFY2(smallGlyph >= 16, qPrintable(path + QStringLiteral(": %1 px at 16 px").arg(smallGlyph)));
}

void TestIcons::iconsAreDistinct()
{
    // Two kinds with the same picture would be a copy-paste slip.
    const QStringList paths = iconPaths();
    QList<QImage> images;
    for (const QString &path : paths)
        images << renderSvg(path, 32);
    for (int i = 0; i < images.size(); ++i) {
        for (int j = i + 1; j < images.size(); ++j)
            QVERIFY2(images[i] != images[j], qPrintable(paths[i] + QStringLiteral(" == ") + paths[j]));
    }
}

void TestIcons::svgIconHasEverySize()
{
    const QIcon icon = svgIcon(kindIconPath(ElementKind::RdsInstance));
    QVERIFY(!icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (int size : {16, 24, 32, 48, 256})
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
    // The pixmap is the drawing, not an empty square.
    const QImage image = icon.pixmap(QSize(48, 48)).toImage().convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(image.size(), QSize(48, 48));
    QVERIFY(countPixels(image, light) > 48 * 48 / 20);
}

void TestIcons::svgIconOfMissingFileIsNull()
{
    const QRegularExpression warning(QStringLiteral("Cannot open file.*no-such-kind"));
    QTest::ignoreMessage(QtWarningMsg, warning);
    QVERIFY(svgIcon(QStringLiteral(":/icons/no-such-kind.svg")).isNull());
    QTest::ignoreMessage(QtWarningMsg, warning);
    QVERIFY(renderSvg(QStringLiteral(":/icons/no-such-kind.svg"), 16).isNull());
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
