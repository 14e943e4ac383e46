#include "RuleContext.h"

#include "../PropertySpec.h"

namespace pillar {

QString RuleContext::label(const Element &e)
{
    if (e.name.isEmpty() || e.name == e.id)
        return QStringLiteral("'%1'").arg(e.id);
    return QStringLiteral("'%1' (%2)").arg(e.name, e.id);
}

const QVariant &RuleContext::value(const Element &e, const char *key)
{
    // QString == QLatin1StringView compares sizes first, so the walk over the
    // kind's dozen specs costs little; the spec's QString then finds the value.
    const QLatin1StringView wanted(key);
    for (const PropertySpec &spec : propertySpecs(e.kind)) {
        if (spec.key == wanted) {
            const auto stored = e.properties.constFind(spec.key);
            return stored != e.properties.constEnd() ? stored.value() : spec.defaultValue;
        }
    }
    Q_ASSERT_X(false, "RuleContext", key); // a rule asked for a property its kind lacks
    static const QVariant none;
    return none;
}

QString RuleContext::labels(IndexList elements) const
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
