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
///
/// The IMEI column ascending (the table's default) is the model's own row order while
/// DeviceStatusModel::isImeiOrdered(): then the proxy keeps the source order instead of
/// sorting, so swapping in a refreshed 100,000-row model, or adding rows to it, costs no sort
/// (a sort of 100,000 rows through lessThan() took about 30 ms of the GUI thread). When the
/// model loses that order, or another column or order is asked for, the proxy sorts.
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

    /// The column and order asked for (QSortFilterProxyModel's own say -1 while the model's
    /// order is used for the IMEI column).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// True while the rows are shown in the model's order rather than sorted here.
    [[nodiscard]] bool usesSourceOrder() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    [[nodiscard]] bool textMatches(std::uint32_t id) const;
    /// Sorts (or keeps the source order) for m_sortColumn/m_sortOrder.
    void applySort();

    DeviceStatusModel* m_model = nullptr;
    std::uint32_t m_groupMask = 0; ///< bit per StatusGroup value; 0 = all
    QString m_reason;
    QString m_imei;
    mutable std::vector<signed char> m_textMatch; ///< per interned string: -1 unknown, 0, 1
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QMetaObject::Connection m_orderLost;
};

} // namespace fotadesk
