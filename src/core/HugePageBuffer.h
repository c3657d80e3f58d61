// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cstddef>
#include <utility>

namespace fotadesk {

/// Asks the kernel to back the whole 2 MB pages inside [data, data + bytes) with transparent
/// huge pages (Linux; elsewhere nothing): an array of millions of entries then costs a few page
/// faults when it is first written instead of thousands.
void adviseHugePages(void* data, std::size_t bytes);

/// Memory for one of the importer's large buffers (issue 20): by default mapped directly,
/// zeroed, 2 MB aligned and marked for transparent huge pages (Linux), so that its first use
/// costs one page fault per 2 MB instead of one per 4 KB. On the 2-core virtual machines the
/// benchmarks run on, a fault of a fresh 4 KB page costs 7 to 15 µs: the 1.1 MB of batches a
/// large import hands to its duplicate thread cost 3 ms in 4 KB pages. Where the system has no
/// huge pages (or another OS) it is ordinary zeroed memory.
///
/// A buffer that may be small (a short file's) asks for heap memory instead (Memory::Heap,
/// Memory::HeapZeroed): a huge page would be 2 MB of memory and a page fault for a few lines,
/// and the owner keeps one member whichever it got. Throws std::bad_alloc when there is none.
class HugePageBuffer final
{
public:
    enum class Memory
    {
        HugePages,  ///< zeroed, in huge pages where the system has them
        Heap,       ///< malloc: not zeroed, only the pages written are faulted in
        HeapZeroed, ///< calloc
    };

    HugePageBuffer() = default;
    explicit HugePageBuffer(std::size_t bytes, Memory memory = Memory::HugePages);
    HugePageBuffer(HugePageBuffer&& other) noexcept { swap(other); }
    HugePageBuffer& operator=(HugePageBuffer&& other) noexcept
    {
        HugePageBuffer(std::move(other)).swap(*this);
        return *this;
    }
    HugePageBuffer(const HugePageBuffer&) = delete;
    HugePageBuffer& operator=(const HugePageBuffer&) = delete;
    ~HugePageBuffer();

    [[nodiscard]] void* data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_bytes; }
    /// Faults the pages in now, writable, instead of on first use (Linux 5.14 and later; an
    /// older kernel refuses the advice and the pages come on first use as before). Heap
    /// memory is left as it is.
    void populate();

private:
    void swap(HugePageBuffer& other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_bytes, other.m_bytes);
        std::swap(m_mapped, other.m_mapped);
        std::swap(m_mappedBytes, other.m_mappedBytes);
    }

    void* m_data = nullptr;
    std::size_t m_bytes = 0;
    void* m_mapped = nullptr; ///< the mapping around m_data (null: m_data is from the heap)
    std::size_t m_mappedBytes = 0;
};

} // namespace fotadesk
