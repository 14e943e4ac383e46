#pragma once

#include <QIcon>
#include <QString>

namespace pillar {

// A QIcon holding pixmaps rendered from the SVG at path (e.g. kindIconPath())
// at the sizes menus, toolbars, palettes and window managers ask for (16 to
// 256 px). Rendering ourselves means the icon does not depend on Qt's SVG
// icon-engine plugin being installed. Needs a QGuiApplication. Returns a
// null icon if the SVG cannot be loaded.
QIcon svgIcon(const QString &path);

} // namespace pillar
