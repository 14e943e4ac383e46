#pragma once

#include "Design.h"

#include <QImage>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

class QIODevice;
class QPainter;

namespace pillar {

// Draws a design with QPainter in the canvas's visual language: containers
// with their header, resources with icon, name and state badge, security
// group chips, traffic connections with arrows and port labels, load
// balancer / ASG subnet attachments dashed.
//
// Uses QtGui and QtSvg only, so pillar-cli can render headless (it needs a
// QGuiApplication for fonts; the offscreen platform is enough). Text stays
// text in SVG and PDF output; icons stay vectors.
class DesignRenderer
{
public:
    // `only`: ids to draw (with their descendants); empty = the whole design.
    explicit DesignRenderer(const Design &design, const QStringList &only = {});

    // The drawn area in scene coordinates, margin included. Empty when there
    // is nothing to draw.
    QRectF bounds() const { return m_bounds; }
    bool isEmpty() const { return m_drawn.isEmpty(); }

    // Paints into `target` (device coordinates), mapping bounds() onto it.
    void paint(QPainter *painter, const QRectF &target) const;

    // A white image of bounds().size() * scale pixels.
    QImage toImage(qreal scale) const;

    // Writers; on failure return false with "file: reason" in *error.
    bool writePng(const QString &path, qreal scale, QString *error) const;
    bool writeSvg(QIODevice *device, QString *error) const;
    bool writeSvg(const QString &path, QString *error) const;
    bool writePdf(const QString &path, QString *error) const;

    static constexpr qreal kMargin = 24;

private:
    void paintScene(QPainter *painter) const;
    void paintContainer(QPainter *painter, const Element &e, const QRectF &r) const;
    void paintLeaf(QPainter *painter, const Element &e, const QRectF &r) const;
    void paintLine(QPainter *painter, const QRectF &from, const QRectF &to, const QString &label, bool traffic) const;
    QRectF anchorRect(const QString &id) const;

    const Design &m_design;
    QStringList m_order;              // drawn ids, parents before children
    QSet<QString> m_drawn;
    QHash<QString, QRectF> m_rects;   // scene rectangles of drawn elements
    QRectF m_bounds;
};

} // namespace pillar
