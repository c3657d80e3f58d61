// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSortFilterProxyModel>

namespace fotadesk {

/// Over a DeviceResultModel: "failed only" (refused or no answer), and a text search
/// (case-insensitive substring of the IMEI, status or reason). Sorts by the raw value role.
class DeviceResultFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceResultFilterModel)

public:
    explicit DeviceResultFilterModel(QObject* parent = nullptr);
    ~DeviceResultFilterModel() override;

    void setFailedOnly(bool failedOnly);
    [[nodiscard]] bool failedOnly() const { return m_failedOnly; }
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_failedOnly = false;
    QString m_text;
};

} // namespace fotadesk
