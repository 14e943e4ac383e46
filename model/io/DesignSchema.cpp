#include "DesignSchema.h"

#include "Element.h"
#include "KindInfo.h"
#include "PropertySpec.h"

#include <nlohmann/json.hpp>

namespace pillar {

namespace {

using json = nlohmann::ordered_json;

// Everything but what the kind table and the model's lists give: the empty
// lists and %CONTAINERS% are filled in by designSchema().
const char *const kSkeleton = R"json(
{
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://pillar.invalid/schema/pillar-design-1.schema.json",
    "title": "Pillar design (architecture JSON), format version 1",
    "description": "A design drawn in Pillar: elements nested as AWS nests them, directed connections, the checker's settings, and the layout kept apart from the semantics so tools can ignore it. Positions in 'layout' are relative to the parent container's top-left corner; top-level elements use canvas coordinates. Containers (%CONTAINERS%) also store width and height.",
    "type": "object",
    "required": [
        "format",
        "version"
    ],
    "additionalProperties": false,
    "properties": {
        "$schema": {
            "type": "string"
        },
        "format": {
            "const": "pillar-design"
        },
        "version": {
            "const": 1
        },
        "design": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "name": {
                    "type": "string"
                },
                "description": {
                    "type": "string"
                },
                "region": {
                    "type": "string"
                },
                "environment": {
                    "enum": []
                },
                "expectedUsers": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 2000000000
                }
            }
        },
        "elements": {
            "type": "array",
            "items": {
                "$ref": "#/$defs/element"
            }
        },
        "connections": {
            "type": "array",
            "items": {
                "$ref": "#/$defs/connection"
            }
        },
        "lint": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "suppressions": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": [
                            "rule",
                            "element",
                            "reason"
                        ],
                        "additionalProperties": false,
                        "properties": {
                            "rule": {
                                "type": "string"
                            },
                            "element": {
                                "type": "string"
                            },
                            "reason": {
                                "type": "string",
                                "minLength": 1,
                                "pattern": "\\S"
                            }
                        }
                    }
                },
                "severity": {
                    "type": "object",
                    "additionalProperties": {
                        "enum": [
                            "error",
                            "warning",
                            "info"
                        ]
                    }
                },
                "disabled": {
                    "type": "array",
                    "items": {
                        "type": "string"
                    }
                }
            }
        },
        "layout": {
            "type": "object",
            "additionalProperties": {
                "$ref": "#/$defs/geometry"
            }
        }
    },
    "$defs": {
        "id": {
            "type": "string",
            "pattern": "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$"
        },
        "idOrEmpty": {
            "type": "string",
            "pattern": "^([A-Za-z0-9][A-Za-z0-9_.:-]{0,127})?$"
        },
        "cidrOrEmpty": {
            "type": "string",
            "pattern": "^(|[0-9.]+/[0-9]{1,2}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*/[0-9]{1,3})$"
        },
        "port": {
            "type": "integer",
            "minimum": -1,
            "maximum": 65535
        },
        "element": {
            "type": "object",
            "required": [
                "id",
                "kind"
            ],
            "additionalProperties": false,
            "properties": {
                "id": {
                    "$ref": "#/$defs/id"
                },
                "kind": {
                    "enum": []
                },
                "name": {
                    "type": "string"
                },
                "parent": {
                    "$ref": "#/$defs/id"
                },
                "securityGroups": {
                    "type": "array",
                    "items": {
                        "$ref": "#/$defs/id"
                    }
                },
                "properties": {
                    "type": "object"
                },
                "ingress": {
                    "type": "array",
                    "items": {
                        "$ref": "#/$defs/ingressRule"
                    }
                },
                "listeners": {
                    "type": "array",
                    "items": {
                        "$ref": "#/$defs/listener"
                    }
                },
                "unknown": {
                    "type": "array",
                    "items": {
                        "type": "string"
                    }
                }
            },
            "allOf": []
        },
        "ingressRule": {
            "type": "object",
            "required": [
                "protocol"
            ],
            "additionalProperties": false,
            "properties": {
                "protocol": {
                    "enum": [
                        "tcp",
                        "udp",
                        "icmp",
                        "all"
                    ]
                },
                "fromPort": {
                    "$ref": "#/$defs/port"
                },
                "toPort": {
                    "$ref": "#/$defs/port"
                },
                "cidr": {
                    "$ref": "#/$defs/cidrOrEmpty",
                    "minLength": 1
                },
                "sourceGroup": {
                    "$ref": "#/$defs/id"
                },
                "description": {
                    "type": "string"
                }
            },
            "oneOf": [
                {
                    "required": [
                        "cidr"
                    ]
                },
                {
                    "required": [
                        "sourceGroup"
                    ]
                }
            ],
            "if": {
                "properties": {
                    "protocol": {
                        "enum": [
                            "tcp",
                            "udp",
                            "icmp"
                        ]
                    }
                }
            },
            "then": {
                "required": [
                    "fromPort",
                    "toPort"
                ]
            }
        },
        "listener": {
            "type": "object",
            "required": [
                "protocol",
                "port"
            ],
            "additionalProperties": false,
            "properties": {
                "protocol": {
                    "enum": [
                        "HTTP",
                        "HTTPS",
                        "TCP",
                        "TLS",
                        "UDP",
                        "TCP_UDP",
                        "SSL"
                    ]
                },
                "port": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 65535
                },
                "action": {
                    "enum": [
                        "forward",
                        "redirect-https"
                    ]
                }
            }
        },
        "connection": {
            "type": "object",
            "required": [
                "id",
                "from",
                "to"
            ],
            "additionalProperties": false,
            "properties": {
                "id": {
                    "$ref": "#/$defs/id"
                },
                "from": {
                    "$ref": "#/$defs/id"
                },
                "to": {
                    "$ref": "#/$defs/id"
                },
                "protocol": {
                    "enum": []
                },
                "port": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 65535
                }
            }
        },
        "geometry": {
            "type": "object",
            "required": [
                "x",
                "y"
            ],
            "additionalProperties": false,
            "properties": {
                "x": {
                    "type": "number"
                },
                "y": {
                    "type": "number"
                },
                "w": {
                    "type": "number",
                    "minimum": 0
                },
                "h": {
                    "type": "number",
                    "minimum": 0
                }
            }
        }
    }
}
)json";

json strings(const QStringList &list)
{
    json out = json::array();
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

json propertySchema(const PropertySpec &spec)
{
    switch (spec.type) {
    case PropertyType::Bool: return {{"type", "boolean"}};
    case PropertyType::Int: return {{"type", "integer"}, {"minimum", spec.minimum}, {"maximum", spec.maximum}};
    case PropertyType::String: return {{"type", "string"}};
    case PropertyType::Enum: return {{"enum", strings(spec.enumValues)}};
    case PropertyType::Cidr: return {{"type", "string"}, {"$ref", "#/$defs/cidrOrEmpty"}};
    case PropertyType::Ref: return {{"$ref", "#/$defs/idOrEmpty"}};
    case PropertyType::RefList: return {{"type", "array"}, {"items", {{"$ref", "#/$defs/id"}}}};
    }
    return json::object();
}

// "kind is one of these": a const for one kind, an enum for several.
json kindIs(const QStringList &keys)
{
    json test = keys.size() == 1 ? json{{"const", keys.first().toStdString()}} : json{{"enum", strings(keys)}};
    return {{"properties", {{"kind", test}}}};
}

// What an element of this kind may hold: its properties, the keys its
// "unknown" list may name, and no security groups unless it takes them.
json kindClause(const KindInfo &info)
{
    json properties = json::object();
    QStringList unknownKeys;
    for (const PropertySpec &spec : info.properties) {
        properties[spec.key.toStdString()] = propertySchema(spec);
        unknownKeys << spec.key;
    }
    unknownKeys << structuralUnknownKeys(info.kind);
    const json unknown = unknownKeys.isEmpty() ? json{{"type", "array"}, {"maxItems", 0}}
                                               : json{{"type", "array"}, {"items", {{"enum", strings(unknownKeys)}}}};
    json then = {{"properties",
                  {{"properties", {{"type", "object"}, {"properties", properties}, {"additionalProperties", false}}},
                   {"unknown", unknown}}}};
    if (!info.takesSecurityGroups)
        then["not"] = {{"required", {"securityGroups"}}};
    return {{"if", kindIs({QString::fromLatin1(info.key)})}, {"then", then}};
}

// Only the kinds that hold `member` may have it.
json onlyFor(const char *member, bool KindInfo::*holds)
{
    QStringList keys;
    for (const KindInfo &info : allKinds()) {
        if (info.*holds)
            keys << QString::fromLatin1(info.key);
    }
    return {{"if", {{"not", kindIs(keys)}}}, {"then", {{"not", {{"required", {member}}}}}}};
}

} // namespace

std::string designSchema()
{
    json schema = json::parse(kSkeleton);
    QStringList containers;
    json clauses = json::array();
    for (const KindInfo &info : allKinds()) {
        clauses.push_back(kindClause(info));
        if (info.container)
            containers << QString::fromLatin1(info.key);
    }
    clauses.push_back(onlyFor("ingress", &KindInfo::holdsIngress));
    clauses.push_back(onlyFor("listeners", &KindInfo::holdsListeners));
    json &element = schema["$defs"]["element"];
    element["properties"]["kind"]["enum"] = strings(allKindKeys());
    element["allOf"] = clauses;
    schema["properties"]["design"]["properties"]["environment"]["enum"] = strings(environmentValues());
    schema["$defs"]["connection"]["properties"]["protocol"]["enum"] = strings(connectionProtocols());
    std::string description = schema["description"].get<std::string>();
    const std::string marker = "%CONTAINERS%";
    description.replace(description.find(marker), marker.size(), containers.join(QStringLiteral(", ")).toStdString());
    schema["description"] = description;
    return schema.dump(2) + "\n";
}

} // namespace pillar
