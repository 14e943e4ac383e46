#include "CfnResolver.h"

#include <QCoreApplication>

namespace pillar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CfnImport", text);
}

constexpr int kMaxResolveDepth = 100;

// Collects the resources a partly unknown value refers to, so that e.g. a
// CloudFront origin built with !Join still points at its load balancer.
void collectRefs(const CfnValue &v, QVector<CfnValue> *out)
{
    if (v.type == CfnValue::ResourceRef) {
        out->append(v);
        return;
    }
    for (const CfnValue &item : v.items)
        collectRefs(item, out);
    for (const auto &entry : v.map)
        collectRefs(entry.second, out);
}

CfnValue unknownWithRefs(const QString &why, const QVector<CfnValue> &parts)
{
    CfnValue u = CfnValue::unknown(why);
    for (const CfnValue &p : parts)
        collectRefs(p, &u.items);
    return u;
}

CfnValue listOf(const QStringList &texts)
{
    CfnValue list;
    list.type = CfnValue::List;
    for (const QString &t : texts)
        list.items.append(CfnValue::scalar(t));
    return list;
}

} // namespace

CfnResolver::CfnResolver(const CfnValue &root, const QMap<QString, QString> &overrides, const QString &region)
    : m_mappings(root.get(QStringLiteral("Mappings")))
    , m_conditions(root.get(QStringLiteral("Conditions")))
    , m_overrides(overrides)
    , m_region(region)
{
    if (const CfnValue *params = root.get(QStringLiteral("Parameters"))) {
        for (const auto &entry : params->map)
        {
            m_parameters.insert(entry.first, &entry.second);
            m_parameterOrder << entry.first;
        }
    }
    if (const CfnValue *resources = root.get(QStringLiteral("Resources"))) {
        for (const auto &entry : resources->map)
            m_resources.insert(entry.first);
    }
}

QString CfnResolver::parameterType(const QString &name) const
{
    const CfnValue *p = m_parameters.value(name);
    if (!p)
        return QString();
    const CfnValue *type = p->get(QStringLiteral("Type"));
    return type && type->isScalar() ? type->text : QString();
}

QStringList CfnResolver::unusedOverrides() const
{
    QStringList unused;
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it) {
        if (!m_parameters.contains(it.key()))
            unused << it.key();
    }
    return unused;
}

QStringList CfnResolver::availabilityZones(const QString &region) const
{
    const QString r = region.isEmpty() ? m_region : region;
    QStringList zones;
    // us-east-1 has six zones; every other commercial region has at least three.
    const char last = r == QLatin1String("us-east-1") ? 'f' : 'c';
    for (char letter = 'a'; letter <= last; ++letter)
        zones << r + QLatin1Char(letter);
    return zones;
}

CfnValue CfnResolver::resolve(CfnValue value) const
{
    resolveInPlace(&value, 0);
    return value;
}

CfnValue CfnResolver::resolveAt(const CfnValue &value, int depth) const
{
    CfnValue copy = value; // shares the lists until they change
    resolveInPlace(&copy, depth);
    return copy;
}

void CfnResolver::resolveInPlace(CfnValue *value, int depth) const
{
    if (depth > kMaxResolveDepth) {
        *value = CfnValue::unknown(tr("intrinsic functions nest too deeply"));
        return;
    }
    switch (value->type) {
    case CfnValue::Function: {
        CfnValue out = resolveFunction(*value, depth);
        if (out.line == 0) {
            out.line = value->line;
            out.column = value->column;
        }
        *value = std::move(out);
        break;
    }
    case CfnValue::List: {
        QVector<CfnValue> &items = value->items;
        qsizetype kept = 0;
        for (qsizetype i = 0; i < items.size(); ++i) {
            resolveInPlace(&items[i], depth + 1);
            if (items[i].type == CfnValue::NoValue)
                continue;
            if (kept != i)
                items[kept] = std::move(items[i]);
            ++kept;
        }
        items.resize(kept);
        break;
    }
    case CfnValue::Map: {
        QVector<QPair<QString, CfnValue>> &entries = value->map;
        qsizetype kept = 0;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            resolveInPlace(&entries[i].second, depth + 1);
            if (entries[i].second.type == CfnValue::NoValue)
                continue;
            if (kept != i)
                entries[kept] = std::move(entries[i]);
            ++kept;
        }
        entries.resize(kept);
        break;
    }
    default:
        break;
    }
}

CfnValue CfnResolver::ref(const QString &name) const
{
    if (name == QLatin1String("AWS::Region"))
        return CfnValue::scalar(m_region);
    if (name == QLatin1String("AWS::Partition"))
        return CfnValue::scalar(QStringLiteral("aws"));
    if (name == QLatin1String("AWS::URLSuffix"))
        return CfnValue::scalar(QStringLiteral("amazonaws.com"));
    if (name == QLatin1String("AWS::NoValue")) {
        CfnValue v;
        v.type = CfnValue::NoValue;
        return v;
    }
    if (name.startsWith(QLatin1String("AWS::")))
        return CfnValue::unknown(tr("%1 is known only when the stack is deployed").arg(name));
    if (m_resources.contains(name))
        return CfnValue::resourceRef(name);
    const CfnValue *param = m_parameters.value(name);
    if (!param)
        return CfnValue::unknown(tr("Ref to '%1', which is neither a parameter nor a resource").arg(name));
    const QString type = parameterType(name);
    const bool isList = type.startsWith(QLatin1String("List<")) || type == QLatin1String("CommaDelimitedList");
    if (type.startsWith(QLatin1String("AWS::SSM::Parameter::Value")))
        return CfnValue::unknown(tr("parameter %1 is read from Systems Manager at deploy time").arg(name));
    QString text;
    if (m_overrides.contains(name)) {
        text = m_overrides.value(name);
    } else {
        const CfnValue *def = param->get(QStringLiteral("Default"));
        if (!def || def->type == CfnValue::Null)
            return CfnValue::external(name);
        if (def->type == CfnValue::List) // some templates give a list default
            return *def;
        if (!def->isScalar())
            return CfnValue::unknown(tr("parameter %1 has a default that is not a value").arg(name));
        text = def->text;
    }
    if (isList) {
        QStringList parts = text.split(QLatin1Char(','));
        for (QString &p : parts)
            p = p.trimmed();
        if (text.trimmed().isEmpty())
            parts.clear();
        return listOf(parts);
    }
    // An empty AWS-specific id (e.g. a KeyName left blank) is not a value.
    if (text.isEmpty() && type.startsWith(QLatin1String("AWS::")))
        return CfnValue::external(name);
    return CfnValue::scalar(text);
}

CfnValue CfnResolver::resolveFunction(const CfnValue &fn, int depth) const
{
    const QString &name = fn.text;
    const CfnValue rawArg = fn.items.value(0);
    if (name == QLatin1String("Ref")) {
        const CfnValue target = resolveAt(rawArg, depth + 1);
        if (!target.isScalar())
            return CfnValue::unknown(tr("Ref needs a name"));
        return ref(target.text);
    }
    if (name == QLatin1String("Fn::GetAtt")) {
        QString id, attribute;
        if (rawArg.isScalar()) {
            const int dot = rawArg.text.indexOf(QLatin1Char('.'));
            id = rawArg.text.left(dot);
            attribute = dot < 0 ? QString() : rawArg.text.mid(dot + 1);
        } else if (rawArg.isList() && rawArg.items.size() >= 2) {
            const CfnValue a = resolveAt(rawArg.items[0], depth + 1);
            const CfnValue b = resolveAt(rawArg.items[1], depth + 1);
            id = a.isScalar() ? a.text : QString();
            attribute = b.isScalar() ? b.text : QString();
        }
        if (!m_resources.contains(id))
            return CfnValue::unknown(tr("GetAtt of '%1', which is not a resource of the template").arg(id));
        return CfnValue::resourceRef(id, attribute);
    }
    if (name == QLatin1String("Condition")) {
        const Truth t = rawArg.isScalar() ? condition(rawArg.text) : Truth::Unknown;
        if (t == Truth::Unknown)
            return CfnValue::unknown(tr("condition cannot be evaluated"));
        return CfnValue::scalar(t == Truth::True ? QStringLiteral("true") : QStringLiteral("false"));
    }
    if (name == QLatin1String("Fn::If")) {
        if (!rawArg.isList() || rawArg.items.size() != 3 || !rawArg.items[0].isScalar())
            return CfnValue::unknown(tr("Fn::If needs [condition, value if true, value if false]"));
        const Truth t = condition(rawArg.items[0].text);
        if (t == Truth::Unknown)
            return unknownWithRefs(tr("condition %1 cannot be evaluated").arg(rawArg.items[0].text),
                                   {resolveAt(rawArg.items[1], depth + 1), resolveAt(rawArg.items[2], depth + 1)});
        return resolveAt(rawArg.items[t == Truth::True ? 1 : 2], depth + 1);
    }
    if (name == QLatin1String("Fn::Equals") || name == QLatin1String("Fn::Not") || name == QLatin1String("Fn::And")
        || name == QLatin1String("Fn::Or")) {
        const Truth t = truth(fn, depth);
        if (t == Truth::Unknown)
            return CfnValue::unknown(tr("%1 cannot be evaluated").arg(name));
        return CfnValue::scalar(t == Truth::True ? QStringLiteral("true") : QStringLiteral("false"));
    }
    if (name == QLatin1String("Fn::Sub"))
        return sub(rawArg, depth);
    if (name == QLatin1String("Fn::Base64"))
        return resolveAt(rawArg, depth + 1);

    const CfnValue arg = resolveAt(rawArg, depth + 1);
    if (name == QLatin1String("Fn::GetAZs")) {
        if (arg.isNull() || (arg.isScalar()))
            return listOf(availabilityZones(arg.isScalar() ? arg.text : QString()));
        return CfnValue::unknown(tr("Fn::GetAZs of an unknown region"));
    }
    if (name == QLatin1String("Fn::Select")) {
        if (!arg.isList() || arg.items.size() != 2)
            return CfnValue::unknown(tr("Fn::Select needs [index, list]"));
        bool ok = false;
        const int index = arg.items[0].toInt(&ok);
        const CfnValue &list = arg.items[1];
        if (!ok)
            return unknownWithRefs(tr("Fn::Select with an unknown index"), {list});
        if (list.type == CfnValue::External)
            return CfnValue::external(list.text + QLatin1Char('.') + QString::number(index));
        if (list.isList() && index >= 0 && index < list.items.size())
            return list.items[index];
        if (list.isList())
            return CfnValue::unknown(tr("Fn::Select index %1 is outside the list").arg(index));
        return unknownWithRefs(tr("Fn::Select from an unknown list"), {list});
    }
    if (name == QLatin1String("Fn::FindInMap")) {
        if (!arg.isList() || arg.items.size() < 3)
            return CfnValue::unknown(tr("Fn::FindInMap needs [map, key, key]"));
        for (int i = 0; i < 3; ++i) {
            if (!arg.items[i].isScalar())
                return CfnValue::unknown(tr("Fn::FindInMap with an unknown key"));
        }
        const CfnValue *map = m_mappings ? m_mappings->get(arg.items[0].text) : nullptr;
        const CfnValue *top = map ? map->get(arg.items[1].text) : nullptr;
        const CfnValue *value = top ? top->get(arg.items[2].text) : nullptr;
        if (!value)
            return CfnValue::unknown(tr("mapping %1 has no entry %2/%3")
                                         .arg(arg.items[0].text, arg.items[1].text, arg.items[2].text));
        return resolveAt(*value, depth + 1);
    }
    if (name == QLatin1String("Fn::Join")) {
        if (!arg.isList() || arg.items.size() != 2 || !arg.items[0].isScalar())
            return unknownWithRefs(tr("Fn::Join needs [delimiter, list]"), {arg});
        const CfnValue &list = arg.items[1];
        if (!list.isList())
            return unknownWithRefs(tr("Fn::Join of an unknown list"), {list});
        QStringList parts;
        bool literal = !arg.items[0].text.isEmpty() && list.items.size() > 1;
        for (const CfnValue &item : list.items)
            literal = literal || (item.isScalar() && !item.text.isEmpty());
        for (const CfnValue &item : list.items) {
            if (!item.isScalar()) {
                CfnValue u = unknownWithRefs(tr("Fn::Join of a value known only at deploy time"), {list});
                if (literal)
                    u.attribute = QStringLiteral("built"); // literal text around the unknown part
                return u;
            }
            parts << item.text;
        }
        return CfnValue::scalar(parts.join(arg.items[0].text));
    }
    if (name == QLatin1String("Fn::Split")) {
        if (!arg.isList() || arg.items.size() != 2 || !arg.items[0].isScalar() || !arg.items[1].isScalar())
            return unknownWithRefs(tr("Fn::Split of a value known only at deploy time"), {arg});
        return listOf(arg.items[1].text.split(arg.items[0].text));
    }
    if (name == QLatin1String("Fn::ImportValue"))
        return CfnValue::unknown(tr("Fn::ImportValue comes from another stack"));
    if (name.startsWith(QLatin1Char('!')))
        return unknownWithRefs(tr("unknown tag %1").arg(name), {arg});
    return unknownWithRefs(tr("%1 is not evaluated by the importer").arg(name), {arg});
}

CfnValue CfnResolver::sub(const CfnValue &rawArg, int depth) const
{
    QString text;
    QHash<QString, CfnValue> vars;
    if (rawArg.isScalar()) {
        text = rawArg.text;
    } else if (rawArg.isList() && rawArg.items.size() == 2 && rawArg.items[0].isScalar()) {
        text = rawArg.items[0].text;
        const CfnValue map = resolveAt(rawArg.items[1], depth + 1);
        for (const auto &entry : map.map)
            vars.insert(entry.first, entry.second);
    } else {
        return CfnValue::unknown(tr("Fn::Sub needs a string or [string, variables]"));
    }
    QString out;
    QVector<CfnValue> unresolved;
    int i = 0;
    while (i < text.size()) {
        const int start = text.indexOf(QLatin1String("${"), i);
        if (start < 0) {
            out += text.mid(i);
            break;
        }
        out += text.mid(i, start - i);
        const int end = text.indexOf(QLatin1Char('}'), start);
        if (end < 0) {
            out += text.mid(start);
            break;
        }
        const QString var = text.mid(start + 2, end - start - 2).trimmed();
        i = end + 1;
        if (var.startsWith(QLatin1Char('!'))) { // ${!Literal} is written as ${Literal}
            out += QLatin1String("${") + var.mid(1) + QLatin1Char('}');
            continue;
        }
        CfnValue v;
        if (vars.contains(var)) {
            v = vars.value(var);
        } else if (var.contains(QLatin1Char('.')) && !var.startsWith(QLatin1String("AWS::"))) {
            const QString id = var.section(QLatin1Char('.'), 0, 0);
            v = m_resources.contains(id) ? CfnValue::resourceRef(id, var.section(QLatin1Char('.'), 1))
                                         : CfnValue::unknown(tr("unknown attribute %1").arg(var));
        } else {
            v = ref(var);
        }
        if (v.isScalar())
            out += v.text;
        else
            unresolved.append(v);
    }
    if (!unresolved.isEmpty()) {
        CfnValue u = unknownWithRefs(tr("Fn::Sub of a value known only at deploy time"), unresolved);
        if (!out.isEmpty())
            u.attribute = QStringLiteral("built"); // literal text around the unknown part
        return u;
    }
    return CfnValue::scalar(out);
}

CfnResolver::Truth CfnResolver::condition(const QString &name) const
{
    if (m_conditionCache.contains(name))
        return m_conditionCache.value(name);
    const CfnValue *expr = m_conditions ? m_conditions->get(name) : nullptr;
    if (!expr || m_conditionsInProgress.contains(name))
        return Truth::Unknown; // missing or circular: cannot tell
    m_conditionsInProgress.insert(name);
    const Truth t = truth(*expr, 0);
    m_conditionsInProgress.remove(name);
    m_conditionCache.insert(name, t);
    return t;
}

CfnResolver::Truth CfnResolver::truth(const CfnValue &value, int depth) const
{
    if (depth > kMaxResolveDepth)
        return Truth::Unknown;
    // {"Condition": "Name"} inside a condition refers to another condition.
    if (value.isMap() && value.map.size() == 1 && value.map.first().first == QLatin1String("Condition")
        && value.map.first().second.isScalar())
        return condition(value.map.first().second.text);
    if (value.type != CfnValue::Function) {
        bool ok = false;
        const bool b = resolveAt(value, depth + 1).toBool(&ok);
        return ok ? (b ? Truth::True : Truth::False) : Truth::Unknown;
    }
    const QString &name = value.text;
    const CfnValue arg = value.items.value(0);
    if (name == QLatin1String("Condition"))
        return arg.isScalar() ? condition(arg.text) : Truth::Unknown;
    if (name == QLatin1String("Fn::Equals")) {
        if (!arg.isList() || arg.items.size() != 2)
            return Truth::Unknown;
        const CfnValue a = resolveAt(arg.items[0], depth + 1);
        const CfnValue b = resolveAt(arg.items[1], depth + 1);
        if (a.isScalar() && b.isScalar())
            return a.text == b.text ? Truth::True : Truth::False;
        if (a.isList() && b.isList() && !a.containsUnresolved() && !b.containsUnresolved()) {
            bool same = a.items.size() == b.items.size();
            for (int i = 0; same && i < a.items.size(); ++i)
                same = a.items[i].text == b.items[i].text;
            return same ? Truth::True : Truth::False;
        }
        return Truth::Unknown;
    }
    if (name == QLatin1String("Fn::Not")) {
        const CfnValue inner = arg.isList() && arg.items.size() == 1 ? arg.items[0] : arg;
        const Truth t = truth(inner, depth + 1);
        return t == Truth::Unknown ? t : (t == Truth::True ? Truth::False : Truth::True);
    }
    if (name == QLatin1String("Fn::And") || name == QLatin1String("Fn::Or")) {
        if (!arg.isList())
            return Truth::Unknown;
        const bool isAnd = name == QLatin1String("Fn::And");
        bool anyUnknown = false;
        for (const CfnValue &item : arg.items) {
            const Truth t = truth(item, depth + 1);
            if (t == Truth::Unknown)
                anyUnknown = true;
            else if (isAnd && t == Truth::False)
                return Truth::False;
            else if (!isAnd && t == Truth::True)
                return Truth::True;
        }
        if (anyUnknown)
            return Truth::Unknown;
        return isAnd ? Truth::True : Truth::False;
    }
    bool ok = false;
    const bool b = resolveAt(value, depth + 1).toBool(&ok);
    return ok ? (b ? Truth::True : Truth::False) : Truth::Unknown;
}

} // namespace pillar
