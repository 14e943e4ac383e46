#pragma once

#include "../CfnImport.h"

#include <QByteArray>
#include <QString>

namespace pillar {

struct TerraformImportOptions {
    QString region; // "" = the aws provider's region in the configuration, else us-east-1
    bool layout = true;
};

// Imports the JSON of `terraform show -json` (a plan or a state) or a raw
// state file (version 3 or 4) as a design. Each aws_* resource is
// translated into the CloudFormation shape the shared mapping layer reads;
// element ids are the resource addresses made valid ids
// (module.vpc.aws_subnet.private["a"] -> module.vpc.aws_subnet.private.a),
// and the report names every resource by its real address. Values known
// only after apply stay unknown. Never throws or crashes on bad input: a
// file that cannot be read gives an error naming the file and the place.
CfnImportResult importTerraform(const QByteArray &bytes, const QString &fileName, const TerraformImportOptions &options = {});
CfnImportResult importTerraformFile(const QString &path, const TerraformImportOptions &options = {});

// Cheap content sniffing: true when bytes look like Terraform JSON (a
// format_version or terraform_version key near the start of an object).
bool looksLikeTerraform(const QByteArray &bytes);

// The element id for a resource address.
QString terraformElementId(const QString &address);

} // namespace pillar
