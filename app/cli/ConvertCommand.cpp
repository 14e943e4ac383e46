#include "CliCommand.h"
#include "CliIo.h"

#include "io/DesignJson.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace pillar::cli {

int runConvert(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Rewrite a design in canonical form (stable key order and layout), "
                                        "so the same design always gives the same bytes."));
    parser.addHelpOption();
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write to FILE (.pillar or .json); '-' writes to standard output."), tr("FILE")});
    parser.addPositionalArgument(tr("IN"), tr("The design to read; '-' reads standard input."));
    if (!parser.parse(args)) {
        printErr(parser.errorText() + QLatin1Char('\n'));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(QStringLiteral("output"))) {
        printErr(tr("usage: pillar-cli convert IN -o OUT\n"));
        return ExitUsage;
    }
    const QString in = positional.first();
    const QString out = parser.value(QStringLiteral("output"));

    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out != QLatin1String("-") && suffix != QLatin1String("pillar") && suffix != QLatin1String("json")) {
        printErr(tr("pillar-cli convert: cannot write '%1': unknown output format '.%2' (use .pillar or .json)\n").arg(out, suffix));
        return ExitUsage;
    }

    QByteArray bytes;
    QString error;
    if (!readInput(in, &bytes, &error)) {
        printErr(error + QLatin1Char('\n'));
        return ExitUsage;
    }
    const LoadResult loaded = readDesign(bytes, in);
    if (!loaded.ok()) {
        printErr(loaded.error.toString() + QLatin1Char('\n'));
        return ExitUsage;
    }
    if (out == QLatin1String("-")) {
        if (!writeStdout(writeDesign(*loaded.design))) {
            printErr(tr("pillar-cli convert: cannot write to standard output\n"));
            return ExitUsage;
        }
        return ExitOk;
    }
    if (!writeDesignFile(*loaded.design, out, &error)) {
        printErr(error + QLatin1Char('\n'));
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace pillar::cli
