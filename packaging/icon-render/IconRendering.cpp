#include "IconRendering.h"

#include "SvgIcon.h"

#include <QCoreApplication>
#include <QPainter>

namespace pillar::tools {

QImage renderSvgFile(const QString &svgPath, int size, QString *error)
{
    QImage image = pillar::renderSvg(svgPath, size);
    if (image.isNull())
        *error = QCoreApplication::translate("IconRender", "%1: not a valid SVG file").arg(svgPath);
    return image;
}

QImage contactSheet(const QStringList &svgPaths, QString *error)
{
    const int sizes[] = {64, 32, 16};
    const QColor backgrounds[] = {QColor(0xf4, 0xf4, 0xf4), QColor(0x26, 0x26, 0x2b)};
    const int pad = 8;
    const int cell = 64 + 2 * pad;
    const int columns = 2 * 3;
    QImage sheet(columns * cell, int(svgPaths.size()) * cell, QImage::Format_ARGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    for (int row = 0; row < svgPaths.size(); ++row) {
        for (int b = 0; b < 2; ++b) {
            for (int s = 0; s < 3; ++s) {
                const QImage icon = renderSvgFile(svgPaths[row], sizes[s], error);
                if (icon.isNull())
                    return {};
                const int x = (b * 3 + s) * cell;
                const int y = row * cell;
                painter.fillRect(x, y, cell, cell, backgrounds[b]);
                painter.drawImage(x + (cell - sizes[s]) / 2, y + (cell - sizes[s]) / 2, icon);
            }
        }
    }
    painter.end();
    return sheet;
}

} // namespace pillar::tools
