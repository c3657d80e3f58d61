// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>
#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace fotadesk {

/// The compact per-row columns of a DeviceTable, kept in step: an 8-byte
/// value, a 1-byte state, a 2-byte reason id and a 4-byte source line a row
/// (15 bytes; no per-row heap object). The cells of a file's other columns
/// ("Device name", "Site") live in `extras`, which stays empty (no bytes a
/// row) until a file with more than the IMEI column is imported; from then on
/// it holds one list a row. Also holds the rows a removal took, for undo.
struct DeviceColumns
{
    std::vector<std::uint64_t> values;    ///< IMEI value; rejected rows: side-table index
    std::vector<std::uint8_t> states;     ///< DeviceTable::Kind | flag bits
    std::vector<std::uint16_t> reasonIds; ///< interned operation reason (0 = none)
    std::vector<std::uint32_t> lines;     ///< physical source line (0 = typed, none)
    std::vector<QStringList> extras;      ///< empty, or one list of other cells a row

    [[nodiscard]] std::size_t size() const { return values.size(); }
    [[nodiscard]] bool empty() const { return values.empty(); }
    /// Whether rows have other cells (an empty list of rows has none either way).
    [[nodiscard]] bool hasExtras() const { return !extras.empty(); }
    void push(std::uint64_t value, std::uint8_t state, std::uint16_t reasonId,
              std::uint32_t line = 0)
    {
        values.push_back(value);
        states.push_back(state);
        reasonIds.push_back(reasonId);
        lines.push_back(line);
    }
    /// Makes room for `extra` more rows: exactly for one big append, with 1/8
    /// headroom for a stream of small ones. Returns the new capacity (0: enough).
    std::size_t reserveFor(std::size_t extra);
    /// Copies of the given rows (ascending), in their order.
    [[nodiscard]] DeviceColumns take(const std::vector<std::uint32_t>& rows) const;
    /// Erases rows first..last.
    void eraseRange(std::uint32_t first, std::uint32_t last);
    /// Inserts rows from..from + count - 1 of `source` before row `at`.
    void insertRange(std::uint32_t at, const DeviceColumns& source, std::size_t from,
                     std::size_t count);
    /// Drops the rows marked in `removed`; returns each old row's new position.
    std::vector<std::uint32_t> compact(const std::vector<bool>& removed);
    /// Puts `taken` (rows taken from positions `rows`, ascending) back among
    /// these rows.
    void restore(const DeviceColumns& taken, const std::vector<std::uint32_t>& rows);
    void clear() { *this = {}; }
    /// Bytes held (capacity, not size; the other cells' texts included).
    [[nodiscard]] qsizetype storageBytes() const;
};

} // namespace fotadesk
