#include "CfnTreeBuilder.h"

#include "CfnHelpers.h"

#include <algorithm>
#include <string_view>

namespace pillar {

namespace {

using cfn::tr;

// Maps up to this size are searched for a duplicate key one by one; larger
// ones (Resources) keep an index, so a template of n resources costs O(n).
constexpr int kLinearKeySearch = 16;

// Short-form tags CloudFormation defines, with their long-form names.
QString functionForTag(const QString &tag)
{
    static const char *const known[] = {"Base64", "Cidr", "FindInMap", "GetAtt", "GetAZs", "ImportValue", "Join",
                                        "Select", "Split", "Sub", "Transform", "If", "Equals", "Not", "And", "Or",
                                        "Length", "ToJsonString"};
    if (tag == QLatin1String("!Ref"))
        return QStringLiteral("Ref");
    if (tag == QLatin1String("!Condition"))
        return QStringLiteral("Condition");
    for (const char *name : known) {
        if (tag.size() == int(qstrlen(name)) + 1 && tag.startsWith(QLatin1Char('!')) && QStringView(tag).mid(1) == QLatin1String(name))
            return QStringLiteral("Fn::") + QLatin1String(name);
    }
    // Kept as written: the resolver reports it as an unknown tag.
    return tag;
}

// "?" and "!" are YAML's non-specific tags, tag:yaml.org,2002: its standard
// ones (!!str, !!int, ...): none of them is a function.
bool isFunctionTag(const QString &tag)
{
    return !tag.isEmpty() && tag != QLatin1String("?") && tag != QLatin1String("!")
        && !tag.startsWith(QLatin1String("tag:yaml.org,2002:"));
}

bool isLongFormKey(const QString &key)
{
    return key == QLatin1String("Ref") || key.startsWith(QLatin1String("Fn::"));
}

} // namespace

QString CfnTreeBuilder::text(const char *utf8, qsizetype length)
{
    if (length > kCachedTextLength)
        return QString::fromUtf8(utf8, length);
    const std::string_view bytes(utf8, size_t(length));
    CachedText &slot = m_textCache[std::hash<std::string_view>()(bytes) % kTextCacheSlots];
    if (slot.utf8 != bytes || (length == 0 && slot.text.isNull())) {
        slot.utf8.assign(bytes);
        slot.text = QString::fromUtf8(utf8, length);
    }
    return slot.text;
}

bool CfnTreeBuilder::fail(Place at, const QString &message)
{
    if (m_error.message.isEmpty())
        m_error = {at.line, at.column, message};
    return false;
}

bool CfnTreeBuilder::enter(Place at, int extraNodes, int height)
{
    if (!m_error.message.isEmpty())
        return false;
    m_nodes += extraNodes;
    if (m_nodes > kMaxTemplateNodes)
        return fail(at, tr("the template expands to more than %1 values (alias bomb?)").arg(kMaxTemplateNodes));
    if (depth() + height > kMaxTemplateDepth)
        return fail(at, tr("the template nests deeper than %1 levels").arg(kMaxTemplateDepth));
    if (!m_stack.empty())
        m_stack.back().deepest = std::max(m_stack.back().deepest, depth() + height);
    return true;
}

bool CfnTreeBuilder::begin(CfnValue::Type type, Place at, const QString &tag, const QString &anchor)
{
    const int first = m_nodes;
    if (!enter(at))
        return false;
    Open open;
    open.type = type;
    open.at = at;
    open.tag = tag;
    open.anchor = anchor;
    open.depth = depth();
    open.deepest = open.depth;
    open.firstNode = first;
    open.firstEntry = m_entries.size();
    m_stack.push_back(std::move(open));
    return true;
}

bool CfnTreeBuilder::beginMap(Place at, const QString &tag, const QString &anchor)
{
    return begin(CfnValue::Map, at, tag, anchor);
}

bool CfnTreeBuilder::beginList(Place at, const QString &tag, const QString &anchor)
{
    return begin(CfnValue::List, at, tag, anchor);
}

bool CfnTreeBuilder::end()
{
    if (!m_error.message.isEmpty() || m_stack.empty())
        return false;
    Open open = std::move(m_stack.back());
    m_stack.pop_back();
    if (!m_stack.empty())
        m_stack.back().deepest = std::max(m_stack.back().deepest, open.deepest);
    CfnValue value;
    value.type = open.type;
    const auto first = m_entries.begin() + qsizetype(open.firstEntry);
    const qsizetype count = qsizetype(m_entries.end() - first);
    if (open.type == CfnValue::Map) {
        value.map.reserve(count);
        for (auto it = first; it != m_entries.end(); ++it)
            value.map.append({std::move(it->key), std::move(it->value)});
    } else {
        value.items.reserve(count);
        for (auto it = first; it != m_entries.end(); ++it)
            value.items.append(std::move(it->value));
    }
    m_entries.erase(first, m_entries.end());
    return finish(std::move(value), open.at, open.tag, open.anchor, m_nodes - open.firstNode, open.deepest - open.depth);
}

bool CfnTreeBuilder::scalar(Place at, const QString &text, const QString &tag, const QString &anchor)
{
    return enter(at) && finish(CfnValue::scalar(text), at, tag, anchor, 1, 0);
}

bool CfnTreeBuilder::null(Place at, const QString &anchor)
{
    return enter(at) && finish(CfnValue(), at, QString(), anchor, 1, 0);
}

bool CfnTreeBuilder::alias(Place at, const QString &anchor)
{
    const auto found = m_anchors.constFind(anchor);
    if (found == m_anchors.constEnd())
        return fail(at, tr("the referenced anchor is not defined"));
    // The value as it was read where the anchor is, place included: an alias
    // is the same node, as YAML means it.
    const Anchored anchored = found.value();
    if (!enter(at, anchored.nodes, anchored.height))
        return false;
    return finish(anchored.value, Place{anchored.value.line, anchored.value.column}, QString(), QString(), anchored.nodes,
                  anchored.height);
}

bool CfnTreeBuilder::expectsKey() const
{
    return !m_stack.empty() && m_stack.back().type == CfnValue::Map && !m_stack.back().haveKey;
}

bool CfnTreeBuilder::key(Place at, const QString &text, const QString &anchor)
{
    if (!anchor.isEmpty()) {
        CfnValue v = CfnValue::scalar(text);
        v.line = at.line;
        v.column = at.column;
        m_anchors.insert(anchor, {v, 1, 0});
    }
    return addKey(at, text);
}

bool CfnTreeBuilder::aliasKey(Place at, const QString &anchor)
{
    const auto found = m_anchors.constFind(anchor);
    if (found == m_anchors.constEnd())
        return fail(at, tr("the referenced anchor is not defined"));
    const CfnValue &v = found.value().value;
    return addKey(Place{v.line, v.column}, v.isScalar() ? v.text : QString());
}

bool CfnTreeBuilder::addKey(Place at, const QString &text)
{
    if (!m_error.message.isEmpty() || !expectsKey())
        return false;
    Open &map = m_stack.back();
    const Entry *entries = m_entries.data() + map.firstEntry;
    const int count = int(m_entries.size() - map.firstEntry);
    if (map.keyIndex.isEmpty() && count >= kLinearKeySearch) {
        for (int i = 0; i < count; ++i)
            map.keyIndex.insert(entries[i].key, i);
    }
    int seen = -1;
    if (!map.keyIndex.isEmpty()) {
        seen = map.keyIndex.value(text, -1);
    } else {
        for (int i = 0; i < count && seen < 0; ++i)
            seen = entries[i].key == text ? i : -1;
    }
    // CloudFormation refuses a key given twice (two resources with one
    // logical id); so does Pillar rather than pick one silently.
    if (seen >= 0)
        return fail(at, tr("duplicate key '%1' (first given on line %2)").arg(text).arg(entries[seen].keyLine));
    if (!map.keyIndex.isEmpty())
        map.keyIndex.insert(text, count);
    map.key = text;
    map.keyAt = at;
    map.haveKey = true;
    return true;
}

bool CfnTreeBuilder::finish(CfnValue value, Place at, const QString &tag, const QString &anchor, int nodes, int height)
{
    // Long form {"Fn::Join": [...]} is the same function as !Join.
    if (value.type == CfnValue::Map && value.map.size() == 1 && isLongFormKey(value.map.first().first)) {
        CfnValue fn;
        fn.type = CfnValue::Function;
        fn.text = value.map.first().first;
        fn.items.append(std::move(value.map.first().second));
        value = std::move(fn);
    }
    if (isFunctionTag(tag)) {
        CfnValue fn;
        fn.type = CfnValue::Function;
        fn.text = functionForTag(tag);
        fn.items.append(std::move(value));
        value = std::move(fn);
    }
    value.line = at.line;
    value.column = at.column;
    if (!anchor.isEmpty())
        m_anchors.insert(anchor, {value, nodes, height});
    if (m_stack.empty()) {
        m_root = std::move(value);
        m_haveRoot = true;
        return true;
    }
    Open &parent = m_stack.back();
    if (parent.type == CfnValue::List) {
        m_entries.push_back({QString(), 0, std::move(value)});
    } else {
        m_entries.push_back({parent.key, parent.keyAt.line, std::move(value)});
        parent.haveKey = false;
    }
    return true;
}

} // namespace pillar
