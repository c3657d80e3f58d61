// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"
#include "sim/SimTypes.h"

#include <QString>

namespace fotadesk::sim {

/// Status names fotasim uses (campaign statuses from the contract; device
/// statuses documented in docs/fotasim.md).
namespace status {
inline const QString Pending = QStringLiteral("CampaignRequestPending");
inline const QString RequestFailed = QStringLiteral("CampaignRequestFailed");
inline const QString Queued = QStringLiteral("CampaignRequestQueued");
inline const QString PreScheduled = QStringLiteral("CampaignPreScheduled");
inline const QString Scheduled = QStringLiteral("CampaignScheduled");
inline const QString Cancelled = QStringLiteral("CampaignCancelled");
inline const QString Aborted = QStringLiteral("CampaignAborted");
inline const QString Failed = QStringLiteral("CampaignFailed");
inline const QString Ended = QStringLiteral("CampaignEnded");

inline const QString UpgradePending = QStringLiteral("UpgradePending");
inline const QString DownloadInProgress = QStringLiteral("DownloadInProgress");
inline const QString InstallInProgress = QStringLiteral("InstallInProgress");
inline const QString UpgradeSuccess = QStringLiteral("UpgradeSuccess");
inline const QString UpgradeFailed = QStringLiteral("UpgradeFailed");
inline const QString UpgradeCancelled = QStringLiteral("UpgradeCancelled");
} // namespace status

/// The campaign lifecycle as pure functions of a campaign and the simulated
/// time, so that any instant (after a clock jump, after a restart) answers
/// consistently without background processing:
///
///   created ─30 s─▶ CampaignRequestPending ─▶ CampaignRequestQueued
///   ─ start (startDate 00:00 UTC, at least 60 s after creation) ─▶ CampaignScheduled
///   ─ endDate + 1 day 00:00 UTC ─▶ CampaignEnded
///   cancel: CampaignCancelled before the start, CampaignAborted after it.
///
/// Each device makes up to 3 attempts, one per day, each at a seeded moment
/// inside a daily time window: UpgradePending → DownloadInProgress →
/// InstallInProgress → UpgradeSuccess, or after its failed attempts
/// UpgradeFailed with a reason (a seeded share `failureRate` of the devices
/// fails). Devices not finished when the campaign stops are UpgradeFailed
/// (ended) or UpgradeCancelled (cancelled/aborted).
class CampaignLifecycle final
{
public:
    static constexpr qint64 PendingMs = 30'000;
    static constexpr qint64 MinQueueMs = 60'000;
    static constexpr int MaxAttempts = 3;

    [[nodiscard]] static qint64 startInstantMs(const SimCampaign& c);
    [[nodiscard]] static qint64 endInstantMs(const SimCampaign& c);
    [[nodiscard]] static QString status(const SimCampaign& c, qint64 nowMs);
    [[nodiscard]] static bool hasStarted(const SimCampaign& c, qint64 nowMs);
    /// Ended, cancelled, aborted, failed: nothing may change any more.
    [[nodiscard]] static bool isTerminal(const QString& campaignStatus);

    [[nodiscard]] static wire::DeviceStatus deviceStatus(const SimCampaign& c,
                                                         const CampaignDevice& d, qint64 nowMs);
    /// True when the device has run firmwareTo since this campaign upgraded it.
    [[nodiscard]] static bool upgraded(const SimCampaign& c, const CampaignDevice& d, qint64 nowMs);
    /// The reason text of a join failure ("No license attached to device", ...).
    [[nodiscard]] static QString joinReason(JoinResult join);

    /// The wire spelling of an instant: ISO 8601 with Z.
    [[nodiscard]] static Timestamp isoTimestamp(qint64 ms);
    /// The other report spelling: "2022-01-26 03:45:01.608 +0000 UTC".
    [[nodiscard]] static Timestamp goTimestamp(qint64 ms);
};

} // namespace fotadesk::sim
