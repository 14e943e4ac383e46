#pragma once

#include <QStringList>

#include <vector>

namespace pillar::cli {

// Exit codes shared by every subcommand.
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitUsage = 2 };

// One `pillar-cli NAME ...` subcommand. args[0] is "pillar-cli NAME".
struct CliCommand {
    const char *name;
    const char *summary; // untranslated; translated with context "pillar-cli"
    int (*run)(const QStringList &args);
};

// Every subcommand, in the order `pillar-cli --help` lists them.
const std::vector<CliCommand> &commands();

// Subcommand entry points, one file each.
int runConvert(const QStringList &args);
int runCost(const QStringList &args);
int runImport(const QStringList &args);
// True when `convert` will draw a picture (needs QGuiApplication for fonts).
// args: the arguments after "convert".
bool convertWantsGui(const QStringList &args);
int runLint(const QStringList &args);
int runRules(const QStringList &args);
int runExplain(const QStringList &args);
int runNew(const QStringList &args);
int runSchema(const QStringList &args);

} // namespace pillar::cli
