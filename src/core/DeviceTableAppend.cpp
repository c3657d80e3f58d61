// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// DeviceTable's bulk inserts: rows with their lines and the file's other columns.

#include "core/DeviceTable.h"

#include <QLoggingCategory>

#include <algorithm>
#include <limits>

namespace fotadesk {

namespace {
Q_LOGGING_CATEGORY(lcDeviceTableAppend, "fotadesk.core.devices")
} // namespace

// --- bulk insert -----------------------------------------------------------------

bool DeviceTable::mapExtraColumns(const QStringList& names, std::size_t widest,
                                  std::vector<int>& map)
{
    const qsizetype before = m_extraNames.size();
    const std::size_t count = std::max(std::size_t(names.size()), widest);
    std::vector<bool> used(std::size_t(before) + count, false);
    map.assign(count, -1);
    for (std::size_t i = 0; i < count; ++i) {
        const QString name = qsizetype(i) < names.size() ? names.at(qsizetype(i)) : QString();
        int target = -1;
        if (!name.isEmpty()) {
            // The same column of another file (a second import): by its header name.
            for (qsizetype j = 0; j < m_extraNames.size(); ++j) {
                if (m_extraNames.at(j).compare(name, Qt::CaseInsensitive) == 0) {
                    target = int(j);
                    break;
                }
            }
        } else if (qsizetype(i) < m_extraNames.size() && m_extraNames.at(qsizetype(i)).isEmpty()) {
            target = int(i); // no header on either side: by position
        }
        if (target < 0 || used[std::size_t(target)]) {
            target = int(m_extraNames.size());
            m_extraNames.append(name);
        }
        used[std::size_t(target)] = true;
        map[i] = target;
    }
    return m_extraNames.size() != before;
}

void DeviceTable::appendBatch(std::span<const Imei> imeis, std::span<const std::uint32_t> imeiLines,
                              const QList<RejectedDevice>& rejected,
                              const std::vector<QStringList>* cells, const QStringList* columnNames)
{
    const std::size_t k = imeis.size() + std::size_t(rejected.size());
    if (k == 0)
        return;
    const std::size_t n = m_columns.size();
    if (n + k > std::size_t(std::numeric_limits<int>::max())) {
        qCWarning(lcDeviceTableAppend)
            << "Device list: cannot hold more than" << std::numeric_limits<int>::max()
            << "rows; append ignored.";
        return;
    }
    if (cells && cells->size() != k)
        cells = nullptr; // not one list a row: not trusted
    std::size_t widest = 0;
    if (cells) {
        for (const QStringList& c : *cells)
            widest = std::max(widest, std::size_t(c.size()));
    }
    const QStringList noNames;
    std::vector<int> map;
    const bool withCells = widest > 0 || (columnNames && !columnNames->isEmpty());
    const bool newColumns =
        withCells && mapExtraColumns(columnNames ? *columnNames : noNames, widest, map);
    bool identity = true;
    for (std::size_t i = 0; i < map.size(); ++i)
        identity = identity && map[i] == int(i);

    std::vector<std::uint8_t> kinds(imeis.size(), std::uint8_t(Kind::Valid));
    std::vector<std::uint32_t> fresh = m_index.planAppend(imeis, std::uint32_t(n), kinds, k);
    for (std::size_t j = imeis.size(); j < k; ++j)
        fresh.push_back(std::uint32_t(n + j)); // rejected rows: last, in row order

    // New columns change every row's shape: a reset rather than an insertion.
    if (m_observer)
        newColumns ? m_observer->beginReset() : m_observer->beginInsert(int(n), int(n + k - 1));
    const bool keepCells = withCells || m_columns.hasExtras();
    if (const std::size_t capacity = m_columns.reserveFor(k))
        m_index.reserve(capacity);
    for (std::size_t i = 0; i < imeis.size(); ++i)
        m_columns.push(imeis[i].value(), kinds[i], 0, i < imeiLines.size() ? imeiLines[i] : 0);
    for (const RejectedDevice& r : rejected) {
        m_columns.push(m_rejected.size(), std::uint8_t(Kind::Rejected), 0,
                       std::uint32_t(std::max(0, r.line)));
        m_rejected.push_back(r);
    }
    if (keepCells) {
        m_columns.extras.resize(n + k); // rows before (typed ones) and these
        for (std::size_t i = 0; cells && i < k; ++i) {
            const QStringList& in = (*cells)[i];
            if (identity) {
                m_columns.extras[n + i] = in;
                continue;
            }
            QStringList out;
            for (qsizetype c = 0; c < in.size(); ++c) {
                const int target = map[std::size_t(c)];
                if (out.size() <= target)
                    out.resize(target + 1);
                out[target] = in.at(c);
            }
            m_columns.extras[n + i] = std::move(out);
        }
    }
    m_index.merge(fresh);
    if (m_observer)
        newColumns ? m_observer->endReset() : m_observer->endInsert();
    dropUndo();
    recount();
}

void DeviceTable::appendImeis(std::span<const Imei> imeis)
{
    appendBatch(imeis, {}, {}, nullptr, nullptr);
}

void DeviceTable::appendImport(std::span<const Imei> imeis, const QList<RejectedDevice>& rejected)
{
    appendBatch(imeis, {}, rejected, nullptr, nullptr);
}

void DeviceTable::appendRows(const DeviceRows& rows)
{
    appendBatch(rows.imeis, rows.imeiLines, rows.rejected,
                rows.cells.empty() ? nullptr : &rows.cells, &rows.columnNames);
}

void DeviceTable::appendImportResult(const ImeiImportResult& result)
{
    DeviceRows rows;
    rows.imeis.assign(result.imeis.begin(), result.imeis.end());
    rows.imeis.reserve(rows.imeis.size() + std::size_t(result.duplicates.size()));
    const bool lines = result.imeiLines.size() == result.imeis.size();
    if (lines) {
        rows.imeiLines.reserve(rows.imeis.capacity());
        rows.imeiLines.assign(result.imeiLines.begin(), result.imeiLines.end());
    }
    for (const ImeiDuplicateLine& dup : result.duplicates) {
        rows.imeis.push_back(dup.imei);
        if (lines)
            rows.imeiLines.push_back(std::uint32_t(dup.line));
    }
    rows.rejected.reserve(result.rejected.size());
    for (const ImeiRejectedLine& line : result.rejected)
        rows.rejected.append(RejectedDevice::fromImport(line));
    // The other cells are kept in the same order as the rows: IMEIs, duplicates, rejected.
    if (result.imeiCells.size() == result.imeis.size() &&
        result.duplicateCells.size() == result.duplicates.size() &&
        result.rejectedCells.size() == result.rejected.size() &&
        (!result.imeiCells.isEmpty() || !result.duplicateCells.isEmpty() ||
         !result.rejectedCells.isEmpty())) {
        rows.cells.reserve(rows.imeis.size() + std::size_t(rows.rejected.size()));
        rows.cells.insert(rows.cells.end(), result.imeiCells.begin(), result.imeiCells.end());
        rows.cells.insert(rows.cells.end(), result.duplicateCells.begin(),
                          result.duplicateCells.end());
        rows.cells.insert(rows.cells.end(), result.rejectedCells.begin(),
                          result.rejectedCells.end());
    }
    rows.columnNames = result.otherColumnNames;
    appendRows(rows);
}

int DeviceTable::appendTexts(const QStringList& texts, int firstLine)
{
    std::vector<Imei> valid;
    std::vector<std::uint32_t> lines;
    QList<RejectedDevice> rejected;
    // Typed and pasted entries keep their order: flush a run of valid ones
    // before each rejected one only when order matters (mixed input).
    int appended = 0;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString& text = texts.at(i);
        if (text.trimmed().isEmpty())
            continue;
        const ImeiParseResult parsed = Imei::parse(QStringView(text));
        const int line = firstLine > 0 ? firstLine + int(i) : 0;
        if (parsed.isValid()) {
            if (!rejected.isEmpty()) {
                appendBatch(valid, lines, rejected, nullptr, nullptr);
                appended += int(valid.size() + std::size_t(rejected.size()));
                valid.clear();
                lines.clear();
                rejected.clear();
            }
            valid.push_back(parsed.imei());
            lines.push_back(std::uint32_t(line));
        } else {
            rejected.append(RejectedDevice::fromParse(parsed, text, line));
        }
    }
    appendBatch(valid, lines, rejected, nullptr, nullptr);
    appended += int(valid.size() + std::size_t(rejected.size()));
    return appended;
}

} // namespace fotadesk
