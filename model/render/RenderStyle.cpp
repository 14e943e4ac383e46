#include "RenderStyle.h"

#include "KindInfo.h"

#include <QHash>
#include <QPainter>

#include <algorithm>
#include <atomic>

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

namespace {

std::atomic<int> g_theme{int(Theme::Light)};

bool dark()
{
    return g_theme.load(std::memory_order_relaxed) == int(Theme::Dark);
}

// A dark fill that keeps the hue of a container's frame.
QColor darkTint(const QColor &frame)
{
    const QColor ground = canvasColor();
    constexpr double kShare = 0.16;
    return QColor::fromRgbF(float(ground.redF() + (frame.redF() - ground.redF()) * kShare),
                            float(ground.greenF() + (frame.greenF() - ground.greenF()) * kShare),
                            float(ground.blueF() + (frame.blueF() - ground.blueF()) * kShare));
}

} // namespace

Theme theme()
{
    return Theme(g_theme.load(std::memory_order_relaxed));
}

void setTheme(Theme theme)
{
    g_theme.store(int(theme), std::memory_order_relaxed);
}

QColor textColor() { return dark() ? QColor(0xE6, 0xE9, 0xED) : QColor(0x23, 0x2F, 0x3E); }
QColor detailColor() { return dark() ? QColor(0xA3, 0xAB, 0xB5) : QColor(0x68, 0x73, 0x80); }
QColor trafficColor() { return dark() ? QColor(0xD0, 0xD5, 0xDC) : QColor(0x23, 0x2F, 0x3E); }
QColor attachmentColor() { return dark() ? QColor(0x8C, 0x97, 0xA4) : QColor(0x7A, 0x86, 0x94); }
QColor canvasColor() { return dark() ? QColor(0x1E, 0x21, 0x26) : QColor(0xFA, 0xFB, 0xFC); }
QColor gridColor() { return dark() ? QColor(0x2C, 0x30, 0x37) : QColor(0xE6, 0xE9, 0xED); }
QColor labelGround(int alpha)
{
    QColor c = dark() ? QColor(0x26, 0x2A, 0x30) : QColor(0xFF, 0xFF, 0xFF);
    c.setAlpha(alpha);
    return c;
}

ContainerColors containerColors(ElementKind kind, bool publicSubnet)
{
    ContainerColors colors;
    if (publicSubnet) { // AWS draws public subnets green
        colors = {QColor(0x7A, 0xA1, 0x16), QColor(0xF2, 0xF8, 0xEA), false};
    } else {
        const KindInfo &info = kindInfo(kind);
        colors = {QColor(info.frameColor), QColor(info.fillColor), info.dashedFrame};
    }
    if (dark())
        colors.fill = darkTint(colors.border);
    return colors;
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
