#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace pillar::tools {

// Renders an SVG file into a transparent square image of size x size.
// Returns a null image and sets *error when the file is not valid SVG.
QImage renderSvgFile(const QString &svgPath, int size, QString *error);

// One row per icon: the icon at 64 px, at 32 px and at 16 px, on a light
// and on a dark background, so readability is judged where it is used.
// Returns a null image and sets *error if any icon fails to load.
QImage contactSheet(const QStringList &svgPaths, QString *error);

} // namespace pillar::tools
