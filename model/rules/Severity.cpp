#include "Severity.h"

#include <QCoreApplication>

namespace pillar {

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return QString();
}

std::optional<Severity> severityFromKey(const QString &key)
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        if (key == severityKey(s))
            return s;
    }
    return std::nullopt;
}

QString severityDisplayName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QCoreApplication::translate("Severity", "error");
    case Severity::Warning: return QCoreApplication::translate("Severity", "warning");
    case Severity::Info: return QCoreApplication::translate("Severity", "info");
    }
    return QString();
}

} // namespace pillar
