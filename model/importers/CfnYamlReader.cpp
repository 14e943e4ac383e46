#include "CfnReaders.h"
#include "CfnHelpers.h"
#include "CfnTreeBuilder.h"

#include <yaml.h>

namespace pillar {

namespace {

using Place = CfnTreeBuilder::Place;

// libyaml refuses characters that the reader before it, and so Pillar's
// users, took as they are: control characters, bytes that are not UTF-8. It
// also takes U+0085, U+2028, U+2029 and a carriage return alone as line
// breaks and U+FEFF as a mark to skip, where that reader took them as text. So each run of such bytes is
// handed to libyaml as one private-use character that stands for it, and
// scalars get the bytes back: the tree is the same as the text's, and places
// still count the text's own bytes.
class ProtectedText
{
public:
    explicit ProtectedText(const QByteArray &text)
    {
        const auto *s = reinterpret_cast<const uchar *>(text.constData());
        const qsizetype n = text.size();
        qsizetype i = 0, copied = 0, runStart = -1;
        const auto endRun = [&](qsizetype at) {
            if (runStart < 0)
                return;
            m_text.append(text.constData() + copied, runStart - copied);
            m_marks.append({m_text.size(), int(at - runStart)});
            appendPlaceholder(int(m_runs.size()));
            m_runs.append(text.mid(runStart, at - runStart));
            copied = at;
            runStart = -1;
        };
        while (i < n) {
            const int length = sequenceLength(s + i, n - i);
            // A carriage return is a line break only before a line feed:
            // alone it was text to the reader before.
            const bool lineEnd = s[i] == '\n' || (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n');
            if (length == 1 && ((s[i] >= 0x20 && s[i] < 0x7F) || lineEnd || s[i] == '\t')) {
                endRun(i);
                ++i;
                continue;
            }
            m_ascii = false;
            const bool keep = length > 0 && acceptedAsIs(s + i, length);
            if (keep)
                endRun(i);
            else if (runStart < 0)
                runStart = i;
            i += length > 0 ? length : 1;
        }
        endRun(n);
        if (m_runs.isEmpty())
            m_text = text;
        else
            m_text.append(text.constData() + copied, n - copied);
    }

    const QByteArray &text() const { return m_text; }
    bool ascii() const { return m_ascii; }
    bool tooManyRuns() const { return m_runs.size() > kMaxRuns; }

    bool hasRuns() const { return !m_runs.isEmpty(); }

    // A scalar, tag or anchor as libyaml gives it, with its bytes given back.
    QString restore(const char *s, size_t length) const
    {
        if (m_runs.isEmpty())
            return QString::fromUtf8(s, qsizetype(length));
        QByteArray out;
        out.reserve(qsizetype(length));
        for (size_t i = 0; i < length; ++i) {
            const auto *u = reinterpret_cast<const uchar *>(s + i);
            if ((u[0] == 0xF3 || u[0] == 0xF4) && i + 3 < length) {
                const int code = ((u[0] & 0x07) << 18) | ((u[1] & 0x3F) << 12) | ((u[2] & 0x3F) << 6) | (u[3] & 0x3F);
                if (code >= kFirstPlaceholder && code - kFirstPlaceholder < m_runs.size()) {
                    out += m_runs[code - kFirstPlaceholder];
                    i += 3;
                    continue;
                }
            }
            out += s[i];
        }
        return QString::fromUtf8(out);
    }

    // Where libyaml's character index falls in the text's own bytes. Marks
    // come in text order, so a cursor that only moves forward (two of them:
    // one for the start of the line, one for the place) does it in O(n).
    struct Cursor {
        size_t chars = 0;
        qsizetype bytes = 0; // in text()
        qsizetype shift = 0; // bytes of text() not in the original, so far
        int mark = 0;
        qsizetype originalOffset(const ProtectedText &t, size_t index)
        {
            if (index < chars)
                *this = {};
            const QByteArray &text = t.m_text;
            while (chars < index && bytes < text.size()) {
                if (mark < t.m_marks.size() && t.m_marks[mark].offset == bytes) {
                    shift += 4 - t.m_marks[mark].originalLength;
                    ++mark;
                }
                ++bytes;
                while (bytes < text.size() && (uchar(text[bytes]) & 0xC0) == 0x80)
                    ++bytes;
                ++chars;
            }
            return bytes - shift;
        }
    };

private:
    static constexpr int kFirstPlaceholder = 0xF0000; // planes 15 and 16: private use
    static constexpr int kMaxRuns = 0x10FFFF - kFirstPlaceholder;

    // Length of the well-formed UTF-8 sequence at s, 0 when it is not one.
    static int sequenceLength(const uchar *s, qsizetype left)
    {
        if (s[0] < 0x80)
            return 1;
        const int length = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 ? 2 : 0;
        if (length == 0 || s[0] > 0xF4 || left < length)
            return 0;
        for (int k = 1; k < length; ++k) {
            if ((s[k] & 0xC0) != 0x80)
                return 0;
        }
        const int code = decode(s, length);
        if ((length == 3 && code < 0x800) || (length == 4 && (code < 0x10000 || code > 0x10FFFF))
            || (code >= 0xD800 && code <= 0xDFFF))
            return 0;
        return length;
    }

    static int decode(const uchar *s, int length)
    {
        int code = s[0] & (0x7F >> length);
        for (int k = 1; k < length; ++k)
            code = (code << 6) | (s[k] & 0x3F);
        return code;
    }

    // What libyaml reads as the text it is: tab, line feed, carriage return
    // and printable characters, less those named above.
    static bool acceptedAsIs(const uchar *s, int length)
    {
        if (length == 1)
            return false; // the control characters: the rest of ASCII is taken before
        const int code = decode(s, length);
        if (code == 0x85 || code == 0x2028 || code == 0x2029 || code == 0xFEFF)
            return false;
        return (code >= 0xA0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0xFFFD)
            || (code >= 0x10000 && code < kFirstPlaceholder);
    }

    void appendPlaceholder(int run)
    {
        const int code = kFirstPlaceholder + run;
        m_text += char(0xF0 | (code >> 18));
        m_text += char(0x80 | ((code >> 12) & 0x3F));
        m_text += char(0x80 | ((code >> 6) & 0x3F));
        m_text += char(0x80 | (code & 0x3F));
    }

    struct Mark {
        qsizetype offset; // of the placeholder in text()
        int originalLength;
    };

    QByteArray m_text;
    QVector<QByteArray> m_runs;
    QVector<Mark> m_marks;
    bool m_ascii = true;
};

// libyaml counts columns in characters; Pillar's places, like the editors',
// count bytes of the template.
class Places
{
public:
    explicit Places(const ProtectedText &text)
        : m_text(text)
    {
    }

    Place of(const yaml_mark_t &mark)
    {
        const int line = int(mark.line) + 1;
        if (m_text.ascii())
            return {line, int(mark.column) + 1};
        const qsizetype lineStart = m_lineCursor.originalOffset(m_text, mark.index - mark.column);
        return {line, int(m_placeCursor.originalOffset(m_text, mark.index) - lineStart) + 1};
    }

private:
    const ProtectedText &m_text;
    ProtectedText::Cursor m_lineCursor;
    ProtectedText::Cursor m_placeCursor;
};

// As YAML 1.2's core schema (and the reader before this one) has it.
bool isNullText(const char *s, size_t length)
{
    const QLatin1String t(s, qsizetype(length));
    return length == 0 || t == QLatin1String("~") || t == QLatin1String("null") || t == QLatin1String("Null")
        || t == QLatin1String("NULL");
}

class YamlReader
{
public:
    explicit YamlReader(const QByteArray &text)
        : m_text(text)
        , m_places(m_text)
    {
        yaml_parser_initialize(&m_parser);
        yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char *>(m_text.text().constData()),
                                     size_t(m_text.text().size()));
    }
    ~YamlReader() { yaml_parser_delete(&m_parser); }
    YamlReader(const YamlReader &) = delete;
    YamlReader &operator=(const YamlReader &) = delete;

    CfnReadResult read(CfnValue *root, CfnParseError *error)
    {
        if (m_text.tooManyRuns()) {
            *error = {0, 0, cfn::tr("the template is not text: too many bytes are not printable UTF-8")};
            return CfnReadResult::Refused;
        }
        bool accepted = true;
        for (;;) {
            yaml_event_t event;
            if (!yaml_parser_parse(&m_parser, &event)) {
                *error = syntaxError();
                return CfnReadResult::Refused;
            }
            const yaml_event_type_t type = event.type;
            // A refusal (duplicate key, limits) is kept, but reading goes on
            // to the end of the document: a syntax error further on is what
            // the user hears about first.
            if (accepted)
                accepted = handle(event);
            yaml_event_delete(&event);
            if (type == YAML_DOCUMENT_END_EVENT || type == YAML_STREAM_END_EVENT)
                break;
        }
        if (!accepted) {
            *error = m_builder.error();
            return CfnReadResult::Refused;
        }
        // An empty stream is one null value with no place.
        if (m_builder.done())
            *root = m_builder.takeRoot();
        return CfnReadResult::Read;
    }

private:
    bool handle(const yaml_event_t &e)
    {
        const Place at = m_places.of(e.start_mark);
        if (m_skipDepth > 0) {
            // Inside a key that is a mapping or a sequence: its text is "",
            // as before; it is read only to find its end.
            if (e.type == YAML_MAPPING_START_EVENT || e.type == YAML_SEQUENCE_START_EVENT)
                ++m_skipDepth;
            else if (e.type == YAML_MAPPING_END_EVENT || e.type == YAML_SEQUENCE_END_EVENT)
                --m_skipDepth;
            return true;
        }
        const bool isKey = m_builder.expectsKey();
        switch (e.type) {
        case YAML_SCALAR_EVENT: {
            const auto &s = e.data.scalar;
            const char *value = reinterpret_cast<const char *>(s.value);
            const bool isNull = !s.tag && s.style == YAML_PLAIN_SCALAR_STYLE && isNullText(value, s.length);
            const QString content = isNull ? QString() : text(value, s.length);
            if (isKey)
                return m_builder.key(at, content, text(s.anchor));
            if (isNull)
                return m_builder.null(at, text(s.anchor));
            return m_builder.scalar(at, content, text(s.tag), text(s.anchor));
        }
        case YAML_ALIAS_EVENT:
            return isKey ? m_builder.aliasKey(at, text(e.data.alias.anchor)) : m_builder.alias(at, text(e.data.alias.anchor));
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT:
            if (isKey) {
                m_skipDepth = 1;
                return m_builder.key(at, QString());
            }
            if (e.type == YAML_SEQUENCE_START_EVENT)
                return m_builder.beginList(at, text(e.data.sequence_start.tag), text(e.data.sequence_start.anchor));
            return m_builder.beginMap(at, text(e.data.mapping_start.tag), text(e.data.mapping_start.anchor));
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            return m_builder.end();
        default: // stream and document events
            return true;
        }
    }

    CfnParseError syntaxError()
    {
        const Place at = m_places.of(m_parser.problem_mark);
        QString message = m_parser.problem ? QString::fromUtf8(m_parser.problem) : cfn::tr("the template cannot be read");
        if (m_parser.context) {
            message += QStringLiteral(" (%1 on line %2)")
                           .arg(QString::fromUtf8(m_parser.context))
                           .arg(m_parser.context_mark.line + 1);
        }
        return {at.line, at.column, message};
    }

    QString text(const char *s, size_t length)
    {
        return m_text.hasRuns() ? m_text.restore(s, length) : m_builder.text(s, qsizetype(length));
    }
    QString text(const yaml_char_t *s)
    {
        return s ? text(reinterpret_cast<const char *>(s), qstrlen(reinterpret_cast<const char *>(s))) : QString();
    }

    ProtectedText m_text;
    yaml_parser_t m_parser;
    Places m_places;
    CfnTreeBuilder m_builder;
    int m_skipDepth = 0;
};

} // namespace

CfnReadResult readYamlTemplate(const QByteArray &text, CfnValue *root, CfnParseError *error)
{
    YamlReader reader(text);
    return reader.read(root, error);
}

} // namespace pillar
