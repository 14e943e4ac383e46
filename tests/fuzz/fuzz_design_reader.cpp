// libFuzzer target: any bytes given to the design reader must produce a
// design or a LoadError, never a crash, a hang or a sanitizer report. A design
// that loads must also survive a write/read round trip unchanged.

#include "io/DesignJson.h"

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
    return 0;
}
