#pragma once

#include "../CfnTemplate.h"
#include "../CfnValue.h"

#include <QByteArray>

namespace pillar {

// Limits for Terraform JSON: plans repeat every resource several times
// (planned values, changes before and after, configuration), so they are
// larger than templates; a hostile file still cannot exhaust the machine.
constexpr qint64 kMaxTerraformBytes = 256 * 1024 * 1024;
constexpr int kMaxTerraformNodes = 20 * 1000 * 1000;
constexpr int kMaxTerraformDepth = 128;

// A scalar read from a JSON string (not a number or boolean) carries this as
// its attribute: a for_each key "0" and a count index 0 are different keys.
inline const QString kTfStringMark = QStringLiteral("string");

// An empty map, and a list of the given items, for trees built by hand.
inline CfnValue tfMap()
{
    CfnValue v;
    v.type = CfnValue::Map;
    return v;
}
inline CfnValue tfList(QVector<CfnValue> items = {})
{
    CfnValue v;
    v.type = CfnValue::List;
    v.items = std::move(items);
    return v;
}

// Reads strict JSON (RFC 8259) of a Terraform document into a plain value
// tree, leaving out the parts no import reads (prior_state, variables,
// outputs, checks, sensitivity masks, the before-values of changes and the
// after-values planned_values already gave; all still
// checked as JSON). The tree holds maps, lists,
// scalars (strings, numbers and booleans as written) and nulls, each with its
// 1-based line and byte column. Unlike the template reader, keys such as
// "Ref" or "Fn::Join" mean nothing here: a Terraform document has no
// intrinsic functions. Terraform never writes a key twice; if a file does,
// lookups find the first. Never throws; false and *error (with the place) on text
// that is not JSON, or beyond the limits.
bool readTerraformJson(const QByteArray &text, CfnValue *root, CfnParseError *error);

} // namespace pillar
