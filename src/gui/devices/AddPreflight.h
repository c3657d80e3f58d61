// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace fotadesk {

struct AppContext;
class InventoryCheckPanel;

/// Before devices are added to a campaign: the pre-flight check of the list against the
/// account's inventory for the campaign's package (InventoryCheckPanel). When every device will
/// be accepted it asks to send them at once (sendRequested); otherwise the dialog shows this
/// page with the counts per reason and the devices behind them, and the user keeps only the
/// accepted devices (the others are saved as a device-list draft for this campaign and dropped
/// from the list: dropRequested), assigns licences, goes back to the list, or — when the
/// inventory cannot be read — sends without the check.
class AddPreflight final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddPreflight)

public:
    AddPreflight(AppContext& context, const wire::Campaign& campaign, QWidget* parent = nullptr);
    ~AddPreflight() override;

    /// Checks `deviceIds` (a check still running is stopped).
    void check(const QStringList& deviceIds);
    void stop();
    [[nodiscard]] bool isChecking() const;
    [[nodiscard]] InventoryCheckPanel* panel() const { return m_panel; }
    /// What the page says now (state line).
    [[nodiscard]] QString text() const;

Q_SIGNALS:
    /// Send these devices (every one will be accepted, or the user chose to send unchecked).
    void sendRequested(const QStringList& deviceIds);
    /// Drop these devices from the list (kept as a draft); the dialog checks again.
    void dropRequested(const QStringList& deviceIds);
    /// Back to the device list.
    void backRequested();

private:
    void onStateChanged();
    void onKeepAccepted();
    void updateButtons();

    AppContext& m_context;
    wire::Campaign m_campaign;
    QStringList m_checked;
    InventoryCheckPanel* m_panel;
    QLabel* m_state;
    QPushButton* m_backButton;
    QPushButton* m_sendButton;
};

} // namespace fotadesk
