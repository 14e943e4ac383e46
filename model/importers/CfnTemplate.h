#pragma once

#include "CfnValue.h"

#include <QByteArray>
#include <QString>

namespace pillar {

// Where and why template text could not be read.
struct CfnParseError {
    int line = 0;   // 1-based, 0 when unknown
    int column = 0;
    QString message;
};

// Limits that keep a hostile template (alias bombs, deep nesting) from
// exhausting the machine. Real templates are far below them.
constexpr qint64 kMaxTemplateBytes = 16 * 1024 * 1024;
// CloudFormation itself takes at most 1 MB of template, some 200 000 values.
constexpr int kMaxTemplateNodes = 500000;
constexpr int kMaxTemplateDepth = 200;

// Parses a CloudFormation template written in JSON or YAML into one value
// tree. Intrinsic functions in long form ({"Fn::Join": ...}, {"Ref": ...})
// and YAML short-form tags (!Join, !Ref, ...) become CfnValue::Function
// nodes; unknown tags are kept as Function nodes named after the tag. Never
// throws; returns false and fills *error on bad input.
bool parseCfnTemplate(const QByteArray &bytes, CfnValue *root, CfnParseError *error);

// Cheap content sniffing: true when bytes look like a CloudFormation template
// (an AWSTemplateFormatVersion key, or a Resources map whose entries have an
// AWS::/Custom:: Type) rather than a Pillar design.
bool looksLikeCloudFormation(const QByteArray &bytes);

} // namespace pillar
