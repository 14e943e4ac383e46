#include "CliCommand.h"
#include "CliIo.h"

#include "Blueprints.h"

#include <QCommandLineParser>

namespace pillar::cli {

int runNew(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Start a design from a blueprint: the growth path from one user to millions, "
                                        "and architectures from practice."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("list"), tr("List the blueprints, one per line: name, then title.")});
    parser.addOption({QStringLiteral("blueprint"), tr("The blueprint to start from."), tr("NAME")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Write the design to FILE ('-' for standard output)."), tr("FILE")});
    if (const auto done = parseArguments(parser, args))
        return *done;
    if (parser.isSet(QStringLiteral("list"))) {
        for (const BlueprintInfo &b : blueprints())
            printOut(QStringLiteral("%1\t%2\n").arg(b.name, b.title));
        return ExitOk;
    }
    if (!parser.isSet(QStringLiteral("blueprint")) || !parser.isSet(QStringLiteral("output")) || !parser.positionalArguments().isEmpty()) {
        printErr(tr("usage: pillar-cli new --blueprint NAME -o FILE | pillar-cli new --list\n"));
        return ExitUsage;
    }
    const LoadResult loaded = loadBlueprint(parser.value(QStringLiteral("blueprint")));
    if (!loaded.ok()) {
        printErr(tr("pillar-cli new: %1\n").arg(loaded.error.message));
        return ExitUsage;
    }
    const QString out = parser.value(QStringLiteral("output"));
    if (!isDesignOutput(out)) {
        printErr(tr("pillar-cli new: cannot write '%1': unknown output format (use .pillar or .json)\n").arg(out));
        return ExitUsage;
    }
    return writeDesignOutput(*loaded.design, out, QStringLiteral("pillar-cli new"));
}

} // namespace pillar::cli
