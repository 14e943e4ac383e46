#pragma once

#include <string>

namespace pillar {

// The JSON Schema of the design file format, as shipped in
// resources/schema/pillar-design.schema.json (`pillar-cli schema` prints it;
// tst_schema keeps the file equal to it). The per-kind part comes from the
// kind table: each kind's properties with their types and ranges, the keys
// its "unknown" list may hold, whether it takes security groups, ingress
// rules or listeners.
std::string designSchema();

} // namespace pillar
