#pragma once

#include "rules/Severity.h"

#include <QIcon>

namespace pillar {

// How a severity looks in the designer's lists: one round icon per severity
// in its colour (style::severityColor), readable on light and dark
// backgrounds alike (saturated fill, white glyph).
// A filled circle with "×" (error), "!" (warning) or "i" (info); cached.
QIcon severityIcon(Severity severity);

} // namespace pillar
