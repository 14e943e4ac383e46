#pragma once

#include "ElementKind.h"

#include <QAnyStringView>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace pillar {

enum class PropertyType {
    Bool,
    Int,
    String,
    Enum,       // one of enumValues
    Cidr,       // IPv4 or IPv6 CIDR block, validated
    Ref,        // id of another element (of refKinds), or empty
    RefList,    // ids of other elements (of refKinds)
};

// Describes one typed property of an element kind. The inspector builds its
// editors from these, the file reader validates against them and the JSON
// Schema in resources/ mirrors them (a test keeps the two in step).
struct PropertySpec {
    QString key;                    // file-format name, e.g. "multiAz"
    PropertyType type;
    const char *label;              // untranslated; translate with context "Property"
    QVariant defaultValue;          // value when the property is not set
    QStringList enumValues = {};
    int minimum = 0;                // Int only
    int maximum = 0;                // Int only
    const char *unit = "";          // Int only, e.g. "GB", "%"
    std::vector<ElementKind> refKinds = {};

    QString displayLabel() const;
    // Empty when value is acceptable for this property, otherwise why not.
    QString validate(const QVariant &value) const;
};

// Building specs for the kind table; labels are untranslated (context "Property").
PropertySpec boolProp(const char *key, const char *label, bool def);
PropertySpec intProp(const char *key, const char *label, int def, int min, int max, const char *unit = "");
PropertySpec stringProp(const char *key, const char *label, const char *def = "");
PropertySpec enumProp(const char *key, const char *label, const QStringList &values, const char *def);
PropertySpec cidrProp(const char *key, const char *label, const char *def = "");
PropertySpec refProp(const char *key, const char *label, std::vector<ElementKind> kinds);
PropertySpec refListProp(const char *key, const char *label, std::vector<ElementKind> kinds);

// The properties of a kind, in display order (its row of the kind table).
const std::vector<PropertySpec> &propertySpecs(ElementKind kind);
// nullptr when kind has no such property.
const PropertySpec *findPropertySpec(ElementKind kind, const QString &key);
// Position of the property in propertySpecs(kind), or -1 (the checker keeps
// values in tables by this position).
int propertySpecIndex(ElementKind kind, QAnyStringView key);

// Design-level settings.
QStringList environmentValues(); // dev, staging, prod
// How an enum value (of a property, or a design's environment) is shown to
// users: "postgres" is PostgreSQL, "internet-facing" Internet-facing.
// Translated; values without a label (A, TLSv1.2_2021) are shown as they are.
QString enumValueLabel(const QString &value);

} // namespace pillar
