// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/wire/WireTypes.h"

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

class QLabel;

namespace fotadesk {

/// The device's line in the account's device inventory (POST /devices/{acc} with one IMEI), as
/// Device lookup shows it above the upgrade history: make and model, the firmware the device
/// last reported, FOTA-eligible, licensed, protocol, status and last connection (site time,
/// with how long ago); or that the account does not have the device; or why it could not be
/// read. Hidden until the first lookup.
class DeviceInventoryLine final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceInventoryLine)

public:
    enum class State
    {
        Empty,
        Loading,
        Found,
        Absent,
        Failed
    };

    explicit DeviceInventoryLine(QWidget* parent = nullptr);
    ~DeviceInventoryLine() override;

    /// Where dates are shown (the site's zone) and what "now" is for "… days ago".
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }

    void showLoading(const QString& imei);
    void showDevice(const wire::InventoryDevice& device, const QDateTime& nowUtc);
    void showAbsent(const QString& imei, const QString& accountName);
    void showError(const QString& imei, const ApiError& error);

    [[nodiscard]] State state() const { return m_state; }
    /// What the line shows (rich text).
    [[nodiscard]] QString text() const;

private:
    void show(State state, const QString& html);
    [[nodiscard]] QString lastConnectionText(const Timestamp& time, const QDateTime& nowUtc) const;

    QLabel* m_label;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    State m_state = State::Empty;
};

} // namespace fotadesk
