// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/HugePageBuffer.h"

#include <bit>
#include <cstddef>
#include <cstdint>
#include <utility>

namespace fotadesk {

/// A compact open-addressing hash set of 64-bit IMEI values (0 is reserved as
/// the empty slot; it is never a valid IMEI). 8 bytes per slot, linear probing,
/// load <= 3/4: 1M IMEIs take 16 MB. Used by the importer to drop duplicates
/// fast; prefetch() lets a caller overlap the cache misses of a batch.
class ImportImeiSet final
{
public:
    ImportImeiSet() { rehash(1024); }

    /// Makes room for `count` values without rehashing.
    void reserve(std::uint64_t count)
    {
        std::uint64_t capacity = m_capacity;
        while (count * 4 > capacity * 3)
            capacity *= 2;
        if (capacity != m_capacity)
            rehash(capacity);
    }
    /// Faults a large table in, writable, at once (before the first insert, on the thread that
    /// will insert: the kernel zeroes 16 MB for a million IMEIs, and the importer lets its
    /// second thread do it while the first reads on). Without it the pages come on first use.
    void populate() { m_slots.populate(); }
    /// Inserts value (must not be 0); false when it was already present.
    bool insert(std::uint64_t value)
    {
        if ((m_size + 1) * 4 > m_capacity * 3)
            rehash(m_capacity * 2);
        for (std::uint64_t i = slotOf(value);; i = (i + 1) & m_mask) {
            if (m_slots[i] == value)
                return false;
            if (m_slots[i] == 0) {
                m_slots[i] = value;
                ++m_size;
                return true;
            }
        }
    }
    /// Hints the CPU to load the slot of value (call a few inserts ahead).
    void prefetch(std::uint64_t value) const { __builtin_prefetch(&m_slots[slotOf(value)], 1); }
    [[nodiscard]] bool contains(std::uint64_t value) const
    {
        for (std::uint64_t i = slotOf(value);; i = (i + 1) & m_mask) {
            if (m_slots[i] == value)
                return true;
            if (m_slots[i] == 0)
                return false;
        }
    }
    [[nodiscard]] std::uint64_t size() const { return m_size; }
    [[nodiscard]] std::uint64_t capacity() const { return m_capacity; }

private:
    /// Zeroed slots. A large table is a HugePageBuffer: random probes then miss the TLB far
    /// less and the table costs a handful of page faults instead of thousands.
    class Slots final
    {
    public:
        Slots() = default;
        explicit Slots(std::uint64_t count);
        void populate() { m_memory.populate(); }
        std::uint64_t& operator[](std::uint64_t i) { return data()[i]; }
        const std::uint64_t& operator[](std::uint64_t i) const { return data()[i]; }

    private:
        [[nodiscard]] std::uint64_t* data() const
        {
            return static_cast<std::uint64_t*>(m_memory.data());
        }
        HugePageBuffer m_memory; ///< a table under 2 MB: zeroed heap memory
    };

    [[nodiscard]] std::uint64_t slotOf(std::uint64_t value) const
    {
        return (value * 0x9E3779B97F4A7C15ULL) >> m_shift;
    }
    void rehash(std::uint64_t capacity)
    {
        Slots slots(capacity);
        Slots old = std::move(m_slots);
        const std::uint64_t oldCapacity = m_capacity;
        m_slots = std::move(slots);
        m_capacity = capacity;
        m_mask = capacity - 1;
        m_shift = 64 - static_cast<unsigned>(std::countr_zero(capacity));
        for (std::uint64_t i = 0; i < oldCapacity; ++i) {
            const std::uint64_t v = old[i];
            if (!v)
                continue;
            std::uint64_t j = slotOf(v);
            while (m_slots[j])
                j = (j + 1) & m_mask;
            m_slots[j] = v;
        }
    }

    Slots m_slots;
    std::uint64_t m_capacity = 0;
    std::uint64_t m_mask = 0;
    unsigned m_shift = 0;
    std::uint64_t m_size = 0;
};

} // namespace fotadesk
