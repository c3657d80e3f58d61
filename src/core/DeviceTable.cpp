// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/DeviceTable.h"

#include <QLoggingCategory>

#include <algorithm>
#include <limits>

namespace fotadesk {

namespace {

Q_LOGGING_CATEGORY(lcDeviceTable, "fotadesk.core.devices")

constexpr std::size_t kMaxRangeSignals = 8; // more ranges than this: one reset
constexpr std::uint16_t kMaxReasons = std::numeric_limits<std::uint16_t>::max();

struct Range
{
    std::uint32_t first;
    std::uint32_t last;
};

std::vector<Range> rangesOf(const std::vector<std::uint32_t>& sortedRows)
{
    std::vector<Range> ranges;
    for (std::uint32_t row : sortedRows) {
        if (!ranges.empty() && ranges.back().last + 1 == row)
            ranges.back().last = row;
        else
            ranges.push_back({row, row});
    }
    return ranges;
}

} // namespace

DeviceTable::DeviceTable()
{
    m_reasons.append(QString());
    m_reasonIndex.insert(QString(), 0);
}

DeviceTable::~DeviceTable() = default;

// --- storage helpers -----------------------------------------------------------

std::uint16_t DeviceTable::internReason(const QString& reason)
{
    const auto it = m_reasonIndex.constFind(reason);
    if (it != m_reasonIndex.cend())
        return it.value();
    if (m_reasons.size() >= kMaxReasons) {
        qCWarning(lcDeviceTable) << "Device list: more than" << kMaxReasons
                                 << "distinct operation reasons; further ones are shown as the "
                                    "last.";
        return static_cast<std::uint16_t>(m_reasons.size() - 1);
    }
    const auto id = static_cast<std::uint16_t>(m_reasons.size());
    m_reasons.append(reason);
    m_reasonIndex.insert(reason, id);
    return id;
}

// --- removal and undo --------------------------------------------------------------

int DeviceTable::removeDeviceRows(const QList<int>& rows)
{
    std::vector<std::uint32_t> sorted;
    sorted.reserve(std::size_t(rows.size()));
    for (int r : rows) {
        if (r >= 0 && r < rowCount())
            sorted.push_back(static_cast<std::uint32_t>(r));
    }
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    return removeSortedRows(sorted, true);
}

int DeviceTable::removeRowRange(int first, int count)
{
    if (first < 0 || count <= 0 || first + count > rowCount())
        return 0;
    std::vector<std::uint32_t> rows(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        rows[std::size_t(i)] = static_cast<std::uint32_t>(first + i);
    return removeSortedRows(rows, true);
}

int DeviceTable::removeImeis(std::span<const Imei> imeis)
{
    std::vector<std::uint32_t> rows;
    for (Imei imei : imeis) {
        const std::vector<std::uint32_t> found = m_index.rowsWith(imei.value());
        rows.insert(rows.end(), found.begin(), found.end());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return removeSortedRows(rows, true);
}

int DeviceTable::mergeDuplicates()
{
    std::vector<std::uint32_t> rows;
    for (std::size_t r = 0; r < m_columns.size(); ++r) {
        if ((m_columns.states[r] & KindMask) == std::uint8_t(Kind::Duplicate))
            rows.push_back(static_cast<std::uint32_t>(r));
    }
    return removeSortedRows(rows, true);
}

int DeviceTable::removeSortedRows(const std::vector<std::uint32_t>& rows, bool undoable)
{
    if (rows.empty())
        return 0;
    RemovedRows removed;
    if (undoable) {
        removed.rows = rows;
        removed.columns = m_columns.take(rows);
    }
    const std::vector<Range> ranges = rangesOf(rows);
    if (ranges.size() <= kMaxRangeSignals) {
        for (auto it = ranges.rbegin(); it != ranges.rend(); ++it) {
            if (m_observer)
                m_observer->beginRemove(int(it->first), int(it->last));
            m_columns.eraseRange(it->first, it->last);
            m_index.eraseRange(it->first, it->last);
            if (m_observer)
                m_observer->endRemove();
        }
    } else {
        if (m_observer)
            m_observer->beginReset();
        std::vector<bool> mask(m_columns.size(), false);
        for (std::uint32_t r : rows)
            mask[r] = true;
        m_index.compact(mask, m_columns.compact(mask));
        if (m_observer)
            m_observer->endReset();
    }
    if (recomputeDuplicates())
        notifyAllChanged();
    if (undoable)
        setUndo(std::move(removed));
    else
        dropUndo();
    recount();
    return int(rows.size());
}

bool DeviceTable::undoRemoval()
{
    if (m_editUndo.row >= 0 && m_editUndo.row < rowCount()) {
        // The last change was a correction: the row is rejected again, as it was.
        const EditUndo edit = std::move(m_editUndo);
        m_editUndo = {};
        const auto row = std::uint32_t(edit.row);
        m_rejected[edit.slot] = edit.before;
        setRowValue(row, edit.slot, Kind::Rejected);
        if (m_observer)
            m_observer->undoAvailabilityChanged(false);
        return true;
    }
    if (m_undo.rows.empty())
        return false;
    RemovedRows undo = std::move(m_undo);
    m_undo = {};
    restoreRemoved(undo);
    recomputeDuplicates();
    notifyAllChanged();
    recount();
    if (m_observer)
        m_observer->undoAvailabilityChanged(false);
    return true;
}

void DeviceTable::restoreRemoved(const RemovedRows& removed)
{
    const std::vector<Range> ranges = rangesOf(removed.rows);
    const std::size_t total = m_columns.size() + removed.rows.size();
    if (total > std::size_t(std::numeric_limits<int>::max()))
        return;
    if (ranges.size() <= kMaxRangeSignals) {
        std::size_t src = 0;
        for (const Range& range : ranges) {
            const std::uint32_t len = range.last - range.first + 1;
            if (m_observer)
                m_observer->beginInsert(int(range.first), int(range.last));
            m_columns.insertRange(range.first, removed.columns, src, len);
            m_index.shift(range.first, len);
            m_index.addRange(range.first, range.last);
            src += len;
            if (m_observer)
                m_observer->endInsert();
        }
        return;
    }
    if (m_observer)
        m_observer->beginReset();
    m_columns.restore(removed.columns, removed.rows);
    m_index.rebuild();
    if (m_observer)
        m_observer->endReset();
}

void DeviceTable::clear()
{
    if (m_observer)
        m_observer->beginReset();
    m_columns.clear();
    m_index.clear();
    m_rejected = {};
    m_reasons = QStringList{QString()};
    m_reasonIndex.clear();
    m_reasonIndex.insert(QString(), 0);
    m_extraNames.clear();
    if (m_observer)
        m_observer->endReset();
    dropUndo();
    recount();
}

void DeviceTable::setUndo(RemovedRows undo)
{
    const bool was = canUndoRemoval();
    m_editUndo = {};
    m_undo = std::move(undo);
    if (!was && m_observer)
        m_observer->undoAvailabilityChanged(true);
}

void DeviceTable::dropUndo()
{
    if (!canUndoRemoval())
        return;
    m_undo = {};
    m_editUndo = {};
    if (m_observer)
        m_observer->undoAvailabilityChanged(false);
}

// --- state maintenance ----------------------------------------------------------------

bool DeviceTable::recomputeDuplicates()
{
    return m_index.markDuplicates(m_columns.states);
}

void DeviceTable::recount()
{
    DeviceListCounts c;
    c.rows = qint64(m_columns.size());
    for (std::uint8_t s : m_columns.states) {
        switch (Kind(s & KindMask)) {
        case Kind::Valid:
            ++c.valid;
            if (s & UnlicensedBit)
                ++c.unlicensed;
            break;
        case Kind::Rejected:
            ++c.rejected;
            break;
        case Kind::Duplicate:
            ++c.duplicates;
            break;
        }
        if (s & OpFailedBit)
            ++c.failed;
    }
    if (c == m_counts)
        return;
    m_counts = c;
    if (m_observer)
        m_observer->countsUpdated(m_counts);
}

void DeviceTable::notifyAllChanged()
{
    if (m_columns.empty() || !m_observer)
        return;
    m_observer->rowsChanged(0, rowCount() - 1);
}

// --- fixes, licenses, results ----------------------------------------------------------

std::optional<Imei> DeviceTable::checkDigitFix(ImeiError error, QStringView text,
                                               QStringView suggestion)
{
    if (error != ImeiError::MissingCheckDigit)
        return std::nullopt;
    if (std::optional<Imei> imei = Imei::fromString(suggestion))
        return imei;
    return Imei::fromString(Imei::parse(text).suggestion);
}

DeviceTable::FixResult DeviceTable::fixMissingCheckDigits()
{
    FixResult result;
    std::vector<std::uint32_t> fixedRows;
    std::vector<std::uint64_t> fixedValues;
    for (std::size_t r = 0; r < m_columns.states.size(); ++r) {
        if ((m_columns.states[r] & KindMask) != std::uint8_t(Kind::Rejected))
            continue;
        const RejectedDevice& rej = m_rejected[m_columns.values[r]];
        const std::optional<Imei> imei = checkDigitFix(rej.error, rej.text, rej.suggestion);
        if (!imei)
            continue;
        fixedRows.push_back(static_cast<std::uint32_t>(r));
        fixedValues.push_back(imei->value());
    }
    if (fixedRows.empty())
        return result;
    result.fixed = int(fixedRows.size());

    // Take the rows out of the index (they sat among the rejected ones), change
    // them, and merge them back in.
    std::vector<bool> isFixed(m_columns.values.size(), false);
    for (std::uint32_t r : fixedRows)
        isFixed[r] = true;
    m_index.remove(isFixed);
    for (std::size_t i = 0; i < fixedRows.size(); ++i) {
        const std::uint32_t r = fixedRows[i];
        m_columns.values[r] = fixedValues[i];
        m_columns.states[r] = std::uint8_t(Kind::Valid);
        m_columns.reasonIds[r] = 0;
    }
    m_index.add(fixedRows);
    recomputeDuplicates();
    notifyAllChanged();

    // Merge the duplicates that appeared: every Duplicate row of a fixed value.
    std::vector<std::uint32_t> merge;
    std::sort(fixedValues.begin(), fixedValues.end());
    fixedValues.erase(std::unique(fixedValues.begin(), fixedValues.end()), fixedValues.end());
    for (std::uint64_t v : fixedValues) {
        for (std::uint32_t row : m_index.rowsWith(v)) {
            if ((m_columns.states[row] & KindMask) == std::uint8_t(Kind::Duplicate))
                merge.push_back(row);
        }
    }
    std::sort(merge.begin(), merge.end());
    result.merged = int(merge.size());
    if (!merge.empty())
        removeSortedRows(merge, false);
    else
        dropUndo();
    recount();
    return result;
}

void DeviceTable::setRowValue(std::uint32_t row, std::uint64_t value, Kind kind)
{
    // Take the row out of the index (its key changes), change it, and put it back.
    std::vector<bool> mask(m_columns.size(), false);
    mask[row] = true;
    m_index.remove(mask);
    m_columns.values[row] = value;
    m_columns.states[row] = std::uint8_t(kind);
    m_columns.reasonIds[row] = 0;
    m_index.add({row});
    recomputeDuplicates();
    notifyAllChanged();
    recount();
}

std::optional<DeviceTable::Kind> DeviceTable::editRejected(int row, const QString& text)
{
    if (row < 0 || row >= rowCount() || kindAt(row) != Kind::Rejected)
        return std::nullopt;
    const std::uint64_t slot = valueAt(row);
    const bool undoWas = canUndoRemoval();
    EditUndo undo{row, slot, m_rejected[slot]};
    const QString trimmed = text.trimmed();
    const ImeiParseResult parsed = Imei::parse(QStringView(trimmed));
    if (parsed.isValid()) {
        // The slot stays in the side table (unused) so that undo can reuse it.
        setRowValue(std::uint32_t(row), parsed.imei().value(), Kind::Valid);
    } else {
        m_rejected[slot] = RejectedDevice::fromParse(parsed, text, int(lineAt(row)));
        if (m_observer)
            m_observer->rowsChanged(row, row);
    }
    m_undo = {};
    m_editUndo = std::move(undo);
    if (!undoWas && m_observer)
        m_observer->undoAvailabilityChanged(true);
    return kindAt(row);
}

void DeviceTable::setLicensedImeis(std::span<const Imei> licensed)
{
    std::vector<std::uint64_t> sorted;
    sorted.reserve(licensed.size());
    for (Imei imei : licensed)
        sorted.push_back(imei.value());
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t r = 0; r < m_columns.states.size(); ++r) {
        std::uint8_t& s = m_columns.states[r];
        if ((s & KindMask) == std::uint8_t(Kind::Rejected))
            continue;
        if (std::binary_search(sorted.begin(), sorted.end(), m_columns.values[r]))
            s = std::uint8_t(s & ~UnlicensedBit);
        else
            s = std::uint8_t(s | UnlicensedBit);
    }
    notifyAllChanged();
    recount();
}

void DeviceTable::clearLicenseState()
{
    for (std::uint8_t& s : m_columns.states)
        s = std::uint8_t(s & ~UnlicensedBit);
    notifyAllChanged();
    recount();
}

int DeviceTable::applyOperationResults(const QList<DeviceOperationResult>& results)
{
    int matched = 0;
    int minRow = std::numeric_limits<int>::max();
    int maxRow = -1;
    for (const DeviceOperationResult& result : results) {
        const std::vector<std::uint32_t> rows = m_index.rowsWith(result.imei.value());
        if (rows.empty())
            continue;
        ++matched;
        const std::uint16_t reason = internReason(result.reason);
        for (std::uint32_t r : rows) {
            std::uint8_t& s = m_columns.states[r];
            s = std::uint8_t((s & ~(OpSucceededBit | OpFailedBit)) |
                             (result.succeeded ? OpSucceededBit : OpFailedBit));
            m_columns.reasonIds[r] = reason;
            minRow = std::min(minRow, int(r));
            maxRow = std::max(maxRow, int(r));
        }
    }
    if (maxRow >= 0 && m_observer)
        m_observer->rowsChanged(minRow, maxRow);
    recount();
    return matched;
}

void DeviceTable::clearOperationResults()
{
    for (std::size_t r = 0; r < m_columns.states.size(); ++r) {
        m_columns.states[r] = std::uint8_t(m_columns.states[r] & ~(OpSucceededBit | OpFailedBit));
        m_columns.reasonIds[r] = 0;
    }
    notifyAllChanged();
    recount();
}

// --- read access ------------------------------------------------------------------------

std::vector<Imei> DeviceTable::validImeis() const
{
    std::vector<Imei> out;
    out.reserve(std::size_t(m_counts.valid));
    for (std::size_t r = 0; r < m_columns.states.size(); ++r) {
        if ((m_columns.states[r] & KindMask) == std::uint8_t(Kind::Valid)) {
            if (auto imei = Imei::fromValue(m_columns.values[r]))
                out.push_back(*imei);
        }
    }
    return out;
}

QStringList DeviceTable::validDeviceIds() const
{
    QStringList out;
    out.reserve(qsizetype(m_counts.valid));
    for (std::size_t r = 0; r < m_columns.states.size(); ++r) {
        if ((m_columns.states[r] & KindMask) == std::uint8_t(Kind::Valid)) {
            if (auto imei = Imei::fromValue(m_columns.values[r]))
                out.append(imei->toString());
        }
    }
    return out;
}

QStringList DeviceTable::deviceIds(std::span<const Imei> imeis)
{
    QStringList out;
    out.reserve(qsizetype(imeis.size()));
    for (const Imei& imei : imeis)
        out.append(imei.toString());
    return out;
}

std::vector<Imei> DeviceTable::failedImeis() const
{
    std::vector<Imei> out;
    for (std::size_t r = 0; r < m_columns.states.size(); ++r) {
        if ((m_columns.states[r] & OpFailedBit) &&
            (m_columns.states[r] & KindMask) == std::uint8_t(Kind::Valid)) {
            if (auto imei = Imei::fromValue(m_columns.values[r]))
                out.push_back(*imei);
        }
    }
    return out;
}

Imei DeviceTable::imeiAt(int row) const
{
    if (row < 0 || row >= rowCount() || kindAt(row) == Kind::Rejected)
        return {};
    return Imei::fromValue(valueAt(row)).value_or(Imei());
}

DeviceTable::RowState DeviceTable::rowStateOf(std::uint8_t s)
{
    if (s & OpFailedBit)
        return RowState::OperationFailed;
    if (s & OpSucceededBit)
        return RowState::OperationSucceeded;
    switch (Kind(s & KindMask)) {
    case Kind::Rejected:
        return RowState::Rejected;
    case Kind::Duplicate:
        return RowState::Duplicate;
    case Kind::Valid:
        break;
    }
    return (s & UnlicensedBit) ? RowState::Unlicensed : RowState::Valid;
}

QString DeviceTable::extraCellAt(int row, int column) const
{
    if (!m_columns.hasExtras() || row < 0 || row >= rowCount())
        return {};
    const QStringList& cells = m_columns.extras[std::size_t(row)];
    return column >= 0 && column < cells.size() ? cells.at(column) : QString();
}

const RejectedDevice* DeviceTable::rejectedAt(int row) const
{
    if (kindAt(row) != Kind::Rejected)
        return nullptr;
    return &m_rejected[valueAt(row)];
}

qsizetype DeviceTable::storageBytes() const
{
    qsizetype bytes =
        m_columns.storageBytes() + qsizetype(m_index.capacity() * sizeof(std::uint32_t) +
                                             m_rejected.capacity() * sizeof(RejectedDevice));
    for (const RejectedDevice& r : m_rejected)
        bytes += (r.text.capacity() + r.code.capacity() + r.message.capacity() +
                  r.suggestion.capacity()) *
                 2;
    for (const QString& s : m_reasons)
        bytes += s.capacity() * 2;
    return bytes;
}

} // namespace fotadesk
