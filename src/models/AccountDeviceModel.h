// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <cstdint>
#include <limits>
#include <vector>

namespace fotadesk {

class CsvWriter;

/// The account's device inventory (GET /devices/{acc}, V3AccountDevice rows), filled page by
/// page: appendDevices() is one insertion (the loader hands it slices of a few hundred rows,
/// so no turn of the event loop does much). Makes, models, firmware versions and protocols
/// are interned (an account of 100,000 devices has a few dozen of each), times are UTC
/// milliseconds: a row costs about 40 bytes besides its IMEI and MDN texts.
///
/// Columns: Imei, Make, Model, Firmware, Protocol, Eligible, Licensed, LastConnection.
/// "Last connection" is the device's refreshTime — the listing states no connection time, and
/// refreshTime is the fact the pre-flight check also reads (wire::toInventoryRecord). It is
/// shown as a date and time in the display zone, in the user's locale (DisplayFormat), with
/// UTC in the tooltip.
///
/// Roles: Qt::DisplayRole (the text), Qt::ToolTipRole, RawValueRole (sort value: the IMEI as
/// a number when it is one, texts, bools, UTC ms or invalid), DeviceIdRole (the device id).
class AccountDeviceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDeviceModel)

public:
    enum Column
    {
        ImeiColumn,
        MakeColumn,
        ModelColumn,
        FirmwareColumn,
        ProtocolColumn,
        EligibleColumn,
        LicensedColumn,
        LastConnectionColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        DeviceIdRole,
    };
    /// The interned text fields of a row.
    enum class Field : std::uint8_t
    {
        Make,
        Model,
        Firmware,
        Protocol,
    };
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    explicit AccountDeviceModel(QObject* parent = nullptr);
    ~AccountDeviceModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Appends devices (one insertion; nothing for an empty list). Emits valuesChanged() when
    /// a make, model, firmware or protocol appears that was not there before.
    void appendDevices(const QList<wire::AccountDevice>& devices);
    void clear();
    void setDisplayTimeZone(const QTimeZone& zone);
    [[nodiscard]] QTimeZone displayTimeZone() const { return m_zone; }

    /// The distinct values of a field, sorted (case-insensitively, then exactly).
    [[nodiscard]] QStringList distinctValues(Field field) const;

    // --- direct access for the filter ---------------------------------------------------
    [[nodiscard]] const QString& deviceIdAt(int row) const
    {
        return m_rows[std::size_t(row)].deviceId;
    }
    [[nodiscard]] std::uint32_t fieldIdAt(int row, Field field) const
    {
        return m_rows[std::size_t(row)].fields[std::size_t(field)];
    }
    /// The id of an interned text, or 0 when no row has it (id 0 is "" too).
    [[nodiscard]] std::uint32_t idOf(const QString& text) const { return m_ids.value(text, 0); }
    [[nodiscard]] const QString& text(std::uint32_t id) const { return m_strings.at(id); }
    [[nodiscard]] bool isEligible(int row) const { return m_rows[std::size_t(row)].eligible; }
    [[nodiscard]] bool isLicensed(int row) const { return m_rows[std::size_t(row)].licensed; }
    /// refreshTime in UTC ms, NoTime when absent or unparseable.
    [[nodiscard]] qint64 lastConnectionAt(int row) const
    {
        return m_rows[std::size_t(row)].lastConnection;
    }

    /// "imei,mdn,make,model,firmware,protocol,fotaEligible,licenseAssigned,status,
    /// lastConnection" (the names fotactl devices list --csv uses, plus the time).
    static void writeCsvHeader(CsvWriter& out);
    /// One row; the time in ISO 8601 UTC (empty when unknown).
    void writeCsvRow(CsvWriter& out, int row) const;

Q_SIGNALS:
    /// New distinct values arrived (the filters' choices grow).
    void valuesChanged();

private:
    struct Row
    {
        QString deviceId;
        std::uint64_t imei = 0; ///< numeric sort key (0: the id is not all digits)
        QString mdn;
        std::uint32_t status = 0;
        std::array<std::uint32_t, 4> fields{}; ///< by Field
        qint64 lastConnection = NoTime;
        bool eligible = false;
        bool licensed = false;
    };
    std::uint32_t intern(const QString& text, bool* isNew = nullptr);
    [[nodiscard]] QVariant timeData(const Row& row, int role) const;

    std::vector<Row> m_rows;
    QStringList m_strings;
    QHash<QString, std::uint32_t> m_ids;
    /// Per Field: the ids its rows use.
    std::array<QSet<std::uint32_t>, 4> m_used;
    QTimeZone m_zone;
};

} // namespace fotadesk
