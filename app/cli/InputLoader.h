#pragma once

#include "Design.h"
#include "importers/CfnImport.h"
#include "io/DesignJson.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pillar::cli {

// Whatever a command that reads designs is given: a design file, or a
// CloudFormation template recognised by its content (imported with
// options). The same for lint and cost.
struct LoadedInput {
    QByteArray bytes;
    std::optional<Design> design;
    LoadError error;        // when design is empty: file, place, message
    bool imported = false;  // it was a template
    ImportReport report;    // of the import, when imported
    bool ok() const { return design.has_value(); }
};

LoadedInput loadInput(const QString &path, const CfnImportOptions &options);

} // namespace pillar::cli
