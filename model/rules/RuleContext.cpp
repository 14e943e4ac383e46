#include "RuleContext.h"

#include "../cost/CostModel.h"
#include "../PropertySpec.h"

namespace pillar {

QString RuleContext::label(const Element &e)
{
    if (e.name.isEmpty() || e.name == e.id)
        return QStringLiteral("'%1'").arg(e.id);
    return QStringLiteral("'%1' (%2)").arg(e.name, e.id);
}

QString RuleContext::labels(IndexList elements) const
{
    QStringList parts;
    for (int i : elements)
        parts << label(i);
    return parts.join(QLatin1String(", "));
}

QStringList RuleContext::itemsOf(int i, const char *key) const
{
    QStringList items = stringOf(i, key).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &item : items)
        item = item.trimmed();
    items.removeAll(QString());
    return items;
}

bool RuleContext::hasProperty(int i, const char *key) const
{
    return findPropertySpec(m_index.kindOf(i), QLatin1String(key)) != nullptr;
}

QString RuleContext::tierOf(int i) const
{
    return hasProperty(i, "workload") ? stringOf(i, "workload") : kindDisplayName(m_index.kindOf(i));
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

const CostEstimate *RuleContext::cost() const
{
    if (!m_cost) {
        const auto prices = PriceTable::forRegion(design().info.region);
        m_cost = prices ? std::optional<CostEstimate>(estimateCost(m_index, *prices)) : std::nullopt;
    }
    return *m_cost ? &**m_cost : nullptr;
}

} // namespace pillar
