#pragma once

#include "../io/DesignJson.h"
#include "ImportReport.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace pillar {

struct CfnImportOptions {
    QMap<QString, QString> parameters;           // --parameter Name=Value overrides
    QString region = QStringLiteral("us-east-1"); // what AWS::Region and !GetAZs "" resolve to
    bool layout = true;                           // run AutoLayout on the result
};

struct CfnImportResult {
    std::optional<Design> design;
    ImportReport report;
    LoadError error; // file, "line:column" or "/Resources/Name/...", message
    bool ok() const { return design.has_value(); }
};

// Imports a CloudFormation template (JSON or YAML) as a design whose element
// ids are the template's logical IDs. Never throws or crashes on bad input:
// a template that cannot be read gives an error naming the file and place.
CfnImportResult importCloudFormation(const QByteArray &bytes, const QString &fileName,
                                     const CfnImportOptions &options = {});
CfnImportResult importCloudFormationFile(const QString &path, const CfnImportOptions &options = {});

} // namespace pillar
