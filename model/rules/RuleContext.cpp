#include "RuleContext.h"

#include "../PropertySpec.h"

namespace pillar {

QString RuleContext::label(const Element &e)
{
    if (e.name.isEmpty() || e.name == e.id)
        return QStringLiteral("'%1'").arg(e.id);
    return QStringLiteral("'%1' (%2)").arg(e.name, e.id);
}

int RuleContext::specIndex(ElementKind kind, const char *key)
{
    const std::vector<PropertySpec> &specs = propertySpecs(kind);
    for (size_t s = 0; s < specs.size(); ++s) {
        if (specs[s].key == QLatin1String(key))
            return int(s);
    }
    Q_ASSERT_X(false, "RuleContext", key); // a rule asked for a property its kind lacks
    return -1;
}

const QVariant &RuleContext::value(const Element &e, const char *key) const
{
    const int s = specIndex(m_index.kindOf(indexOf(e)), key);
    if (s < 0) {
        static const QVariant none;
        return none;
    }
    return m_index.value(indexOf(e), s);
}

bool RuleContext::boolOf(const Element &e, const char *key) const
{
    const int i = indexOf(e);
    const ElementKind kind = m_index.kindOf(i);
    const int s = specIndex(kind, key);
    if (s >= 0 && propertySpecs(kind)[size_t(s)].type == PropertyType::Bool)
        return m_index.number(i, s) != 0;
    return value(e, key).toBool();
}

int RuleContext::intOf(const Element &e, const char *key) const
{
    const int i = indexOf(e);
    const ElementKind kind = m_index.kindOf(i);
    const int s = specIndex(kind, key);
    if (s >= 0 && propertySpecs(kind)[size_t(s)].type == PropertyType::Int)
        return m_index.number(i, s);
    return value(e, key).toInt();
}

bool RuleContext::blank(const Element &e, const char *key) const
{
    const int i = indexOf(e);
    const ElementKind kind = m_index.kindOf(i);
    const int s = specIndex(kind, key);
    const PropertyType type = s >= 0 ? propertySpecs(kind)[size_t(s)].type : PropertyType::Bool;
    if (type == PropertyType::String || type == PropertyType::Ref)
        return m_index.number(i, s) == 0;
    return stringOf(e, key).trimmed().isEmpty();
}

bool RuleContext::equals(const Element &e, const char *key, const char *text) const
{
    const int i = indexOf(e);
    const ElementKind kind = m_index.kindOf(i);
    const int s = specIndex(kind, key);
    if (s >= 0 && propertySpecs(kind)[size_t(s)].type == PropertyType::Enum) {
        const int at = int(propertySpecs(kind)[size_t(s)].enumValues.indexOf(QLatin1String(text)));
        return at >= 0 && m_index.number(i, s) == at;
    }
    return stringOf(e, key) == QLatin1String(text);
}

QString RuleContext::labels(IndexRange elements) const
{
    QStringList parts;
    for (int i : elements)
        parts << label(i);
    return parts.join(QLatin1String(", "));
}

void Reporter::report(const QStringList &elements, const QString &message, const QString &fix)
{
    Finding f;
    f.rule = m_id;
    f.severity = m_info.defaultSeverity;
    f.elements = elements;
    f.message = message;
    f.fix = fix.isEmpty() ? m_fix : fix;
    m_out << std::move(f);
}

} // namespace pillar
