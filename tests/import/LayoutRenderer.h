#pragma once

#include "Design.h"

#include <QString>

namespace pillar::test {

// Draws a design's boxes, labels and connections into a PNG, so a person can
// look at an auto-layout without the designer. Returns false if it cannot write.
bool renderDesignPng(const Design &design, const QString &path);

} // namespace pillar::test
