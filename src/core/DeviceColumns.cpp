// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/DeviceColumns.h"

#include <algorithm>

namespace fotadesk {

std::size_t DeviceColumns::reserveFor(std::size_t extra)
{
    const std::size_t need = values.size() + extra;
    if (need <= values.capacity())
        return 0;
    const std::size_t target = std::max(need, values.size() + values.size() / 8);
    values.reserve(target);
    states.reserve(target);
    reasonIds.reserve(target);
    return target;
}

DeviceColumns DeviceColumns::take(const std::vector<std::uint32_t>& rows) const
{
    DeviceColumns out;
    out.values.reserve(rows.size());
    out.states.reserve(rows.size());
    out.reasonIds.reserve(rows.size());
    for (std::uint32_t r : rows)
        out.push(values[r], states[r], reasonIds[r]);
    return out;
}

void DeviceColumns::eraseRange(std::uint32_t first, std::uint32_t last)
{
    const auto b = std::ptrdiff_t(first);
    const auto e = std::ptrdiff_t(last) + 1;
    values.erase(values.begin() + b, values.begin() + e);
    states.erase(states.begin() + b, states.begin() + e);
    reasonIds.erase(reasonIds.begin() + b, reasonIds.begin() + e);
}

void DeviceColumns::insertRange(std::uint32_t at, const DeviceColumns& source, std::size_t from,
                                std::size_t count)
{
    const auto pos = std::ptrdiff_t(at);
    const auto b = std::ptrdiff_t(from);
    const auto e = std::ptrdiff_t(from + count);
    values.insert(values.begin() + pos, source.values.begin() + b, source.values.begin() + e);
    states.insert(states.begin() + pos, source.states.begin() + b, source.states.begin() + e);
    reasonIds.insert(reasonIds.begin() + pos, source.reasonIds.begin() + b,
                     source.reasonIds.begin() + e);
}

std::vector<std::uint32_t> DeviceColumns::compact(const std::vector<bool>& removed)
{
    std::vector<std::uint32_t> newRow(values.size());
    std::size_t out = 0;
    for (std::size_t r = 0; r < values.size(); ++r) {
        newRow[r] = static_cast<std::uint32_t>(out);
        if (removed[r])
            continue;
        values[out] = values[r];
        states[out] = states[r];
        reasonIds[out] = reasonIds[r];
        ++out;
    }
    values.resize(out);
    states.resize(out);
    reasonIds.resize(out);
    return newRow;
}

void DeviceColumns::restore(const DeviceColumns& taken, const std::vector<std::uint32_t>& rows)
{
    const std::size_t total = size() + rows.size();
    DeviceColumns out;
    out.values.reserve(total);
    out.states.reserve(total);
    out.reasonIds.reserve(total);
    std::size_t kept = 0;
    std::size_t back = 0;
    for (std::size_t r = 0; r < total; ++r) {
        if (back < rows.size() && rows[back] == r) {
            out.push(taken.values[back], taken.states[back], taken.reasonIds[back]);
            ++back;
        } else {
            out.push(values[kept], states[kept], reasonIds[kept]);
            ++kept;
        }
    }
    *this = std::move(out);
}

qsizetype DeviceColumns::storageBytes() const
{
    return qsizetype(values.capacity() * sizeof(std::uint64_t) +
                     states.capacity() * sizeof(std::uint8_t) +
                     reasonIds.capacity() * sizeof(std::uint16_t));
}

} // namespace fotadesk
