#include "TfTranslation.h"

#include "../CfnHelpers.h"
#include "TfJsonReader.h"

namespace pillar {

namespace {

using cfn::tr;

bool markedUnknown(const CfnValue *u)
{
    return u && u->isScalar() && u->text == QLatin1String("true");
}

// The value with what after_unknown marks replaced by Unknown nodes.
CfnValue merged(const CfnValue &v, const CfnValue *u)
{
    if (markedUnknown(u))
        return CfnValue::unknown(tr("known only after apply"));
    if (!u || (!u->isList() && !u->isMap()))
        return v;
    CfnValue out = v;
    if (v.isList() && u->isList()) {
        for (int i = 0; i < out.items.size() && i < u->items.size(); ++i)
            out.items[i] = merged(v.items[i], &u->items[i]);
        // after_unknown may list more items than values has: unknown items to come.
        for (int i = out.items.size(); i < u->items.size(); ++i) {
            if (markedUnknown(&u->items[i]))
                out.items.append(CfnValue::unknown(tr("known only after apply")));
        }
    } else if (v.isMap() && u->isMap()) {
        for (auto &entry : out.map)
            entry.second = merged(entry.second, u->get(entry.first));
        for (const auto &entry : u->map) {
            if (markedUnknown(&entry.second) && !v.get(entry.first))
                out.map.append({entry.first, CfnValue::unknown(tr("known only after apply"))});
        }
    }
    return out;
}

const CfnValue *child(const CfnValue *parent, const char *key)
{
    return parent && parent->isMap() ? parent->get(QLatin1String(key)) : nullptr;
}

} // namespace

TfTranslation::TfTranslation(const TfResource &resource, const QString &id, const TfReferences &references)
    : m_resource(resource), m_id(id), m_references(references)
{
    m_root = {resource.values, resource.unknown, resource.expressions, resource.expressions != nullptr};
    m_properties.type = CfnValue::Map;
}

CfnValue TfTranslation::value(const TfNode &at, const char *key) const
{
    const CfnValue *v = child(at.value, key);
    const CfnValue *u = child(at.unknown, key);
    if (markedUnknown(u)) {
        // Optional attributes the provider computes are "unknown" in a plan
        // when the configuration does not set them: not set, not a mystery.
        if (at.configured && !child(at.expressions, key))
            return CfnValue();
        return CfnValue::unknown(tr("known only after apply"));
    }
    if (!v)
        return CfnValue::unknown(tr("not in the file"));
    if (v->isNull())
        return CfnValue();
    return merged(*v, u);
}

CfnValue TfTranslation::optional(const TfNode &at, const char *key) const
{
    if (!child(at.value, key) && !markedUnknown(child(at.unknown, key)))
        return CfnValue();
    return value(at, key);
}

CfnValue TfTranslation::ref(const TfNode &at, const char *key, const QStringList &types) const
{
    CfnValue v = value(at, key);
    if (v.isList() && v.items.size() == 1) // blocks and one-item lists that name one thing
        v = v.items.first();
    if (v.isScalar()) {
        if (v.text.isEmpty())
            return CfnValue();
        const QString id = m_references.byValue(v.text, types);
        return id.isEmpty() ? CfnValue::scalar(v.text) : CfnValue::resourceRef(id);
    }
    if (v.type == CfnValue::Unknown) {
        const CfnValue *expression = child(at.expressions, key);
        const QStringList ids = m_references.byExpression(m_resource, expression, types);
        if (ids.isEmpty()) {
            const QString only = m_references.throughLocals(m_resource, expression, types);
            return only.isEmpty() ? v : CfnValue::resourceRef(only);
        }
        // element(list, count.index) and list[count.index]: instance n takes the n-th.
        bool counted = false;
        const CfnValue *refs = expression->get(QStringLiteral("references"));
        for (const CfnValue &r : refs ? refs->items : QVector<CfnValue>())
            counted = counted || r.text == QLatin1String("count.index");
        bool numeric = false;
        const int n = m_resource.index.isScalar() && m_resource.index.attribute != kTfStringMark ? m_resource.index.text.toInt(&numeric) : 0;
        return CfnValue::resourceRef(counted && numeric && n >= 0 ? ids[n % ids.size()] : ids.first());
    }
    return v;
}

CfnValue TfTranslation::refTo(const QString &value, const QStringList &types) const
{
    if (value.isEmpty())
        return CfnValue();
    const QString id = m_references.byValue(value, types);
    return id.isEmpty() ? CfnValue::scalar(value) : CfnValue::resourceRef(id);
}

CfnValue TfTranslation::refs(const TfNode &at, const char *key, const QStringList &types) const
{
    const CfnValue v = value(at, key);
    CfnValue out;
    out.type = CfnValue::List;
    if (v.isNull())
        return v;
    bool someUnknown = v.type == CfnValue::Unknown;
    QString why = v.type == CfnValue::Unknown ? v.text : tr("known only after apply");
    for (const CfnValue &item : v.isList() ? v.items : QVector<CfnValue>()) {
        if (item.isScalar()) {
            if (item.text.isEmpty())
                continue;
            const QString id = m_references.byValue(item.text, types);
            out.items << (id.isEmpty() ? CfnValue::scalar(item.text) : CfnValue::resourceRef(id));
        } else {
            someUnknown = true;
            if (item.type == CfnValue::Unknown)
                why = item.text;
        }
    }
    if (v.isScalar()) { // a single id where a list is allowed
        CfnValue one = ref(at, key, types);
        if (one.isNull())
            return one;
        out.items << std::move(one);
        return out;
    }
    if (!someUnknown)
        return out;
    const QStringList ids = m_references.byExpression(m_resource, child(at.expressions, key), types);
    if (ids.isEmpty()) {
        out.items << CfnValue::unknown(why);
        return out;
    }
    for (const QString &id : ids) {
        bool present = false;
        for (const CfnValue &item : out.items)
            present = present || cfn::refersTo(&item, id);
        if (!present)
            out.items << CfnValue::resourceRef(id);
    }
    return out;
}

QVector<TfNode> TfTranslation::blocks(const TfNode &at, const char *key) const
{
    QVector<TfNode> out;
    const CfnValue *v = child(at.value, key);
    const CfnValue *u = child(at.unknown, key);
    const CfnValue *e = child(at.expressions, key);
    if (!v || !v->isList())
        return out;
    for (int i = 0; i < v->items.size(); ++i) {
        const CfnValue *ui = u && u->isList() && i < u->items.size() ? &u->items[i] : nullptr;
        const CfnValue *ei = e && e->isList() && i < e->items.size() ? &e->items[i] : nullptr;
        out.append({&v->items[i], ui, ei, at.configured && ei != nullptr});
    }
    return out;
}

void TfTranslation::set(CfnValue *map, const QString &key, CfnValue v) const
{
    if (v.isNull())
        return;
    map->map.append({key, std::move(v)});
}

} // namespace pillar
