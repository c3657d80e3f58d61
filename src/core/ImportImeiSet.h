#pragma once

#include <bit>
#include <cstdint>
#include <memory>

namespace fotadesk {

/// A compact open-addressing hash set of 64-bit IMEI values (0 is reserved as
/// the empty slot; it is never a valid IMEI). 8 bytes per slot, load <= 1/2:
/// 1M IMEIs take 16 MB. Used by the importer to drop duplicates fast.
class ImportImeiSet final
{
public:
    ImportImeiSet() { rehash(1024); }

    /// Inserts value (must not be 0); false when it was already present.
    bool insert(std::uint64_t value)
    {
        if ((m_size + 1) * 2 > m_capacity)
            rehash(m_capacity * 2);
        return insertNoGrow(value);
    }
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

private:
    [[nodiscard]] std::uint64_t slotOf(std::uint64_t value) const
    {
        return (value * 0x9E3779B97F4A7C15ULL) >> m_shift;
    }
    bool insertNoGrow(std::uint64_t value)
    {
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
    void rehash(std::uint64_t capacity)
    {
        auto old = std::move(m_slots);
        const std::uint64_t oldCapacity = m_capacity;
        m_slots = std::make_unique<std::uint64_t[]>(capacity); // zeroed
        m_capacity = capacity;
        m_mask = capacity - 1;
        m_shift = 64 - static_cast<unsigned>(std::countr_zero(capacity));
        m_size = 0;
        for (std::uint64_t i = 0; i < oldCapacity; ++i) {
            if (old[i])
                insertNoGrow(old[i]);
        }
    }

    std::unique_ptr<std::uint64_t[]> m_slots;
    std::uint64_t m_capacity = 0;
    std::uint64_t m_mask = 0;
    unsigned m_shift = 0;
    std::uint64_t m_size = 0;
};

} // namespace fotadesk
