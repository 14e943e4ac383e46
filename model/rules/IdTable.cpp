#include "IdTable.h"

#include "Prefetch.h"

#include <QHashFunctions>
#include <QLatin1StringView>

#include <algorithm>
#include <cstring>

namespace pillar {

namespace {

size_t entrySize(uint32_t length, bool wide)
{
    return (4 + size_t(length) * (wide ? 2 : 1) + 3) & ~size_t(3);
}

} // namespace

uint32_t IdTable::hashOf(QStringView id)
{
    return uint32_t(qHash(id, 0));
}

IdTable::IdTable(const std::vector<Element> &elements)
{
    reserve(elements.size());
    for (size_t i = 0; i < elements.size(); ++i) {
        if (i + kPrefetchAhead < elements.size())
            prefetch(elements[i + kPrefetchAhead].id.constData());
        append(elements[i].id);
    }
    finish();
}

void IdTable::reserve(size_t elements)
{
    m_ids.resize(std::max(m_ids.size(), elements * 24 + 64));
    m_at.reserve(elements);
    m_hash.reserve(elements);
}

void IdTable::append(QStringView id)
{
    const uint32_t length = uint32_t(id.size());
    const size_t entry = entrySize(length, m_wide);
    if (m_used + 2 * entry > m_ids.size()) // room for the wide form too
        m_ids.resize(std::max(2 * m_ids.size(), m_used + 2 * entry));
    char *out = m_ids.data() + m_used;
    std::memcpy(out, &length, 4);
    const char16_t *chars = id.utf16();
    if (!m_wide) {
        char16_t any = 0;
        for (uint32_t c = 0; c < length; ++c) {
            any |= chars[c];
            out[4 + c] = char(chars[c]);
        }
        if (any > 0xff) {
            widen();
            append(id);
            return;
        }
    } else {
        std::memcpy(out + 4, chars, 2 * size_t(length));
    }
    m_at.push_back(uint32_t(m_used));
    m_hash.push_back(hashOf(id));
    m_used += entry;
}

void IdTable::widen()
{
    std::vector<char> wide(std::max(m_ids.size(), 2 * m_used + 64), 0);
    size_t used = 0;
    for (uint32_t &at : m_at) {
        uint32_t length = 0;
        std::memcpy(&length, m_ids.data() + at, 4);
        char *out = wide.data() + used;
        std::memcpy(out, &length, 4);
        for (uint32_t c = 0; c < length; ++c) {
            const char16_t ch = uchar(m_ids[at + 4 + c]);
            std::memcpy(out + 4 + 2 * c, &ch, 2);
        }
        at = uint32_t(used);
        used += entrySize(length, true);
    }
    m_ids.swap(wide);
    m_used = used;
    m_wide = true;
}

void IdTable::finish()
{
    const size_t n = m_at.size();
    int indexBits = 1;
    while (indexBits < 31 && (size_t(1) << indexBits) <= n)
        ++indexBits;
    m_indexMask = (uint32_t(1) << indexBits) - 1;
    size_t capacity = 16;
    while (capacity < 2 * n)
        capacity *= 2;
    m_slots.assign(capacity, Slot());
    m_mask = capacity - 1;
    // The slots of a big design are bigger than the cache and hashes scatter
    // them: ask for each a few ids ahead.
    constexpr size_t kAhead = kPrefetchAhead / 2;
    for (size_t i = 0; i < n; ++i) {
        if (i + kAhead < n)
            prefetch(&m_slots[m_hash[i + kAhead] & m_mask]);
        const uint32_t hash = m_hash[i];
        const uint32_t fingerprint = hash & ~m_indexMask;
        for (size_t s = hash & m_mask;; s = (s + 1) & m_mask) {
            Slot &slot = m_slots[s];
            if (slot.tagged == kEmpty) {
                slot = {fingerprint | uint32_t(i), m_at[i]};
                break;
            }
            if ((slot.tagged & ~m_indexMask) == fingerprint && entriesEqual(slot.at, m_at[i]))
                break; // a duplicate id: keep the first
        }
    }
    m_ids.resize(m_used);
    std::vector<uint32_t>().swap(m_at);
    std::vector<uint32_t>().swap(m_hash);
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

bool IdTable::entriesEqual(uint32_t a, uint32_t b) const
{
    uint32_t length = 0;
    std::memcpy(&length, m_ids.data() + a, 4);
    return std::memcmp(m_ids.data() + a, m_ids.data() + b, 4 + size_t(length) * (m_wide ? 2 : 1)) == 0;
}

int IdTable::indexOf(QStringView id, uint32_t hash) const
{
    if (m_slots.empty())
        return -1;
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
    if (!m_slots.empty())
        prefetch(&m_slots[hash & m_mask]);
}

void IdTable::prefetchId(uint32_t hash) const
{
    if (m_slots.empty())
        return;
    const Slot &slot = m_slots[hash & m_mask];
    if (slot.tagged != kEmpty)
        prefetch(m_ids.data() + slot.at);
}

} // namespace pillar
