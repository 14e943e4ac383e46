#include "IdTable.h"

#include "Prefetch.h"

#include <QHashFunctions>
#include <QLatin1StringView>

#include <algorithm>
#include <cstring>

namespace pillar {

uint32_t IdTable::hashOf(QStringView id)
{
    return uint32_t(qHash(id, 0));
}

IdTable::IdTable(const std::vector<Element> &elements)
{
    if (!build(elements, false))
        build(elements, true); // an id outside Latin-1: rare, start over in UTF-16
}

bool IdTable::build(const std::vector<Element> &elements, bool wide)
{
    const size_t n = elements.size();
    m_wide = wide;
    m_ids.assign(n * (wide ? 40 : 24) + 64, 0);
    size_t used = 0;
    int indexBits = 1;
    while (indexBits < 31 && (size_t(1) << indexBits) <= n)
        ++indexBits;
    m_indexMask = (uint32_t(1) << indexBits) - 1;
    size_t capacity = 16;
    while (capacity < 2 * n)
        capacity *= 2;
    m_slots.assign(capacity, Slot());
    m_mask = capacity - 1;
    for (size_t i = 0; i < n; ++i) {
        if (i + kPrefetchAhead < n)
            prefetch(elements[i + kPrefetchAhead].id.constData());
        const QString &id = elements[i].id;
        const uint32_t length = uint32_t(id.size());
        const size_t entry = (4 + size_t(length) * (wide ? 2 : 1) + 3) & ~size_t(3);
        if (used + entry > m_ids.size())
            m_ids.resize(std::max(2 * m_ids.size(), used + entry));
        const uint32_t at = uint32_t(used);
        char *out = m_ids.data() + used;
        used += entry;
        std::memcpy(out, &length, 4);
        const ushort *chars = id.utf16();
        if (wide) {
            std::memcpy(out + 4, chars, 2 * size_t(length));
        } else {
            ushort any = 0;
            for (uint32_t c = 0; c < length; ++c) {
                any |= chars[c];
                out[4 + c] = char(chars[c]);
            }
            if (any > 0xff)
                return false;
        }
        const uint32_t hash = hashOf(id);
        const uint32_t fingerprint = hash & ~m_indexMask;
        for (size_t s = hash & m_mask;; s = (s + 1) & m_mask) {
            Slot &slot = m_slots[s];
            if (slot.tagged == kEmpty) {
                slot = {fingerprint | uint32_t(i), at};
                break;
            }
            if ((slot.tagged & ~m_indexMask) == fingerprint && idEquals(slot.at, id))
                break; // a duplicate id: keep the first
        }
    }
    m_ids.resize(used);
    return true;
}

bool IdTable::idEquals(uint32_t at, QStringView id) const
{
    uint32_t length = 0;
    std::memcpy(&length, m_ids.data() + at, 4);
    if (qsizetype(length) != id.size())
        return false;
    const char *chars = m_ids.data() + at + 4;
    if (m_wide)
        return QStringView(reinterpret_cast<const char16_t *>(chars), qsizetype(length)) == id;
    return QLatin1StringView(chars, qsizetype(length)) == id;
}

int IdTable::indexOf(QStringView id, uint32_t hash) const
{
    const uint32_t fingerprint = hash & ~m_indexMask;
    for (size_t s = hash & m_mask;; s = (s + 1) & m_mask) {
        const Slot &slot = m_slots[s];
        if (slot.tagged == kEmpty)
            return -1;
        if ((slot.tagged & ~m_indexMask) == fingerprint && idEquals(slot.at, id))
            return int(slot.tagged & m_indexMask);
    }
}

void IdTable::prefetchSlot(uint32_t hash) const
{
    prefetch(&m_slots[hash & m_mask]);
}

void IdTable::prefetchId(uint32_t hash) const
{
    const Slot &slot = m_slots[hash & m_mask];
    if (slot.tagged != kEmpty)
        prefetch(m_ids.data() + slot.at);
}

} // namespace pillar
