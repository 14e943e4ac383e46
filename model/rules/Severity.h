#pragma once

#include <QString>

#include <optional>

namespace pillar {

// How bad a finding is. Ordered: a larger value is more severe.
//   Error   = unsafe, or cannot work as drawn;
//   Warning = a Well-Architected violation for a production design;
//   Info    = advice, a cost note, or a scale-dependent suggestion.
enum class Severity { Info = 0, Warning = 1, Error = 2 };

// File-format and command-line name: "error", "warning", "info".
QString severityKey(Severity severity);
std::optional<Severity> severityFromKey(const QString &key);
// Translated, user-visible name.
QString severityDisplayName(Severity severity);

} // namespace pillar
