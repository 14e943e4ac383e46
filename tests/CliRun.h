#pragma once

#include "TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

// Runs pillar-cli as a user does: a real process, its exit code and output.
namespace pillar::test {

struct CliRun {
    int exitCode = -1; // -1 when it did not start, crashed or did not finish
    QByteArray out;
    QByteArray err;
};

struct CliOptions {
    QByteArray input;       // written to standard input
    QString workingDir;     // empty: the test's own
    bool headless = false;  // as in CI: no display and no platform chosen
};

inline CliRun runCli(const QStringList &args, const CliOptions &options = {})
{
    QProcess p;
    if (!options.workingDir.isEmpty())
        p.setWorkingDirectory(options.workingDir);
    if (options.headless) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
    }
    p.start(cliPath(), args);
    if (!p.waitForStarted())
        return {};
    if (!options.input.isEmpty())
        p.write(options.input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace pillar::test
