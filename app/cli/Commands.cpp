#include "CliCommand.h"

#include <QtGlobal>

namespace pillar::cli {

const std::vector<CliCommand> &commands()
{
    static const std::vector<CliCommand> list = {
        {"lint", QT_TRANSLATE_NOOP("pillar-cli", "Check designs against the Well-Architected rules"), runLint},
        {"rules", QT_TRANSLATE_NOOP("pillar-cli", "List the rules catalogue"), runRules},
        {"cost", QT_TRANSLATE_NOOP("pillar-cli", "Estimate what a design costs a month (--compare: what a change costs)"), runCost},
        {"explain", QT_TRANSLATE_NOOP("pillar-cli", "Explain one rule: why, source and fix"), runExplain},
        {"convert", QT_TRANSLATE_NOOP("pillar-cli", "Rewrite a design in canonical form"), runConvert},
        {"import", QT_TRANSLATE_NOOP("pillar-cli", "Import a CloudFormation template as a design"), runImport},
        {"new", QT_TRANSLATE_NOOP("pillar-cli", "Start a design from a blueprint (--list shows them)"), runNew},
        {"schema", QT_TRANSLATE_NOOP("pillar-cli", "Print the JSON Schema of the design file format"), runSchema},
    };
    return list;
}

} // namespace pillar::cli
