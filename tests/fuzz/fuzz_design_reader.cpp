// libFuzzer target: any bytes given to the design reader must produce a
// design or a LoadError, never a crash, a hang or a sanitizer report. A design
// that loads must also survive a write/read round trip unchanged, and be
// checked by the rules (what `pillar-cli lint` does with a stranger's file).

#include "io/DesignJson.h"
#include "rules/Checker.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const pillar::LoadResult first = pillar::readDesign(bytes, QStringLiteral("fuzz.pillar"));
    if (!first.ok()) {
        if (first.error.message.isEmpty() || first.error.location.isEmpty())
            std::abort(); // every refusal must say where and why
        return 0;
    }
    const QByteArray written = pillar::writeDesign(*first.design);
    const pillar::LoadResult second = pillar::readDesign(written, QStringLiteral("fuzz-rewritten.pillar"));
    if (!second.ok() || !(*second.design == *first.design))
        std::abort(); // what we write we must read back the same
    for (const pillar::Finding &finding : pillar::checkDesign(*first.design)) {
        if (finding.rule.isEmpty() || finding.message.isEmpty())
            std::abort(); // every finding names its rule and says what is wrong
    }
    return 0;
}
