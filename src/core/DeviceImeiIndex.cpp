// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/DeviceImeiIndex.h"

#include "core/DeviceTable.h"

#include <algorithm>

namespace fotadesk {

namespace {

constexpr auto kKindMask = DeviceTable::KindMask;
constexpr auto kRejected = std::uint8_t(DeviceTable::Kind::Rejected);
constexpr auto kValid = std::uint8_t(DeviceTable::Kind::Valid);
constexpr auto kDuplicate = std::uint8_t(DeviceTable::Kind::Duplicate);

} // namespace

std::uint64_t DeviceImeiIndex::keyOf(std::uint32_t row) const
{
    return (m_columns.states[row] & kKindMask) == kRejected ? RejectedKey : m_columns.values[row];
}

std::vector<std::uint32_t> DeviceImeiIndex::planAppend(std::span<const Imei> imeis,
                                                       std::uint32_t first,
                                                       std::vector<std::uint8_t>& kinds,
                                                       std::size_t capacity) const
{
    // Duplicates: against the list, and within the batch (first occurrence stays).
    std::vector<KeyRow> keys(imeis.size());
    for (std::size_t i = 0; i < keys.size(); ++i)
        keys[i] = {imeis[i].value(), std::uint32_t(i)};
    std::sort(keys.begin(), keys.end());
    // A few new values: binary searches; many: one walk along the index.
    const bool walk = keys.size() * 32 > m_rows.size();
    auto it = m_rows.begin();
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const std::uint64_t v = keys[i].key;
        if (i > 0 && keys[i - 1].key == v) {
            kinds[keys[i].row] = kDuplicate;
            continue;
        }
        if (walk) {
            while (it != m_rows.end() && keyOf(*it) < v)
                ++it;
        } else {
            it = std::lower_bound(it, m_rows.end(), v, [this](std::uint32_t row, std::uint64_t x) {
                return keyOf(row) < x;
            });
        }
        if (it != m_rows.end() && keyOf(*it) == v)
            kinds[keys[i].row] = kDuplicate;
    }
    std::vector<std::uint32_t> fresh;
    fresh.reserve(std::max(capacity, keys.size()));
    for (const KeyRow& key : keys)
        fresh.push_back(first + key.row);
    return fresh;
}

void DeviceImeiIndex::merge(const std::vector<std::uint32_t>& fresh)
{
    if (fresh.empty())
        return;
    auto less = [this](std::uint32_t a, std::uint32_t b) {
        const std::uint64_t ka = keyOf(a);
        const std::uint64_t kb = keyOf(b);
        return ka != kb ? ka < kb : a < b;
    };
    if (m_rows.empty() || less(m_rows.back(), fresh.front())) {
        m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
        return;
    }
    std::vector<std::uint32_t> merged;
    merged.reserve(std::max(m_rows.capacity(), m_rows.size() + fresh.size()));
    std::merge(m_rows.begin(), m_rows.end(), fresh.begin(), fresh.end(), std::back_inserter(merged),
               less);
    m_rows.swap(merged);
}

void DeviceImeiIndex::add(const std::vector<std::uint32_t>& rows)
{
    std::vector<KeyRow> keys;
    keys.reserve(rows.size());
    for (std::uint32_t r : rows)
        keys.push_back({keyOf(r), r});
    mergeKeys(std::move(keys));
}

void DeviceImeiIndex::addRange(std::uint32_t first, std::uint32_t last)
{
    std::vector<KeyRow> keys;
    keys.reserve(last - first + 1);
    for (std::uint32_t r = first; r <= last; ++r)
        keys.push_back({keyOf(r), r});
    mergeKeys(std::move(keys));
}

void DeviceImeiIndex::mergeKeys(std::vector<KeyRow> keys)
{
    std::sort(keys.begin(), keys.end());
    std::vector<std::uint32_t> fresh;
    fresh.reserve(keys.size());
    for (const KeyRow& key : keys)
        fresh.push_back(key.row);
    keys = {};
    merge(fresh);
}

void DeviceImeiIndex::rebuild()
{
    // Sort (key, row) pairs: contiguous keys sort far faster than row numbers
    // compared through the columns.
    std::vector<KeyRow> keys(m_columns.size());
    for (std::size_t r = 0; r < keys.size(); ++r)
        keys[r] = {keyOf(std::uint32_t(r)), std::uint32_t(r)};
    std::sort(keys.begin(), keys.end());
    m_rows.clear();
    m_rows.reserve(m_columns.values.capacity());
    for (const KeyRow& k : keys)
        m_rows.push_back(k.row);
}

std::vector<std::uint32_t> DeviceImeiIndex::rowsWith(std::uint64_t value) const
{
    auto first =
        std::lower_bound(m_rows.begin(), m_rows.end(), value,
                         [this](std::uint32_t row, std::uint64_t v) { return keyOf(row) < v; });
    std::vector<std::uint32_t> rows;
    for (; first != m_rows.end() && keyOf(*first) == value; ++first)
        rows.push_back(*first);
    return rows;
}

void DeviceImeiIndex::eraseRange(std::uint32_t first, std::uint32_t last)
{
    const std::uint32_t len = last - first + 1;
    std::size_t out = 0;
    for (std::uint32_t row : m_rows) {
        if (row < first)
            m_rows[out++] = row;
        else if (row > last)
            m_rows[out++] = row - len;
    }
    m_rows.resize(out);
}

void DeviceImeiIndex::compact(const std::vector<bool>& removed,
                              const std::vector<std::uint32_t>& newRow)
{
    std::size_t w = 0;
    for (std::uint32_t row : m_rows) {
        if (!removed[row])
            m_rows[w++] = newRow[row];
    }
    m_rows.resize(w);
}

void DeviceImeiIndex::shift(std::uint32_t first, std::uint32_t count)
{
    for (std::uint32_t& row : m_rows) {
        if (row >= first)
            row += count;
    }
}

void DeviceImeiIndex::remove(const std::vector<bool>& rows)
{
    std::erase_if(m_rows, [&](std::uint32_t row) { return rows[row]; });
}

bool DeviceImeiIndex::markDuplicates(std::vector<std::uint8_t>& states) const
{
    bool changed = false;
    std::uint64_t previous = RejectedKey;
    for (std::uint32_t row : m_rows) {
        const std::uint64_t key = keyOf(row);
        if (key == RejectedKey)
            break; // rejected rows sort last
        const std::uint8_t want = key == previous ? kDuplicate : kValid;
        std::uint8_t& state = states[row];
        if ((state & kKindMask) != want) {
            state = std::uint8_t((state & ~kKindMask) | want);
            changed = true;
        }
        previous = key;
    }
    return changed;
}

} // namespace fotadesk
