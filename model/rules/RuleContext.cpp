#include "RuleContext.h"

#include "../PropertySpec.h"

namespace pillar {

QString RuleContext::label(const Element &e)
{
    if (e.name.isEmpty() || e.name == e.id)
        return QStringLiteral("'%1'").arg(e.id);
    return QStringLiteral("'%1' (%2)").arg(e.name, e.id);
}

const QVariant &RuleContext::value(const Element &e, const char *key) const
{
    // e is an element of this design: its index is its place in the vector.
    const int i = int(&e - design().elements().data());
    Q_ASSERT(i >= 0 && i < m_index.elementCount());
    const std::vector<PropertySpec> &specs = propertySpecs(e.kind);
    for (size_t s = 0; s < specs.size(); ++s) {
        if (specs[s].key == QLatin1String(key))
            return m_index.value(i, int(s));
    }
    Q_ASSERT_X(false, "RuleContext::value", key); // a rule asked for a property its kind lacks
    static const QVariant none;
    return none;
}

QString RuleContext::labels(const QVector<int> &elements) const
{
    QStringList parts;
    for (int i : elements)
        parts << label(i);
    return parts.join(QLatin1String(", "));
}

void Reporter::report(const QStringList &elements, const QString &message, const QString &fix)
{
    Finding f;
    f.rule = m_info.idString();
    f.severity = m_info.defaultSeverity;
    f.elements = elements;
    f.message = message;
    f.fix = fix.isEmpty() ? m_info.fixText() : fix;
    m_out << f;
}

} // namespace pillar
