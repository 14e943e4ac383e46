#include "TfJsonReader.h"

#include "../CfnHelpers.h"

#include <nlohmann/json.hpp>

#include <cstring>
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
        return add(std::move(v));
    }
    bool boolean(bool on) override
    {
        CfnValue v;
        place(&v);
        skipBareToken();
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
        v.type = CfnValue::Scalar;
        v.text = QString::fromUtf8(text.data(), qsizetype(text.size()));
        v.attribute = kTfStringMark;
        return add(std::move(v));
    }
    bool binary(binary_t &) override { return false; }
    bool start_object(std::size_t) override { return open(CfnValue::Map); }
    bool start_array(std::size_t) override { return open(CfnValue::List); }
    bool key(string_t &text) override
    {
        next();
        skipString();
        m_keys.back() = QString::fromUtf8(text.data(), qsizetype(text.size()));
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
        v.type = CfnValue::Scalar;
        v.text = QString::fromLatin1(start, m_p - start);
        return add(std::move(v));
    }

    bool open(CfnValue::Type type)
    {
        CfnValue v;
        place(&v);
        ++m_p;
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
