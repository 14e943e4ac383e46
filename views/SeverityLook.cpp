#include "SeverityLook.h"

#include "RenderStyle.h"

#include <QPainter>
#include <QPixmap>

namespace pillar {

static QPixmap severityPixmap(Severity severity, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(style::severityColor(severity));
    p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(int(size * 0.7));
    p.setFont(font);
    p.setPen(style::onMarkColor());
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter,
               severity == Severity::Info ? QStringLiteral("i")
               : severity == Severity::Error ? QString(QChar(0xD7)) : QStringLiteral("!"));
    return pixmap;
}

QIcon severityIcon(Severity severity)
{
    static QIcon icons[3];
    QIcon &icon = icons[int(severity)];
    if (icon.isNull()) {
        for (int size : {16, 24, 32})
            icon.addPixmap(severityPixmap(severity, size));
    }
    return icon;
}

} // namespace pillar
