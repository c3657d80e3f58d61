// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// JSON codecs for every wire type in WireTypes.h — one codec per type, used by
// both the client and fotasim.
//
// Decoding is strict on the required fields of the contract's table "Required
// fields by type" (missing, null or wrongly typed -> DecodeError naming the
// JSON path, e.g. "$.deviceList[3].deviceId") and lenient everywhere else:
// unknown members are kept in `extra`, both "Reason" and "reason" are read,
// both timestamp formats are parsed (an odd timestamp is kept raw), unknown
// statuses are kept verbatim. `path` is the JSON path of `value` for messages.
//
// Encoding writes exactly the contract's field names (and always sends
// autoAssignLicenseFlag/autoAddDevicesFlag in a CampaignRequest); optional
// string fields that are empty are left out.

#include "api/wire/Decoded.h"
#include "api/wire/WireTypes.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace fotadesk::wire {

/// Parses a response or request body. Fails with a DecodeError on invalid
/// UTF-8, invalid JSON, or nesting deeper than maxDepth.
Decoded<QJsonValue> parseJson(const QByteArray& body, int maxDepth = 64);

// Decoders, each named after the contract type it reads.
Decoded<TokenResponse> decodeTokenResponse(const QJsonValue& value,
                                           const QString& path = QStringLiteral("$"));
Decoded<SessionLoginRequest> decodeSessionLoginRequest(const QJsonValue& value,
                                                       const QString& path = QStringLiteral("$"));
Decoded<SessionResponse> decodeSessionResponse(const QJsonValue& value,
                                               const QString& path = QStringLiteral("$"));
Decoded<ErrorBody> decodeErrorBody(const QJsonValue& value,
                                   const QString& path = QStringLiteral("$"));
Decoded<SuccessResult> decodeSuccessResult(const QJsonValue& value,
                                           const QString& path = QStringLiteral("$"));
Decoded<TimeWindow> decodeTimeWindow(const QJsonValue& value,
                                     const QString& path = QStringLiteral("$"));
Decoded<CampaignRequest> decodeCampaignRequest(const QJsonValue& value,
                                               const QString& path = QStringLiteral("$"));
Decoded<Campaign> decodeFirmwareCampaign(const QJsonValue& value,
                                         const QString& path = QStringLiteral("$"));
Decoded<Campaign> decodeCampaign(const QJsonValue& value,
                                 const QString& path = QStringLiteral("$"));
Decoded<Campaign> decodeCampaignMetaInfo(const QJsonValue& value,
                                         const QString& path = QStringLiteral("$"));
Decoded<CampaignHistoryPage> decodeCampaignHistoryPage(const QJsonValue& value,
                                                       const QString& path = QStringLiteral("$"));
Decoded<DeviceListChange> decodeDeviceListChange(const QJsonValue& value,
                                                 const QString& path = QStringLiteral("$"));
Decoded<DeviceListChangeResult>
decodeDeviceListChangeResult(const QJsonValue& value, const QString& path = QStringLiteral("$"));
Decoded<DatesChange> decodeDatesChange(const QJsonValue& value,
                                       const QString& path = QStringLiteral("$"));
Decoded<FirmwarePackage> decodeFirmwarePackage(const QJsonValue& value,
                                               const QString& path = QStringLiteral("$"));
Decoded<QList<FirmwarePackage>>
decodeFirmwarePackageList(const QJsonValue& value, const QString& path = QStringLiteral("$"));
Decoded<DeviceListRequest> decodeDeviceListRequest(const QJsonValue& value,
                                                   const QString& path = QStringLiteral("$"));
Decoded<FirmwareSyncResult> decodeFirmwareSyncResult(const QJsonValue& value,
                                                     const QString& path = QStringLiteral("$"));
Decoded<FirmwareReportRequest>
decodeFirmwareReportRequest(const QJsonValue& value, const QString& path = QStringLiteral("$"));
Decoded<DeviceStatus> decodeDeviceStatus(const QJsonValue& value,
                                         const QString& path = QStringLiteral("$"));
Decoded<CampaignDevicePage> decodeCampaignDevicePage(const QJsonValue& value,
                                                     const QString& path = QStringLiteral("$"));
Decoded<DeviceHistoryEntry> decodeDeviceHistoryEntry(const QJsonValue& value,
                                                     const QString& path = QStringLiteral("$"));
Decoded<QList<DeviceHistoryEntry>> decodeDeviceHistory(const QJsonValue& value,
                                                       const QString& path = QStringLiteral("$"));
Decoded<SoftwareItem> decodeSoftwareItem(const QJsonValue& value,
                                         const QString& path = QStringLiteral("$"));
Decoded<AccountDevice> decodeAccountDevice(const QJsonValue& value,
                                           const QString& path = QStringLiteral("$"));
Decoded<AccountDeviceList> decodeAccountDeviceList(const QJsonValue& value,
                                                   const QString& path = QStringLiteral("$"));
Decoded<InventoryDevice> decodeInventoryDevice(const QJsonValue& value,
                                               const QString& path = QStringLiteral("$"));
Decoded<DeviceListResult> decodeDeviceListResult(const QJsonValue& value,
                                                 const QString& path = QStringLiteral("$"));
Decoded<LicenseSummary> decodeLicenseSummary(const QJsonValue& value,
                                             const QString& path = QStringLiteral("$"));
Decoded<LicenseChangeResult> decodeLicenseChangeResult(const QJsonValue& value,
                                                       const QString& path = QStringLiteral("$"));
Decoded<Subscription> decodeSubscription(const QJsonValue& value,
                                         const QString& path = QStringLiteral("$"));
Decoded<CallbackInfo> decodeCallbackInfo(const QJsonValue& value,
                                         const QString& path = QStringLiteral("$"));

// Encoders (extra members are written back too).
QJsonObject toJson(const TokenResponse& value);
QJsonObject toJson(const SessionLoginRequest& value);
QJsonObject toJson(const SessionResponse& value);
QJsonObject toJson(const ErrorBody& value);
QJsonObject toJson(const SuccessResult& value);
QJsonObject toJson(const TimeWindow& value);
QJsonArray toJson(const QList<TimeWindow>& value);
QJsonObject toJson(const CampaignRequest& value);
/// Writes the Campaign (GET) form when both flags are set, else FirmwareCampaign.
QJsonObject toJson(const Campaign& value);
QJsonObject toJson(const CampaignHistoryPage& value);
QJsonObject toJson(const DeviceListChange& value);
QJsonObject toJson(const DeviceListItem& value);
QJsonObject toJson(const DeviceListChangeResult& value);
QJsonObject toJson(const DatesChange& value);
QJsonObject toJson(const FirmwarePackage& value);
QJsonArray toJson(const QList<FirmwarePackage>& value);
QJsonObject toJson(const DeviceListRequest& value);
QJsonObject toJson(const DeviceFirmwareVersion& value);
QJsonObject toJson(const FirmwareSyncResult& value);
QJsonObject toJson(const FirmwareReportRequest& value);
QJsonObject toJson(const DeviceStatus& value);
QJsonObject toJson(const CampaignDevicePage& value);
QJsonObject toJson(const DeviceHistoryEntry& value);
QJsonArray toJson(const QList<DeviceHistoryEntry>& value);
QJsonObject toJson(const SoftwareItem& value);
QJsonObject toJson(const AccountDevice& value);
QJsonObject toJson(const AccountDeviceList& value);
QJsonObject toJson(const InventoryDevice& value);
QJsonObject toJson(const DeviceListResult& value);
QJsonObject toJson(const LicensedDevice& value);
QJsonObject toJson(const LicenseSummary& value);
QJsonObject toJson(const LicenseChangeResult& value);
QJsonObject toJson(const Subscription& value);
QJsonObject toJson(const CallbackInfo& value);

/// Compact UTF-8 JSON of an encoded value.
QByteArray toBytes(const QJsonObject& object);
QByteArray toBytes(const QJsonArray& array);

/// The wire spelling of calendar dates: YYYY-MM-DD.
QString formatDate(const QDate& date);

} // namespace fotadesk::wire
