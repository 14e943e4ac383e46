#include "IdTable.h"

#include "Prefetch.h"

#include <QHashFunctions>

namespace pillar {

namespace {

uint32_t hashOf(QStringView id)
{
    return uint32_t(qHash(id, 0));
}

} // namespace

IdTable::IdTable(const std::vector<Element> &elements)
{
    const size_t n = elements.size();
    size_t chars = 0;
    for (const Element &e : elements)
        chars += size_t(e.id.size());
    m_chars.reserve(chars);
    m_offsets.reserve(n + 1);
    m_offsets.push_back(0);
    size_t capacity = 16;
    while (capacity < 2 * n)
        capacity *= 2;
    m_slots.resize(capacity);
    m_mask = capacity - 1;
    for (size_t i = 0; i < n; ++i) {
        if (i + kPrefetchAhead < n)
            prefetch(elements[i + kPrefetchAhead].id.constData());
        const QString &id = elements[i].id;
        m_chars.insert(m_chars.end(), id.utf16(), id.utf16() + id.size());
        m_offsets.push_back(uint32_t(m_chars.size()));
        const uint32_t hash = hashOf(id);
        size_t s = hash & m_mask;
        for (;; s = (s + 1) & m_mask) {
            Slot &slot = m_slots[s];
            if (slot.index < 0) {
                slot = {hash, int32_t(i)};
                break;
            }
            if (slot.hash == hash && idAt(slot.index) == QStringView(id))
                break; // a duplicate id: keep the first
        }
    }
}

int IdTable::indexOf(QStringView id) const
{
    const uint32_t hash = hashOf(id);
    for (size_t s = hash & m_mask;; s = (s + 1) & m_mask) {
        const Slot &slot = m_slots[s];
        if (slot.index < 0)
            return -1;
        if (slot.hash == hash && idAt(slot.index) == id)
            return slot.index;
    }
}

} // namespace pillar
