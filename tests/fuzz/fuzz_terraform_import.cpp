// libFuzzer target: any bytes given to the Terraform importer (plan, state,
// raw state) must give a design or a located error, never a crash, a hang or
// a sanitizer report. An imported design must be one the design reader reads
// back unchanged, and the rules must check it (`pillar-cli lint plan.json`).

#include "importers/terraform/TerraformImport.h"
#include "io/DesignJson.h"
#include "rules/Checker.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const pillar::CfnImportResult result = pillar::importTerraform(bytes, QStringLiteral("fuzz.json"));
    if (!result.ok()) {
        if (result.error.message.isEmpty() || result.error.file.isEmpty())
            std::abort(); // every refusal must say what is wrong with which file
        return 0;
    }
    for (const pillar::ImportedResource &r : result.report.resources) {
        if (r.logicalId.isEmpty() || (r.outcome != pillar::ImportedResource::Mapped && r.reason.isEmpty()))
            std::abort(); // every resource is accounted for, by its address
    }
    const pillar::LoadResult back = pillar::readDesign(pillar::writeDesign(*result.design), QStringLiteral("fuzz.pillar"));
    if (!back.ok() || !(*back.design == *result.design))
        std::abort();
    for (const pillar::Finding &finding : pillar::checkDesign(*result.design)) {
        if (finding.rule.isEmpty() || finding.message.isEmpty())
            std::abort();
    }
    return 0;
}
