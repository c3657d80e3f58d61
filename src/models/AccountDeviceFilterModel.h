// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/AccountDeviceModel.h"

#include <QSortFilterProxyModel>

#include <array>
#include <optional>

namespace fotadesk {

/// Filters over an AccountDeviceModel, all of them at once (AND):
/// - protocol, make, model, firmware: exactly this value (empty: any);
/// - FOTA-eligible, licensed: yes / no / any (nullopt);
/// - "not connected for more than N days": the last connection before `now - N days` (a
///   device without one counts as not connected);
/// - IMEI: a substring of the device id (spaces and dashes ignored).
/// Reads the model's storage directly (no QVariant per row), so a filter change over 100,000
/// rows stays short. Sorts by the model's raw values (IMEIs as numbers, times as times).
class AccountDeviceFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDeviceFilterModel)

public:
    using Field = AccountDeviceModel::Field;

    explicit AccountDeviceFilterModel(QObject* parent = nullptr);
    ~AccountDeviceFilterModel() override;

    /// Only an AccountDeviceModel (or nullptr) is accepted.
    void setSourceModel(QAbstractItemModel* sourceModel) override;
    [[nodiscard]] AccountDeviceModel* devices() const { return m_model; }

    /// Exactly `value` in the field; empty: any.
    void setValue(Field field, const QString& value);
    [[nodiscard]] QString value(Field field) const { return m_values[std::size_t(field)]; }
    void setEligible(std::optional<bool> eligible);
    void setLicensed(std::optional<bool> licensed);
    /// Devices whose last connection is older than `days` days before `nowUtc` (days < 0: off).
    void setNotConnectedFor(int days, const QDateTime& nowUtc);
    void setImeiText(const QString& text);

    /// Whether any filter is set (the table may show fewer rows than the model has).
    [[nodiscard]] bool isFiltering() const;
    /// The device ids of the rows shown, in the order shown.
    [[nodiscard]] QStringList shownDeviceIds() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    AccountDeviceModel* m_model = nullptr;
    std::array<QString, 4> m_values;
    std::optional<bool> m_eligible;
    std::optional<bool> m_licensed;
    qint64 m_connectedBefore = AccountDeviceModel::NoTime; ///< UTC ms; NoTime: off
    QString m_imei;
};

} // namespace fotadesk
