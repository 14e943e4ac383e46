#pragma once

#include "../Design.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pillar {

// The architecture JSON format ("pillar-design"). See resources/schema/.
constexpr const char *kDesignFormatName = "pillar-design";
constexpr int kDesignFormatVersion = 1;

// Limits that keep a hostile file from exhausting the machine.
constexpr qint64 kMaxDesignFileBytes = 64 * 1024 * 1024;
constexpr int kMaxJsonDepth = 64;
constexpr int kMaxElements = 1000000;

// Where and why a file could not be read. location is "line:column" for
// syntax errors and a JSON pointer ("/elements/3/kind") for content errors.
struct LoadError {
    QString file;
    QString location;
    QString message;
    QString toString() const; // "file:location: message"
};

struct LoadResult {
    std::optional<Design> design;
    LoadError error;
    bool ok() const { return design.has_value(); }
};

// Reads a design; never throws, never crashes on bad input.
LoadResult readDesign(const QByteArray &bytes, const QString &fileName);
LoadResult readDesignFile(const QString &path);

// Canonical form: same design, same bytes (two-space indent, trailing newline).
QByteArray writeDesign(const Design &design);
// Atomic: the previous file is untouched unless the whole write succeeds.
bool writeDesignFile(const Design &design, const QString &path, QString *error);

// Converts a byte offset in text to "line:column" (both 1-based).
QString lineColumnAt(const QByteArray &text, qint64 offset);

} // namespace pillar
