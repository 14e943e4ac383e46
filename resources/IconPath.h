#pragma once

#include "ElementKind.h"

#include <QString>

namespace pillar {

// Resource path of the icon drawn for a kind, ":/icons/<key>.svg".
// Available to any target that links pillar_icons (the resources are
// registered automatically, no Q_INIT_RESOURCE needed).
QString kindIconPath(ElementKind kind);

// Resource path of the application icon, ":/icons/pillar.svg".
QString applicationIconPath();

} // namespace pillar
