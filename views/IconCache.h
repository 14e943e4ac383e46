#pragma once

#include "ElementKind.h"
#include "KindInfo.h"

#include <QColor>
#include <QHash>
#include <QPixmap>

#include <memory>

class QPainter;
class QSvgRenderer;

namespace pillar {

// Element icons: our SVGs (pillar_icons, kindIconPath()) rasterised with
// renderSvg() into pixmaps cached by (kind, device pixel size), so an icon is
// rasterised once per size and stays crisp at every zoom and device pixel
// ratio; very large ones are drawn as vectors. A kind whose SVG cannot be
// loaded gets a drawn fallback: a rounded square in the category colour with
// the kind's short name.
class IconCache
{
public:
    static IconCache &instance();

    // Draws the icon of `kind` into `rect` (item coordinates of painter).
    void paint(QPainter *painter, const QRectF &rect, ElementKind kind);
    // A pixmap of the given logical size for widgets (palette), crisp at dpr.
    QPixmap pixmap(ElementKind kind, int logicalSize, qreal devicePixelRatio);

    static QColor categoryColor(ElementCategory category);
    static QColor kindColor(ElementKind kind) { return categoryColor(kindInfo(kind).category); }
    bool hasSvg(ElementKind kind);

private:
    IconCache();
    ~IconCache();
    QSvgRenderer *renderer(ElementKind kind);
    QPixmap render(ElementKind kind, int devicePixels);

    QHash<int, std::shared_ptr<QSvgRenderer>> m_renderers; // kind -> renderer (null: no SVG)
    QHash<quint64, QPixmap> m_pixmaps;                      // (kind << 32 | pixels) -> pixmap
};

} // namespace pillar
