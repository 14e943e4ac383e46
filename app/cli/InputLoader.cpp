#include "InputLoader.h"

#include "CliIo.h"

#include "importers/CfnTemplate.h"

namespace pillar::cli {

LoadedInput loadInput(const QString &path, const CfnImportOptions &options)
{
    LoadedInput in;
    QString error;
    if (!readInput(path, &in.bytes, &error)) {
        const QString prefix = path + QLatin1String(": ");
        in.error = {path, QStringLiteral("1:1"), error.startsWith(prefix) ? error.mid(prefix.size()) : error};
        return in;
    }
    if (looksLikeCloudFormation(in.bytes)) {
        CfnImportResult imported = importCloudFormation(in.bytes, path, options);
        if (!imported.ok()) {
            in.error = imported.error;
            return in;
        }
        in.imported = true;
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
