#pragma once

#include <cstddef>

namespace pillar {

// The checker's passes walk elements in order, but each element's strings
// and lists live elsewhere on the heap. Once a design outgrows the cache
// (100,000 elements are ~80 MB), every such read waits on memory; asking for
// the data kPrefetchAhead elements early lets those waits overlap. A hint
// only: it never changes a result.
constexpr size_t kPrefetchAhead = 16;

inline void prefetch(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    (void)address;
#endif
}

} // namespace pillar
