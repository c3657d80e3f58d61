// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/DeviceStatusModel.h"

#include "core/CsvWriter.h"
#include "core/DisplayFormat.h"
#include "core/DisplayText.h"
#include "core/Imei.h"
#include "models/ImeiDigits.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

constexpr int kTimeColumns = 3;

QString digitsOf(std::uint64_t value)
{
    char buf[ImeiDigits::Length];
    ImeiDigits::write(value, buf);
    return QString::fromLatin1(buf, ImeiDigits::Length);
}

int timeIndexOf(int column)
{
    switch (column) {
    case DeviceStatusModel::UpdatedColumn:
        return 0;
    case DeviceStatusModel::RecentAttemptColumn:
        return 1;
    case DeviceStatusModel::NextAttemptColumn:
        return 2;
    default:
        return -1;
    }
}

} // namespace

DeviceStatusModel::DeviceStatusModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_zone(QTimeZone::systemTimeZone())
{
    m_strings.append(QString());
    m_stringIds.insert(QString(), 0);
}

DeviceStatusModel::~DeviceStatusModel() = default;

int DeviceStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeviceStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeviceStatusModel::deviceIdAt(int row) const
{
    const Row& r = m_rows[std::size_t(row)];
    return r.imei ? digitsOf(r.imei) : m_strings.at(r.deviceText);
}

QString DeviceStatusModel::rawTime(int row, int which) const
{
    return m_rawTimes.value(std::uint64_t(row) * kTimeColumns + std::uint64_t(which));
}

QVariant DeviceStatusModel::timeData(int row, int which, int role) const
{
    const qint64 ms = m_rows[std::size_t(row)].times[std::size_t(which)];
    if (ms == NoTime) {
        const QString raw = rawTime(row, which);
        if (raw.isEmpty())
            return {};
        return raw; // shown as it came, for every role
    }
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const QDateTime local = utc.toTimeZone(m_zone);
    switch (role) {
    case Qt::DisplayRole:
        return DisplayFormat::withUtc(utc, m_zone);
    case Qt::ToolTipRole:
        return DisplayFormat::withUtc(utc, m_zone, DisplayFormat::Seconds::Show);
    case RawValueRole:
        return ms;
    case UtcTextRole:
        return Timestamp::format(utc);
    case LocalTextRole:
        return DisplayFormat::dateTime(local);
    default:
        return {};
    }
}

QVariant DeviceStatusModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Row& r = m_rows[std::size_t(row)];
    const int col = index.column();
    const int which = timeIndexOf(col);
    if (which >= 0 && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == RawValueRole ||
                       role == UtcTextRole || role == LocalTextRole))
        return timeData(row, which, role);
    if (col == FirmwareCheckColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole ||
                                       role == RawValueRole || role == Qt::DecorationRole))
        return firmwareCheckData(row, role);
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case ImeiColumn:
            return deviceIdAt(row);
        case StatusColumn:
            return StatusClassifier::deviceStatusLabel(m_strings.at(r.status));
        case GroupColumn:
            return StatusClassifier::groupLabel(r.group);
        case ReasonColumn: // the server's words, control characters shown escaped
            return DisplayText::escapeControls(m_strings.at(r.reason));
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (col == StatusColumn || col == GroupColumn)
            return StatusGroupStyle::color(r.group);
        return {};
    case Qt::ToolTipRole:
        if (col == StatusColumn)
            return m_strings.at(r.status);
        if (col == ReasonColumn && r.reason)
            return DisplayText::escapeControls(m_strings.at(r.reason),
                                               DisplayText::LineBreaks::Keep);
        return {};
    case RawValueRole:
        switch (col) {
        case ImeiColumn:
            return r.imei ? QVariant::fromValue<quint64>(r.imei) : QVariant(deviceIdAt(row));
        case StatusColumn:
            return m_strings.at(r.status);
        case GroupColumn:
            return int(r.group);
        case ReasonColumn:
            return m_strings.at(r.reason);
        default:
            return {};
        }
    case StatusGroupRole:
        return int(r.group);
    case StatusRole:
        return m_strings.at(r.status);
    case ReasonRole:
        return m_strings.at(r.reason);
    case DeviceIdRole:
        return deviceIdAt(row);
    default:
        return {};
    }
}

QVariant DeviceStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ImeiColumn:
        return tr("IMEI");
    case StatusColumn:
        return tr("Status");
    case GroupColumn:
        return tr("Group");
    case ReasonColumn:
        return tr("Reason");
    case UpdatedColumn:
        return tr("Updated");
    case RecentAttemptColumn:
        return tr("Last attempt");
    case NextAttemptColumn:
        return tr("Next attempt");
    case FirmwareCheckColumn:
        return tr("Firmware check");
    default:
        return {};
    }
}

QVariant DeviceStatusModel::firmwareCheckData(int row, int role) const
{
    const std::optional<FirmwareVerdict> verdict = firmwareVerdictAt(row);
    if (!verdict)
        return {};
    const QString& text = m_strings.at(m_checkTexts[std::size_t(row)]);
    switch (role) {
    case Qt::DisplayRole:
        return *verdict == FirmwareVerdict::Mismatch ? tr("Mismatch: %1").arg(text)
                                                     : FirmwareVerification::label(*verdict);
    case Qt::ToolTipRole: {
        FirmwareCheck check;
        check.verdict = *verdict;
        (*verdict == FirmwareVerdict::NotReported ? check.reason : check.reportedFirmware) = text;
        return FirmwareVerification::explain(check, m_checkFirmwareTo);
    }
    case RawValueRole:
        return FirmwareVerification::code(*verdict);
    case Qt::DecorationRole:
        switch (*verdict) {
        case FirmwareVerdict::Verified:
            return StatusGroupStyle::color(StatusGroup::Succeeded);
        case FirmwareVerdict::Mismatch:
            return StatusGroupStyle::color(StatusGroup::Failed);
        case FirmwareVerdict::NotReported:
            return StatusGroupStyle::color(StatusGroup::Unknown);
        }
        return {};
    default:
        return {};
    }
}

void DeviceStatusModel::setFirmwareChecks(const FirmwareVerificationResult& result)
{
    m_checks.assign(m_rows.size(), 0);
    m_checkTexts.assign(m_rows.size(), 0);
    m_checkFirmwareTo = result.firmwareTo;
    QHash<QString, qsizetype> byId;
    byId.reserve(result.devices.size());
    for (qsizetype i = 0; i < result.devices.size(); ++i)
        byId.insert(result.devices.at(i).deviceId, i);
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        const auto it = byId.constFind(deviceIdAt(int(row)));
        if (it == byId.cend())
            continue;
        const FirmwareCheck& c = result.devices.at(it.value());
        m_checks[row] = std::uint8_t(1 + int(c.verdict));
        m_checkTexts[row] =
            intern(c.verdict == FirmwareVerdict::NotReported ? c.reason : c.reportedFirmware);
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, FirmwareCheckColumn),
                           index(rowCount() - 1, FirmwareCheckColumn));
}

void DeviceStatusModel::clearFirmwareChecks()
{
    if (m_checks.empty())
        return;
    m_checks = {};
    m_checkTexts = {};
    m_checkFirmwareTo.clear();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, FirmwareCheckColumn),
                           index(rowCount() - 1, FirmwareCheckColumn));
}

std::optional<FirmwareVerdict> DeviceStatusModel::firmwareVerdictAt(int row) const
{
    if (row < 0 || std::size_t(row) >= m_checks.size() || m_checks[std::size_t(row)] == 0)
        return std::nullopt;
    return FirmwareVerdict(m_checks[std::size_t(row)] - 1);
}

QString DeviceStatusModel::firmwareCheckTextAt(int row) const
{
    if (!firmwareVerdictAt(row))
        return {};
    return m_strings.at(m_checkTexts[std::size_t(row)]);
}

std::uint32_t DeviceStatusModel::intern(const QString& text)
{
    const auto it = m_stringIds.constFind(text);
    if (it != m_stringIds.cend())
        return it.value();
    const auto id = std::uint32_t(m_strings.size());
    m_strings.append(text);
    m_stringIds.insert(text, id);
    return id;
}

bool DeviceStatusModel::rowLess(const Row& a, const Row& b) const
{
    if (a.imei && b.imei)
        return a.imei < b.imei;
    if (a.imei || b.imei)
        return a.imei != 0; // IMEIs before other device ids
    return m_strings.at(a.deviceText) < m_strings.at(b.deviceText);
}

qsizetype DeviceStatusModel::orderedPosition(const std::vector<Row>& rows) const
{
    for (std::size_t i = 1; i < rows.size(); ++i) {
        if (rowLess(rows[i], rows[i - 1]))
            return -1;
    }
    // After every row that is not greater than the first new one (equal ids keep arrival
    // order, as a stable sort would), and only if the last new one fits before the next.
    const auto at = std::upper_bound(
        m_rows.begin(), m_rows.end(), rows.front(),
        [this](const Row& value, const Row& element) { return rowLess(value, element); });
    if (at != m_rows.end() && rowLess(*at, rows.back()))
        return -1;
    return qsizetype(at - m_rows.begin());
}

void DeviceStatusModel::appendPage(const QList<wire::DeviceStatus>& page)
{
    if (page.isEmpty())
        return;
    std::vector<Row> rows;
    rows.reserve(std::size_t(page.size()));
    QList<std::pair<std::uint64_t, QString>> rawTimes; // (index in rows * 3 + which, text)
    for (const wire::DeviceStatus& d : page) {
        Row r;
        if (const std::optional<Imei> imei = Imei::fromString(d.deviceId))
            r.imei = imei->value();
        else
            r.deviceText = intern(d.deviceId);
        r.status = intern(d.status);
        r.reason = intern(d.resultReason);
        const std::uint64_t key = (std::uint64_t(r.status) << 32) | r.reason;
        auto g = m_groupCache.constFind(key);
        if (g == m_groupCache.cend())
            g = m_groupCache.insert(key,
                                    StatusClassifier::deviceStatusGroup(d.status, d.resultReason));
        r.group = g.value();
        const Timestamp* times[kTimeColumns] = {&d.updatedTime, &d.recentAttemptTime,
                                                &d.nextAttemptTime};
        for (int k = 0; k < kTimeColumns; ++k) {
            if (times[k]->isValid())
                r.times[std::size_t(k)] = times[k]->utc.toMSecsSinceEpoch();
            else if (!times[k]->isNull())
                rawTimes.append(
                    {std::uint64_t(rows.size()) * kTimeColumns + std::uint64_t(k), times[k]->raw});
        }
        rows.push_back(r);
    }

    const qsizetype ordered = m_imeiOrdered ? orderedPosition(rows) : -1;
    const bool lostOrder = m_imeiOrdered && ordered < 0;
    const qsizetype first = ordered >= 0 ? ordered : qsizetype(m_rows.size());
    const qsizetype count = qsizetype(rows.size());
    beginInsertRows({}, int(first), int(first + count) - 1);
    // Grow geometrically: an exact reserve per page would copy every row on every page.
    if (const std::size_t need = m_rows.size() + rows.size(); need > m_rows.capacity())
        m_rows.reserve(std::max(need, m_rows.capacity() * 2));
    if (first < qsizetype(m_rows.size()) && !m_rawTimes.isEmpty()) {
        // Rows after the insertion move down: so do their unparseable times (rare).
        QHash<std::uint64_t, QString> moved;
        moved.reserve(m_rawTimes.size());
        const std::uint64_t from = std::uint64_t(first) * kTimeColumns;
        for (auto it = m_rawTimes.cbegin(); it != m_rawTimes.cend(); ++it)
            moved.insert(it.key() >= from ? it.key() + std::uint64_t(count) * kTimeColumns
                                          : it.key(),
                         it.value());
        m_rawTimes = std::move(moved);
    }
    m_rows.insert(m_rows.begin() + first, rows.begin(), rows.end());
    for (const auto& [key, text] : rawTimes)
        m_rawTimes.insert(key + std::uint64_t(first) * kTimeColumns, text);
    for (const Row& r : rows)
        ++m_counts[std::size_t(StatusGroupStyle::slot(r.group))];
    if (!m_checks.empty()) { // rows that came after a verification are not verified
        m_checks.insert(m_checks.begin() + first, rows.size(), 0);
        m_checkTexts.insert(m_checkTexts.begin() + first, rows.size(), 0);
    }
    if (lostOrder)
        m_imeiOrdered = false;
    endInsertRows();
    if (lostOrder)
        Q_EMIT orderLost();
    Q_EMIT countsChanged();
}

void DeviceStatusModel::reserve(qsizetype rows)
{
    if (rows > 0 && std::size_t(rows) > m_rows.capacity())
        m_rows.reserve(std::size_t(rows));
}

void DeviceStatusModel::clear()
{
    beginResetModel();
    m_rows = {};
    m_strings = QStringList{QString()};
    m_stringIds.clear();
    m_stringIds.insert(QString(), 0);
    m_groupCache.clear();
    m_rawTimes.clear();
    m_counts = {};
    m_checks = {};
    m_checkTexts = {};
    m_checkFirmwareTo.clear();
    m_imeiOrdered = true;
    endResetModel();
    Q_EMIT countsChanged();
}

void DeviceStatusModel::setDisplayTimeZone(const QTimeZone& zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, UpdatedColumn), index(rowCount() - 1, NextAttemptColumn));
}

wire::DeviceStatus DeviceStatusModel::deviceStatusAt(int row) const
{
    const Row& r = m_rows[std::size_t(row)];
    wire::DeviceStatus d;
    d.deviceId = deviceIdAt(row);
    d.status = m_strings.at(r.status);
    d.resultReason = m_strings.at(r.reason);
    Timestamp* times[kTimeColumns] = {&d.updatedTime, &d.recentAttemptTime, &d.nextAttemptTime};
    for (int k = 0; k < kTimeColumns; ++k) {
        if (r.times[std::size_t(k)] != NoTime) {
            times[k]->utc = QDateTime::fromMSecsSinceEpoch(r.times[std::size_t(k)], Qt::UTC);
            times[k]->raw = Timestamp::format(times[k]->utc);
        } else {
            times[k]->raw = rawTime(row, k);
        }
    }
    return d;
}

QByteArray DeviceStatusModel::toCsv() const
{
    CsvWriter out;
    out.reserve(qsizetype(m_rows.size()) * 96 + 80);
    writeCsvHeader(out);
    for (int row = 0; row < rowCount(); ++row)
        writeCsvRow(out, row);
    return out.take();
}

void DeviceStatusModel::writeCsvHeader(CsvWriter& out)
{
    out.row({u"imei", u"status", u"group", u"reason", u"updatedTime", u"recentAttemptTime",
             u"nextAttemptTime", u"firmwareCheck", u"reportedFirmware", u"firmwareCheckReason"});
}

void DeviceStatusModel::writeCsvRow(CsvWriter& out, int row) const
{
    const wire::DeviceStatus d = deviceStatusAt(row);
    out.cell(d.deviceId)
        .cell(d.status)
        .cell(StatusClassifier::groupCode(m_rows[std::size_t(row)].group))
        .cell(d.resultReason);
    for (const Timestamp* t : {&d.updatedTime, &d.recentAttemptTime, &d.nextAttemptTime})
        out.cell(t->raw);
    const std::optional<FirmwareVerdict> verdict = firmwareVerdictAt(row);
    const QString text = firmwareCheckTextAt(row);
    const bool reported = verdict && *verdict != FirmwareVerdict::NotReported;
    out.cell(verdict ? FirmwareVerification::code(*verdict) : QString())
        .cell(reported ? text : QString())
        .cell(verdict && !reported ? text : QString());
    out.endRow();
}

qsizetype DeviceStatusModel::storageBytes() const
{
    qsizetype bytes = qsizetype(m_rows.capacity() * sizeof(Row) + m_checks.capacity() +
                                m_checkTexts.capacity() * sizeof(std::uint32_t));
    for (const QString& s : m_strings)
        bytes += s.capacity() * 2;
    return bytes;
}

} // namespace fotadesk
