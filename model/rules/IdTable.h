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
// in one buffer (one byte per character while all ids are Latin-1, as valid
// ids are), each behind its length, and beside it an open-addressing table
// whose 8-byte slots hold the element's index (with a fingerprint of the
// hash in the spare high bits) and where its id is in the buffer: a lookup
// reads one slot and one id. Passes that resolve many ids ask for both a
// few ids ahead (prefetchSlot, prefetchId).
//
// Filled in two steps, so that a pass which reads each element once can hand
// over its id while the element is in cache: append() every id in element
// order, then finish(). Read-only afterwards.
class IdTable
{
public:
    IdTable() = default;
    // append() of every element's id, then finish().
    explicit IdTable(const std::vector<Element> &elements);

    void reserve(size_t elements);
    // The id of the next element (index: the number of ids appended before).
    void append(QStringView id);
    // Builds the lookup table from the appended ids.
    void finish();

    static uint32_t hashOf(QStringView id);
    // Index of the element with this id, or -1. With duplicate ids (a design
    // being edited) the first one wins, as in Design.
    int indexOf(QStringView id) const { return indexOf(id, hashOf(id)); }
    int indexOf(QStringView id, uint32_t hash) const;

    // Cache hints for a lookup to come: first the slot a hash starts at,
    // later (once that slot has arrived) the id it points to.
    void prefetchSlot(uint32_t hash) const;
    void prefetchId(uint32_t hash) const;

private:
    static constexpr uint32_t kEmpty = 0xffffffffu;
    struct Slot {
        uint32_t tagged = kEmpty; // fingerprint | index, or kEmpty
        uint32_t at = 0;          // offset of the id's entry in m_ids
    };

    // Re-encodes the ids appended so far in UTF-16 (an id outside Latin-1
    // arrived: rare).
    void widen();
    bool idEquals(uint32_t at, QStringView id) const;
    bool entriesEqual(uint32_t a, uint32_t b) const;

    bool m_wide = false;     // some id is not Latin-1: entries hold UTF-16
    std::vector<char> m_ids; // per element: uint32 length, the characters, padding to 4 bytes
    size_t m_used = 0;       // bytes of m_ids in use
    std::vector<uint32_t> m_at, m_hash; // per element, while appending
    std::vector<Slot> m_slots; // power-of-two size, linear probing
    size_t m_mask = 0;
    uint32_t m_indexMask = 1;  // low bits of Slot::tagged that hold the index
};

} // namespace pillar
