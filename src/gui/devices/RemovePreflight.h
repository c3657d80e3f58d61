// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace fotadesk {

class DeviceStatusPager;
class FotaClient;

/// Before devices are removed from a campaign: reads the campaign's device report
/// (DeviceStatusPager; only the listed IMEIs are remembered, so a 100,000-device report costs
/// no more than its pages) and finds the listed devices the campaign does not have, which the
/// service would only refuse. When every device is in the campaign it asks to send them at
/// once (sendRequested); otherwise it says how many are not and offers to drop them from the
/// list or to send only the others — the devices left out stay in the list, nothing is lost.
/// When the report cannot be read it says why and offers to send without the check.
class RemovePreflight final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemovePreflight)

public:
    RemovePreflight(FotaClient* client, QString campaignId, QWidget* parent = nullptr);
    ~RemovePreflight() override;

    /// Reads the report and checks `deviceIds` (a check still running is cancelled).
    void check(const QStringList& deviceIds);
    /// Hides the panel (the list changed: the last check no longer applies).
    void reset();
    /// Says that `count` devices not in the campaign were dropped from the list.
    void showDropped(int count);
    [[nodiscard]] bool isChecking() const;
    /// The checked devices the campaign does not have, in list order (after a check).
    [[nodiscard]] const QStringList& notInCampaign() const { return m_notIn; }
    /// The checked devices the campaign has, in list order.
    [[nodiscard]] const QStringList& inCampaign() const { return m_in; }
    [[nodiscard]] QString text() const;

Q_SIGNALS:
    /// A check ended (before any of the signals below).
    void checkFinished();
    /// The check found devices the campaign does not have (marked in the list by the dialog).
    void notInCampaignFound(const QStringList& deviceIds);
    /// Send these devices (every one is in the campaign, or the user chose to send anyway).
    void sendRequested(const QStringList& deviceIds);
    /// Drop these devices from the list.
    void dropRequested(const QStringList& deviceIds);

private:
    void onFinished();
    void showButtons(bool drop, bool sendOthers, bool sendUnchecked);

    FotaClient* m_client;
    QString m_campaignId;
    QLabel* m_label;
    QPushButton* m_dropButton;
    QPushButton* m_sendOthersButton;
    QPushButton* m_sendUncheckedButton;
    QPointer<DeviceStatusPager> m_pager;
    QStringList m_checked;
    QSet<QString> m_wanted;
    QSet<QString> m_found;
    QStringList m_in;
    QStringList m_notIn;
};

} // namespace fotadesk
