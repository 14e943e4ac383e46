#pragma once

#include "rules/Severity.h"

#include <QColor>
#include <QIcon>

namespace pillar {

// How a severity looks everywhere in the designer (Problems dock, canvas
// badges): one colour and one round icon per severity, readable on light and
// dark backgrounds alike (saturated fill, white glyph).
QColor severityColor(Severity severity);
// A filled circle with "×" (error), "!" (warning) or "i" (info); cached.
QIcon severityIcon(Severity severity);

} // namespace pillar
