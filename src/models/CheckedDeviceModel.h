// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/InventoryCheckReport.h"

#include <QAbstractTableModel>
#include <QList>

namespace fotadesk {

/// The devices behind one count of a pre-flight check (InventoryCheckReport), as a table:
/// IMEI and the sentence that says why (DeviceInventoryCheck::explain). Read-only; set() swaps
/// the rows in one reset.
class CheckedDeviceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckedDeviceModel)

public:
    enum Column
    {
        ImeiColumn,
        DetailColumn,
        ColumnCount
    };

    explicit CheckedDeviceModel(QObject* parent = nullptr);
    ~CheckedDeviceModel() override;

    void set(QList<CheckedDevice> devices, const PackageFacts& package);
    void clear();
    [[nodiscard]] const QList<CheckedDevice>& devices() const { return m_devices; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CheckedDevice> m_devices;
    PackageFacts m_package;
};

} // namespace fotadesk
