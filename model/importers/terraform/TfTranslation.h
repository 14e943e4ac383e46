#pragma once

#include "../mapping/ImportResource.h"
#include "TfReferences.h"
#include "TfResource.h"

#include <QStringList>
#include <QVector>

namespace pillar {

// A place in a resource's attributes: the value there, what the plan marks
// as known only after apply (after_unknown mirrors values), and the
// configuration's expressions for it. Nested blocks are lists of such places.
struct TfNode {
    const CfnValue *value = nullptr;
    const CfnValue *unknown = nullptr;
    const CfnValue *expressions = nullptr;
    bool configured = false; // the document has configuration for this resource
};

// What a translator is given and writes: one Terraform resource read
// through TfNode places, and the CloudFormation-shaped properties it
// becomes. Values come out in the mapping layer's shape: Null when the
// attribute is absent or left to its default, Unknown when known only after
// apply, ResourceRef when it names another resource of the document.
// An empty map, to fill with TfTranslation::set().
inline CfnValue emptyMap()
{
    CfnValue m;
    m.type = CfnValue::Map;
    return m;
}

// Terraform's "" for an unset optional string is no value.
inline CfnValue nonEmpty(CfnValue v)
{
    return v.isScalar() && v.text.isEmpty() ? CfnValue() : v;
}

class TfTranslation
{
public:
    TfTranslation(const TfResource &resource, const QString &id, const TfReferences &references);

    const TfResource &resource() const { return m_resource; }
    const QString &id() const { return m_id; }
    TfNode root() const { return m_root; }

    // The attribute as a value tree. An attribute the file does not give at
    // all is Unknown: Terraform writes every attribute of a resource (null
    // when unset), so a missing one means a trimmed or hand-made file, and
    // the provider's default cannot be assumed.
    CfnValue value(const TfNode &at, const char *key) const;
    CfnValue value(const char *key) const { return value(m_root, key); }
    // The same, but Null when the file does not give it: for attributes that
    // only add (rule sources) or that older providers lack (renamed ones).
    CfnValue optional(const TfNode &at, const char *key) const;
    CfnValue optional(const char *key) const { return optional(m_root, key); }
    // The attribute as a reference to one resource of types (a literal id of
    // something outside the document stays a scalar).
    CfnValue ref(const TfNode &at, const char *key, const QStringList &types) const;
    CfnValue ref(const char *key, const QStringList &types) const { return ref(m_root, key, types); }
    // A value read from inside an attribute (an ARN in a JSON policy) as a
    // reference to the resource of types it names; a scalar when none does.
    CfnValue refTo(const QString &value, const QStringList &types) const;
    // The attribute as a list of references.
    CfnValue refs(const TfNode &at, const char *key, const QStringList &types) const;
    CfnValue refs(const char *key, const QStringList &types) const { return refs(m_root, key, types); }
    // The items of a nested block (Terraform writes blocks as lists).
    QVector<TfNode> blocks(const TfNode &at, const char *key) const;
    QVector<TfNode> blocks(const char *key) const { return blocks(m_root, key); }
    // True when a value is a string "true"/"false" or a boolean with this truth.
    static bool isTrue(const CfnValue &v) { return v.isScalar() && v.text == QLatin1String("true"); }

    // Sets a property unless v is Null.
    void set(CfnValue *map, const QString &key, CfnValue v) const;
    void set(const QString &key, CfnValue v) { set(&m_properties, key, std::move(v)); }
    CfnValue &properties() { return m_properties; }

    // The CloudFormation type it becomes (set by the registry, may be changed:
    // a security group rule becomes an ingress or an egress).
    QString type;
    // More resources it stands for (inline routes, extra rule sources, an
    // inline bucket policy): mapped with it, reported as part of it.
    QVector<ImportResource> extra;
    // Folded into another resource rather than mapped itself (an attachment
    // into its target group): that resource's id, and how.
    QString foldedInto;
    QString foldReason;

private:
    const TfResource &m_resource;
    QString m_id;
    const TfReferences &m_references;
    TfNode m_root;
    CfnValue m_properties;
};

} // namespace pillar
