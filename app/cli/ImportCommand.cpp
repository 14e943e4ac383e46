#include "CliCommand.h"
#include "CliIo.h"

#include "importers/CfnImport.h"
#include "importers/terraform/TerraformImport.h"
#include "io/DesignJson.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace pillar::cli {

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import a CloudFormation template (JSON or YAML) or a Terraform plan or state "
                                        "(terraform show -json, or a state file) as a design: element ids are the "
                                        "template's logical IDs or the resource addresses, containers are laid out "
                                        "automatically."));
    parser.addHelpOption();
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write the design to FILE (.pillar or .json); '-' writes to standard output."), tr("FILE")});
    addTemplateOptions(parser);
    parser.addOption({QStringLiteral("report"),
                      tr("Print the import report: resources not mapped, values left unknown, elements not fully checked.")});
    parser.addPositionalArgument(tr("TEMPLATE"), tr("The CloudFormation template or Terraform JSON; '-' reads standard input."));
    if (const auto done = parseArguments(parser, args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(QStringLiteral("output"))) {
        printErr(tr("usage: pillar-cli import TEMPLATE -o DESIGN [--parameter NAME=VALUE]... [--region REGION] [--report]\n"));
        return ExitUsage;
    }
    const QString in = positional.first();
    const QString out = parser.value(QStringLiteral("output"));
    if (!isDesignOutput(out)) {
        printErr(tr("pillar-cli import: cannot write '%1': unknown output format '.%2' (use .pillar or .json)\n")
                     .arg(out, QFileInfo(out).suffix().toLower()));
        return ExitUsage;
    }

    CfnImportOptions options;
    if (!readTemplateOptions(parser, QStringLiteral("pillar-cli import"), &options))
        return ExitUsage;

    QByteArray bytes;
    QString error;
    if (!readInput(in, &bytes, &error)) {
        printErr(error + QLatin1Char('\n'));
        return ExitUsage;
    }
    const bool terraform = looksLikeTerraform(bytes);
    if (terraform && !options.parameters.isEmpty()) {
        printErr(tr("pillar-cli import: --parameter applies to CloudFormation templates; a Terraform plan has its values\n"));
        return ExitUsage;
    }
    TerraformImportOptions terraformOptions;
    terraformOptions.region = parser.isSet(QStringLiteral("region")) ? options.region : QString();
    const CfnImportResult result = terraform ? importTerraform(bytes, in, terraformOptions) : importCloudFormation(bytes, in, options);
    if (!result.ok()) {
        printErr(result.error.toString() + QLatin1Char('\n'));
        return ExitUsage;
    }
    for (const QString &warning : result.report.warnings) {
        if (warning.startsWith(QLatin1String("--parameter")))
            printErr(tr("pillar-cli import: %1\n").arg(warning));
    }
    if (parser.isSet(QStringLiteral("report"))) {
        // The report goes beside the design, never into it.
        if (out == QLatin1String("-"))
            printErr(result.report.toText());
        else
            printOut(result.report.toText());
    }
    return writeDesignOutput(*result.design, out, QStringLiteral("pillar-cli import"));
}

} // namespace pillar::cli
