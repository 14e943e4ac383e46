#pragma once

#include "Design.h"
#include "importers/CfnImport.h"
#include "io/DesignJson.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pillar::cli {

// Whatever a command that reads designs is given: a design file, or a
// CloudFormation template or Terraform plan or state recognised by its
// content (imported with options; terraformRegion: --region when given, else
// the plan's own). The same for lint and cost.
struct LoadedInput {
    QByteArray bytes;
    std::optional<Design> design;
    LoadError error;        // when design is empty: file, place, message
    bool imported = false;  // it was a template or Terraform JSON
    bool terraform = false; // it was Terraform JSON
    ImportReport report;    // of the import, when imported
    bool ok() const { return design.has_value(); }
};

LoadedInput loadInput(const QString &path, const CfnImportOptions &options, const QString &terraformRegion = QString());

} // namespace pillar::cli
