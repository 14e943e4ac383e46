#include "LayoutRenderer.h"

#include "AutoLayout.h"
#include "KindInfo.h"

#include <QColor>
#include <QImage>
#include <QPainter>

namespace pillar::test {

namespace {

QColor colourOf(ElementKind kind)
{
    switch (kindInfo(kind).category) {
    case ElementCategory::Networking: return QColor(0x8C, 0x4F, 0xFF);
    case ElementCategory::Compute: return QColor(0xED, 0x71, 0x00);
    case ElementCategory::Containers: return QColor(0x0F, 0x8C, 0x8C);
    case ElementCategory::Serverless: return QColor(0xD4, 0x5B, 0x07);
    case ElementCategory::Database: return QColor(0x3B, 0x48, 0xCC);
    case ElementCategory::Integration: return QColor(0xB0, 0x08, 0x4D);
    case ElementCategory::StorageDelivery: return QColor(0x7A, 0xA1, 0x16);
    case ElementCategory::EntryPoints: return QColor(0x23, 0x2F, 0x3E);
    }
    return Qt::black;
}

} // namespace

bool renderDesignPng(const Design &design, const QString &path)
{
    QRectF bounds;
    for (const Element &e : design.elements())
        bounds |= AutoLayout::sceneRect(design, e.id);
    bounds.adjust(-20, -20, 20, 20);
    QImage image(bounds.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(-bounds.topLeft());
    QFont font = p.font();
    font.setPixelSize(11);
    p.setFont(font);

    for (const Connection &c : design.connections()) {
        const QRectF a = AutoLayout::sceneRect(design, c.from);
        const QRectF b = AutoLayout::sceneRect(design, c.to);
        p.setPen(QPen(QColor(0x55, 0x55, 0x55), 1.5, Qt::DashLine));
        p.drawLine(a.center(), b.center());
    }
    // Containers first (outermost first, file order keeps parents before children
    // in imports), then leaves on top.
    for (int pass = 0; pass < 2; ++pass) {
        for (const Element &e : design.elements()) {
            const bool container = kindInfo(e.kind).container;
            if ((pass == 0) != container)
                continue;
            const QRectF r = AutoLayout::sceneRect(design, e.id);
            const QColor colour = colourOf(e.kind);
            if (container) {
                QColor fill = colour;
                fill.setAlpha(e.kind == ElementKind::Subnet && e.boolValue(QStringLiteral("public")) ? 40 : 18);
                p.setBrush(fill);
                p.setPen(QPen(colour, e.kind == ElementKind::AvailabilityZone ? 1 : 2,
                              e.kind == ElementKind::AvailabilityZone ? Qt::DashLine : Qt::SolidLine));
                p.drawRect(r);
                p.setPen(colour.darker());
                p.drawText(r.adjusted(6, 4, -6, 0), Qt::AlignLeft | Qt::AlignTop,
                           QStringLiteral("%1 · %2").arg(kindDisplayName(e.kind), e.displayName()));
            } else {
                p.setBrush(Qt::white);
                p.setPen(QPen(colour, 2));
                p.drawRoundedRect(r, 6, 6);
                p.fillRect(QRectF(r.left() + 30, r.top() + 8, 36, 28), colour);
                p.setPen(Qt::black);
                p.drawText(r.adjusted(3, 38, -3, -2), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWrapAnywhere,
                           e.displayName());
            }
        }
    }
    p.end();
    return image.save(path);
}

} // namespace pillar::test
