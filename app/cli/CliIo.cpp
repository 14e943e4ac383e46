#include "CliIo.h"

#include "CliCommand.h"

#include "importers/CfnImport.h"
#include "io/DesignJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace pillar::cli {

QString tr(const char *text)
{
    return QCoreApplication::translate("pillar-cli", text);
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool writeStdout(const QByteArray &bytes)
{
    const bool ok = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
    return std::fflush(stdout) == 0 && ok;
}

bool stdoutIsTerminal()
{
    return isatty(fileno(stdout)) != 0;
}

bool readInput(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = tr("-: cannot read standard input");
            return false;
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot open: %2").arg(path, file.errorString());
            return false;
        }
    }
    *bytes = file.readAll();
    return true;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args)) {
        printErr(parser.errorText() + QLatin1Char('\n'));
        return int(ExitUsage);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return int(ExitOk);
    }
    return std::nullopt;
}

bool isDesignOutput(const QString &out)
{
    if (out == QLatin1String("-"))
        return true;
    const QString suffix = QFileInfo(out).suffix().toLower();
    return suffix == QLatin1String("pillar") || suffix == QLatin1String("json");
}

int writeDesignOutput(const Design &design, const QString &out, const QString &command)
{
    if (out == QLatin1String("-")) {
        if (!writeStdout(writeDesign(design))) {
            printErr(tr("%1: cannot write to standard output\n").arg(command));
            return ExitUsage;
        }
        return ExitOk;
    }
    QString error;
    if (!writeDesignFile(design, out, &error)) {
        printErr(error + QLatin1Char('\n'));
        return ExitUsage;
    }
    return ExitOk;
}

void addTemplateOptions(QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("p"), QStringLiteral("parameter")},
                      tr("Give template parameter NAME the value VALUE instead of its Default (repeatable)."),
                      tr("NAME=VALUE")});
    parser.addOption({QStringLiteral("region"), tr("Region that AWS::Region and !GetAZs resolve to (default us-east-1)."),
                      tr("REGION"), QStringLiteral("us-east-1")});
}

bool readTemplateOptions(const QCommandLineParser &parser, const QString &command, CfnImportOptions *options)
{
    options->region = parser.value(QStringLiteral("region"));
    for (const QString &pair : parser.values(QStringLiteral("parameter"))) {
        const int eq = int(pair.indexOf(QLatin1Char('=')));
        if (eq <= 0) {
            printErr(tr("%1: --parameter '%2': expected NAME=VALUE\n").arg(command, pair));
            return false;
        }
        options->parameters.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return true;
}

} // namespace pillar::cli
