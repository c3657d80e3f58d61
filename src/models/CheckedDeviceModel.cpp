// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/CheckedDeviceModel.h"

namespace fotadesk {

CheckedDeviceModel::CheckedDeviceModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

CheckedDeviceModel::~CheckedDeviceModel() = default;

void CheckedDeviceModel::set(QList<CheckedDevice> devices, const PackageFacts& package)
{
    beginResetModel();
    m_devices = std::move(devices);
    m_package = package;
    endResetModel();
}

void CheckedDeviceModel::clear()
{
    set({}, m_package);
}

int CheckedDeviceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_devices.size());
}

int CheckedDeviceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckedDeviceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_devices.size())
        return {};
    const CheckedDevice& d = m_devices.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (index.column() == ImeiColumn)
            return d.deviceId;
        return DeviceInventoryCheck::explain(d.check, m_package);
    }
    if (role == Qt::UserRole)
        return DeviceInventoryCheck::code(d.check.verdict);
    return {};
}

QVariant CheckedDeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == ImeiColumn ? tr("IMEI") : tr("Why");
}

} // namespace fotadesk
