#include "models/DeviceListModel.h"

#include "models/ImeiDigits.h"
#include "models/ModelsLogging.h"

#include <QColor>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

constexpr std::uint64_t kRejectedKey = std::numeric_limits<std::uint64_t>::max();
constexpr std::size_t kMaxRangeSignals = 8; // more ranges than this: one model reset
constexpr std::uint16_t kMaxReasons = std::numeric_limits<std::uint16_t>::max();

QString digitsOf(std::uint64_t value)
{
    char buf[ImeiDigits::Length];
    ImeiDigits::write(value, buf);
    return QString::fromLatin1(buf, ImeiDigits::Length);
}

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

void appendCsvField(QByteArray& out, const QString& field)
{
    QByteArray bytes = field.toUtf8();
    // A cell starting with = + - @ would be run as a formula by spreadsheets.
    if (!bytes.isEmpty() && (bytes.front() == '=' || bytes.front() == '+' || bytes.front() == '-' ||
                             bytes.front() == '@'))
        bytes.prepend('\'');
    const bool quote =
        bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r');
    if (!quote) {
        out += bytes;
        return;
    }
    out += '"';
    out += bytes.replace("\"", "\"\"");
    out += '"';
}

} // namespace

RejectedDevice RejectedDevice::fromParse(const ImeiParseResult& result, QString text, int line)
{
    RejectedDevice r;
    r.line = line;
    r.text = std::move(text);
    r.error = result.error;
    r.code = result.code();
    r.message = result.message();
    r.suggestion = result.suggestion;
    return r;
}

RejectedDevice RejectedDevice::fromImport(const ImeiRejectedLine& line)
{
    RejectedDevice r;
    r.line = int(std::min<qint64>(line.line, std::numeric_limits<int>::max()));
    r.text = line.text;
    r.error = line.reason == ImeiRejectReason::InvalidImei ? line.imeiError : ImeiError::Empty;
    r.code = line.code();
    r.message = line.message();
    r.suggestion = line.suggestion();
    return r;
}

DeviceListModel::DeviceListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_reasons.append(QString());
    m_reasonIndex.insert(QString(), 0);
}

DeviceListModel::~DeviceListModel() = default;

int DeviceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_values.size());
}

int DeviceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Kind kind = kindAt(row);
    const RejectedDevice* rejected = rejectedAt(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case ImeiColumn:
            return rejected ? rejected->text : digitsOf(valueAt(row));
        case StateColumn:
            return rowStateLabel(rowStateAt(row));
        case ReasonColumn:
            return reasonTextAt(row);
        case LineColumn:
            return rejected && rejected->line > 0 ? QVariant(rejected->line) : QVariant();
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = reasonTextAt(row);
        if (rejected && !rejected->suggestion.isEmpty() && !tip.contains(rejected->suggestion))
            tip += u' ' + tr("Suggested: %1").arg(rejected->suggestion);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::ForegroundRole:
        switch (rowStateAt(row)) {
        case RowState::Rejected:
        case RowState::OperationFailed:
            return QColor(0xc6, 0x28, 0x28);
        case RowState::Duplicate:
        case RowState::Unlicensed:
            return QColor(0x8a, 0x6d, 0x00);
        default:
            return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case ImeiColumn:
            return QVariant::fromValue<quint64>(kind == Kind::Rejected ? 0 : valueAt(row));
        case StateColumn:
            return static_cast<int>(rowStateAt(row));
        case ReasonColumn:
            return reasonTextAt(row);
        case LineColumn:
            return rejected ? rejected->line : 0;
        default:
            return {};
        }
    case ImeiValueRole:
        return QVariant::fromValue<quint64>(kind == Kind::Rejected ? 0 : valueAt(row));
    case KindRole:
        return static_cast<int>(kind);
    case StateRole:
        return static_cast<int>(rowStateAt(row));
    case UnlicensedRole:
        return (stateByteAt(row) & UnlicensedBit) != 0;
    case ErrorCodeRole:
        return rejected ? rejected->code : QString();
    case SuggestionRole:
        return rejected ? rejected->suggestion : QString();
    default:
        return {};
    }
}

QVariant DeviceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ImeiColumn:
        return tr("IMEI");
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Reason");
    case LineColumn:
        return tr("Line");
    default:
        return {};
    }
}

bool DeviceListModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    std::vector<std::uint32_t> rows(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        rows[std::size_t(i)] = static_cast<std::uint32_t>(row + i);
    removeSortedRows(rows, true);
    return true;
}

// --- storage helpers -----------------------------------------------------------

std::uint64_t DeviceListModel::sortKey(std::uint32_t row) const
{
    return (m_states[row] & KindMask) == std::uint8_t(Kind::Rejected) ? kRejectedKey
                                                                      : m_values[row];
}

void DeviceListModel::reserveFor(std::size_t extra)
{
    const std::size_t need = m_values.size() + extra;
    if (need <= m_values.capacity())
        return;
    // Exact for one big import; 1/8 headroom for a stream of small appends.
    const std::size_t target = std::max(need, m_values.size() + m_values.size() / 8);
    m_values.reserve(target);
    m_states.reserve(target);
    m_reasonIds.reserve(target);
    m_byImei.reserve(target);
}

std::uint16_t DeviceListModel::internReason(const QString& reason)
{
    const auto it = m_reasonIndex.constFind(reason);
    if (it != m_reasonIndex.cend())
        return it.value();
    if (m_reasons.size() >= kMaxReasons) {
        qCWarning(lcModels) << "Device list: more than" << kMaxReasons
                            << "distinct operation reasons; further ones are shown as the last.";
        return static_cast<std::uint16_t>(m_reasons.size() - 1);
    }
    const auto id = static_cast<std::uint16_t>(m_reasons.size());
    m_reasons.append(reason);
    m_reasonIndex.insert(reason, id);
    return id;
}

void DeviceListModel::mergeIntoIndex(const std::vector<std::uint32_t>& fresh)
{
    if (fresh.empty())
        return;
    auto less = [this](std::uint32_t a, std::uint32_t b) {
        const std::uint64_t ka = sortKey(a);
        const std::uint64_t kb = sortKey(b);
        return ka != kb ? ka < kb : a < b;
    };
    if (m_byImei.empty() || less(m_byImei.back(), fresh.front())) {
        m_byImei.insert(m_byImei.end(), fresh.begin(), fresh.end());
        return;
    }
    std::vector<std::uint32_t> merged;
    merged.reserve(std::max(m_byImei.capacity(), m_byImei.size() + fresh.size()));
    std::merge(m_byImei.begin(), m_byImei.end(), fresh.begin(), fresh.end(),
               std::back_inserter(merged), less);
    m_byImei.swap(merged);
}

void DeviceListModel::rebuildIndex()
{
    // Sort (key, row) pairs: contiguous keys sort far faster than row numbers
    // compared through the columns.
    std::vector<KeyRow> keys(m_values.size());
    for (std::size_t r = 0; r < keys.size(); ++r)
        keys[r] = {sortKey(std::uint32_t(r)), std::uint32_t(r)};
    std::sort(keys.begin(), keys.end());
    m_byImei.clear();
    m_byImei.reserve(m_values.capacity());
    for (const KeyRow& k : keys)
        m_byImei.push_back(k.row);
}

std::vector<std::uint32_t> DeviceListModel::rowsWithValue(std::uint64_t value) const
{
    auto first =
        std::lower_bound(m_byImei.begin(), m_byImei.end(), value,
                         [this](std::uint32_t row, std::uint64_t v) { return sortKey(row) < v; });
    std::vector<std::uint32_t> rows;
    for (; first != m_byImei.end() && sortKey(*first) == value; ++first)
        rows.push_back(*first);
    return rows;
}

// --- bulk insert -----------------------------------------------------------------

void DeviceListModel::appendRows(std::span<const Imei> imeis, const QList<RejectedDevice>& rejected)
{
    const std::size_t k = imeis.size() + std::size_t(rejected.size());
    if (k == 0)
        return;
    const std::size_t n = m_values.size();
    if (n + k > std::size_t(std::numeric_limits<int>::max())) {
        qCWarning(lcModels) << "Device list: cannot hold more than"
                            << std::numeric_limits<int>::max() << "rows; append ignored.";
        return;
    }
    // Duplicates: against the list, and within the batch (first occurrence stays).
    std::vector<std::uint8_t> states(imeis.size(), std::uint8_t(Kind::Valid));
    std::vector<KeyRow> keys(imeis.size());
    for (std::size_t i = 0; i < keys.size(); ++i)
        keys[i] = {imeis[i].value(), std::uint32_t(i)};
    std::sort(keys.begin(), keys.end());
    // A few new values: binary searches; many: one walk along the index.
    const bool walk = keys.size() * 32 > m_byImei.size();
    auto it = m_byImei.begin();
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const std::uint64_t v = keys[i].key;
        if (i > 0 && keys[i - 1].key == v) {
            states[keys[i].row] = std::uint8_t(Kind::Duplicate);
            continue;
        }
        if (walk) {
            while (it != m_byImei.end() && sortKey(*it) < v)
                ++it;
        } else {
            it =
                std::lower_bound(it, m_byImei.end(), v, [this](std::uint32_t row, std::uint64_t x) {
                    return sortKey(row) < x;
                });
        }
        if (it != m_byImei.end() && sortKey(*it) == v)
            states[keys[i].row] = std::uint8_t(Kind::Duplicate);
    }
    std::vector<std::uint32_t> fresh;
    fresh.reserve(k);
    for (const KeyRow& key : keys)
        fresh.push_back(std::uint32_t(n + key.row));
    keys = {};
    for (std::size_t j = imeis.size(); j < k; ++j)
        fresh.push_back(std::uint32_t(n + j)); // rejected rows: last, in row order

    beginInsertRows({}, int(n), int(n + k - 1));
    reserveFor(k);
    for (std::size_t i = 0; i < imeis.size(); ++i) {
        m_values.push_back(imeis[i].value());
        m_states.push_back(states[i]);
        m_reasonIds.push_back(0);
    }
    for (const RejectedDevice& r : rejected) {
        m_values.push_back(m_rejected.size());
        m_rejected.push_back(r);
        m_states.push_back(std::uint8_t(Kind::Rejected));
        m_reasonIds.push_back(0);
    }
    mergeIntoIndex(fresh);
    endInsertRows();
    dropUndo();
    recount();
}

void DeviceListModel::appendImeis(std::span<const Imei> imeis)
{
    appendRows(imeis, {});
}

void DeviceListModel::appendImport(std::span<const Imei> imeis,
                                   const QList<RejectedDevice>& rejected)
{
    appendRows(imeis, rejected);
}

void DeviceListModel::appendImportResult(const ImeiImportResult& result)
{
    std::vector<Imei> imeis(result.imeis.begin(), result.imeis.end());
    imeis.reserve(imeis.size() + std::size_t(result.duplicates.size()));
    for (const ImeiDuplicateLine& dup : result.duplicates)
        imeis.push_back(dup.imei);
    QList<RejectedDevice> rejected;
    rejected.reserve(result.rejected.size());
    for (const ImeiRejectedLine& line : result.rejected)
        rejected.append(RejectedDevice::fromImport(line));
    appendRows(imeis, rejected);
}

int DeviceListModel::appendTexts(const QStringList& texts, int firstLine)
{
    std::vector<Imei> valid;
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
                appendRows(valid, rejected);
                appended += int(valid.size() + std::size_t(rejected.size()));
                valid.clear();
                rejected.clear();
            }
            valid.push_back(parsed.imei());
        } else {
            rejected.append(RejectedDevice::fromParse(parsed, text, line));
        }
    }
    appendRows(valid, rejected);
    appended += int(valid.size() + std::size_t(rejected.size()));
    return appended;
}

// --- removal and undo --------------------------------------------------------------

int DeviceListModel::removeDeviceRows(QList<int> rows)
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

int DeviceListModel::removeImeis(std::span<const Imei> imeis)
{
    std::vector<std::uint32_t> rows;
    for (Imei imei : imeis) {
        const std::vector<std::uint32_t> found = rowsWithValue(imei.value());
        rows.insert(rows.end(), found.begin(), found.end());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return removeSortedRows(rows, true);
}

int DeviceListModel::mergeDuplicates()
{
    std::vector<std::uint32_t> rows;
    for (std::size_t r = 0; r < m_states.size(); ++r) {
        if ((m_states[r] & KindMask) == std::uint8_t(Kind::Duplicate))
            rows.push_back(static_cast<std::uint32_t>(r));
    }
    return removeSortedRows(rows, true);
}

int DeviceListModel::removeSortedRows(const std::vector<std::uint32_t>& rows, bool undoable)
{
    if (rows.empty())
        return 0;
    RemovedRows removed;
    if (undoable) {
        removed.rows = rows;
        removed.values.reserve(rows.size());
        removed.states.reserve(rows.size());
        removed.reasonIds.reserve(rows.size());
        for (std::uint32_t r : rows) {
            removed.values.push_back(m_values[r]);
            removed.states.push_back(m_states[r]);
            removed.reasonIds.push_back(m_reasonIds[r]);
        }
    }
    const std::vector<Range> ranges = rangesOf(rows);
    if (ranges.size() <= kMaxRangeSignals) {
        for (auto it = ranges.rbegin(); it != ranges.rend(); ++it) {
            beginRemoveRows({}, int(it->first), int(it->last));
            eraseRange(it->first, it->last);
            endRemoveRows();
        }
    } else {
        beginResetModel();
        std::vector<bool> mask(m_values.size(), false);
        for (std::uint32_t r : rows)
            mask[r] = true;
        compactByMask(mask);
        endResetModel();
    }
    if (recomputeDuplicates())
        emitAllChanged();
    if (undoable)
        setUndo(std::move(removed));
    else
        dropUndo();
    recount();
    return int(rows.size());
}

void DeviceListModel::eraseRange(std::uint32_t first, std::uint32_t last)
{
    const auto b = std::ptrdiff_t(first);
    const auto e = std::ptrdiff_t(last) + 1;
    m_values.erase(m_values.begin() + b, m_values.begin() + e);
    m_states.erase(m_states.begin() + b, m_states.begin() + e);
    m_reasonIds.erase(m_reasonIds.begin() + b, m_reasonIds.begin() + e);
    const std::uint32_t len = last - first + 1;
    std::size_t out = 0;
    for (std::uint32_t row : m_byImei) {
        if (row < first)
            m_byImei[out++] = row;
        else if (row > last)
            m_byImei[out++] = row - len;
    }
    m_byImei.resize(out);
}

void DeviceListModel::compactByMask(const std::vector<bool>& removed)
{
    std::vector<std::uint32_t> newRow(m_values.size());
    std::size_t out = 0;
    for (std::size_t r = 0; r < m_values.size(); ++r) {
        newRow[r] = static_cast<std::uint32_t>(out);
        if (removed[r])
            continue;
        m_values[out] = m_values[r];
        m_states[out] = m_states[r];
        m_reasonIds[out] = m_reasonIds[r];
        ++out;
    }
    m_values.resize(out);
    m_states.resize(out);
    m_reasonIds.resize(out);
    std::size_t w = 0;
    for (std::uint32_t row : m_byImei) {
        if (!removed[row])
            m_byImei[w++] = newRow[row];
    }
    m_byImei.resize(w);
}

bool DeviceListModel::undoRemoval()
{
    if (m_undo.rows.empty())
        return false;
    RemovedRows undo = std::move(m_undo);
    m_undo = {};
    restoreRemoved(undo);
    recomputeDuplicates();
    emitAllChanged();
    recount();
    Q_EMIT undoAvailableChanged(false);
    return true;
}

void DeviceListModel::restoreRemoved(const RemovedRows& removed)
{
    const std::vector<Range> ranges = rangesOf(removed.rows);
    const std::size_t total = m_values.size() + removed.rows.size();
    if (total > std::size_t(std::numeric_limits<int>::max()))
        return;
    if (ranges.size() <= kMaxRangeSignals) {
        std::size_t src = 0;
        for (const Range& range : ranges) {
            const std::uint32_t len = range.last - range.first + 1;
            beginInsertRows({}, int(range.first), int(range.last));
            const auto at = std::ptrdiff_t(range.first);
            const auto from = std::ptrdiff_t(src);
            const auto to = std::ptrdiff_t(src + len);
            m_values.insert(m_values.begin() + at, removed.values.begin() + from,
                            removed.values.begin() + to);
            m_states.insert(m_states.begin() + at, removed.states.begin() + from,
                            removed.states.begin() + to);
            m_reasonIds.insert(m_reasonIds.begin() + at, removed.reasonIds.begin() + from,
                               removed.reasonIds.begin() + to);
            for (std::uint32_t& row : m_byImei) {
                if (row >= range.first)
                    row += len;
            }
            // Merge the restored rows into the index.
            std::vector<KeyRow> keys;
            for (std::uint32_t r = range.first; r <= range.last; ++r)
                keys.push_back({sortKey(r), r});
            std::sort(keys.begin(), keys.end());
            std::vector<std::uint32_t> fresh;
            for (const KeyRow& key : keys)
                fresh.push_back(key.row);
            mergeIntoIndex(fresh);
            src += len;
            endInsertRows();
        }
        return;
    }
    beginResetModel();
    std::vector<std::uint64_t> values;
    std::vector<std::uint8_t> states;
    std::vector<std::uint16_t> reasons;
    values.reserve(total);
    states.reserve(total);
    reasons.reserve(total);
    std::size_t kept = 0;
    std::size_t back = 0;
    for (std::size_t r = 0; r < total; ++r) {
        if (back < removed.rows.size() && removed.rows[back] == r) {
            values.push_back(removed.values[back]);
            states.push_back(removed.states[back]);
            reasons.push_back(removed.reasonIds[back]);
            ++back;
        } else {
            values.push_back(m_values[kept]);
            states.push_back(m_states[kept]);
            reasons.push_back(m_reasonIds[kept]);
            ++kept;
        }
    }
    m_values = std::move(values);
    m_states = std::move(states);
    m_reasonIds = std::move(reasons);
    rebuildIndex();
    endResetModel();
}

void DeviceListModel::clear()
{
    beginResetModel();
    m_values = {};
    m_states = {};
    m_reasonIds = {};
    m_byImei = {};
    m_rejected = {};
    m_reasons = QStringList{QString()};
    m_reasonIndex.clear();
    m_reasonIndex.insert(QString(), 0);
    endResetModel();
    dropUndo();
    recount();
}

void DeviceListModel::setUndo(RemovedRows undo)
{
    const bool was = canUndoRemoval();
    m_undo = std::move(undo);
    if (!was)
        Q_EMIT undoAvailableChanged(true);
}

void DeviceListModel::dropUndo()
{
    if (m_undo.rows.empty())
        return;
    m_undo = {};
    Q_EMIT undoAvailableChanged(false);
}

// --- state maintenance ----------------------------------------------------------------

bool DeviceListModel::recomputeDuplicates()
{
    bool changed = false;
    std::uint64_t previous = kRejectedKey;
    for (std::uint32_t row : m_byImei) {
        const std::uint64_t key = sortKey(row);
        if (key == kRejectedKey)
            break; // rejected rows sort last
        const auto want = std::uint8_t(key == previous ? Kind::Duplicate : Kind::Valid);
        std::uint8_t& state = m_states[row];
        if ((state & KindMask) != want) {
            state = std::uint8_t((state & ~KindMask) | want);
            changed = true;
        }
        previous = key;
    }
    return changed;
}

void DeviceListModel::recount()
{
    DeviceListCounts c;
    c.rows = qint64(m_states.size());
    for (std::uint8_t s : m_states) {
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
    Q_EMIT countsChanged(m_counts);
}

void DeviceListModel::emitAllChanged()
{
    if (m_values.empty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

// --- fixes, licenses, results ----------------------------------------------------------

DeviceListModel::FixResult DeviceListModel::fixMissingCheckDigits()
{
    FixResult result;
    std::vector<std::uint32_t> fixedRows;
    std::vector<std::uint64_t> fixedValues;
    for (std::size_t r = 0; r < m_states.size(); ++r) {
        if ((m_states[r] & KindMask) != std::uint8_t(Kind::Rejected))
            continue;
        const RejectedDevice& rej = m_rejected[m_values[r]];
        if (rej.error != ImeiError::MissingCheckDigit)
            continue;
        std::optional<Imei> imei = Imei::fromString(rej.suggestion);
        if (!imei) {
            const ImeiParseResult again = Imei::parse(QStringView(rej.text));
            imei = Imei::fromString(again.suggestion);
        }
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
    std::vector<bool> isFixed(m_values.size(), false);
    for (std::uint32_t r : fixedRows)
        isFixed[r] = true;
    std::erase_if(m_byImei, [&](std::uint32_t row) { return isFixed[row]; });
    for (std::size_t i = 0; i < fixedRows.size(); ++i) {
        const std::uint32_t r = fixedRows[i];
        m_values[r] = fixedValues[i];
        m_states[r] = std::uint8_t(Kind::Valid);
        m_reasonIds[r] = 0;
    }
    std::vector<KeyRow> keys;
    for (std::uint32_t r : fixedRows)
        keys.push_back({sortKey(r), r});
    std::sort(keys.begin(), keys.end());
    std::vector<std::uint32_t> fresh;
    for (const KeyRow& key : keys)
        fresh.push_back(key.row);
    mergeIntoIndex(fresh);
    recomputeDuplicates();
    emitAllChanged();

    // Merge the duplicates that appeared: every Duplicate row of a fixed value.
    std::vector<std::uint32_t> merge;
    std::sort(fixedValues.begin(), fixedValues.end());
    fixedValues.erase(std::unique(fixedValues.begin(), fixedValues.end()), fixedValues.end());
    for (std::uint64_t v : fixedValues) {
        for (std::uint32_t row : rowsWithValue(v)) {
            if ((m_states[row] & KindMask) == std::uint8_t(Kind::Duplicate))
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

void DeviceListModel::setLicensedImeis(std::span<const Imei> licensed)
{
    std::vector<std::uint64_t> sorted;
    sorted.reserve(licensed.size());
    for (Imei imei : licensed)
        sorted.push_back(imei.value());
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t r = 0; r < m_states.size(); ++r) {
        std::uint8_t& s = m_states[r];
        if ((s & KindMask) == std::uint8_t(Kind::Rejected))
            continue;
        if (std::binary_search(sorted.begin(), sorted.end(), m_values[r]))
            s = std::uint8_t(s & ~UnlicensedBit);
        else
            s = std::uint8_t(s | UnlicensedBit);
    }
    emitAllChanged();
    recount();
}

void DeviceListModel::clearLicenseState()
{
    for (std::uint8_t& s : m_states)
        s = std::uint8_t(s & ~UnlicensedBit);
    emitAllChanged();
    recount();
}

int DeviceListModel::applyOperationResults(const QList<DeviceOperationResult>& results)
{
    int matched = 0;
    int minRow = std::numeric_limits<int>::max();
    int maxRow = -1;
    for (const DeviceOperationResult& result : results) {
        const std::vector<std::uint32_t> rows = rowsWithValue(result.imei.value());
        if (rows.empty())
            continue;
        ++matched;
        const std::uint16_t reason = internReason(result.reason);
        for (std::uint32_t r : rows) {
            std::uint8_t& s = m_states[r];
            s = std::uint8_t((s & ~(OpSucceededBit | OpFailedBit)) |
                             (result.succeeded ? OpSucceededBit : OpFailedBit));
            m_reasonIds[r] = reason;
            minRow = std::min(minRow, int(r));
            maxRow = std::max(maxRow, int(r));
        }
    }
    if (maxRow >= 0)
        Q_EMIT dataChanged(index(minRow, 0), index(maxRow, ColumnCount - 1));
    recount();
    return matched;
}

void DeviceListModel::clearOperationResults()
{
    for (std::size_t r = 0; r < m_states.size(); ++r) {
        m_states[r] = std::uint8_t(m_states[r] & ~(OpSucceededBit | OpFailedBit));
        m_reasonIds[r] = 0;
    }
    emitAllChanged();
    recount();
}

// --- read access ------------------------------------------------------------------------

std::vector<Imei> DeviceListModel::validImeis() const
{
    std::vector<Imei> out;
    out.reserve(std::size_t(m_counts.valid));
    for (std::size_t r = 0; r < m_states.size(); ++r) {
        if ((m_states[r] & KindMask) == std::uint8_t(Kind::Valid)) {
            if (auto imei = Imei::fromValue(m_values[r]))
                out.push_back(*imei);
        }
    }
    return out;
}

std::vector<Imei> DeviceListModel::failedImeis() const
{
    std::vector<Imei> out;
    for (std::size_t r = 0; r < m_states.size(); ++r) {
        if ((m_states[r] & OpFailedBit) && (m_states[r] & KindMask) == std::uint8_t(Kind::Valid)) {
            if (auto imei = Imei::fromValue(m_values[r]))
                out.push_back(*imei);
        }
    }
    return out;
}

QByteArray DeviceListModel::toCsv(CsvScope scope) const
{
    QByteArray out;
    char digits[ImeiDigits::Length];
    if (scope == CsvScope::ValidImeis) {
        out.reserve(qsizetype(6 + m_counts.valid * (ImeiDigits::Length + 2)));
        out += "imei\r\n";
        for (std::size_t r = 0; r < m_states.size(); ++r) {
            if ((m_states[r] & KindMask) != std::uint8_t(Kind::Valid))
                continue;
            ImeiDigits::write(m_values[r], digits);
            out.append(digits, ImeiDigits::Length);
            out += "\r\n";
        }
        return out;
    }
    out.reserve(qsizetype(m_states.size()) * 32 + 32);
    out += "imei,state,reason,line\r\n";
    for (std::size_t r = 0; r < m_states.size(); ++r) {
        const int row = int(r);
        if (const RejectedDevice* rej = rejectedAt(row)) {
            appendCsvField(out, rej->text);
        } else {
            ImeiDigits::write(m_values[r], digits);
            out.append(digits, ImeiDigits::Length);
        }
        out += ',';
        appendCsvField(out, rowStateLabel(rowStateAt(row)));
        out += ',';
        appendCsvField(out, reasonTextAt(row));
        out += ',';
        if (const RejectedDevice* rej = rejectedAt(row); rej && rej->line > 0)
            out += QByteArray::number(rej->line);
        out += "\r\n";
    }
    return out;
}

Imei DeviceListModel::imeiAt(int row) const
{
    if (row < 0 || row >= rowCount() || kindAt(row) == Kind::Rejected)
        return {};
    return Imei::fromValue(valueAt(row)).value_or(Imei());
}

DeviceListModel::RowState DeviceListModel::rowStateOf(std::uint8_t s)
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

QString DeviceListModel::rowStateLabel(RowState state)
{
    switch (state) {
    case RowState::Valid:
        return tr("Valid");
    case RowState::Unlicensed:
        return tr("No license");
    case RowState::Duplicate:
        return tr("Duplicate");
    case RowState::Rejected:
        return tr("Rejected");
    case RowState::OperationSucceeded:
        return tr("Succeeded");
    case RowState::OperationFailed:
        return tr("Failed");
    }
    return {};
}

const RejectedDevice* DeviceListModel::rejectedAt(int row) const
{
    if (kindAt(row) != Kind::Rejected)
        return nullptr;
    return &m_rejected[valueAt(row)];
}

QString DeviceListModel::reasonTextAt(int row) const
{
    const std::uint8_t s = stateByteAt(row);
    if ((s & (OpFailedBit | OpSucceededBit)) && reasonIdAt(row) != 0)
        return m_reasons.at(reasonIdAt(row));
    if ((s & KindMask) == std::uint8_t(Kind::Rejected))
        return m_rejected[valueAt(row)].message;
    return stateReasonText(s);
}

QString DeviceListModel::stateReasonText(std::uint8_t s)
{
    switch (Kind(s & KindMask)) {
    case Kind::Rejected:
        return {};
    case Kind::Duplicate:
        return tr("This IMEI is already in the list: merge duplicates to keep one row.");
    case Kind::Valid:
        break;
    }
    if (s & UnlicensedBit)
        return tr("No FOTA license is attached to this device: assign one first, or turn on "
                  "automatic license assignment.");
    return {};
}

qsizetype DeviceListModel::storageBytes() const
{
    qsizetype bytes = qsizetype(m_values.capacity() * sizeof(std::uint64_t) +
                                m_states.capacity() * sizeof(std::uint8_t) +
                                m_reasonIds.capacity() * sizeof(std::uint16_t) +
                                m_byImei.capacity() * sizeof(std::uint32_t) +
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
