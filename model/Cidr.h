#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace pillar {

// An IPv4 or IPv6 network in CIDR notation. Host bits are kept as written
// (AWS accepts "192.168.1.0/0"); comparisons use the network part only.
class Cidr
{
public:
    // nullopt and a reason in *why when text is not a CIDR block.
    static std::optional<Cidr> parse(const QString &text, QString *why = nullptr);

    bool isV6() const { return m_v6; }
    int prefixLength() const { return m_prefix; }
    // True for any /0: the whole address space of its family.
    bool isAnywhere() const { return m_prefix == 0; }
    // True for RFC 1918 (10/8, 172.16/12, 192.168/16) and IPv6 ULA (fc00::/7).
    bool isPrivate() const;
    bool contains(const Cidr &other) const;
    bool overlaps(const Cidr &other) const;
    // The address with host bits cleared (IPv4 in the first 4 bytes). Sorting
    // blocks by (family, network(), prefixLength()) puts every block right
    // after the blocks that contain it: the checker's overlap sweep needs that.
    std::array<std::uint8_t, 16> network() const;
    QString toString() const;
    bool operator==(const Cidr &other) const;

private:
    bool bitsEqual(const Cidr &other, int bits) const;

    std::array<std::uint8_t, 16> m_bytes{};
    int m_prefix = 0;
    bool m_v6 = false;
};

} // namespace pillar
