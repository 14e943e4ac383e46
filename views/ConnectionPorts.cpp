#include "ConnectionPorts.h"

#include <QCoreApplication>

namespace pillar {

QString PortChoice::labelText() const
{
    return QCoreApplication::translate("ConnectionPorts", label);
}

const std::vector<PortChoice> &commonPortChoices()
{
    static const std::vector<PortChoice> choices = {
        {QT_TRANSLATE_NOOP("ConnectionPorts", "None"), "", 0},
        {QT_TRANSLATE_NOOP("ConnectionPorts", "HTTP (80)"), "http", 80},
        {QT_TRANSLATE_NOOP("ConnectionPorts", "HTTPS (443)"), "https", 443},
        {QT_TRANSLATE_NOOP("ConnectionPorts", "MySQL (3306)"), "tcp", 3306},
        {QT_TRANSLATE_NOOP("ConnectionPorts", "PostgreSQL (5432)"), "tcp", 5432},
        {QT_TRANSLATE_NOOP("ConnectionPorts", "Redis (6379)"), "tcp", 6379},
        {QT_TRANSLATE_NOOP("ConnectionPorts", "App (8080)"), "tcp", 8080},
    };
    return choices;
}

} // namespace pillar
