#pragma once

#include "../Element.h"

#include <QStringView>

#include <cstdint>
#include <vector>

namespace pillar {

// Element id -> index in the design, for the checker. Design's own QHash
// answers the same question, but each probe there visits a hash node and the
// element's string, two or three cache misses apiece once a design outgrows
// the cache (100,000 elements are ~80 MB). This table keeps a copy of every id
// in one buffer and an open-addressing table of (hash, index) beside it: about
// 50 bytes per element, so the lookups of a whole check stay in cache.
// Built in O(n) in one sequential pass over the ids; read-only afterwards.
class IdTable
{
public:
    explicit IdTable(const std::vector<Element> &elements);

    // Index of the element with this id, or -1. With duplicate ids (a design
    // being edited) the first one wins, as in Design.
    int indexOf(QStringView id) const;

private:
    struct Slot {
        uint32_t hash = 0;
        int32_t index = -1;
    };

    QStringView idAt(int index) const
    {
        const uint32_t begin = m_offsets[size_t(index)];
        return QStringView(m_chars.data() + begin, qsizetype(m_offsets[size_t(index) + 1] - begin));
    }

    std::vector<char16_t> m_chars;   // every id, back to back
    std::vector<uint32_t> m_offsets; // element i's id is m_chars[offsets[i], offsets[i+1])
    std::vector<Slot> m_slots;       // power-of-two size, linear probing
    size_t m_mask = 0;
};

} // namespace pillar
