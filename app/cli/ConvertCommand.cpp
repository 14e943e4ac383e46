#include "CliCommand.h"
#include "CliIo.h"

#include "DesignRenderer.h"
#include "DrawioExport.h"
#include "Layout.h"
#include "io/DesignJson.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace pillar::cli {

namespace {

bool isImageSuffix(const QString &suffix)
{
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg") || suffix == QLatin1String("pdf");
}

} // namespace

bool convertWantsGui(const QStringList &args)
{
    // Cheap scan before the application object exists: "-o FILE", "--output FILE", "-oFILE", "--output=FILE".
    for (int i = 0; i < args.size(); ++i) {
        QString out;
        const QString &a = args.at(i);
        if ((a == QLatin1String("-o") || a == QLatin1String("--output")) && i + 1 < args.size())
            out = args.at(i + 1);
        else if (a.startsWith(QLatin1String("--output=")))
            out = a.mid(9);
        else if (a.startsWith(QLatin1String("-o")) && a.size() > 2)
            out = a.mid(2);
        if (!out.isEmpty() && isImageSuffix(QFileInfo(out).suffix().toLower()))
            return true;
    }
    return false;
}

int runConvert(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Rewrite a design in canonical form (stable key order and layout), "
                                        "so the same design always gives the same bytes; draw it as "
                                        "a PNG, SVG or PDF picture, the same the designer exports; or write "
                                        "it as a draw.io diagram that diagrams.net opens editable."));
    parser.addHelpOption();
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write to FILE; the format follows the extension: .pillar or .json (the design), "
                         ".png, .svg or .pdf (a picture; PNG and SVG carry the draw.io diagram too), "
                         ".drawio (a draw.io diagram). '-' writes the design to standard output."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("scale"), tr("PNG only: pixels per canvas unit, 1 to 8 (default 1)."), tr("N"),
                      QStringLiteral("1")});
    parser.addPositionalArgument(tr("IN"), tr("The design to read; '-' reads standard input."));
    if (const auto done = parseArguments(parser, args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(QStringLiteral("output"))) {
        printErr(tr("usage: pillar-cli convert IN -o OUT [--scale N]\n"));
        return ExitUsage;
    }
    const QString in = positional.first();
    const QString out = parser.value(QStringLiteral("output"));

    const QString suffix = QFileInfo(out).suffix().toLower();
    const bool picture = out != QLatin1String("-") && isImageSuffix(suffix);
    const bool drawio = out != QLatin1String("-") && suffix == QLatin1String("drawio");
    if (!picture && !drawio && !isDesignOutput(out)) {
        printErr(tr("pillar-cli convert: cannot write '%1': unknown output format '.%2' (use .pillar, .json, .png, .svg, .pdf or .drawio)\n")
                     .arg(out, suffix));
        return ExitUsage;
    }
    bool scaleOk = false;
    const double scale = parser.value(QStringLiteral("scale")).toDouble(&scaleOk);
    if (!scaleOk || scale < 1 || scale > 8) {
        printErr(tr("pillar-cli convert: --scale must be a number from 1 to 8, not '%1'\n").arg(parser.value(QStringLiteral("scale"))));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("scale")) && suffix != QLatin1String("png")) {
        printErr(tr("pillar-cli convert: --scale applies to PNG output only\n"));
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
    if (drawio || picture) {
        Design design = *loaded.design;
        if (layout::needsLayout(design))
            layout::autoLayout(design);
        if (drawio) {
            if (!writeDrawioFile(design, out, &error)) {
                printErr(QStringLiteral("pillar-cli convert: ") + error + QLatin1Char('\n'));
                return ExitUsage;
            }
            return ExitOk;
        }
        const DesignRenderer renderer(design);
        bool written = false;
        if (suffix == QLatin1String("png"))
            written = renderer.writePng(out, scale, &error);
        else if (suffix == QLatin1String("svg"))
            written = renderer.writeSvg(out, &error);
        else
            written = renderer.writePdf(out, &error);
        if (!written) {
            printErr(QStringLiteral("pillar-cli convert: ") + error + QLatin1Char('\n'));
            return ExitUsage;
        }
        return ExitOk;
    }
    return writeDesignOutput(*loaded.design, out, QStringLiteral("pillar-cli convert"));
}

} // namespace pillar::cli
