// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The simulator's own records (not wire types): what SimState holds.

#include "core/Imei.h"
#include "core/TimeWindow.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace fotadesk::sim {

/// A make/model with its TAC and protocol.
struct DeviceModel
{
    QString make;
    QString model;
    quint32 tac = 0;
    QString protocol;     ///< LWM2M or OMD-DM
    QString baseFirmware; ///< the version most devices of this model run
};

/// A firmware package offered to an account (FirmwarePackage on the wire).
struct FirmwareRecord
{
    QString firmwareName;
    QString firmwareFrom;
    QString firmwareTo;
    qint64 launchMs = 0;
    QString releaseNote;
    QString make;
    QString model;
    QString protocol;
};

struct SimAccount
{
    QString name;
    QString purchaseType = QStringLiteral("MRC");
    qint64 licenseCount = 0;
    QString callbackUrl;
    qint64 subscriptionUpdatedMs = 0;
};

/// One device of the fleet.
struct SimDevice
{
    Imei imei;
    int model = -1;          ///< index into SimState::models()
    int account = 0;         ///< index into SimState::accounts()
    QString firmware;        ///< version before any campaign of the simulator
    qint64 licensedAtMs = 0; ///< 0 = no FOTA license
    QList<int> campaigns;    ///< indexes into SimState::campaigns(), in join order
    /// What the inventory (GET/POST /devices) shows as its firmware: the version it last
    /// reported (a firmware sync or an async request). Empty: `firmware`, never reported since.
    QString reportedFirmware;
    qint64 reportedAtMs = 0;     ///< 0 = never reported through the API
    bool fotaEligible = true;    ///< false: the service will not upgrade it over the air
    QString protocol;            ///< inventory spelling (LWM2M, OMADM, HTTP, NONE); empty = model's
    qint64 lastConnectionMs = 0; ///< 0 = unknown (shown as the creation time)
    qint64 createdAtMs = 0;      ///< when it joined the account (0: unknown)
    /// false: the device does not answer (switched off, out of coverage): a firmware sync
    /// fails for it and an async request never reports (POST /admin/devices/{imei}/reachability).
    bool reachable = true;
};

/// Why a device of a campaign will not be upgraded (decided when it joined).
enum class JoinResult : std::uint8_t
{
    Ok,
    DeviceNotFound,
    NoLicense,
    ModelMismatch,
    FirmwareMismatch,
    NotEligible,      ///< the device is not FOTA-eligible
    ProtocolMismatch, ///< the device speaks another protocol than the package
};

struct CampaignDevice
{
    Imei imei;
    qint64 addedAtMs = 0;
    JoinResult join = JoinResult::Ok;
};

struct SimCampaign
{
    QString id;
    int account = 0;
    QString campaignName;
    QString firmwareName;
    QString firmwareFrom;
    QString firmwareTo;
    QString protocol;
    QString make;
    QString model;
    QDate startDate;
    QDate endDate;
    QList<TimeWindow> timeWindows;
    bool autoAssignLicenseFlag = false;
    bool autoAddDevicesFlag = false;
    qint64 createdAtMs = 0;
    qint64 datesChangedAtMs = 0; ///< 0 = never; a change ends "pending" at once
    qint64 cancelledAtMs = 0;    ///< 0 = not cancelled
    QString cancelStatus;        ///< CampaignCancelled or CampaignAborted once cancelled
    QString fixedStatus;         ///< a status that overrides the lifecycle (demo: failed ones)
    double failureRate = 0.05;
    quint64 seed = 0;                    ///< per-campaign seed of device outcomes
    std::vector<CampaignDevice> devices; ///< sorted by IMEI
    std::vector<quint64> brokenOrder; ///< a scrambled IMEI order (brokenOrder fault), lazily built
};

} // namespace fotadesk::sim
