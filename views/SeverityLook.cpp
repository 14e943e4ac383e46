#include "SeverityLook.h"

#include <QPainter>
#include <QPixmap>

namespace pillar {

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xD1, 0x30, 0x30);
    case Severity::Warning:
        return QColor(0xE0, 0x8A, 0x00);
    case Severity::Info:
        break;
    }
    return QColor(0x1A, 0x73, 0xE8);
}

static QPixmap severityPixmap(Severity severity, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(severityColor(severity));
    p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(int(size * 0.7));
    p.setFont(font);
    p.setPen(Qt::white);
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
