// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/DeviceListModel.h"

#include <QAbstractProxyModel>
#include <QPointer>

#include <array>
#include <cstdint>
#include <vector>

namespace fotadesk {

/// Filter-as-you-type and sorting over a DeviceListModel that reads the
/// model's compact storage directly (no data() call, no QVariant, no QString
/// per row), so one keystroke over 1,000,000 rows stays well under 100 ms.
///
/// Filter text: when it is made only of digits (spaces and dashes ignored) it
/// matches IMEIs containing those digits anywhere; any text also matches,
/// case-insensitively, the rejected text, the state label and the reason.
/// Typing more characters narrows the previous result instead of rescanning.
/// A state filter (set of DeviceListModel::RowState) applies on top.
///
/// Sorting: by IMEI (through the model's by-IMEI index: linear, not n log n),
/// state, reason or line; -1 keeps the model's order. Filter and sort changes
/// reset the proxy (views keep no per-row state for a million rows anyway).
/// Roles and columns are the source model's.
class DeviceListFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceListFilterModel)

public:
    explicit DeviceListFilterModel(QObject* parent = nullptr);
    ~DeviceListFilterModel() override;

    /// Only a DeviceListModel (or nullptr) is accepted.
    void setSourceModel(QAbstractItemModel* sourceModel) override;
    [[nodiscard]] DeviceListModel* deviceListModel() const { return m_model; }

    void setFilterText(const QString& text);
    [[nodiscard]] QString filterText() const { return m_text; }
    /// Rows whose RowState is in `states` pass; an empty list lets every state pass.
    void setStateFilter(const QList<DeviceListModel::RowState>& states);
    [[nodiscard]] QList<DeviceListModel::RowState> stateFilter() const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Source rows of the given proxy indexes (each row once, ascending).
    [[nodiscard]] QList<int> sourceRows(const QModelIndexList& proxyIndexes) const;
    /// Source rows of every row that passes the filter, ascending.
    [[nodiscard]] QList<int> allSourceRows() const;

    // QAbstractProxyModel
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& idx) const override;

private:
    struct Matcher;

    void rebuild(bool narrowOnly);
    void resetWith(bool narrowOnly);
    [[nodiscard]] bool isIdentity() const;
    void orderRows(std::vector<std::uint8_t>& matched);
    void onRowsAboutToBeInserted(const QModelIndex& parent, int first, int last);
    void onRowsInserted(const QModelIndex& parent, int first, int last);
    void onRowsAboutToBeRemoved();
    void onRowsRemoved();
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                       const QList<int>& roles);
    void invalidateInverse() { m_inverseValid = false; }

    QPointer<DeviceListModel> m_model;
    QList<QMetaObject::Connection> m_connections;
    std::vector<int> m_rows;            ///< proxy row -> source row
    mutable std::vector<int> m_inverse; ///< source row -> proxy row (-1), built on demand
    mutable bool m_inverseValid = false;
    QString m_text;
    std::uint32_t m_stateMask = 0; ///< bit per RowState; 0 = all
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_pendingReset = false;
    bool m_appending = false;
};

} // namespace fotadesk
