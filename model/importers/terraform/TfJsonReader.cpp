#include "TfJsonReader.h"

#include "../CfnHelpers.h"

#include <nlohmann/json.hpp>

#include <QSet>

#include <cstring>
#include <functional>
#include <string>
#include <vector>

namespace pillar {

namespace {

using cfn::tr;

// nlohmann_json's SAX events carry no place; they come in token order, so a
// cursor stepping over the same text knows where each value starts (and the
// raw text of numbers).
class TfJsonEvents : public nlohmann::json_sax<nlohmann::json>
{
public:
    explicit TfJsonEvents(const QByteArray &text)
        : m_begin(text.constData()), m_p(text.constData()), m_end(text.constData() + text.size()), m_lineStart(m_p)
    {
    }

    bool null() override
    {
        CfnValue v;
        place(&v);
        skipBareToken();
        return m_skipDepth > 0 || add(std::move(v));
    }
    bool boolean(bool on) override
    {
        CfnValue v;
        place(&v);
        skipBareToken();
        if (m_skipDepth > 0)
            return true;
        v.type = CfnValue::Scalar;
        v.text = on ? QStringLiteral("true") : QStringLiteral("false");
        return add(std::move(v));
    }
    bool number_integer(number_integer_t) override { return number(); }
    bool number_unsigned(number_unsigned_t) override { return number(); }
    bool number_float(number_float_t, const string_t &) override { return number(); }
    bool string(string_t &text) override
    {
        CfnValue v;
        place(&v);
        skipString();
        if (m_skipDepth > 0)
            return true;
        v.type = CfnValue::Scalar;
        v.text = shared(text);
        v.attribute = kTfStringMark;
        if (!m_keys.empty() && m_keys.back() == QLatin1String("address")) {
            m_lastAddress = v.text;
            if (m_keys.front() == QLatin1String("planned_values"))
                m_plannedAddresses.insert(v.text);
        }
        return add(std::move(v));
    }
    bool binary(binary_t &) override { return false; }
    bool start_object(std::size_t) override { return open(CfnValue::Map); }
    bool start_array(std::size_t) override { return open(CfnValue::List); }
    bool key(string_t &text) override
    {
        next();
        skipString();
        if (m_skipDepth == 0)
            m_keys.back() = shared(text);
        return true;
    }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &) override
    {
        // The parser's byte position is where the bad token ends; count lines to it.
        const char *at = m_begin + std::min<std::size_t>(position > 0 ? position - 1 : 0, std::size_t(m_end - m_begin));
        int line = 1;
        const char *lineStart = m_begin;
        for (const char *c = m_begin; c < at; ++c) {
            if (*c == '\n') {
                ++line;
                lineStart = c + 1;
            }
        }
        const bool truncated = position > std::size_t(m_end - m_begin); // the parser read past the last byte
        fail(line, int(at - lineStart) + 1, truncated ? tr("the JSON text ends early (truncated file?)") : tr("this is not valid JSON"));
        return false;
    }

    bool failed() const { return !m_error.message.isEmpty(); }
    const CfnParseError &error() const { return m_error; }
    CfnValue takeRoot() { return std::move(m_root); }

private:
    // Plans repeat their keys and many values (types, "create", attribute
    // names) in every resource, several times: short strings are kept in a
    // small direct-mapped cache and shared, which saves most allocations.
    QString shared(const string_t &utf8)
    {
        if (utf8.size() > 40)
            return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        Cached &slot = m_cache[std::hash<std::string>()(utf8) % m_cache.size()];
        if (!slot.used || slot.utf8 != utf8) {
            slot.utf8 = utf8;
            slot.text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
            slot.used = true;
        }
        return slot.text;
    }

    // Parts of a plan no import reads, left out of the tree (plans repeat
    // each resource up to five times; these are most of the bytes): the
    // prior state, variables, outputs, checks, drift, sensitivity masks, and
    // the before-values of changes, and their after-values where planned
    // values already gave them. Only objects and lists are left out.
    bool skipped() const
    {
        if (m_stack.empty())
            return false;
        const QString &key = m_keys.back();
        if (m_stack.size() == 1) {
            static const QStringList topLevel = {"prior_state", "variables", "output_changes", "checks",
                                                 "relevant_attributes", "resource_drift"};
            return topLevel.contains(key);
        }
        if (key == QLatin1String("sensitive_values") || key == QLatin1String("before_sensitive")
            || key == QLatin1String("after_sensitive"))
            return true;
        // m_keys[n - 2] is the key under which the innermost open map sits.
        // The after-values of a change whose resource planned_values (written
        // first) already gave: the same values again.
        const size_t n = m_keys.size();
        if (n < 2 || m_keys[n - 2] != QLatin1String("change"))
            return false;
        return key == QLatin1String("before") || key == QLatin1String("replace_paths")
            || (key == QLatin1String("after") && m_keys.front() == QLatin1String("resource_changes")
                && m_plannedAddresses.contains(m_lastAddress));
    }

    bool fail(int line, int column, const QString &message)
    {
        if (m_error.message.isEmpty())
            m_error = {line, column, message};
        return false;
    }

    bool number()
    {
        CfnValue v;
        place(&v);
        const char *start = m_p;
        skipBareToken();
        if (m_skipDepth > 0)
            return true;
        v.type = CfnValue::Scalar;
        v.text = QString::fromLatin1(start, m_p - start);
        return add(std::move(v));
    }

    bool open(CfnValue::Type type)
    {
        CfnValue v;
        place(&v);
        ++m_p;
        if (m_skipDepth > 0 || skipped()) {
            ++m_skipDepth;
            return true;
        }
        v.type = type;
        if (int(m_stack.size()) >= kMaxTerraformDepth)
            return fail(v.line, v.column, tr("the JSON nests deeper than %1 levels").arg(kMaxTerraformDepth));
        if (!count(v))
            return false;
        m_stack.push_back(std::move(v));
        m_keys.emplace_back();
        return true;
    }

    bool close()
    {
        next();
        ++m_p;
        if (m_skipDepth > 0) {
            --m_skipDepth;
            return true;
        }
        CfnValue v = std::move(m_stack.back());
        m_stack.pop_back();
        m_keys.pop_back();
        return file(std::move(v));
    }

    bool add(CfnValue v)
    {
        if (!count(v))
            return false;
        return file(std::move(v));
    }

    bool count(const CfnValue &v)
    {
        if (++m_nodes > kMaxTerraformNodes)
            return fail(v.line, v.column, tr("the document has more than %1 values").arg(kMaxTerraformNodes));
        return true;
    }

    // Files a finished value into the open map or list, or as the root.
    bool file(CfnValue v)
    {
        if (m_stack.empty()) {
            m_root = std::move(v);
            return true;
        }
        CfnValue &parent = m_stack.back();
        if (parent.type == CfnValue::List) {
            parent.items.append(std::move(v));
            return true;
        }
        parent.map.append({std::move(m_keys.back()), std::move(v)});
        return true;
    }

    void place(CfnValue *v)
    {
        next();
        v->line = m_line;
        v->column = int(m_p - m_lineStart) + 1;
    }

    void next()
    {
        for (; m_p < m_end; ++m_p) {
            const char c = *m_p;
            if (c == '\n') {
                ++m_line;
                m_lineStart = m_p + 1;
            } else if (c != ' ' && c != '\t' && c != '\r' && c != ',' && c != ':') {
                break;
            }
        }
    }

    void skipString()
    {
        for (++m_p; m_p < m_end && *m_p != '"'; ++m_p) {
            if (*m_p == '\\')
                ++m_p;
        }
        ++m_p;
    }

    void skipBareToken()
    {
        while (m_p < m_end && !std::strchr(",:]} \t\r\n", *m_p))
            ++m_p;
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    const char *m_lineStart;
    int m_line = 1;
    int m_nodes = 0;
    int m_skipDepth = 0; // > 0 inside a value left out
    QSet<QString> m_plannedAddresses; // resources planned_values gave
    QString m_lastAddress;            // of the resource change being read
    struct Cached {
        std::string utf8;
        QString text;
        bool used = false;
    };
    std::vector<Cached> m_cache = std::vector<Cached>(2048);
    std::vector<CfnValue> m_stack;
    std::vector<QString> m_keys;
    CfnValue m_root;
    CfnParseError m_error;
};

} // namespace

bool readTerraformJson(const QByteArray &text, CfnValue *root, CfnParseError *error)
{
    if (text.size() > kMaxTerraformBytes) {
        *error = {0, 0, tr("the file is larger than %1 MB").arg(kMaxTerraformBytes / (1024 * 1024))};
        return false;
    }
    TfJsonEvents events(text);
    const bool parsed = nlohmann::json::sax_parse(text.constData(), text.constData() + text.size(), &events,
                                                  nlohmann::json::input_format_t::json, true);
    if (!parsed || events.failed()) {
        *error = events.failed() ? events.error() : CfnParseError{1, 1, tr("this is not valid JSON")};
        return false;
    }
    *root = events.takeRoot();
    return true;
}

} // namespace pillar
