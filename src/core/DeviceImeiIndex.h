// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/DeviceColumns.h"
#include "core/Imei.h"

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace fotadesk {

/// The by-IMEI index of a DeviceTable: every row (4 bytes each) ordered by
/// (IMEI value, row), rejected rows last in row order. It finds the rows of an
/// IMEI by binary search and tells which rows repeat an earlier one. It reads
/// the table's columns and is told of every change to them.
class DeviceImeiIndex final
{
public:
    /// The key of rejected rows: above every IMEI.
    static constexpr std::uint64_t RejectedKey = std::numeric_limits<std::uint64_t>::max();

    explicit DeviceImeiIndex(const DeviceColumns& columns)
        : m_columns(columns)
    {}

    [[nodiscard]] const std::vector<std::uint32_t>& rows() const { return m_rows; }
    [[nodiscard]] std::size_t capacity() const { return m_rows.capacity(); }
    void reserve(std::size_t rows) { m_rows.reserve(rows); }
    void clear() { m_rows = {}; }
    [[nodiscard]] std::uint64_t keyOf(std::uint32_t row) const;

    /// For IMEIs about to become rows first, first + 1, ...: sets kinds[i] to
    /// Duplicate where imeis[i] is indexed already or repeats an earlier one of
    /// the batch, and returns the new rows in index order (for merge()), with
    /// room for `capacity` rows (more rows may follow: rejected ones).
    [[nodiscard]] std::vector<std::uint32_t> planAppend(std::span<const Imei> imeis,
                                                        std::uint32_t first,
                                                        std::vector<std::uint8_t>& kinds,
                                                        std::size_t capacity) const;
    /// Merges rows already ordered by (key, row).
    void merge(const std::vector<std::uint32_t>& fresh);
    /// Merges rows in any order.
    void add(const std::vector<std::uint32_t>& rows);
    /// Merges rows first..last.
    void addRange(std::uint32_t first, std::uint32_t last);
    /// Indexes every row anew.
    void rebuild();
    /// The rows holding `value`, in row order.
    [[nodiscard]] std::vector<std::uint32_t> rowsWith(std::uint64_t value) const;

    /// Rows first..last were erased from the columns.
    void eraseRange(std::uint32_t first, std::uint32_t last);
    /// The columns dropped the rows marked in `removed`, moving row r to newRow[r].
    void compact(const std::vector<bool>& removed, const std::vector<std::uint32_t>& newRow);
    /// `count` rows are about to be inserted before row `first` (not indexed yet).
    void shift(std::uint32_t first, std::uint32_t count);
    /// Takes the marked rows out (to change their keys and add() them again).
    void remove(const std::vector<bool>& rows);
    /// Sets each valid or duplicate row's kind in `states` (the columns' own):
    /// the first row of a value is Valid, later ones Duplicate. True if one changed.
    bool markDuplicates(std::vector<std::uint8_t>& states) const;

private:
    struct KeyRow
    {
        std::uint64_t key;
        std::uint32_t row;
        friend auto operator<=>(const KeyRow&, const KeyRow&) = default;
    };

    /// Sorts (key, row) pairs and merges their rows.
    void mergeKeys(std::vector<KeyRow> keys);

    const DeviceColumns& m_columns;
    std::vector<std::uint32_t> m_rows; ///< all rows sorted by (keyOf, row)
};

} // namespace fotadesk
