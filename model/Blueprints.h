#pragma once

#include "io/DesignJson.h"

#include <QString>
#include <QVector>

namespace pillar {

// The starter designs shipped inside Pillar (resources/blueprints), in
// teaching order: the growth path from one user to millions, then two real
// architectures from our source material.
struct BlueprintInfo {
    QString name;        // e.g. "stage-3-high-availability"
    QString title;       // the design's name
    QString description; // what it is, what changed from the previous stage, and why
    QString resourcePath;
};

QVector<BlueprintInfo> blueprints();
// nullptr-like empty optional design with an error naming the blueprint when unknown.
LoadResult loadBlueprint(const QString &name);

} // namespace pillar
