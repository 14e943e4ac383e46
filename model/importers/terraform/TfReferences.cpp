#include "TfReferences.h"

#include "TfAddress.h"
#include "TfJsonReader.h"

#include <QSet>

namespace pillar {

namespace {

// Attributes by which other resources name a resource: ids and ARNs for
// most, names where the provider takes a name (subnet groups, launch
// configurations, classic load balancers, buckets), DNS names for origins
// and aliases.
const char *const kNamingAttributes[] = {"id", "arn", "name", "bucket", "dns_name", "domain_name",
                                         "bucket_regional_domain_name", "bucket_domain_name", "cluster_identifier",
                                         "identifier", "replication_group_id", "cluster_id",
                                         // Lambda functions by name and invoke ARN (API integrations),
                                         // streams of tables, a REST API's root path (its methods' resource).
                                         "function_name", "invoke_arn", "stream_arn", "root_resource_id"};

// Splits a reference such as module.a["x"].aws_b.c[0].id at dots outside brackets.
QStringList segments(const QString &reference)
{
    QStringList out;
    int depth = 0, start = 0;
    bool quoted = false;
    for (int i = 0; i < reference.size(); ++i) {
        const QChar c = reference[i];
        if (quoted) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('[')) {
            ++depth;
        } else if (c == QLatin1Char(']')) {
            --depth;
        } else if (c == QLatin1Char('.') && depth == 0) {
            out << reference.mid(start, i - start);
            start = i + 1;
        }
    }
    out << reference.mid(start);
    return out;
}

// "name[0]" -> "name" and key "0"; "name[\"a\"]" -> "name" and key "a" (quoted).
QString splitKey(const QString &segment, QString *key, bool *hasKey, bool *quotedKey)
{
    const int open = segment.indexOf(QLatin1Char('['));
    *hasKey = open > 0 && segment.endsWith(QLatin1Char(']'));
    if (!*hasKey)
        return segment;
    QString k = segment.mid(open + 1, segment.size() - open - 2);
    *quotedKey = k.startsWith(QLatin1Char('"'));
    if (*quotedKey)
        k = k.mid(1, k.size() - 2).replace(QLatin1String("\\\""), QLatin1String("\""));
    *key = k;
    return segment.left(open);
}

bool sameIndex(const CfnValue &a, const CfnValue &b)
{
    return a.isScalar() && b.isScalar() && a.text == b.text;
}

} // namespace

TfReferences::TfReferences(const TfDocument &document, const QStringList &ids)
    : m_document(document), m_ids(ids)
{
    QSet<QString> modules;
    const QVector<TfResource> &resources = document.resources();
    for (int i = 0; i < resources.size(); ++i) {
        const TfResource &r = resources[i];
        if (r.fate != TfResource::Planned)
            continue;
        for (const char *key : kNamingAttributes) {
            const CfnValue *v = r.values->get(QLatin1String(key));
            if (v && v->isScalar() && !v->text.isEmpty()) {
                QVector<int> &list = m_byValue[v->text];
                if (!list.contains(i))
                    list << i;
            }
        }
        m_byName[r.module + QLatin1Char(' ') + r.type + QLatin1Char('.') + r.name] << i;
        m_byModule[r.module] << i;
        if (!r.module.isEmpty() && !modules.contains(r.module)) {
            modules.insert(r.module);
            m_modules << r.module;
        }
    }
}

QString TfReferences::byValue(const QString &value, const QStringList &types) const
{
    const auto it = m_byValue.constFind(value);
    if (it == m_byValue.cend())
        return QString();
    for (int i : *it) {
        if (types.contains(m_document.resources()[i].type))
            return m_ids[i];
    }
    return QString();
}

QStringList TfReferences::byExpression(const TfResource &from, const CfnValue *expression, const QStringList &types) const
{
    QStringList out;
    const CfnValue *references = expression && expression->isMap() ? expression->get(QStringLiteral("references")) : nullptr;
    if (!references || !references->isList())
        return out;
    QVector<int> found;
    for (const CfnValue &ref : references->items) {
        if (ref.isScalar())
            resolve(from.module, from.configModule, ref.text, from, 0, &found);
    }
    for (int i : found) {
        if (types.contains(m_document.resources()[i].type) && !out.contains(m_ids[i]))
            out << m_ids[i];
    }
    return out;
}

QString TfReferences::throughLocals(const TfResource &from, const CfnValue *expression, const QStringList &types) const
{
    const CfnValue *references = expression && expression->isMap() ? expression->get(QStringLiteral("references")) : nullptr;
    bool locals = false;
    for (const CfnValue &ref : references ? references->items : QVector<CfnValue>()) {
        if (!ref.text.startsWith(QLatin1String("local.")))
            return QString(); // something else is named: not a question of locals
        locals = true;
    }
    if (!locals)
        return QString();
    QString only;
    for (int i : m_byModule.value(from.module)) {
        if (!types.contains(m_document.resources()[i].type))
            continue;
        if (!only.isEmpty())
            return QString();
        only = m_ids[i];
    }
    return only;
}

void TfReferences::resolve(const QString &module, const QString &configModule, const QString &reference, const TfResource &from,
                           int depth, QVector<int> *out) const
{
    if (depth > 8) // modules passing a value through eight levels; deeper is a cycle
        return;
    const QStringList parts = segments(reference);
    if (parts.size() < 2)
        return;
    const QString &head = parts[0];
    if (head == QLatin1String("var")) {
        // An input of this module: what the calling module passes.
        if (module.isEmpty())
            return;
        const QStringList own = segments(module);
        QString call, key;
        bool hasKey = false, quoted = false;
        call = splitKey(own.last(), &key, &hasKey, &quoted);
        const QString parentModule = own.size() > 2 ? QStringList(own.mid(0, own.size() - 2)).join(QLatin1Char('.')) : QString();
        const QString parentConfig = tfConfigModule(parentModule);
        const CfnValue *config = m_document.moduleConfig(parentConfig);
        const CfnValue *calls = config ? config->get(QStringLiteral("module_calls")) : nullptr;
        const CfnValue *callNode = calls ? calls->get(call) : nullptr;
        const CfnValue *expressions = callNode ? callNode->get(QStringLiteral("expressions")) : nullptr;
        const CfnValue *expression = expressions ? expressions->get(parts[1]) : nullptr;
        const CfnValue *refs = expression ? expression->get(QStringLiteral("references")) : nullptr;
        for (const CfnValue &r : refs ? refs->items : QVector<CfnValue>())
            resolve(parentModule, parentConfig, r.text, from, depth + 1, out);
        return;
    }
    if (head == QLatin1String("module")) {
        // An output of a called module: what its expression references, inside it.
        if (parts.size() < 3)
            return;
        QString key;
        bool hasKey = false, quoted = false;
        const QString call = splitKey(parts[1], &key, &hasKey, &quoted);
        const QString childConfig = (configModule.isEmpty() ? QString() : configModule + QLatin1Char('.')) + QStringLiteral("module.") + call;
        const CfnValue *config = m_document.moduleConfig(childConfig);
        const CfnValue *outputs = config ? config->get(QStringLiteral("outputs")) : nullptr;
        const CfnValue *output = outputs ? outputs->get(parts[2]) : nullptr;
        const CfnValue *expression = output ? output->get(QStringLiteral("expression")) : nullptr;
        const CfnValue *refs = expression ? expression->get(QStringLiteral("references")) : nullptr;
        if (!refs)
            return;
        const QString prefix = (module.isEmpty() ? QString() : module + QLatin1Char('.')) + QStringLiteral("module.") + call;
        for (const QString &instance : m_modules) {
            const bool match = hasKey ? instance == prefix + QLatin1Char('[') + (quoted ? QLatin1Char('"') + key + QLatin1Char('"') : key) + QLatin1Char(']')
                                      : (instance == prefix || (instance.startsWith(prefix + QLatin1Char('['))
                                                                && instance.indexOf(QLatin1Char(']'), prefix.size()) + 1 == instance.size()));
            if (!match)
                continue;
            for (const CfnValue &r : refs->items)
                resolve(instance, childConfig, r.text, from, depth + 1, out);
        }
        // Instances whose module holds no resource directly are not listed; try the plain path too.
        if (!m_modules.contains(prefix) && !hasKey) {
            for (const CfnValue &r : refs->items)
                resolve(prefix, childConfig, r.text, from, depth + 1, out);
        }
        return;
    }
    static const QStringList notResources = {"data", "count", "each", "local", "path", "self", "terraform"};
    if (notResources.contains(head))
        return;
    QString key;
    bool hasKey = false, quoted = false;
    const QString name = splitKey(parts[1], &key, &hasKey, &quoted);
    const QVector<int> candidates = m_byName.value(module + QLatin1Char(' ') + head + QLatin1Char('.') + name);
    QVector<int> chosen;
    for (int i : candidates) {
        const CfnValue &index = m_document.resources()[i].index;
        if (!hasKey || (index.isScalar() && index.text == key && (index.attribute == kTfStringMark) == quoted))
            chosen << i;
    }
    if (!hasKey && chosen.size() > 1) {
        for (int i : chosen) {
            if (sameIndex(m_document.resources()[i].index, from.index)) {
                chosen = {i};
                break;
            }
        }
    }
    for (int i : chosen) {
        if (!out->contains(i))
            out->append(i);
    }
}

} // namespace pillar
