// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>

namespace fotadesk {

/// The group a campaign or device status belongs to, for dashboards, colours and filters.
/// Statuses are an open set on the wire: the caller always keeps (and shows) the raw
/// status text; the group only says how to treat it.
enum class StatusGroup : std::uint8_t
{
    Unknown,    ///< not a status FotaDesk knows, and no documented heuristic applies
    Pending,    ///< accepted or waiting, nothing has happened yet
    InProgress, ///< running (a scheduled campaign)
    Succeeded,
    Failed,
    Cancelled, ///< stopped by a user (CampaignCancelled, CampaignAborted)
    Ended,     ///< ran to its end date (CampaignEnded)
};

/// How a status was recognised.
enum class StatusMatch : std::uint8_t
{
    None,      ///< unknown: group is StatusGroup::Unknown
    Exact,     ///< a status/reason listed in the contract (case-insensitive, trimmed)
    Heuristic, ///< an unlisted text that a documented heuristic placed (see below)
};

/// A device status is read differently depending on where it came from.
enum class DeviceStatusContext : std::uint8_t
{
    /// A campaign's per-device report (V3DeviceStatus, a device's upgrade history).
    /// "AddDeviceSucceed" there means the device joined and waits: Pending.
    CampaignReport,
    /// The result of an operation on devices (add/remove to a campaign, license
    /// assign/remove, firmware sync). "AddDeviceSucceed" there means the operation worked:
    /// Succeeded.
    OperationResult,
};

struct StatusClassification
{
    StatusGroup group = StatusGroup::Unknown;
    StatusMatch match = StatusMatch::None;

    [[nodiscard]] bool isKnown() const { return match == StatusMatch::Exact; }
    friend bool operator==(const StatusClassification&, const StatusClassification&) = default;
};

/// Classification of campaign and device statuses (contract, "Statuses").
///
/// Known campaign statuses:
///   CampaignRequestPending, CampaignRequestQueued, CampaignPreScheduled -> Pending;
///   CampaignScheduled -> InProgress (the vendor has no separate "running" status);
///   CampaignRequestFailed, CampaignFailed -> Failed;
///   CampaignCancelled (cancelled before the start), CampaignAborted (after it) -> Cancelled;
///   CampaignEnded -> Ended.
/// Known device statuses and reasons:
///   UpgradePending -> Pending;
///   UpgradeSuccess, DownloadInstallSucceeded, FirmwareVersionUpdateSuccess,
///   "Device added Successfully" -> Succeeded;
///   AddDeviceSucceed -> Pending in a CampaignReport, Succeeded in an OperationResult;
///   "Device does not exist." and "No license attached to device" -> Failed.
/// Matching is case-insensitive and ignores surrounding white space and one trailing full
/// stop ("Device does not exist.").
///
/// The only heuristic (documented, StatusMatch::Heuristic): an unlisted text containing
/// "fail" or "error" (any case) is Failed, unless it also contains a negation of it
/// ("no error", "noerror", "without error", "error-free"/"errorfree"/"error free",
/// "not fail", "nofail", "zero error", "0 error"), in which case it stays Unknown.
/// Nothing else is guessed: "CampaignRunning" or "UpgradeInProgress" stay Unknown, never
/// silently Pending or Succeeded.
class StatusClassifier
{
public:
    StatusClassifier() = delete;

    static StatusClassification classifyCampaignStatus(QStringView status);
    static StatusGroup campaignStatusGroup(QStringView status)
    {
        return classifyCampaignStatus(status).group;
    }

    /// Classifies `status`; when the status is empty or unknown (no exact match) the `reason`
    /// (V3DeviceStatus.resultReason, DeviceListItem.Reason) is tried next, then the heuristic
    /// over both.
    static StatusClassification
    classifyDeviceStatus(QStringView status, QStringView reason = {},
                         DeviceStatusContext context = DeviceStatusContext::CampaignReport);
    static StatusGroup
    deviceStatusGroup(QStringView status, QStringView reason = {},
                      DeviceStatusContext context = DeviceStatusContext::CampaignReport)
    {
        return classifyDeviceStatus(status, reason, context).group;
    }

    /// A human label for a known campaign status ("Request pending"); an unknown status is
    /// returned verbatim (trimmed), never reworded.
    static QString campaignStatusLabel(QStringView status);
    /// A human label for a known device status or reason ("Upgrade succeeded",
    /// "No FOTA license"); anything else verbatim (trimmed).
    static QString deviceStatusLabel(QStringView status);

    /// Stable kebab-case code of a group: "unknown", "pending", "in-progress", "succeeded",
    /// "failed", "cancelled", "ended".
    static QString groupCode(StatusGroup group);
    /// Translated group name for legends and filters: "Pending", "In progress", ...
    static QString groupLabel(StatusGroup group);

    // Campaign-status predicates for the GUI and fotactl. The server is the authority: for an
    // Unknown status the actions answer true (let the user try; the server's 400 is shown),
    // and isTerminal answers false (keep polling).

    /// Failed, Cancelled or Ended (including a heuristic Failed).
    static bool isTerminal(QStringView campaignStatus);
    /// Devices may be added or removed only before CampaignScheduled (Pending group).
    static bool canAddRemoveDevices(QStringView campaignStatus);
    /// A campaign can be cancelled until it is terminal (after its start date the server
    /// ends it as CampaignAborted, or refuses with a 400 that FotaDesk shows).
    static bool canCancel(QStringView campaignStatus);
    /// Dates and windows can be changed until the campaign is terminal (after the start date
    /// only the end date: that is a date rule, not a status rule).
    static bool canChangeDates(QStringView campaignStatus);
};

} // namespace fotadesk
