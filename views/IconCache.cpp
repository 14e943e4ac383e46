#include "IconCache.h"

#include "IconPath.h"
#include "RenderStyle.h"
#include "SvgIcon.h"

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>

#include <cmath>

namespace pillar {

namespace {

// Above this many device pixels the SVG is drawn as vectors straight into
// the painter: caching huge pixmaps would cost more than it saves.
constexpr int kMaxCachedPixels = 256;

} // namespace

IconCache &IconCache::instance()
{
    static IconCache cache;
    return cache;
}

IconCache::IconCache() = default;
IconCache::~IconCache() = default;

QColor IconCache::categoryColor(ElementCategory category)
{
    // Shared with the exported pictures (pillar_render).
    return style::categoryColor(category);
}

QSvgRenderer *IconCache::renderer(ElementKind kind)
{
    const int key = int(kind);
    auto it = m_renderers.find(key);
    if (it == m_renderers.end()) {
        const QString path = kindIconPath(kind);
        std::shared_ptr<QSvgRenderer> r;
        if (QFile::exists(path)) {
            r = std::make_shared<QSvgRenderer>(path);
            if (!r->isValid())
                r.reset();
        }
        it = m_renderers.insert(key, r);
    }
    return it.value().get();
}

bool IconCache::hasSvg(ElementKind kind)
{
    return renderer(kind) != nullptr;
}

QPixmap IconCache::render(ElementKind kind, int devicePixels)
{
    const quint64 key = (quint64(kind) << 32) | quint32(devicePixels);
    auto it = m_pixmaps.constFind(key);
    if (it != m_pixmaps.constEnd())
        return it.value();
    QPixmap pixmap;
    if (renderer(kind)) {
        pixmap = QPixmap::fromImage(renderSvg(kindIconPath(kind), devicePixels)); // the project's one rasteriser
    } else {
        pixmap = QPixmap(devicePixels, devicePixels);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        style::paintFallbackIcon(&p, QRectF(0, 0, devicePixels, devicePixels), kind);
    }
    m_pixmaps.insert(key, pixmap);
    return pixmap;
}

void IconCache::paint(QPainter *painter, const QRectF &rect, ElementKind kind)
{
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QRectF onDevice = painter->worldTransform().mapRect(rect);
    const int pixels = int(std::ceil(std::max(onDevice.width(), onDevice.height()) * dpr));
    if (pixels <= 0)
        return;
    if (pixels > kMaxCachedPixels) {
        if (QSvgRenderer *r = renderer(kind))
            r->render(painter, rect);
        else
            style::paintFallbackIcon(painter, rect, kind);
        return;
    }
    // Round up to a multiple of 4 so zooming does not fill the cache with
    // one pixmap per pixel size; the slight downscale stays sharp.
    const int bucket = std::max(8, (pixels + 3) / 4 * 4);
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawPixmap(rect, render(kind, bucket), QRectF(0, 0, bucket, bucket));
    painter->restore();
}

QPixmap IconCache::pixmap(ElementKind kind, int logicalSize, qreal devicePixelRatio)
{
    const int pixels = std::max(1, int(std::ceil(logicalSize * devicePixelRatio)));
    QPixmap p = render(kind, pixels);
    p.setDevicePixelRatio(devicePixelRatio);
    return p;
}

} // namespace pillar
