#include "RenderStyle.h"

#include "KindInfo.h"

#include <QHash>
#include <QPainter>

#include <algorithm>

namespace pillar::style {

QColor categoryColor(ElementCategory category)
{
    // AWS-like category colours.
    switch (category) {
    case ElementCategory::Networking: return QColor(0x8C, 0x4F, 0xFF);
    case ElementCategory::Compute: return QColor(0xED, 0x71, 0x00);
    case ElementCategory::Containers: return QColor(0x0F, 0x8C, 0x8C);
    case ElementCategory::Serverless: return QColor(0xD4, 0x5B, 0x07);
    case ElementCategory::Database: return QColor(0xC9, 0x25, 0xD1);
    case ElementCategory::Integration: return QColor(0xB0, 0x08, 0x4D);
    case ElementCategory::StorageDelivery: return QColor(0x7A, 0xA1, 0x16);
    case ElementCategory::EntryPoints: return QColor(0xE7, 0x15, 0x7B);
    }
    return Qt::gray;
}

QColor groupColor(const QString &groupId)
{
    // Spread hues with a multiplicative hash so similar ids differ visibly.
    const uint h = qHash(groupId) * 2654435761u;
    return QColor::fromHsv(int(h % 360), 170, 215);
}

ContainerColors containerColors(ElementKind kind, bool publicSubnet)
{
    if (publicSubnet) // AWS draws public subnets green
        return {QColor(0x7A, 0xA1, 0x16), QColor(0xF2, 0xF8, 0xEA), false};
    const KindInfo &info = kindInfo(kind);
    return {QColor(info.frameColor), QColor(info.fillColor), info.dashedFrame};
}

bool isPublicSubnet(const Element &element)
{
    return element.kind == ElementKind::Subnet && element.boolValue(QStringLiteral("public"));
}

void paintFallbackIcon(QPainter *painter, const QRectF &rect, ElementKind kind)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(kindColor(kind));
    const qreal radius = rect.width() * 0.18;
    painter->drawRoundedRect(rect, radius, radius);
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(std::max(1, int(rect.height() * 0.28)));
    painter->setFont(font);
    painter->setPen(onMarkColor());
    painter->drawText(rect, Qt::AlignCenter, QString::fromLatin1(kindInfo(kind).idPrefix).toUpper());
    painter->restore();
}

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

} // namespace pillar::style
