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
    const int s = propertySpecIndex(e.kind, QLatin1StringView(key));
    Q_ASSERT_X(s >= 0, "RuleContext", key); // a rule asked for a property its kind lacks
    if (s < 0) {
        static const QVariant none;
        return none;
    }
    const PropertySpec &spec = propertySpecs(e.kind)[size_t(s)];
    const auto stored = e.properties.constFind(spec.key);
    return stored != e.properties.constEnd() ? stored.value() : spec.defaultValue;
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
