#pragma once

#include "CfnTemplate.h"

#include <QByteArray>

// The two template readers behind parseCfnTemplate(); both build their tree
// with CfnTreeBuilder, so they agree on functions, tags, duplicate keys and
// limits. Text is UTF-8 without a byte-order mark and within the size limit.
namespace pillar {

enum class CfnReadResult { Read, Refused, NotJson };

// Strict JSON (RFC 8259) through nlohmann_json's SAX parser. NotJson when the
// text is not strict JSON: it may still be YAML in flow style ({Key: value},
// single quotes, comments), which the YAML reader then decides.
CfnReadResult readJsonTemplate(const QByteArray &text, CfnValue *root, CfnParseError *error);

// YAML 1.1 through libyaml's event parser; the first document only.
CfnReadResult readYamlTemplate(const QByteArray &text, CfnValue *root, CfnParseError *error);

} // namespace pillar
