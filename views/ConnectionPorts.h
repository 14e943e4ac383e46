#pragma once

#include <QString>

#include <vector>

namespace pillar {

// A protocol and port people often give a connection, offered by the
// canvas's context menu and the inspector. The first choice is "None"
// (protocol and port not stated).
struct PortChoice {
    const char *label; // untranslated, context "ConnectionPorts"; see labelText()
    const char *protocol;
    int port;

    QString labelText() const;
    QString protocolText() const { return QString::fromLatin1(protocol); }
    bool matches(const QString &p, int n) const { return port == n && p == QLatin1String(protocol); }
};

const std::vector<PortChoice> &commonPortChoices();

} // namespace pillar
