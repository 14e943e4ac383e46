#include "DesignRenderer.h"
#include "DrawioExport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

// DesignRenderer's outputs: raster image, PNG, SVG and PDF files.

namespace pillar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DesignRenderer", text);
}

} // namespace

QImage DesignRenderer::toImage(qreal scale) const
{
    const QSize size = (m_bounds.size() * scale).toSize().expandedTo(QSize(1, 1));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

bool DesignRenderer::writePng(const QString &path, qreal scale, QString *error) const
{
    // Refuse absurd sizes before allocating: 32k pixels a side is QImage's limit anyway.
    const QSizeF size = m_bounds.size() * scale;
    if (size.width() > 32000 || size.height() > 32000) {
        if (error)
            *error = tr("%1: the picture would be %2 x %3 pixels; choose a smaller scale or export SVG")
                         .arg(path).arg(qRound(size.width())).arg(qRound(size.height()));
        return false;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(toImage(scale))) {
        if (error)
            *error = tr("%1: %2").arg(path, writer.errorString());
        return false;
    }
    // As draw.io does: the picture carries the diagram, so diagrams.net opens it editable.
    const QByteArray png = embedDrawioInPng(buffer.data(), drawioFile(m_design, m_drawn.values()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool DesignRenderer::writeSvg(QIODevice *device, QString *error) const
{
    // Into memory, then the draw.io diagram added to the root element, as draw.io writes editable SVG.
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&svg);
    const QSize size = m_bounds.size().toSize().expandedTo(QSize(1, 1));
    generator.setSize(size);
    generator.setResolution(96); // one scene unit = one CSS pixel
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(m_design.info.name.isEmpty() ? tr("Pillar design") : m_design.info.name);
    generator.setDescription(tr("Drawn by Pillar"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("cannot start the SVG writer");
        return false;
    }
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    const QByteArray bytes = embedDrawioInSvg(svg.data(), drawioFile(m_design, m_drawn.values()));
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = tr("cannot write the SVG: %1").arg(device->errorString());
        return false;
    }
    return true;
}

bool DesignRenderer::writeSvg(const QString &path, QString *error) const
{
    // Into memory first, then one atomic write: a failed export leaves an old file intact.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writeSvg(&buffer, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() || !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool DesignRenderer::writePdf(const QString &path, QString *error) const
{
    // QPdfWriter reports failure only through an inactive painter; check we can write first.
    {
        QFile probe(path);
        const bool existed = probe.exists();
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Append)) {
            if (error)
                *error = tr("%1: %2").arg(path, probe.errorString());
            return false;
        }
        probe.close();
        if (!existed)
            probe.remove();
    }
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("Pillar"));
    writer.setTitle(m_design.info.name);
    writer.setResolution(72); // one scene unit = one point
    const QSizeF points = m_bounds.size().expandedTo(QSizeF(1, 1));
    writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("%1: cannot write the PDF").arg(path);
        return false;
    }
    paint(&painter, QRectF(QPointF(0, 0), points));
    painter.end();
    return true;
}

} // namespace pillar
