#pragma once

#include <QIcon>
#include <QImage>
#include <QString>

namespace pillar {

// The SVG at path (a file or a resource such as kindIconPath()) rendered into
// a transparent size x size ARGB32 image. Needs no QGuiApplication. Returns a
// null image if the SVG cannot be loaded.
QImage renderSvg(const QString &path, int size);

// A QIcon holding pixmaps rendered from the SVG at path at the sizes menus,
// toolbars, palettes and window managers ask for (16 to 256 px). Rendering
// ourselves means the icon does not depend on Qt's SVG icon-engine plugin
// being installed. Needs a QGuiApplication. Returns a null icon if the SVG
// cannot be loaded.
QIcon svgIcon(const QString &path);

} // namespace pillar
