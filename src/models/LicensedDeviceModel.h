// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace fotadesk {

/// The account's licensed devices (GET /licenses/{acc}, LicensePager) for the Licenses page:
/// IMEI and since when it holds a FOTA license, appended page by page.
///
/// Roles: Qt::DisplayRole (the IMEI; the time in the locale's format), SortRole (the IMEI;
/// the time in milliseconds since the epoch, 0 when unknown).
class LicensedDeviceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicensedDeviceModel)

public:
    enum Column
    {
        ImeiColumn,
        SinceColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1
    };

    explicit LicensedDeviceModel(QObject* parent = nullptr);
    ~LicensedDeviceModel() override;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    void append(const QList<wire::LicensedDevice>& devices);
    void clear();
    [[nodiscard]] const wire::LicensedDevice& deviceAt(int row) const { return m_devices.at(row); }

    /// CSV (deviceId, licensedSince as sent by the service) of `rows` (all when empty).
    [[nodiscard]] QByteArray toCsv(const QList<int>& rows = {}) const;

private:
    QList<wire::LicensedDevice> m_devices;
};

} // namespace fotadesk
