#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace pillar {
class Design;
struct CfnImportOptions;
}

namespace pillar::cli {

// Plain stdout/stderr for the CLI, UTF-8, unbuffered enough for pipes.
void printOut(const QString &text);
void printErr(const QString &text);
bool writeStdout(const QByteArray &bytes);
bool stdoutIsTerminal();
// Reads a whole file, or standard input for "-". Empty optional error on success.
bool readInput(const QString &path, QByteArray *bytes, QString *error);
QString tr(const char *text);

// Parses a subcommand's arguments. Returns the exit code when the command is
// already finished: a usage error (printed, ExitUsage) or --help (the help
// text printed, ExitOk); nullopt when the command should go on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &args);

// True when OUT names a design file (.pillar or .json) or is "-" (stdout).
bool isDesignOutput(const QString &out);
// Writes the design to OUT: a .pillar/.json file (QSaveFile, canonical form)
// or "-" for standard output. Errors are printed, prefixed with COMMAND
// ("pillar-cli import"); returns ExitOk or ExitUsage.
int writeDesignOutput(const Design &design, const QString &out, const QString &command);

// The options of commands that read CloudFormation templates: --parameter
// NAME=VALUE (repeatable) and --region.
void addTemplateOptions(QCommandLineParser &parser);
// Reads them into options. A malformed --parameter is printed, prefixed with
// COMMAND, and gives false.
bool readTemplateOptions(const QCommandLineParser &parser, const QString &command, CfnImportOptions *options);

} // namespace pillar::cli
