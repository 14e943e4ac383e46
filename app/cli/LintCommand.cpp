#include "CliCommand.h"
#include "CliIo.h"
#include "InputLoader.h"
#include "LintReport.h"

#include "importers/CfnImport.h"
#include "importers/CfnTemplate.h"
#include "importers/terraform/TerraformImport.h"
#include "io/DesignJson.h"
#include "rules/Checker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace pillar::cli {

namespace {

// Design files named on the command line: files as given, folders searched
// recursively for *.pillar (sorted, so output is stable). Names that are
// neither become unreadable entries that are still reported.
QVector<LintedFile> collectInputs(const QStringList &names)
{
    QVector<LintedFile> files;
    for (const QString &name : names) {
        const QFileInfo info(name);
        if (name != QLatin1String("-") && info.isDir()) {
            QStringList found;
            QDirIterator it(name, {QStringLiteral("*.pillar")}, QDir::Files | QDir::Readable,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext())
                found << QDir::cleanPath(it.next());
            found.sort();
            if (found.isEmpty()) {
                LintedFile f;
                f.path = name;
                f.error = {name, QStringLiteral("1:1"), tr("is a folder with no .pillar design files")};
                files << f;
            }
            for (const QString &path : found) {
                LintedFile f;
                f.path = path;
                files << f;
            }
            continue;
        }
        LintedFile f;
        f.path = name;
        files << f;
    }
    return files;
}

// The addresses of a Terraform import's elements.
void describeTerraform(const ImportReport &report, LintedFile *file)
{
    for (const ImportedResource &r : report.resources) {
        if (r.outcome == ImportedResource::Mapped && !r.element.isEmpty())
            file->addresses.insert(r.element, r.logicalId);
    }
}

// Lints one file; a template or a Terraform plan or state is imported
// first (terraformRegion: --region, "" when not given). Parameter
// names the template does not declare are added to unusedParameters.
void lintOne(LintedFile *file, bool showSuppressed, const CfnImportOptions &options, const QString &terraformRegion,
             QStringList *unusedParameters)
{
    if (!file->error.message.isEmpty())
        return;
    // A CloudFormation template or Terraform JSON (recognised by its content)
    // is imported first; its findings point at the resources' lines, and
    // elements with values the file leaves unknown are listed as not fully
    // checked.
    LoadedInput input = loadInput(file->path, options, terraformRegion);
    if (!input.ok()) {
        file->error = input.error;
        return;
    }
    const std::optional<Design> &design = input.design;
    if (input.imported) {
        const ImportReport &report = input.report;
        *unusedParameters << report.unusedParameters;
        file->imported = true;
        file->terraform = input.terraform;
        file->notFullyChecked = report.notFullyChecked();
        file->notModelled = report.notModelled();
        file->nothingModelled = report.nothingModelled();
        for (const ImportedResource &r : report.resources) {
            if (!r.note.isEmpty())
                file->noted << r;
        }
        for (const ImportedResource &r : report.resources) {
            if (!r.element.isEmpty() && r.line > 0
                && (r.outcome == ImportedResource::Mapped || !file->idLines.contains(r.element)))
                file->idLines.insert(r.element, r.line);
        }
        if (input.terraform)
            describeTerraform(report, file);
    } else {
        locateIds(input.bytes, file);
    }
    file->loaded = true;
    for (const Finding &f : checkDesign(*design)) {
        if (!f.suppressed || showSuppressed)
            file->findings << f;
    }
}

QString coloured(const QString &text, Severity s, bool colour)
{
    if (!colour)
        return text;
    const char *code = s == Severity::Error ? "\x1b[1;31m" : s == Severity::Warning ? "\x1b[1;33m" : "\x1b[36m";
    return QLatin1String(code) + text + QLatin1String("\x1b[0m");
}

// "AWS::IAM::Role ×2, AWS::Logs::LogGroup ×1": most first, then by name.
QString typeCounts(const QVector<ImportedResource> &resources)
{
    ImportReport report;
    report.resources = resources;
    return report.notModelledTypes();
}

void printText(const QVector<LintedFile> &files, bool colour)
{
    int counts[3] = {0, 0, 0};
    int suppressed = 0;
    int unreadable = 0;
    QVector<ImportedResource> notModelled; // of every file
    bool nothingChecked = true;            // every file read is a template with nothing modelled
    QString out;
    for (const LintedFile &file : files) {
        if (!file.loaded) {
            ++unreadable;
            printErr(file.error.toString() + QLatin1Char('\n'));
            continue;
        }
        for (const Finding &f : file.findings) {
            const QString element = f.primaryElement().isEmpty() ? QStringLiteral("-") : file.nameOf(f);
            out += QStringLiteral("%1: %2 %3 %4: %5 %6")
                       .arg(file.path, coloured(severityKey(f.severity), f.severity, colour), f.rule, element, f.message,
                            tr("Fix: %1").arg(f.fix));
            if (f.suppressed) {
                out += QLatin1Char(' ') + tr("[suppressed: %1]").arg(f.suppressionReason);
                ++suppressed;
            } else {
                ++counts[int(f.severity)];
            }
            out += QLatin1Char('\n');
        }
        if (file.imported && !file.notFullyChecked.isEmpty()) {
            QStringList names;
            for (const QString &id : file.notFullyChecked)
                names << file.addresses.value(id, id);
            out += (file.terraform ? tr("%1: note: not fully checked, values known only after apply or held by resources outside the file: %2\n")
                                   : tr("%1: note: not fully checked, the template leaves values unknown: %2\n"))
                       .arg(file.path, names.join(QLatin1String(", ")));
        }
        if (file.imported && !file.notModelled.isEmpty()) {
            const QString types = typeCounts(file.notModelled);
            out += file.nothingModelled
                ? QCoreApplication::translate("pillar-cli", "%1: note: nothing was checked: none of its %n resource(s) is of a type Pillar models: %2\n",
                                              "", int(file.notModelled.size())).arg(file.path, types)
                : QCoreApplication::translate("pillar-cli", "%1: note: %n resource(s) not modelled, so not checked: %2\n",
                                              "", int(file.notModelled.size())).arg(file.path, types);
        }
        for (const ImportedResource &r : file.noted)
            out += tr("%1:%2: note: %3 (%4) not checked: %5; %6.\n").arg(file.path, QString::number(r.line), r.logicalId, r.type, r.reason, r.note);
        notModelled << file.notModelled;
        nothingChecked = nothingChecked && file.nothingModelled;
    }
    const int checked = int(files.size()) - unreadable;
    if (checked > 0 && nothingChecked) {
        // No "0 errors": there was nothing to find them in.
        out += QCoreApplication::translate("pillar-cli", "%n design(s) read, nothing checked: ", "", checked)
            + QCoreApplication::translate("pillar-cli", "%n resource(s) not modelled: ", "", int(notModelled.size()))
            + typeCounts(notModelled);
    } else {
        out += QCoreApplication::translate("pillar-cli", "%n design(s) checked: ", "", checked)
            + tr("%1 error(s), %2 warning(s), %3 info").arg(counts[int(Severity::Error)]).arg(counts[int(Severity::Warning)])
                  .arg(counts[int(Severity::Info)]);
        if (!notModelled.isEmpty())
            out += QLatin1String("; ") + QCoreApplication::translate("pillar-cli", "%n resource(s) not modelled: ", "", int(notModelled.size()))
                + typeCounts(notModelled);
    }
    if (suppressed > 0)
        out += tr(", %1 suppressed shown").arg(suppressed);
    if (unreadable > 0)
        out += QCoreApplication::translate("pillar-cli", ", %n file(s) could not be read", "", unreadable);
    out += QLatin1Char('\n');
    printOut(out);
}

} // namespace

int runLint(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check designs against the Well-Architected rules catalogue.\n"
                                        "Exit status: 0 nothing at or above the --fail-on threshold, 1 findings at "
                                        "or above it, 2 usage or input error (other files are still checked)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("format"), tr("Output format: text (default), json or sarif."), tr("FORMAT"),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("fail-on"), tr("Lowest severity that fails the run: error (default), warning, info or none."),
                      tr("SEVERITY"), QStringLiteral("error")});
    parser.addOption({QStringLiteral("show-suppressed"), tr("Also report findings that the design suppresses, with their reason.")});
    addTemplateOptions(parser);
    parser.addPositionalArgument(tr("PATH"), tr("Design files, CloudFormation templates or Terraform plans and states (JSON; recognised by their content), or "
                                                "folders searched recursively for *.pillar; '-' reads standard input."),
                                 tr("PATH..."));
    if (const auto done = parseArguments(parser, args))
        return *done;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("sarif")) {
        printErr(tr("pillar-cli lint: unknown format '%1' (use text, json or sarif)\n").arg(format));
        return ExitUsage;
    }
    const QString failOn = parser.value(QStringLiteral("fail-on"));
    const auto threshold = severityFromKey(failOn);
    if (!threshold && failOn != QLatin1String("none")) {
        printErr(tr("pillar-cli lint: unknown --fail-on value '%1' (use error, warning, info or none)\n").arg(failOn));
        return ExitUsage;
    }
    if (parser.positionalArguments().isEmpty()) {
        printErr(tr("usage: pillar-cli lint [--format text|json|sarif] [--fail-on SEVERITY] [--show-suppressed] "
                    "[--parameter NAME=VALUE]... [--region REGION] PATH...\n"));
        return ExitUsage;
    }
    CfnImportOptions options;
    if (!readTemplateOptions(parser, QStringLiteral("pillar-cli lint"), &options))
        return ExitUsage;

    QVector<LintedFile> files = collectInputs(parser.positionalArguments());
    const bool showSuppressed = parser.isSet(QStringLiteral("show-suppressed"));
    bool inputError = false;
    bool failed = false;
    QStringList unused; // once per template that lacks the name
    int templates = 0;
    for (LintedFile &file : files) {
        lintOne(&file, showSuppressed, options, parser.isSet(QStringLiteral("region")) ? options.region : QString(), &unused);
        templates += file.imported && !file.terraform ? 1 : 0;
        inputError = inputError || !file.loaded;
        for (const Finding &f : file.findings)
            failed = failed || (threshold && !f.suppressed && f.severity >= *threshold);
    }
    // A value meant for one of several templates is not a mistake; one that
    // no template takes is (a typo, most likely).
    for (auto it = options.parameters.constBegin(); it != options.parameters.constEnd(); ++it) {
        if (templates == 0)
            printErr(tr("pillar-cli lint: --parameter %1: no CloudFormation template among the inputs\n").arg(it.key()));
        else if (unused.count(it.key()) == templates)
            printErr(tr("pillar-cli lint: --parameter %1: no template given has such a parameter\n").arg(it.key()));
    }

    if (format == QLatin1String("text")) {
        printText(files, stdoutIsTerminal() && qEnvironmentVariableIsEmpty("NO_COLOR"));
    } else {
        for (const LintedFile &file : files) {
            if (!file.loaded)
                printErr(file.error.toString() + QLatin1Char('\n'));
        }
        if (!writeStdout(format == QLatin1String("json") ? lintJson(files) : lintSarif(files))) {
            printErr(tr("pillar-cli lint: cannot write to standard output\n"));
            return ExitUsage;
        }
    }
    if (inputError)
        return ExitUsage;
    return failed ? ExitFindings : ExitOk;
}

} // namespace pillar::cli
