// Element icons: one per kind, rendered at the exact device pixel size asked
// for (crisp on high-DPI screens and at every zoom), cached per size.

#include "IconCache.h"
#include "KindInfo.h"

#include <QPainter>
#include <QTest>

using namespace pillar;

namespace {

int drawnPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return n;
}

} // namespace

class TestIconCache : public QObject
{
    Q_OBJECT

private slots:
    void everyKindHasAnIcon_data();
    void everyKindHasAnIcon();
    void cachedPerDevicePixelSize();
    void paintFollowsTheZoom();
};

void TestIconCache::everyKindHasAnIcon_data()
{
    QTest::addColumn<int>("kind");
    for (const KindInfo &info : allKinds())
        QTest::newRow(info.key) << int(info.kind);
}

void TestIconCache::everyKindHasAnIcon()
{
    QFETCH(int, kind);
    for (qreal dpr : {1.0, 1.5, 2.0}) {
        const QPixmap p = IconCache::instance().pixmap(ElementKind(kind), 32, dpr);
        QCOMPARE(p.devicePixelRatio(), dpr);
        QCOMPARE(p.width(), int(std::ceil(32 * dpr))); // device pixels, not an upscaled 32
        const QImage image = p.toImage();
        // Something is drawn, and not just a filled square.
        const int drawn = drawnPixels(image);
        QVERIFY2(drawn > image.width() * image.height() / 8, qPrintable(QString::number(drawn)));
        QVERIFY(drawn < image.width() * image.height());
    }
}

void TestIconCache::cachedPerDevicePixelSize()
{
    IconCache &cache = IconCache::instance();
    const QPixmap a = cache.pixmap(ElementKind::Ec2Instance, 40, 1.0);
    const QPixmap b = cache.pixmap(ElementKind::Ec2Instance, 40, 1.0);
    QCOMPARE(a.cacheKey(), b.cacheKey());
    const QPixmap c = cache.pixmap(ElementKind::Ec2Instance, 40, 2.0);
    QVERIFY(c.cacheKey() != a.cacheKey());
    QCOMPARE(c.width(), 80);
    const QPixmap other = cache.pixmap(ElementKind::RdsInstance, 40, 1.0);
    QVERIFY(other.cacheKey() != a.cacheKey());
}

void TestIconCache::paintFollowsTheZoom()
{
    // Drawn through a 4x transform the icon covers the 4x area with detail,
    // not a blurred 44-pixel bitmap: compare with a plain upscale.
    QImage zoomed(176, 176, QImage::Format_ARGB32_Premultiplied);
    zoomed.fill(Qt::transparent);
    QPainter p(&zoomed);
    p.scale(4, 4);
    IconCache::instance().paint(&p, QRectF(0, 0, 44, 44), ElementKind::Ec2Instance);
    p.end();
    QImage small(44, 44, QImage::Format_ARGB32_Premultiplied);
    small.fill(Qt::transparent);
    QPainter q(&small);
    IconCache::instance().paint(&q, QRectF(0, 0, 44, 44), ElementKind::Ec2Instance);
    q.end();
    const QImage upscaled = small.scaled(176, 176, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    QVERIFY(drawnPixels(zoomed) > 176 * 176 / 8);
    // A crisp rendering differs from the blocky upscale somewhere.
    int differing = 0;
    for (int y = 0; y < 176; ++y) {
        for (int x = 0; x < 176; ++x)
            differing += zoomed.pixel(x, y) != upscaled.pixel(x, y) ? 1 : 0;
    }
    QVERIFY2(differing > 100, qPrintable(QString::number(differing)));
}

QTEST_MAIN(TestIconCache)
#include "tst_iconcache.moc"
