// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"
#include "core/FirmwareVerification.h"
#include "core/StatusGroup.h"
#include "models/StatusGroupStyle.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace fotadesk {

class CsvWriter;

/// A campaign's per-device status report (V3DeviceStatus rows), filled page by
/// page as the report is read: each page is one insertion, statuses and
/// reasons are interned (a 100,000-device campaign has a handful of distinct
/// ones), IMEIs are kept as 64-bit values and times as UTC milliseconds, so a
/// row costs about 40 bytes.
///
/// Columns: Imei, Status (label of a known status, else verbatim), Group,
/// Reason, Updated, RecentAttempt, NextAttempt, FirmwareCheck (the verdict of the last
/// "Verify firmware", setFirmwareChecks(); empty before one). Times display in the display
/// zone (default: the system's) with UTC beside them, in the user's locale
/// (DisplayFormat): "2026-03-01 15:05 (14:05 UTC)" (C), "01.03.2026 15:05 (14:05 UTC)"
/// (de); an unparseable time is shown as it came.
///
/// Roles:
///   Qt::DisplayRole      the text above
///   Qt::DecorationRole   Status/Group columns: the group's badge colour
///   Qt::ToolTipRole      times: local and UTC in full; status: raw text
///   RawValueRole         sort/filter value: quint64 IMEI (or the device id text),
///                        raw status, int(StatusGroup), reason, qint64 UTC ms (or
///                        the raw text when unparseable, invalid when absent)
///   StatusGroupRole      int(StatusGroup) (any column)
///   StatusRole           raw status; ReasonRole raw reason; DeviceIdRole the id
///   UtcTextRole          times: ISO 8601 UTC; LocalTextRole times: local only (locale)
class DeviceStatusModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceStatusModel)

public:
    enum Column
    {
        ImeiColumn,
        StatusColumn,
        GroupColumn,
        ReasonColumn,
        UpdatedColumn,
        RecentAttemptColumn,
        NextAttemptColumn,
        FirmwareCheckColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        StatusGroupRole,
        StatusRole,
        ReasonRole,
        DeviceIdRole,
        UtcTextRole,
        LocalTextRole,
    };
    enum class Time : std::uint8_t
    {
        Updated,
        RecentAttempt,
        NextAttempt
    };
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();
    using GroupCounts =
        std::array<qint64, StatusGroupStyle::GroupCount>; ///< by StatusGroupStyle::slot

    explicit DeviceStatusModel(QObject* parent = nullptr);
    ~DeviceStatusModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Adds one report page (one insertion, counts updated once). The rows stay in IMEI order
    /// (IMEIs by value, then other device ids by text; see isImeiOrdered()): a page, or a
    /// slice of one, in that order whose IMEIs fall between two rows already here is inserted
    /// there, so the range-parallel read's pages, arriving out of order, still make an ordered
    /// table that the view need not sort. A page that is not in order, or overlaps rows already
    /// here, is appended at the end and the order is given up (until clear()).
    void appendPage(const QList<wire::DeviceStatus>& page);
    /// True while the rows are in IMEI order (the order DeviceStatusFilterModel sorts the IMEI
    /// column in); orderLost() when that ends.
    [[nodiscard]] bool isImeiOrdered() const { return m_imeiOrdered; }
    /// Makes room for `rows` rows in all (the report's totalDevice, once known), so that
    /// appending never moves the rows to a larger block: with 100,000 rows one such move (and
    /// the fresh memory's page faults) costs more than a whole slice of appends.
    void reserve(qsizetype rows);
    [[nodiscard]] qsizetype capacity() const { return qsizetype(m_rows.capacity()); }
    void clear();
    /// The zone times are displayed in (besides UTC).
    void setDisplayTimeZone(const QTimeZone& zone);
    [[nodiscard]] QTimeZone displayTimeZone() const { return m_zone; }

    [[nodiscard]] GroupCounts countsByGroup() const { return m_counts; }
    [[nodiscard]] qint64 count(StatusGroup group) const
    {
        return m_counts[std::size_t(StatusGroupStyle::slot(group))];
    }
    /// The row as a wire value again (for export and detail views).
    [[nodiscard]] wire::DeviceStatus deviceStatusAt(int row) const;
    /// The whole table as a CSV file (CsvWriter's rules: UTF-8 with BOM, CRLF, formulas
    /// neutralised): the header row of writeCsvHeader(), then writeCsvRow() of every row.
    [[nodiscard]] QByteArray toCsv() const;
    /// "imei,status,group,reason,updatedTime,recentAttemptTime,nextAttemptTime,firmwareCheck,
    /// reportedFirmware,firmwareCheckReason".
    static void writeCsvHeader(CsvWriter& out);
    /// One row: times in ISO 8601 UTC (or as received when unparseable); the firmware check as
    /// its code (FirmwareVerification::code), empty when the device was not verified.
    void writeCsvRow(CsvWriter& out, int row) const;

    // --- "Verify firmware" ------------------------------------------------------------------
    /// Shows each verified device's verdict (matched by device id; rows the result does not
    /// name stay empty). Replaces earlier checks.
    void setFirmwareChecks(const FirmwareVerificationResult& result);
    void clearFirmwareChecks();
    [[nodiscard]] bool hasFirmwareChecks() const { return !m_checks.empty(); }
    /// The verdict of a row (nullopt: not verified).
    [[nodiscard]] std::optional<FirmwareVerdict> firmwareVerdictAt(int row) const;
    /// The firmware a verified row reports, or why it did not report.
    [[nodiscard]] QString firmwareCheckTextAt(int row) const;
    [[nodiscard]] qsizetype storageBytes() const;

    // --- direct access for proxies ----------------------------------------------
    [[nodiscard]] std::uint64_t imeiValueAt(int row) const { return m_rows[std::size_t(row)].imei; }
    [[nodiscard]] QString deviceIdAt(int row) const;
    [[nodiscard]] StatusGroup groupAt(int row) const { return m_rows[std::size_t(row)].group; }
    [[nodiscard]] std::uint32_t statusIdAt(int row) const
    {
        return m_rows[std::size_t(row)].status;
    }
    [[nodiscard]] std::uint32_t reasonIdAt(int row) const
    {
        return m_rows[std::size_t(row)].reason;
    }
    /// Interned texts (statuses, reasons, device ids that are not IMEIs); id 0 is "".
    [[nodiscard]] const QStringList& strings() const { return m_strings; }
    /// UTC milliseconds, or NoTime when absent or unparseable.
    [[nodiscard]] qint64 timeAt(int row, Time which) const
    {
        return m_rows[std::size_t(row)].times[std::size_t(which)];
    }

Q_SIGNALS:
    void countsChanged();
    /// The rows are no longer in IMEI order (emitted after the insertion that ended it).
    void orderLost();

private:
    struct Row
    {
        std::uint64_t imei = 0; ///< 0: the device id is not an IMEI (see deviceText)
        std::uint32_t deviceText = 0;
        std::uint32_t status = 0;
        std::uint32_t reason = 0;
        StatusGroup group = StatusGroup::Unknown;
        std::array<qint64, 3> times{NoTime, NoTime, NoTime};
    };
    std::uint32_t intern(const QString& text);
    /// The IMEI column's order: IMEIs by value before other device ids by text.
    [[nodiscard]] bool rowLess(const Row& a, const Row& b) const;
    /// Where `rows` (in order) can go without breaking the order; -1 when nowhere.
    [[nodiscard]] qsizetype orderedPosition(const std::vector<Row>& rows) const;
    [[nodiscard]] QString rawTime(int row, int which) const;
    [[nodiscard]] QVariant timeData(int row, int which, int role) const;

    [[nodiscard]] QVariant firmwareCheckData(int row, int role) const;

    std::vector<Row> m_rows;
    /// Per row while checks are set: 0 not verified, else 1 + FirmwareVerdict.
    std::vector<std::uint8_t> m_checks;
    std::vector<std::uint32_t> m_checkTexts; ///< per row: interned firmware or reason
    QString m_checkFirmwareTo;
    QStringList m_strings;
    QHash<QString, std::uint32_t> m_stringIds;
    QHash<std::uint64_t, StatusGroup> m_groupCache; ///< (status id << 32 | reason id)
    QHash<std::uint64_t, QString> m_rawTimes;       ///< (row * 3 + which): unparseable times
    GroupCounts m_counts{};
    QTimeZone m_zone;
    bool m_imeiOrdered = true;
};

} // namespace fotadesk
