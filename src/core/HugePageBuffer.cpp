// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/HugePageBuffer.h"

#include <cstdint>
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

HugePageBuffer::HugePageBuffer(std::size_t bytes, Memory memory)
    : m_bytes(bytes)
{
    if (bytes == 0)
        return;
#if defined(__linux__)
    if (memory == Memory::HugePages) {
        // Whole huge pages, and one more to align the start; anonymous memory is zeroed.
        const std::size_t pages = (bytes + kHugePage - 1) / kHugePage;
        const std::size_t mapped = (pages + 1) * kHugePage;
        void* p = mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            throw std::bad_alloc();
        const auto address = reinterpret_cast<std::uintptr_t>(p);
        const std::uintptr_t aligned = (address + kHugePage - 1) & ~(kHugePage - 1);
        madvise(reinterpret_cast<void*>(aligned), pages * kHugePage, MADV_HUGEPAGE);
        m_mapped = p;
        m_mappedBytes = mapped;
        m_data = reinterpret_cast<void*>(aligned);
        return;
    }
#endif
    m_data = memory == Memory::Heap ? std::malloc(bytes) : std::calloc(bytes, 1);
    if (!m_data)
        throw std::bad_alloc();
}

HugePageBuffer::~HugePageBuffer()
{
#if defined(__linux__)
    if (m_mapped) {
        munmap(m_mapped, m_mappedBytes);
        return;
    }
#endif
    std::free(m_data);
}

void HugePageBuffer::populate()
{
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    if (m_mapped)
        madvise(m_data, m_bytes, MADV_POPULATE_WRITE);
#endif
}

} // namespace fotadesk
