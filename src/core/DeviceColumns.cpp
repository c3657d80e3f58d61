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
    lines.reserve(target);
    if (hasExtras())
        extras.reserve(target);
    return target;
}

DeviceColumns DeviceColumns::take(const std::vector<std::uint32_t>& rows) const
{
    DeviceColumns out;
    out.values.reserve(rows.size());
    out.states.reserve(rows.size());
    out.reasonIds.reserve(rows.size());
    out.lines.reserve(rows.size());
    for (std::uint32_t r : rows)
        out.push(values[r], states[r], reasonIds[r], lines[r]);
    if (hasExtras()) {
        out.extras.reserve(rows.size());
        for (std::uint32_t r : rows)
            out.extras.push_back(extras[r]);
    }
    return out;
}

void DeviceColumns::eraseRange(std::uint32_t first, std::uint32_t last)
{
    const auto b = std::ptrdiff_t(first);
    const auto e = std::ptrdiff_t(last) + 1;
    values.erase(values.begin() + b, values.begin() + e);
    states.erase(states.begin() + b, states.begin() + e);
    reasonIds.erase(reasonIds.begin() + b, reasonIds.begin() + e);
    lines.erase(lines.begin() + b, lines.begin() + e);
    if (hasExtras())
        extras.erase(extras.begin() + b, extras.begin() + e);
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
    lines.insert(lines.begin() + pos, source.lines.begin() + b, source.lines.begin() + e);
    if (!hasExtras() && !source.hasExtras())
        return;
    extras.resize(values.size() - count); // every row that was there before: a list
    if (source.hasExtras())
        extras.insert(extras.begin() + pos, source.extras.begin() + b, source.extras.begin() + e);
    else
        extras.insert(extras.begin() + pos, count, QStringList());
}

std::vector<std::uint32_t> DeviceColumns::compact(const std::vector<bool>& removed)
{
    std::vector<std::uint32_t> newRow(values.size());
    const bool withExtras = hasExtras();
    std::size_t out = 0;
    for (std::size_t r = 0; r < values.size(); ++r) {
        newRow[r] = static_cast<std::uint32_t>(out);
        if (removed[r])
            continue;
        values[out] = values[r];
        states[out] = states[r];
        reasonIds[out] = reasonIds[r];
        lines[out] = lines[r];
        if (withExtras && out != r)
            extras[out] = std::move(extras[r]);
        ++out;
    }
    values.resize(out);
    states.resize(out);
    reasonIds.resize(out);
    lines.resize(out);
    if (withExtras)
        extras.resize(out);
    return newRow;
}

void DeviceColumns::restore(const DeviceColumns& taken, const std::vector<std::uint32_t>& rows)
{
    const std::size_t total = size() + rows.size();
    const bool withExtras = hasExtras() || taken.hasExtras();
    DeviceColumns out;
    out.values.reserve(total);
    out.states.reserve(total);
    out.reasonIds.reserve(total);
    out.lines.reserve(total);
    if (withExtras)
        out.extras.reserve(total);
    std::size_t kept = 0;
    std::size_t back = 0;
    for (std::size_t r = 0; r < total; ++r) {
        if (back < rows.size() && rows[back] == r) {
            out.push(taken.values[back], taken.states[back], taken.reasonIds[back],
                     taken.lines[back]);
            if (withExtras)
                out.extras.push_back(taken.hasExtras() ? taken.extras[back] : QStringList());
            ++back;
        } else {
            out.push(values[kept], states[kept], reasonIds[kept], lines[kept]);
            if (withExtras)
                out.extras.push_back(hasExtras() ? extras[kept] : QStringList());
            ++kept;
        }
    }
    *this = std::move(out);
}

qsizetype DeviceColumns::storageBytes() const
{
    qsizetype bytes = qsizetype(
        values.capacity() * sizeof(std::uint64_t) + states.capacity() * sizeof(std::uint8_t) +
        reasonIds.capacity() * sizeof(std::uint16_t) + lines.capacity() * sizeof(std::uint32_t) +
        extras.capacity() * sizeof(QStringList));
    for (const QStringList& cells : extras) {
        bytes += cells.capacity() * qsizetype(sizeof(QString));
        for (const QString& cell : cells)
            bytes += cell.capacity() * 2;
    }
    return bytes;
}

} // namespace fotadesk
