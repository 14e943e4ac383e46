#include "InputLoader.h"

#include "CliIo.h"

#include "importers/CfnTemplate.h"
#include "importers/terraform/TerraformImport.h"

namespace pillar::cli {

LoadedInput loadInput(const QString &path, const CfnImportOptions &options, const QString &terraformRegion)
{
    LoadedInput in;
    QString error;
    if (!readInput(path, &in.bytes, &error)) {
        const QString prefix = path + QLatin1String(": ");
        in.error = {path, QStringLiteral("1:1"), error.startsWith(prefix) ? error.mid(prefix.size()) : error};
        return in;
    }
    const bool terraform = looksLikeTerraform(in.bytes);
    if (terraform || looksLikeCloudFormation(in.bytes)) {
        TerraformImportOptions terraformOptions;
        terraformOptions.region = terraformRegion;
        CfnImportResult imported = terraform ? importTerraform(in.bytes, path, terraformOptions)
                                             : importCloudFormation(in.bytes, path, options);
        if (!imported.ok()) {
            in.error = imported.error;
            return in;
        }
        in.imported = true;
        in.terraform = terraform;
        in.report = std::move(imported.report);
        in.design = std::move(imported.design);
        return in;
    }
    LoadResult loaded = readDesign(in.bytes, path);
    if (!loaded.ok()) {
        in.error = loaded.error;
        return in;
    }
    in.design = std::move(loaded.design);
    return in;
}

} // namespace pillar::cli
