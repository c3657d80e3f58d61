// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/StatusGroup.h"

#include <QList>
#include <QSortFilterProxyModel>

#include <vector>

namespace fotadesk {

class DeviceStatusModel;

/// Filters over a DeviceStatusModel: status groups (empty: all), reason text
/// (case-insensitive substring of the reason or the raw status) and IMEI (a
/// substring of the device id). Reads the model's storage directly (one
/// reason test per distinct reason, not per row) and sorts by raw values
/// (times as times, IMEIs as numbers).
class DeviceStatusFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceStatusFilterModel)

public:
    explicit DeviceStatusFilterModel(QObject* parent = nullptr);
    ~DeviceStatusFilterModel() override;

    /// Only a DeviceStatusModel (or nullptr) is accepted.
    void setSourceModel(QAbstractItemModel* sourceModel) override;

    void setStatusGroups(const QList<StatusGroup>& groups);
    void setReasonText(const QString& text);
    void setImeiText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    [[nodiscard]] bool textMatches(std::uint32_t id) const;

    DeviceStatusModel* m_model = nullptr;
    std::uint32_t m_groupMask = 0; ///< bit per StatusGroup value; 0 = all
    QString m_reason;
    QString m_imei;
    mutable std::vector<signed char> m_textMatch; ///< per interned string: -1 unknown, 0, 1
};

} // namespace fotadesk
