// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// JsonCodec.h, part 3: firmware, reports, licenses, subscription, callbacks.

#include "api/wire/JsonCodec.h"
#include "api/wire/JsonReader.h"
#include "api/wire/JsonWriter.h"

using namespace Qt::StringLiterals;

namespace fotadesk::wire {

namespace {

Decoded<DeviceFirmwareVersion> decodeDeviceFirmwareVersion(const QJsonValue& value,
                                                           const QString& path)
{
    JsonReader r(value, path);
    DeviceFirmwareVersion out;
    out.deviceId = r.optionalString("deviceId"_L1);
    out.status = r.optionalString("status"_L1);
    out.firmwareVersion = r.optionalString("firmwareVersion"_L1);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

Decoded<LicensedDevice> decodeLicensedDevice(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    LicensedDevice out;
    out.deviceId = r.optionalString("deviceId"_L1);
    out.assignmentTime = r.optionalTimestamp("assignmentTime"_L1);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

QJsonArray deviceStatusArray(const QList<DeviceStatus>& list)
{
    QJsonArray out;
    for (const DeviceStatus& s : list)
        out.append(toJson(s));
    return out;
}

} // namespace

// --- firmware -----------------------------------------------------------------------

Decoded<FirmwarePackage> decodeFirmwarePackage(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    FirmwarePackage out;
    out.firmwareName = r.requiredString("firmwareName"_L1);
    out.firmwareFrom = r.requiredString("firmwareFrom"_L1);
    out.firmwareTo = r.requiredString("firmwareTo"_L1);
    out.launchDate = r.requiredTimestamp("launchDate"_L1);
    out.releaseNote = r.requiredString("releaseNote"_L1);
    out.model = r.requiredString("model"_L1);
    out.make = r.requiredString("make"_L1);
    out.protocol = r.requiredString("protocol"_L1);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

Decoded<QList<FirmwarePackage>> decodeFirmwarePackageList(const QJsonValue& value,
                                                          const QString& path)
{
    return JsonReader::decodeArray<FirmwarePackage>(value, path, &decodeFirmwarePackage);
}

Decoded<DeviceListRequest> decodeDeviceListRequest(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path, JsonReader::Mode::Request);
    DeviceListRequest out;
    out.deviceList = r.requiredStringList("deviceList"_L1);
    if (r.failed())
        return r.error();
    return out;
}

Decoded<FirmwareSyncResult> decodeFirmwareSyncResult(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    FirmwareSyncResult out;
    out.accountName = r.optionalString("accountName"_L1);
    // The contract spells it "deviceFirmwarVersionList" (sic); accept the correct spelling too.
    const QLatin1StringView key =
        r.firstPresent("deviceFirmwarVersionList"_L1, "deviceFirmwareVersionList"_L1);
    if (!key.isEmpty())
        out.deviceFirmwareVersionList =
            r.optionalArray<DeviceFirmwareVersion>(key, &decodeDeviceFirmwareVersion);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

Decoded<FirmwareReportRequest> decodeFirmwareReportRequest(const QJsonValue& value,
                                                           const QString& path)
{
    JsonReader r(value, path);
    FirmwareReportRequest out;
    out.accountName = r.requiredString("accountName"_L1);
    out.requestId = r.requiredString("requestId"_L1);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

// --- reports ------------------------------------------------------------------------

Decoded<DeviceStatus> decodeDeviceStatus(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    DeviceStatus out;
    out.deviceId = r.requiredString("deviceId"_L1);
    out.status = r.requiredString("status"_L1);
    out.resultReason = r.optionalString("resultReason"_L1);
    out.updatedTime = r.optionalTimestamp("updatedTime"_L1);
    out.recentAttemptTime = r.optionalTimestamp("recentAttemptTime"_L1);
    out.nextAttemptTime = r.optionalTimestamp("nextAttemptTime"_L1);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

Decoded<CampaignDevicePage> decodeCampaignDevicePage(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    CampaignDevicePage out;
    out.totalDevice = r.optionalInteger("totalDevice"_L1);
    out.hasMoreData = r.requiredBool("hasMoreData"_L1);
    out.lastSeenDeviceId = r.optionalString("lastSeenDeviceId"_L1);
    out.maxPageSize = r.requiredInteger("maxPageSize"_L1);
    out.deviceList = r.requiredArray<DeviceStatus>("deviceList"_L1, &decodeDeviceStatus);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

Decoded<DeviceHistoryEntry> decodeDeviceHistoryEntry(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    DeviceHistoryEntry out;
    out.deviceId = r.requiredString("deviceId"_L1);
    out.campaignId = r.requiredString("campaignId"_L1);
    out.accountName = r.requiredString("accountName"_L1);
    out.firmwareName = r.optionalString("firmwareName"_L1);
    out.firmwareFrom = r.optionalString("firmwareFrom"_L1);
    out.firmwareTo = r.optionalString("firmwareTo"_L1);
    out.startDate = r.requiredDate("startDate"_L1);
    out.reportUpdatedTime = r.optionalTimestamp("reportUpdatedTime"_L1);
    out.status = r.requiredString("status"_L1);
    out.reason = r.requiredString("reason"_L1);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

Decoded<QList<DeviceHistoryEntry>> decodeDeviceHistory(const QJsonValue& value, const QString& path)
{
    return JsonReader::decodeArray<DeviceHistoryEntry>(value, path, &decodeDeviceHistoryEntry);
}

// --- licenses, subscription, callbacks ------------------------------------------------

Decoded<LicenseSummary> decodeLicenseSummary(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    LicenseSummary out;
    out.accountName = r.requiredString("accountName"_L1);
    out.totalLicenses = r.optionalInteger("totalLicenses"_L1);
    out.assignedLicenses = r.requiredInteger("assignedLicenses"_L1);
    out.hasMoreData = r.requiredBool("hasMoreData"_L1);
    out.lastSeenDeviceId = r.optionalString("lastSeenDeviceId"_L1);
    out.maxPageSize = r.requiredInteger("maxPageSize"_L1);
    out.deviceList = r.optionalArray<LicensedDevice>("deviceList"_L1, &decodeLicensedDevice);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

Decoded<LicenseChangeResult> decodeLicenseChangeResult(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    LicenseChangeResult out;
    out.accountName = r.optionalString("accountName"_L1);
    out.licCount = r.optionalInteger("licCount"_L1).value_or(0);
    out.licUsedCount = r.optionalInteger("licUsedCount"_L1).value_or(0);
    out.deviceList = r.optionalArray<DeviceStatus>("deviceList"_L1, &decodeDeviceStatus);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

Decoded<Subscription> decodeSubscription(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    Subscription out;
    out.accountName = r.optionalString("accountName"_L1);
    out.purchaseType = r.optionalString("purchaseType"_L1);
    out.licenseCount = r.optionalInteger("licenseCount"_L1).value_or(0);
    out.licenseUsedCount = r.optionalInteger("licenseUsedCount"_L1).value_or(0);
    out.updateTime = r.optionalTimestamp("updateTime"_L1);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

Decoded<CallbackInfo> decodeCallbackInfo(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    CallbackInfo out;
    out.url = r.optionalString("url"_L1);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

// --- encoders ---------------------------------------------------------------------------

QJsonObject toJson(const FirmwarePackage& value)
{
    return JsonWriter(value.extra)
        .set("firmwareName"_L1, value.firmwareName)
        .set("firmwareFrom"_L1, value.firmwareFrom)
        .set("firmwareTo"_L1, value.firmwareTo)
        .requiredTimestamp("launchDate"_L1, value.launchDate)
        .set("releaseNote"_L1, value.releaseNote)
        .set("model"_L1, value.model)
        .set("make"_L1, value.make)
        .set("protocol"_L1, value.protocol)
        .take();
}

QJsonArray toJson(const QList<FirmwarePackage>& value)
{
    QJsonArray out;
    for (const FirmwarePackage& p : value)
        out.append(toJson(p));
    return out;
}

QJsonObject toJson(const DeviceListRequest& value)
{
    return JsonWriter().strings("deviceList"_L1, value.deviceList).take();
}

QJsonObject toJson(const DeviceFirmwareVersion& value)
{
    return JsonWriter(value.extra)
        .optional("deviceId"_L1, value.deviceId)
        .optional("status"_L1, value.status)
        .optional("firmwareVersion"_L1, value.firmwareVersion)
        .take();
}

QJsonObject toJson(const FirmwareSyncResult& value)
{
    QJsonArray list;
    for (const DeviceFirmwareVersion& v : value.deviceFirmwareVersionList)
        list.append(toJson(v));
    return JsonWriter(value.extra)
        .optional("accountName"_L1, value.accountName)
        .set("deviceFirmwarVersionList"_L1, list) // sic: the contract's spelling
        .take();
}

QJsonObject toJson(const FirmwareReportRequest& value)
{
    return JsonWriter(value.extra)
        .set("accountName"_L1, value.accountName)
        .set("requestId"_L1, value.requestId)
        .take();
}

QJsonObject toJson(const DeviceStatus& value)
{
    return JsonWriter(value.extra)
        .set("deviceId"_L1, value.deviceId)
        .set("status"_L1, value.status)
        .optional("resultReason"_L1, value.resultReason)
        .timestamp("updatedTime"_L1, value.updatedTime)
        .timestamp("recentAttemptTime"_L1, value.recentAttemptTime)
        .timestamp("nextAttemptTime"_L1, value.nextAttemptTime)
        .take();
}

QJsonObject toJson(const CampaignDevicePage& value)
{
    return JsonWriter(value.extra)
        .optional("totalDevice"_L1, value.totalDevice)
        .set("hasMoreData"_L1, value.hasMoreData)
        .optional("lastSeenDeviceId"_L1, value.lastSeenDeviceId)
        .set("maxPageSize"_L1, value.maxPageSize)
        .set("deviceList"_L1, deviceStatusArray(value.deviceList))
        .take();
}

QJsonObject toJson(const DeviceHistoryEntry& value)
{
    return JsonWriter(value.extra)
        .set("deviceId"_L1, value.deviceId)
        .set("campaignId"_L1, value.campaignId)
        .set("accountName"_L1, value.accountName)
        .optional("firmwareName"_L1, value.firmwareName)
        .optional("firmwareFrom"_L1, value.firmwareFrom)
        .optional("firmwareTo"_L1, value.firmwareTo)
        .date("startDate"_L1, value.startDate)
        .timestamp("reportUpdatedTime"_L1, value.reportUpdatedTime)
        .set("status"_L1, value.status)
        .set("reason"_L1, value.reason)
        .take();
}

QJsonArray toJson(const QList<DeviceHistoryEntry>& value)
{
    QJsonArray out;
    for (const DeviceHistoryEntry& e : value)
        out.append(toJson(e));
    return out;
}

QJsonObject toJson(const LicensedDevice& value)
{
    return JsonWriter(value.extra)
        .optional("deviceId"_L1, value.deviceId)
        .timestamp("assignmentTime"_L1, value.assignmentTime)
        .take();
}

QJsonObject toJson(const LicenseSummary& value)
{
    QJsonArray list;
    for (const LicensedDevice& d : value.deviceList)
        list.append(toJson(d));
    return JsonWriter(value.extra)
        .set("accountName"_L1, value.accountName)
        .optional("totalLicenses"_L1, value.totalLicenses)
        .set("assignedLicenses"_L1, value.assignedLicenses)
        .set("hasMoreData"_L1, value.hasMoreData)
        .optional("lastSeenDeviceId"_L1, value.lastSeenDeviceId)
        .set("maxPageSize"_L1, value.maxPageSize)
        .set("deviceList"_L1, list)
        .take();
}

QJsonObject toJson(const LicenseChangeResult& value)
{
    return JsonWriter(value.extra)
        .optional("accountName"_L1, value.accountName)
        .set("licCount"_L1, value.licCount)
        .set("licUsedCount"_L1, value.licUsedCount)
        .set("deviceList"_L1, deviceStatusArray(value.deviceList))
        .take();
}

QJsonObject toJson(const Subscription& value)
{
    return JsonWriter(value.extra)
        .optional("accountName"_L1, value.accountName)
        .optional("purchaseType"_L1, value.purchaseType)
        .set("licenseCount"_L1, value.licenseCount)
        .set("licenseUsedCount"_L1, value.licenseUsedCount)
        .timestamp("updateTime"_L1, value.updateTime)
        .take();
}

QJsonObject toJson(const CallbackInfo& value)
{
    return JsonWriter(value.extra).optional("url"_L1, value.url).take();
}

} // namespace fotadesk::wire
