#include "CliCommand.h"

#include <QtGlobal>

namespace pillar::cli {

const std::vector<CliCommand> &commands()
{
    static const std::vector<CliCommand> list = {
        {"convert", QT_TRANSLATE_NOOP("pillar-cli", "Rewrite a design in canonical form"), runConvert},
        {"new", QT_TRANSLATE_NOOP("pillar-cli", "Start a design from a blueprint (--list shows them)"), runNew},
    };
    return list;
}

} // namespace pillar::cli
