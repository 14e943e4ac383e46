#include "CliCommand.h"
#include "CliIo.h"

#include "io/DesignSchema.h"

#include <QCommandLineParser>

namespace pillar::cli {

int runSchema(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print the JSON Schema of the design file format (the file shipped as "
                                        "pillar-design.schema.json), for editors and other tools that validate designs."));
    parser.addHelpOption();
    if (const auto done = parseArguments(parser, args))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        printErr(tr("usage: pillar-cli schema\n"));
        return ExitUsage;
    }
    printOut(QString::fromStdString(designSchema()));
    return ExitOk;
}

} // namespace pillar::cli
