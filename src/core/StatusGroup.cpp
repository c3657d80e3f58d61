// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/StatusGroup.h"

#include "core/KnownStatuses.h"

#include <QCoreApplication>

#include <array>

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::StatusGroup)
};

struct Known
{
    const char16_t* text;
    StatusGroup group;
    const char* label;
};

// Campaign statuses named by the vendor (contract, "Statuses").
constexpr std::array kCampaign{
    Known{u"CampaignRequestPending", StatusGroup::Pending,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Request pending")},
    Known{u"CampaignRequestQueued", StatusGroup::Pending,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Request queued")},
    Known{u"CampaignPreScheduled", StatusGroup::Pending,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Pre-scheduled")},
    Known{u"CampaignScheduled", StatusGroup::InProgress,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Scheduled")},
    Known{u"CampaignRequestFailed", StatusGroup::Failed,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Request failed")},
    Known{u"CampaignFailed", StatusGroup::Failed,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Failed")},
    Known{u"CampaignCancelled", StatusGroup::Cancelled,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Cancelled")},
    Known{u"CampaignAborted", StatusGroup::Cancelled,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Aborted (cancelled after the start)")},
    Known{u"CampaignEnded", StatusGroup::Ended,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Ended")},
};

// Device statuses and reasons seen (contract, "Statuses" and "Add or remove devices").
// AddDeviceSucceed is context-dependent and handled separately.
constexpr std::array kDevice{
    Known{u"UpgradePending", StatusGroup::Pending,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Upgrade pending")},
    Known{u"UpgradeSuccess", StatusGroup::Succeeded,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Upgrade succeeded")},
    Known{u"DownloadInstallSucceeded", StatusGroup::Succeeded,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Downloaded and installed")},
    Known{u"FirmwareVersionUpdateSuccess", StatusGroup::Succeeded,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Firmware version updated")},
    Known{u"Device added Successfully", StatusGroup::Succeeded,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Device added")},
    Known{u"Device does not exist", StatusGroup::Failed,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Device does not exist")},
    Known{u"No license attached to device", StatusGroup::Failed,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "No FOTA license")},
    // Seen from fotasim (and in the vendor's portal) while devices progress and
    // as answers of add/remove, firmware sync and license calls.
    Known{u"DownloadInProgress", StatusGroup::InProgress,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Downloading")},
    Known{u"InstallInProgress", StatusGroup::InProgress,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Installing")},
    Known{u"UpgradeFailed", StatusGroup::Failed,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Upgrade failed")},
    Known{u"UpgradeCancelled", StatusGroup::Cancelled,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Upgrade cancelled")},
    Known{u"AddDeviceFailed", StatusGroup::Failed,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Not added")},
    Known{u"RemoveDeviceSucceed", StatusGroup::Succeeded,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Device removed")},
    Known{u"RemoveDeviceFailed", StatusGroup::Failed,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Not removed")},
    Known{u"FirmwareVersionUpdateFailed", StatusGroup::Failed,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "Firmware version not updated")},
    Known{u"LicenseAssigned", StatusGroup::Succeeded,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "License assigned")},
    Known{u"LicenseAssignFailed", StatusGroup::Failed,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "License not assigned")},
    Known{u"LicenseRemoved", StatusGroup::Succeeded,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "License removed")},
    Known{u"LicenseRemoveFailed", StatusGroup::Failed,
          QT_TRANSLATE_NOOP("fotadesk::StatusGroup", "License not removed")},
};

constexpr QStringView kAddDeviceSucceed = u"AddDeviceSucceed";

/// Trimmed, and without one trailing full stop ("Device does not exist.").
QStringView normalised(QStringView text)
{
    text = text.trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    return text.trimmed();
}

template <std::size_t N> const Known* find(const std::array<Known, N>& table, QStringView text)
{
    const QStringView key = normalised(text);
    if (key.isEmpty())
        return nullptr;
    for (const Known& k : table) {
        if (key.compare(QStringView(k.text), Qt::CaseInsensitive) == 0)
            return &k;
    }
    return nullptr;
}

/// The documented heuristic: "fail"/"error" means Failed unless negated.
bool looksFailed(QStringView text)
{
    if (!text.contains(u"fail", Qt::CaseInsensitive) &&
        !text.contains(u"error", Qt::CaseInsensitive))
        return false;
    static constexpr std::array<QStringView, 10> kNegations{
        u"no error",   u"noerror",  u"without error", u"error-free", u"errorfree",
        u"error free", u"not fail", u"nofail",        u"zero error", u"0 error",
    };
    for (QStringView n : kNegations) {
        if (text.contains(n, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

constexpr StatusClassification kUnknown{StatusGroup::Unknown, StatusMatch::None};

} // namespace

StatusClassification StatusClassifier::classifyCampaignStatus(QStringView status)
{
    if (const Known* k = find(kCampaign, status))
        return {k->group, StatusMatch::Exact};
    if (looksFailed(status))
        return {StatusGroup::Failed, StatusMatch::Heuristic};
    return kUnknown;
}

StatusClassification StatusClassifier::classifyDeviceStatus(QStringView status, QStringView reason,
                                                            DeviceStatusContext context)
{
    auto exact = [context](QStringView text) -> StatusClassification {
        if (normalised(text).compare(kAddDeviceSucceed, Qt::CaseInsensitive) == 0) {
            return {context == DeviceStatusContext::OperationResult ? StatusGroup::Succeeded
                                                                    : StatusGroup::Pending,
                    StatusMatch::Exact};
        }
        if (const Known* k = find(kDevice, text))
            return {k->group, StatusMatch::Exact};
        return kUnknown;
    };
    if (const StatusClassification c = exact(status); c.isKnown())
        return c;
    if (const StatusClassification c = exact(reason); c.isKnown())
        return c;
    if (looksFailed(status) || looksFailed(reason))
        return {StatusGroup::Failed, StatusMatch::Heuristic};
    return kUnknown;
}

QString StatusClassifier::campaignStatusLabel(QStringView status)
{
    if (const Known* k = find(kCampaign, status))
        return Tr::tr(k->label);
    return status.trimmed().toString();
}

QString StatusClassifier::deviceStatusLabel(QStringView status)
{
    if (normalised(status).compare(kAddDeviceSucceed, Qt::CaseInsensitive) == 0)
        return Tr::tr("Added to campaign");
    if (const Known* k = find(kDevice, status))
        return Tr::tr(k->label);
    return status.trimmed().toString();
}

QStringList KnownStatuses::campaign()
{
    QStringList out;
    for (const Known& k : kCampaign)
        out.append(QString::fromUtf16(k.text));
    return out;
}

QStringList KnownStatuses::device()
{
    QStringList out{kAddDeviceSucceed.toString()};
    for (const Known& k : kDevice)
        out.append(QString::fromUtf16(k.text));
    return out;
}

QString StatusClassifier::groupCode(StatusGroup group)
{
    switch (group) {
    case StatusGroup::Unknown:
        return QStringLiteral("unknown");
    case StatusGroup::Pending:
        return QStringLiteral("pending");
    case StatusGroup::InProgress:
        return QStringLiteral("in-progress");
    case StatusGroup::Succeeded:
        return QStringLiteral("succeeded");
    case StatusGroup::Failed:
        return QStringLiteral("failed");
    case StatusGroup::Cancelled:
        return QStringLiteral("cancelled");
    case StatusGroup::Ended:
        return QStringLiteral("ended");
    }
    return QStringLiteral("unknown");
}

QString StatusClassifier::groupLabel(StatusGroup group)
{
    switch (group) {
    case StatusGroup::Unknown:
        return Tr::tr("Unknown status");
    case StatusGroup::Pending:
        return Tr::tr("Pending");
    case StatusGroup::InProgress:
        return Tr::tr("In progress");
    case StatusGroup::Succeeded:
        return Tr::tr("Succeeded");
    case StatusGroup::Failed:
        return Tr::tr("Failed");
    case StatusGroup::Cancelled:
        return Tr::tr("Cancelled");
    case StatusGroup::Ended:
        return Tr::tr("Ended");
    }
    return Tr::tr("Unknown status");
}

bool StatusClassifier::isTerminal(QStringView campaignStatus)
{
    switch (campaignStatusGroup(campaignStatus)) {
    case StatusGroup::Failed:
    case StatusGroup::Cancelled:
    case StatusGroup::Ended:
    case StatusGroup::Succeeded: // no campaign status maps here today; terminal if one does
        return true;
    case StatusGroup::Unknown:
    case StatusGroup::Pending:
    case StatusGroup::InProgress:
        return false;
    }
    return false;
}

bool StatusClassifier::canAddRemoveDevices(QStringView campaignStatus)
{
    const StatusGroup g = campaignStatusGroup(campaignStatus);
    return g == StatusGroup::Pending || g == StatusGroup::Unknown;
}

bool StatusClassifier::canCancel(QStringView campaignStatus)
{
    return !isTerminal(campaignStatus);
}

bool StatusClassifier::canChangeDates(QStringView campaignStatus)
{
    return !isTerminal(campaignStatus);
}

} // namespace fotadesk
