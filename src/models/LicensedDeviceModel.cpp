// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/LicensedDeviceModel.h"

#include "core/CsvWriter.h"
#include "core/DisplayFormat.h"

using namespace Qt::StringLiterals;

namespace fotadesk {

LicensedDeviceModel::LicensedDeviceModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

LicensedDeviceModel::~LicensedDeviceModel() = default;

int LicensedDeviceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_devices.size());
}

int LicensedDeviceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LicensedDeviceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_devices.size())
        return {};
    const wire::LicensedDevice& d = m_devices.at(index.row());
    if (role == Qt::DisplayRole) {
        if (index.column() == ImeiColumn)
            return d.deviceId;
        return d.assignmentTime.isValid()
                   ? DisplayFormat::dateTime(d.assignmentTime.utc.toLocalTime())
                   : d.assignmentTime.raw;
    }
    if (role == SortRole) {
        if (index.column() == ImeiColumn)
            return d.deviceId;
        return d.assignmentTime.isValid() ? d.assignmentTime.utc.toMSecsSinceEpoch() : qint64(0);
    }
    return {};
}

QVariant LicensedDeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == ImeiColumn ? tr("IMEI") : tr("Licensed since");
}

void LicensedDeviceModel::append(const QList<wire::LicensedDevice>& devices)
{
    if (devices.isEmpty())
        return;
    const int first = static_cast<int>(m_devices.size());
    beginInsertRows({}, first, first + static_cast<int>(devices.size()) - 1);
    m_devices.append(devices);
    endInsertRows();
}

void LicensedDeviceModel::clear()
{
    beginResetModel();
    m_devices.clear();
    endResetModel();
}

QByteArray LicensedDeviceModel::toCsv(const QList<int>& rows) const
{
    CsvWriter csv;
    csv.row({u"deviceId", u"licensedSince"});
    const auto write = [&csv](const wire::LicensedDevice& d) {
        csv.cell(d.deviceId).cell(d.assignmentTime.raw).endRow();
    };
    if (rows.isEmpty()) {
        for (const auto& d : m_devices)
            write(d);
    } else {
        for (int row : rows)
            write(m_devices.at(row));
    }
    return csv.take();
}

} // namespace fotadesk
