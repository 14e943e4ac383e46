#include "CfnReaders.h"
#include "CfnTreeBuilder.h"

#include <nlohmann/json.hpp>

#include <cstring>

namespace pillar {

namespace {

using Place = CfnTreeBuilder::Place;

// nlohmann_json's SAX events carry no place, but they come in the order of
// the tokens, and every token before an event has been checked; so a cursor
// that steps over the same text, token by token, knows where each value
// starts (and the raw text of numbers, kept as written).
class JsonEvents : public nlohmann::json_sax<nlohmann::json>
{
public:
    JsonEvents(const QByteArray &text, CfnTreeBuilder *builder)
        : m_p(text.constData()), m_end(text.constData() + text.size()), m_lineStart(m_p), m_builder(builder)
    {
    }

    bool refused() const { return m_refused; }
    bool malformed() const { return m_malformed; }

    bool null() override
    {
        const Place at = next();
        skipBareToken();
        return carryOn(m_builder->null(at));
    }
    bool boolean(bool on) override
    {
        const Place at = next();
        skipBareToken();
        return carryOn(m_builder->scalar(at, on ? m_builder->text("true", 4) : m_builder->text("false", 5)));
    }
    bool number_integer(number_integer_t) override { return number(); }
    bool number_unsigned(number_unsigned_t) override { return number(); }
    bool number_float(number_float_t, const string_t &) override { return number(); }
    bool string(string_t &text) override
    {
        const Place at = next();
        skipString();
        return carryOn(m_builder->scalar(at, m_builder->text(text.data(), qsizetype(text.size()))));
    }
    bool binary(binary_t &) override { return false; } // never in JSON text
    bool start_object(std::size_t) override
    {
        const Place at = next();
        ++m_p;
        return carryOn(m_builder->beginMap(at));
    }
    bool key(string_t &text) override
    {
        const Place at = next();
        skipString();
        return carryOn(m_builder->key(at, m_builder->text(text.data(), qsizetype(text.size()))));
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override
    {
        const Place at = next();
        ++m_p;
        return carryOn(m_builder->beginList(at));
    }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override
    {
        m_malformed = true;
        return false;
    }

private:
    // A refusal (duplicate key, limits) is kept, but reading goes on: a
    // syntax error further on is what the user hears about first, as before.
    bool carryOn(bool accepted)
    {
        m_refused = m_refused || !accepted;
        return true;
    }

    bool number()
    {
        const Place at = next();
        const char *start = m_p;
        skipBareToken();
        return carryOn(m_builder->scalar(at, m_builder->text(start, m_p - start)));
    }

    bool close()
    {
        next();
        ++m_p;
        return carryOn(m_builder->end());
    }

    // Steps over white space and separators to the next token.
    Place next()
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
        return {m_line, int(m_p - m_lineStart) + 1};
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

    const char *m_p;
    const char *m_end;
    const char *m_lineStart;
    int m_line = 1;
    CfnTreeBuilder *m_builder;
    bool m_refused = false;
    bool m_malformed = false;
};

} // namespace

CfnReadResult readJsonTemplate(const QByteArray &text, CfnValue *root, CfnParseError *error)
{
    CfnTreeBuilder builder;
    JsonEvents events(text, &builder);
    const bool parsed = nlohmann::json::sax_parse(text.constData(), text.constData() + text.size(), &events,
                                                  nlohmann::json::input_format_t::json, true);
    if (!parsed || events.malformed())
        return CfnReadResult::NotJson;
    if (events.refused() || !builder.done()) {
        *error = builder.error();
        return CfnReadResult::Refused;
    }
    *root = builder.takeRoot();
    return CfnReadResult::Read;
}

} // namespace pillar
