#include "Cidr.h"

#include <QCoreApplication>
#include <QStringList>

namespace pillar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cidr", text);
}

bool parseDecimal(QStringView text, int maxValue, int *out)
{
    if (text.isEmpty() || text.size() > 3)
        return false;
    int value = 0;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        value = value * 10 + (c.unicode() - '0');
    }
    if (value > maxValue)
        return false;
    *out = value;
    return true;
}

bool parseV4(QStringView text, std::uint8_t *bytes)
{
    // Four decimal parts split on '.', without allocating: the checker
    // parses every subnet's block.
    qsizetype start = 0;
    for (int i = 0; i < 4; ++i) {
        const qsizetype dot = i < 3 ? text.indexOf(QLatin1Char('.'), start) : text.size();
        if (dot < 0)
            return false;
        int v = 0;
        if (!parseDecimal(text.mid(start, dot - start), 255, &v))
            return false;
        bytes[i] = static_cast<std::uint8_t>(v);
        start = dot + 1;
    }
    return true;
}

bool parseHexGroup(QStringView text, std::uint16_t *out)
{
    if (text.isEmpty() || text.size() > 4)
        return false;
    bool ok = false;
    const uint v = text.toUInt(&ok, 16);
    if (!ok)
        return false;
    *out = static_cast<std::uint16_t>(v);
    return true;
}

// Parses a sequence of groups ("a:b:c", maybe ending in a dotted quad) into 16-bit words.
bool parseGroups(QStringView text, std::vector<std::uint16_t> *words, bool allowV4Tail)
{
    if (text.isEmpty())
        return true;
    const QList<QStringView> groups = text.split(QLatin1Char(':'));
    for (int i = 0; i < groups.size(); ++i) {
        const QStringView g = groups[i];
        if (allowV4Tail && i == groups.size() - 1 && g.contains(QLatin1Char('.'))) {
            std::uint8_t b[4];
            if (!parseV4(g, b))
                return false;
            words->push_back(static_cast<std::uint16_t>((b[0] << 8) | b[1]));
            words->push_back(static_cast<std::uint16_t>((b[2] << 8) | b[3]));
            continue;
        }
        std::uint16_t w = 0;
        if (!parseHexGroup(g, &w))
            return false;
        words->push_back(w);
    }
    return true;
}

bool parseV6(QStringView text, std::uint8_t *bytes)
{
    std::vector<std::uint16_t> head, tail;
    const int gap = text.indexOf(QLatin1String("::"));
    if (gap >= 0) {
        if (text.indexOf(QLatin1String("::"), gap + 1) >= 0)
            return false;
        if (!parseGroups(text.left(gap), &head, false) || !parseGroups(text.mid(gap + 2), &tail, true))
            return false;
        if (head.size() + tail.size() > 7)
            return false;
    } else {
        if (!parseGroups(text, &head, true) || head.size() != 8)
            return false;
    }
    std::vector<std::uint16_t> words = head;
    words.resize(8 - tail.size(), 0);
    words.insert(words.end(), tail.begin(), tail.end());
    for (int i = 0; i < 8; ++i) {
        bytes[2 * i] = static_cast<std::uint8_t>(words[i] >> 8);
        bytes[2 * i + 1] = static_cast<std::uint8_t>(words[i] & 0xff);
    }
    return true;
}

} // namespace

std::optional<Cidr> Cidr::parse(const QString &input, QString *why)
{
    auto fail = [why](const QString &reason) -> std::optional<Cidr> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const QStringView text = QStringView(input).trimmed();
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return fail(tr("'%1' is not a CIDR block: expected an address and a prefix length such as 10.0.0.0/16").arg(input));
    const QStringView address = text.left(slash);
    const QStringView prefixText = text.mid(slash + 1);

    Cidr cidr;
    cidr.m_v6 = address.contains(QLatin1Char(':'));
    const bool ok = cidr.m_v6 ? parseV6(address, cidr.m_bytes.data()) : parseV4(address, cidr.m_bytes.data());
    if (!ok) {
        return fail(cidr.m_v6 ? tr("'%1' is not a valid IPv6 address").arg(address)
                              : tr("'%1' is not a valid IPv4 address").arg(address));
    }
    const int maxPrefix = cidr.m_v6 ? 128 : 32;
    int prefix = 0;
    if (!parseDecimal(prefixText, maxPrefix, &prefix))
        return fail(tr("'%1' is not a prefix length from 0 to %2").arg(prefixText).arg(maxPrefix));
    cidr.m_prefix = prefix;
    return cidr;
}

bool Cidr::bitsEqual(const Cidr &other, int bits) const
{
    const int full = bits / 8;
    for (int i = 0; i < full; ++i) {
        if (m_bytes[i] != other.m_bytes[i])
            return false;
    }
    const int rest = bits % 8;
    if (rest == 0)
        return true;
    const std::uint8_t mask = static_cast<std::uint8_t>(0xff << (8 - rest));
    return (m_bytes[full] & mask) == (other.m_bytes[full] & mask);
}

bool Cidr::contains(const Cidr &other) const
{
    return m_v6 == other.m_v6 && m_prefix <= other.m_prefix && bitsEqual(other, m_prefix);
}

bool Cidr::overlaps(const Cidr &other) const
{
    return m_v6 == other.m_v6 && bitsEqual(other, std::min(m_prefix, other.m_prefix));
}

std::array<std::uint8_t, 16> Cidr::network() const
{
    std::array<std::uint8_t, 16> bytes{};
    const int full = m_prefix / 8;
    for (int i = 0; i < full; ++i)
        bytes[size_t(i)] = m_bytes[size_t(i)];
    const int rest = m_prefix % 8;
    if (rest != 0)
        bytes[size_t(full)] = m_bytes[size_t(full)] & static_cast<std::uint8_t>(0xff << (8 - rest));
    return bytes;
}

bool Cidr::isPrivate() const
{
    if (m_v6)
        return m_prefix >= 7 && (m_bytes[0] & 0xfe) == 0xfc;
    if (m_bytes[0] == 10)
        return m_prefix >= 8;
    if (m_bytes[0] == 172 && (m_bytes[1] & 0xf0) == 16)
        return m_prefix >= 12;
    if (m_bytes[0] == 192 && m_bytes[1] == 168)
        return m_prefix >= 16;
    return false;
}

QString Cidr::toString() const
{
    QString address;
    if (!m_v6) {
        address = QStringLiteral("%1.%2.%3.%4").arg(m_bytes[0]).arg(m_bytes[1]).arg(m_bytes[2]).arg(m_bytes[3]);
    } else {
        QStringList groups;
        for (int i = 0; i < 8; ++i)
            groups << QString::number((m_bytes[2 * i] << 8) | m_bytes[2 * i + 1], 16);
        address = groups.join(QLatin1Char(':'));
    }
    return address + QLatin1Char('/') + QString::number(m_prefix);
}

bool Cidr::operator==(const Cidr &other) const
{
    return m_v6 == other.m_v6 && m_prefix == other.m_prefix && m_bytes == other.m_bytes;
}

} // namespace pillar
