// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/ImportImeiSet.h"

#include <cstdlib>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace fotadesk {

namespace {
constexpr std::size_t kHugePage = 2 * 1024 * 1024;
} // namespace

void adviseHugePages(void* data, std::size_t bytes)
{
#if defined(__linux__)
    const auto begin = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t first = (begin + kHugePage - 1) & ~(kHugePage - 1);
    const std::uintptr_t last = (begin + bytes) & ~(kHugePage - 1);
    if (last > first)
        madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

ImportImeiSet::Slots::Slots(std::uint64_t count)
{
    const std::size_t bytes = count * sizeof(std::uint64_t);
#if defined(__linux__)
    if (bytes >= kHugePage) {
        // Over-map by one huge page to align the start; anonymous memory is zeroed.
        const std::size_t mapped = bytes + kHugePage;
        void* p = mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            throw std::bad_alloc();
        const auto address = reinterpret_cast<std::uintptr_t>(p);
        const std::uintptr_t aligned = (address + kHugePage - 1) & ~(kHugePage - 1);
        madvise(reinterpret_cast<void*>(aligned), bytes, MADV_HUGEPAGE);
        m_mapped = p;
        m_mappedBytes = mapped;
        m_bytes = bytes;
        m_data = reinterpret_cast<std::uint64_t*>(aligned);
        return;
    }
#endif
    m_data = static_cast<std::uint64_t*>(std::calloc(count, sizeof(std::uint64_t)));
    if (!m_data)
        throw std::bad_alloc();
}

void ImportImeiSet::Slots::populate()
{
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    // Fault the table in now, writable: the first probe of a page would otherwise map the
    // shared zero page and its first insert fault again to copy it (Linux 5.14 and later; an
    // older kernel refuses the advice and the pages come on first use as before).
    if (m_mapped)
        madvise(m_data, m_bytes, MADV_POPULATE_WRITE);
#endif
}

ImportImeiSet::Slots::~Slots()
{
#if defined(__linux__)
    if (m_mapped) {
        munmap(m_mapped, m_mappedBytes);
        return;
    }
#endif
    std::free(m_data);
}

} // namespace fotadesk
