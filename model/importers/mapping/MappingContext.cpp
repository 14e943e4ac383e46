#include "MappingContext.h"

#include "../../Placement.h"
#include "../../PropertySpec.h"
#include "../CfnHelpers.h"

#include <algorithm>

namespace pillar {

using cfn::tr;

MappingContext::MappingContext(const QVector<ImportResource> &resources, const MappingInputs &inputs, ImportReport *report)
    : m_resources(resources)
    , m_inputs(inputs)
    , m_report(report)
    , m_network(*this)
{
    m_byId.reserve(m_resources.size());
    m_logicalIds.reserve(m_resources.size());
    m_recorded.reserve(m_resources.size());
    for (const ImportResource &r : m_resources) {
        m_byId.insert(r.id, &r);
        m_byType[r.type].append(&r);
        m_logicalIds.insert(r.id);
    }
    m_design.info.region = inputs.region;
}

QVector<const ImportResource *> MappingContext::referring(const char *type, const char *key, const QString &id) const
{
    const std::pair<QLatin1String, QLatin1String> indexKey{QLatin1String(type), QLatin1String(key)}; // compared by text
    auto index = m_referrers.find(indexKey);
    if (index == m_referrers.end()) {
        index = m_referrers.insert(indexKey, {});
        for (const ImportResource *r : m_byType.value(QLatin1String(type))) {
            const CfnValue *v = r->properties.get(QLatin1String(key));
            if (v && v->type == CfnValue::ResourceRef)
                (*index)[v->text].append(r);
        }
    }
    return index->value(id);
}

void MappingContext::record(const QString &id, ImportedResource::Outcome outcome, const QString &element, const QString &reason)
{
    if (recorded(id) || !m_byId.contains(id))
        return;
    m_recorded.insert(id);
    const ImportResource *r = m_byId.value(id);
    m_report->resources.append({id, r->type, outcome, element, reason, r->line});
}

void MappingContext::recordUnchecked(const QString &id, const QString &reason, const QString &note)
{
    if (recorded(id) || !m_byId.contains(id))
        return;
    record(id, ImportedResource::Skipped, QString(), reason);
    m_report->resources.last().modelled = false;
    m_report->resources.last().note = note;
}

void MappingContext::finishReport()
{
    for (const ImportResource &r : m_resources) {
        if (!recorded(r.id)) {
            record(r.id, ImportedResource::Skipped, QString(), tr("Pillar has no element for %1").arg(r.type));
            m_report->resources.last().modelled = false;
        }
    }
    // Report entries in input order, whichever mapper recorded them.
    QHash<QString, int> order;
    order.reserve(m_resources.size());
    for (int i = 0; i < m_resources.size(); ++i)
        order.insert(m_resources[i].id, i);
    // Each entry's place is looked up once, not once a comparison.
    QVector<std::pair<int, ImportedResource>> keyed;
    keyed.reserve(m_report->resources.size());
    for (ImportedResource &r : m_report->resources)
        keyed.append({order.value(r.logicalId, -1), std::move(r)});
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (int i = 0; i < keyed.size(); ++i)
        m_report->resources[i] = std::move(keyed[i].second);
}

Element &MappingContext::add(Element e)
{
    if (m_design.hasId(e.id)) { // cannot happen with the ids mappers use; kept as a guard
        m_report->warnings << tr("%1: the id is taken; the element is imported as %2").arg(e.id, freeId(e.id));
        e.id = freeId(e.id);
    }
    if (!e.parent.isEmpty()) {
        const QString problem = placementProblem(m_design, e.kind, e.parent);
        if (!problem.isEmpty()) { // cannot happen with the placements mappers use; kept as a guard
            m_report->warnings << tr("%1: %2").arg(e.id, problem);
            e.parent.clear();
        }
    }
    e.unknown.sort();
    e.unknown.removeDuplicates();
    m_design.insertElement(e);
    return *m_design.element(e.id);
}

void MappingContext::connect(const QString &from, const QString &to)
{
    if (from.isEmpty() || to.isEmpty() || from == to)
        return;
    if (m_connected.contains({from, to}))
        return;
    const QString problem = connectionProblem(m_design, from, to);
    if (!problem.isEmpty()) {
        m_report->warnings << tr("no connection %1 → %2: %3").arg(from, to, problem);
        return;
    }
    Connection c;
    c.id = freeId(from + QLatin1String("-to-") + to);
    c.from = from;
    c.to = to;
    m_design.insertConnection(c);
    m_connected.insert({from, to});
}

void MappingContext::markUnknown(Element &e, const QString &key, const QString &reason)
{
    e.properties.remove(key);
    if (e.unknown.contains(key))
        return; // the first reason is reported
    e.unknown << key;
    e.unknown.sort();
    m_report->unknowns.append({e.id, key, reason});
}

void MappingContext::markUnknown(const QString &elementId, const QString &key, const QString &reason)
{
    if (Element *e = m_design.element(elementId))
        markUnknown(*e, key, reason);
}

QString MappingContext::why(const CfnValue &v)
{
    switch (v.type) {
    case CfnValue::Unknown:
        return v.text;
    case CfnValue::External:
        return tr("parameter %1 has no default; pass --parameter %1=VALUE").arg(v.text.section(QLatin1Char('.'), 0, 0));
    case CfnValue::ResourceRef:
        return tr("known only once %1 is created").arg(v.text);
    case CfnValue::Function:
        return tr("%1 is not evaluated").arg(v.text);
    default:
        return tr("not a single value");
    }
}

void MappingContext::setString(Element &e, const QString &key, const CfnValue *v, const QString &what)
{
    if (!v)
        return;
    if (!v->isScalar()) {
        markUnknown(e, key, tr("%1: %2").arg(what, why(*v)));
        return;
    }
    const PropertySpec *spec = findPropertySpec(e.kind, key);
    const QString problem = spec ? spec->validate(QVariant(v->text)) : QString();
    if (!problem.isEmpty()) {
        markUnknown(e, key, tr("%1 '%2': %3").arg(what, v->text, problem));
        return;
    }
    e.properties.insert(key, v->text);
}

void MappingContext::setBool(Element &e, const QString &key, const CfnValue *v, const QString &what)
{
    if (!v)
        return;
    bool ok = false;
    const bool b = v->toBool(&ok);
    if (!ok) {
        markUnknown(e, key, tr("%1: %2").arg(what, v->isScalar() ? tr("'%1' is not true or false").arg(v->text) : why(*v)));
        return;
    }
    e.properties.insert(key, b);
}

void MappingContext::setInt(Element &e, const QString &key, const CfnValue *v, const QString &what)
{
    if (!v)
        return;
    bool ok = false;
    const int n = v->toInt(&ok);
    const PropertySpec *spec = findPropertySpec(e.kind, key);
    const QString problem = ok && spec ? spec->validate(QVariant(n)) : QString();
    if (!ok || !problem.isEmpty()) {
        markUnknown(e, key, tr("%1: %2").arg(what, !ok ? (v->isScalar() ? tr("'%1' is not a number").arg(v->text) : why(*v)) : problem));
        return;
    }
    e.properties.insert(key, n);
}

QString MappingContext::sanitizeId(const QString &text)
{
    QString id;
    for (const QChar c : text) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char('.') || c == QLatin1Char(':');
        id += ok ? c : QLatin1Char('-');
    }
    if (id.isEmpty() || !id[0].isLetterOrNumber())
        id.prepend(QLatin1Char('x'));
    return id.left(120);
}

QString MappingContext::externalId(const QString &what, const QString &name)
{
    const QString key = what + QLatin1Char('/') + name;
    if (!m_externalIds.contains(key)) {
        const QString id = freeId(name);
        m_externalIds.insert(key, id);
        m_externalIdsGiven.insert(id);
    }
    return m_externalIds.value(key);
}

QString MappingContext::freeId(const QString &wanted) const
{
    // Taken: ids in the design, resource ids still to be mapped, and ids handed
    // to stand-ins not added yet (an AZ made for a stand-in subnet must not get
    // the subnet's id, which truncation of long ids can otherwise produce).
    auto taken = [this](const QString &id) {
        return m_design.hasId(id) || m_logicalIds.contains(id) || m_externalIdsGiven.contains(id);
    };
    const QString id = sanitizeId(wanted);
    if (!taken(id))
        return id;
    for (int n = 2;; ++n) {
        const QString candidate = id + QLatin1Char('-') + QString::number(n);
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace pillar
