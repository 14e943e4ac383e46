#include "RuleContext.h"

#include "../PropertySpec.h"

namespace pillar {

QString RuleContext::label(const Element &e)
{
    if (e.name.isEmpty() || e.name == e.id)
        return QStringLiteral("'%1'").arg(e.id);
    return QStringLiteral("'%1' (%2)").arg(e.name, e.id);
}

RuleContext::Property RuleContext::property(const Element &e, const char *key) const
{
    const int i = indexOf(e);
    const ElementKind kind = m_index.kindOf(i);
    const int s = propertySpecIndex(kind, QLatin1StringView(key));
    Q_ASSERT_X(s >= 0, "RuleContext", key); // a rule asked for a property its kind lacks
    return {i, s, s >= 0 ? &propertySpecs(kind)[size_t(s)] : nullptr};
}

const QVariant &RuleContext::value(const Element &e, const char *key) const
{
    const Property p = property(e, key);
    if (!p.info) {
        static const QVariant none;
        return none;
    }
    return m_index.value(p.element, p.spec);
}

bool RuleContext::boolOf(const Element &e, const char *key) const
{
    const Property p = property(e, key);
    if (p.info && p.info->type == PropertyType::Bool)
        return m_index.number(p.element, p.spec) != 0;
    return value(e, key).toBool();
}

int RuleContext::intOf(const Element &e, const char *key) const
{
    const Property p = property(e, key);
    if (p.info && p.info->type == PropertyType::Int)
        return m_index.number(p.element, p.spec);
    return value(e, key).toInt();
}

bool RuleContext::blank(const Element &e, const char *key) const
{
    const Property p = property(e, key);
    if (p.info && (p.info->type == PropertyType::String || p.info->type == PropertyType::Ref))
        return m_index.number(p.element, p.spec) == 0;
    return stringOf(e, key).trimmed().isEmpty();
}

bool RuleContext::equals(const Element &e, const char *key, const char *text) const
{
    const Property p = property(e, key);
    if (p.info && p.info->type == PropertyType::Enum) {
        const int at = int(p.info->enumValues.indexOf(QLatin1StringView(text)));
        return at >= 0 && m_index.number(p.element, p.spec) == at;
    }
    return stringOf(e, key) == QLatin1StringView(text);
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
