#pragma once

#include <QByteArray>
#include <QString>

namespace pillar::cli {

// Plain stdout/stderr for the CLI, UTF-8, unbuffered enough for pipes.
void printOut(const QString &text);
void printErr(const QString &text);
bool writeStdout(const QByteArray &bytes);
bool stdoutIsTerminal();
// Reads a whole file, or standard input for "-". Empty optional error on success.
bool readInput(const QString &path, QByteArray *bytes, QString *error);
QString tr(const char *text);

} // namespace pillar::cli
