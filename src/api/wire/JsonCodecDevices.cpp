// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// JsonCodec.h, part 4: account devices (GET and POST /devices/{acc}).

#include "api/wire/JsonCodec.h"
#include "api/wire/JsonReader.h"
#include "api/wire/JsonWriter.h"

using namespace Qt::StringLiterals;

namespace fotadesk::wire {

namespace {

QJsonArray softwareArray(const QList<SoftwareItem>& list)
{
    QJsonArray out;
    for (const SoftwareItem& item : list)
        out.append(toJson(item));
    return out;
}

} // namespace

Decoded<SoftwareItem> decodeSoftwareItem(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    SoftwareItem out;
    out.name = r.optionalString("name"_L1);
    out.version = r.optionalString("version"_L1);
    out.upgradeTime = r.optionalTimestamp("upgradeTime"_L1);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

Decoded<AccountDevice> decodeAccountDevice(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    AccountDevice out;
    out.deviceId = r.requiredString("deviceId"_L1);
    out.mdn = r.requiredString("mdn"_L1);
    out.model = r.requiredString("model"_L1);
    out.make = r.requiredString("make"_L1);
    out.firmware = r.requiredString("firmware"_L1);
    out.fotaEligible = r.requiredBool("fotaEligible"_L1);
    out.status = r.requiredString("status"_L1);
    out.licenseAssigned = r.requiredBool("licenseAssigned"_L1);
    out.protocol = r.requiredString("protocol"_L1);
    out.softwareList = r.requiredArray<SoftwareItem>("softwareList"_L1, &decodeSoftwareItem);
    if (r.object().contains("fileList"_L1) && r.object().value("fileList"_L1).isArray())
        out.fileList = r.optionalArray<SoftwareItem>("fileList"_L1, &decodeSoftwareItem);
    out.createTime = r.optionalTimestamp("createTime"_L1);
    out.upgradeTime = r.optionalTimestamp("upgradeTime"_L1);
    out.updateTime = r.optionalTimestamp("updateTime"_L1);
    out.refreshTime = r.optionalTimestamp("refreshTime"_L1);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

Decoded<AccountDeviceList> decodeAccountDeviceList(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    AccountDeviceList out;
    out.accountName = r.requiredString("accountName"_L1);
    out.hasMoreData = r.requiredBool("hasMoreData"_L1);
    out.lastSeenDeviceId = r.optionalString("lastSeenDeviceId"_L1);
    out.maxPageSize = r.requiredInteger("maxPageSize"_L1);
    out.deviceList = r.requiredArray<AccountDevice>("deviceList"_L1, &decodeAccountDevice);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

Decoded<InventoryDevice> decodeInventoryDevice(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    InventoryDevice out;
    out.deviceId = r.requiredString("deviceId"_L1);
    out.mdn = r.optionalString("mdn"_L1);
    out.model = r.optionalString("model"_L1);
    out.make = r.optionalString("make"_L1);
    out.firmware = r.optionalString("firmware"_L1);
    out.fotaEligible = r.optionalBool("fotaEligible"_L1);
    out.licenseAssigned = r.optionalBool("licenseAssigned"_L1);
    out.status = r.optionalString("status"_L1);
    out.protocol = r.optionalString("protocol"_L1);
    out.createTime = r.optionalTimestamp("createTime"_L1);
    out.statusTime = r.optionalTimestamp("statusTime"_L1);
    out.refreshTime = r.optionalTimestamp("refreshTime"_L1);
    out.lastConnectionTime = r.optionalTimestamp("lastConnectionTime"_L1);
    out.requestStatus = r.optionalString("requestStatus"_L1);
    out.resultReason = r.optionalString("resultReason"_L1);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

Decoded<DeviceListResult> decodeDeviceListResult(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    DeviceListResult out;
    out.accountName = r.optionalString("accountName"_L1);
    out.deviceCount = r.optionalInteger("deviceCount"_L1).value_or(0);
    out.deviceList = r.optionalArray<InventoryDevice>("deviceList"_L1, &decodeInventoryDevice);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

QJsonObject toJson(const SoftwareItem& value)
{
    return JsonWriter(value.extra)
        .set("name"_L1, value.name)
        .set("version"_L1, value.version)
        .timestamp("upgradeTime"_L1, value.upgradeTime)
        .take();
}

QJsonObject toJson(const AccountDevice& value)
{
    JsonWriter w(value.extra);
    w.set("deviceId"_L1, value.deviceId)
        .set("mdn"_L1, value.mdn)
        .set("model"_L1, value.model)
        .set("make"_L1, value.make)
        .set("firmware"_L1, value.firmware)
        .set("fotaEligible"_L1, value.fotaEligible)
        .set("status"_L1, value.status)
        .set("licenseAssigned"_L1, value.licenseAssigned)
        .set("protocol"_L1, value.protocol)
        .set("softwareList"_L1, softwareArray(value.softwareList));
    if (value.fileList)
        w.set("fileList"_L1, softwareArray(*value.fileList));
    return w.timestamp("createTime"_L1, value.createTime)
        .timestamp("upgradeTime"_L1, value.upgradeTime)
        .timestamp("updateTime"_L1, value.updateTime)
        .timestamp("refreshTime"_L1, value.refreshTime)
        .take();
}

QJsonObject toJson(const AccountDeviceList& value)
{
    QJsonArray list;
    for (const AccountDevice& d : value.deviceList)
        list.append(toJson(d));
    return JsonWriter(value.extra)
        .set("accountName"_L1, value.accountName)
        .set("hasMoreData"_L1, value.hasMoreData)
        .optional("lastSeenDeviceId"_L1, value.lastSeenDeviceId)
        .set("maxPageSize"_L1, value.maxPageSize)
        .set("deviceList"_L1, list)
        .take();
}

QJsonObject toJson(const InventoryDevice& value)
{
    return JsonWriter(value.extra)
        .set("deviceId"_L1, value.deviceId)
        .optional("mdn"_L1, value.mdn)
        .optional("model"_L1, value.model)
        .optional("make"_L1, value.make)
        .optional("firmware"_L1, value.firmware)
        .optional("fotaEligible"_L1, value.fotaEligible)
        .optional("licenseAssigned"_L1, value.licenseAssigned)
        .optional("status"_L1, value.status)
        .optional("protocol"_L1, value.protocol)
        .timestamp("createTime"_L1, value.createTime)
        .timestamp("statusTime"_L1, value.statusTime)
        .timestamp("refreshTime"_L1, value.refreshTime)
        .timestamp("lastConnectionTime"_L1, value.lastConnectionTime)
        .set("requestStatus"_L1, value.requestStatus) // V3Device lists both: always sent
        .set("resultReason"_L1, value.resultReason)
        .take();
}

QJsonObject toJson(const DeviceListResult& value)
{
    QJsonArray list;
    for (const InventoryDevice& d : value.deviceList)
        list.append(toJson(d));
    return JsonWriter(value.extra)
        .set("accountName"_L1, value.accountName)
        .set("deviceCount"_L1, value.deviceCount)
        .set("deviceList"_L1, list)
        .take();
}

} // namespace fotadesk::wire
