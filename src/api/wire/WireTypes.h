// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The FOTA v3 wire types (../shared/contract/fota-v3.md), as plain values.
// One header for the whole contract on purpose: it is the vocabulary that the
// client (src/api), the simulator (src/sim) and the models share. Codecs are in
// JsonCodec.h. Every type keeps the JSON members it did not recognise in
// `extra`, so that unknown fields are shown, never silently dropped.

#include "core/TimeWindow.h"
#include "core/Timestamp.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fotadesk::wire {

/// Protocol names as they appear on the wire (an open set: keep what came).
namespace protocol {
inline const QString Lwm2m = QStringLiteral("LWM2M");
inline const QString Oma = QStringLiteral("OMA");
inline const QString Http = QStringLiteral("HTTP");
inline const QString OmdDm = QStringLiteral("OMD-DM");
/// GET /firmware's ?protocol= value for every package (lower case on the wire).
inline const QString AllListing = QStringLiteral("all");
} // namespace protocol

// --- authentication ---------------------------------------------------------

/// POST /ts/v1/oauth2/token answer.
struct TokenResponse
{
    QString accessToken;             ///< access_token (required)
    QString tokenType;               ///< token_type (required), e.g. "Bearer"
    std::optional<qint64> expiresIn; ///< expires_in, seconds
    QString scope;
    QString refreshToken;
    QJsonObject extra;
};

/// POST /m2m/v1/session/login body.
struct SessionLoginRequest
{
    QString username;
    QString password;
};

/// POST /m2m/v1/session/login answer.
struct SessionResponse
{
    QString sessionToken; ///< required
    QJsonObject extra;
};

// --- errors and simple answers ------------------------------------------------

/// The documented 400 body {"errorCode", "errorMessage"}.
struct ErrorBody
{
    QString errorCode;
    QString errorMessage;
    QJsonObject extra;
};

/// FotaV3SuccessResult {"success": bool}.
struct SuccessResult
{
    bool success = false;
};

// --- campaigns ----------------------------------------------------------------

/// CampaignFirmwareUpgrade: POST /campaigns/firmware/{acc} body.
struct CampaignRequest
{
    QString campaignName; ///< optional (empty = not sent)
    QString firmwareName;
    QString firmwareFrom;
    QString firmwareTo;
    QString protocol = protocol::Lwm2m;
    QDate startDate;
    QDate endDate;
    QList<TimeWindow> timeWindows;      ///< campaignTimeWindowList (optional, may be empty)
    QStringList deviceList;             ///< IMEIs as text (the server validates them)
    bool autoAssignLicenseFlag = false; ///< always sent
    bool autoAddDevicesFlag = false;    ///< always sent
    QJsonObject extra;
};

/// FirmwareCampaign, Campaign and V3CampaignMetaInfo share this one value type;
/// their decoders differ only in which fields are required.
struct Campaign
{
    QString id;
    QString accountName;
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
    QString status;                            ///< verbatim: an open set (see core/StatusGroup.h)
    std::optional<bool> autoAssignLicenseFlag; ///< present in Campaign (GET) answers
    std::optional<bool> autoAddDevicesFlag;    ///< present in Campaign (GET) answers
    /// firmwareFrom, firmwareTo and protocol are required in FirmwareCampaign and Campaign but
    /// optional in V3CampaignMetaInfo; the encoder leaves them out when empty unless the
    /// decoded answer carried them as "" (these bits), so that an answer encodes back as given.
    enum GivenEmpty : quint8
    {
        EmptyFirmwareFrom = 1,
        EmptyFirmwareTo = 2,
        EmptyProtocol = 4,
    };
    quint8 givenEmpty = 0;
    QJsonObject extra;
};

/// V3CampaignHistory: one page of GET /reports/{acc}/firmware/campaigns.
struct CampaignHistoryPage
{
    bool hasMoreData = false;
    QString lastSeenCampaignId; ///< optional
    QList<Campaign> campaignList;
    QJsonObject extra;
};

/// PUT /campaigns/firmware/{acc}/{id} body: {"Type": "append"|"remove", "deviceList": [...]}.
struct DeviceListChange
{
    enum class Type
    {
        Append,
        Remove
    };
    Type type = Type::Append;
    QStringList deviceList;
};

/// One entry of V3AddOrRemoveDeviceResult.deviceList (V3DeviceListItem, all optional).
struct DeviceListItem
{
    QString deviceId;
    QString status;
    QString reason; ///< from "Reason" or "reason"
    QJsonObject extra;
};

/// V3AddOrRemoveDeviceResult.
struct DeviceListChangeResult
{
    QString accountName;
    QString campaignId;
    QList<DeviceListItem> deviceList;
    QJsonObject extra;
};

/// PUT /campaigns/firmware/{acc}/{id}/dates body. Unchanged fields are sent too.
struct DatesChange
{
    QDate startDate;
    QDate endDate;
    QList<TimeWindow> timeWindows;
};

// --- firmware -------------------------------------------------------------------

/// FirmwarePackage, an element of GET /firmware/{acc}.
struct FirmwarePackage
{
    QString firmwareName;
    QString firmwareFrom;
    QString firmwareTo;
    Timestamp launchDate;
    QString releaseNote; ///< may be ""
    QString model;
    QString make;
    QString protocol; ///< LWM2M or OMD-DM
    QJsonObject extra;
};

/// {"deviceList": [...]} — body of firmware sync and license assign/remove.
struct DeviceListRequest
{
    QStringList deviceList;
};

/// One entry of deviceFirmwarVersionList (sic).
struct DeviceFirmwareVersion
{
    QString deviceId;
    QString status;
    QString firmwareVersion;
    QJsonObject extra;
};

/// PUT /firmware/{acc}/devices answer.
struct FirmwareSyncResult
{
    QString accountName;
    QList<DeviceFirmwareVersion> deviceFirmwareVersionList; ///< wire: deviceFirmwarVersionList
    QJsonObject extra;
};

/// DeviceFirmwareVersionUpdateResult: the PUT /firmware/{acc}/async/{deviceId} answer (both
/// fields required; the version arrives later).
struct FirmwareReportRequest
{
    QString accountName;
    QString requestId;
    QJsonObject extra;
};

// --- reports --------------------------------------------------------------------

/// V3DeviceStatus.
struct DeviceStatus
{
    QString deviceId;
    QString status;
    QString resultReason;
    Timestamp updatedTime;
    Timestamp recentAttemptTime;
    Timestamp nextAttemptTime;
    QJsonObject extra;
};

/// V3CampaignDevice: one page of GET /reports/{acc}/campaigns/{id}/devices.
struct CampaignDevicePage
{
    std::optional<qint64> totalDevice;
    bool hasMoreData = false;
    QString lastSeenDeviceId;
    qint64 maxPageSize = 0;
    QList<DeviceStatus> deviceList;
    QJsonObject extra;
};

/// DeviceFirmwareUpgrade: an element of GET /reports/{acc}/devices/{deviceId}.
struct DeviceHistoryEntry
{
    QString deviceId;
    QString campaignId;
    QString accountName;
    QString firmwareName;
    QString firmwareFrom;
    QString firmwareTo;
    QDate startDate;
    Timestamp reportUpdatedTime;
    QString status;
    QString reason;
    QJsonObject extra;
};

// --- account devices (the inventory) ---------------------------------------------

/// Protocol names of the account devices endpoints: the ?protocol= filter of
/// GET /devices (LWM2M, OMD-DM or its SDK spelling OMDADM, HTTP) and a device's
/// protocol (LWM2M, OMADM, HTTP, NONE). An open set: keep what came.
namespace deviceProtocol {
inline const QString OmaDm = QStringLiteral("OMADM");
inline const QString OmdaDmFilter = QStringLiteral("OMDADM");
inline const QString None = QStringLiteral("NONE");
} // namespace deviceProtocol

/// {name, version, upgradeTime}: an element of softwareList / fileList.
struct SoftwareItem
{
    QString name;
    QString version;
    Timestamp upgradeTime;
    QJsonObject extra;
};

/// V3AccountDevice: one device of GET /devices/{acc}. All members are required on the
/// wire except fileList and the four timestamps.
struct AccountDevice
{
    QString deviceId;
    QString mdn;
    QString model;
    QString make;
    QString firmware; ///< the version the device last reported
    bool fotaEligible = false;
    QString status; ///< e.g. "Active"
    bool licenseAssigned = false;
    QString protocol; ///< LWM2M, OMADM, HTTP or NONE (verbatim)
    QList<SoftwareItem> softwareList;
    std::optional<QList<SoftwareItem>> fileList;
    Timestamp createTime;
    Timestamp upgradeTime;
    Timestamp updateTime;
    Timestamp refreshTime;
    QJsonObject extra;
};

/// V3AccountDeviceList: one page of GET /devices/{acc}.
struct AccountDeviceList
{
    QString accountName;
    bool hasMoreData = false;
    QString lastSeenDeviceId; ///< optional
    qint64 maxPageSize = 0;
    QList<AccountDevice> deviceList;
    QJsonObject extra;
};

/// V3Device: one device of POST /devices/{acc}. Only deviceId is required by the client: a
/// device the account does not have may come back with just a reason (unspecified).
struct InventoryDevice
{
    QString deviceId;
    QString mdn;
    QString model;
    QString make;
    QString firmware;
    std::optional<bool> fotaEligible;
    std::optional<bool> licenseAssigned;
    QString status;
    QString protocol;
    Timestamp createTime;
    Timestamp statusTime;
    Timestamp refreshTime;
    Timestamp lastConnectionTime; ///< ISO 8601
    QString requestStatus;
    QString resultReason;
    QJsonObject extra;
};

/// DeviceListResult: the answer of POST /devices/{acc}.
struct DeviceListResult
{
    QString accountName;
    qint64 deviceCount = 0;
    QList<InventoryDevice> deviceList;
    QJsonObject extra;
};

// --- licenses, subscription, callbacks --------------------------------------------

struct LicensedDevice
{
    QString deviceId;
    Timestamp assignmentTime;
    QJsonObject extra;
};

/// V3LicenseSummary: one page of GET /licenses/{acc}.
struct LicenseSummary
{
    QString accountName;
    std::optional<qint64> totalLicenses;
    qint64 assignedLicenses = 0;
    bool hasMoreData = false;
    QString lastSeenDeviceId;
    qint64 maxPageSize = 0;
    QList<LicensedDevice> deviceList;
    QJsonObject extra;
};

/// POST /licenses/{acc}/assign|remove answer.
struct LicenseChangeResult
{
    QString accountName;
    qint64 licCount = 0;
    qint64 licUsedCount = 0;
    QList<DeviceStatus> deviceList;
    QJsonObject extra;
};

/// GET /subscriptions/{acc}.
struct Subscription
{
    QString accountName;
    QString purchaseType;
    qint64 licenseCount = 0;
    qint64 licenseUsedCount = 0;
    Timestamp updateTime;
    QJsonObject extra;
};

/// GET|POST|PUT /callbacks/{acc}: {"url": "..."}.
struct CallbackInfo
{
    QString url;
    QJsonObject extra;
};

} // namespace fotadesk::wire
