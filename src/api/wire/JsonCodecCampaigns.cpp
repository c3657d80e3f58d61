// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// JsonCodec.h, part 2: the campaign types (requests and answers).

#include "api/wire/JsonCodec.h"
#include "api/wire/JsonReader.h"
#include "api/wire/JsonWriter.h"

using namespace Qt::StringLiterals;

namespace fotadesk::wire {

namespace {

/// Which members a campaign-shaped answer requires (the contract's table).
enum class CampaignShape
{
    FirmwareCampaign,
    Campaign,
    MetaInfo
};

QString readCampaignString(JsonReader& r, QLatin1StringView key, bool required)
{
    return required ? r.requiredString(key) : r.optionalString(key);
}

Decoded<Campaign> decodeCampaignShape(const QJsonValue& value, const QString& path,
                                      CampaignShape shape)
{
    const bool firmware = shape == CampaignShape::FirmwareCampaign;
    const bool get = shape == CampaignShape::Campaign;
    JsonReader r(value, path);
    Campaign out;
    out.id = r.requiredString("id"_L1);
    out.accountName = r.requiredString("accountName"_L1);
    out.campaignName = r.optionalString("campaignName"_L1);
    out.firmwareName = r.optionalString("firmwareName"_L1);
    out.firmwareFrom = readCampaignString(r, "firmwareFrom"_L1, firmware);
    out.firmwareTo = readCampaignString(r, "firmwareTo"_L1, firmware);
    out.protocol = readCampaignString(r, "protocol"_L1, shape != CampaignShape::MetaInfo);
    const QJsonObject given = value.toObject();
    const auto givenEmpty = [&given](QLatin1StringView key, const QString& read) {
        return read.isEmpty() && given.value(key).isString();
    };
    if (givenEmpty("firmwareFrom"_L1, out.firmwareFrom))
        out.givenEmpty |= Campaign::EmptyFirmwareFrom;
    if (givenEmpty("firmwareTo"_L1, out.firmwareTo))
        out.givenEmpty |= Campaign::EmptyFirmwareTo;
    if (givenEmpty("protocol"_L1, out.protocol))
        out.givenEmpty |= Campaign::EmptyProtocol;
    out.make = r.requiredString("make"_L1);
    out.model = r.requiredString("model"_L1);
    out.startDate = r.requiredDate("startDate"_L1);
    out.endDate = r.requiredDate("endDate"_L1);
    out.timeWindows = r.optionalArray<TimeWindow>("campaignTimeWindowList"_L1, &decodeTimeWindow);
    out.status = r.requiredString("status"_L1);
    if (get) {
        out.autoAssignLicenseFlag = r.requiredBool("autoAssignLicenseFlag"_L1);
        out.autoAddDevicesFlag = r.requiredBool("autoAddDevicesFlag"_L1);
    } else {
        out.autoAssignLicenseFlag = r.optionalBool("autoAssignLicenseFlag"_L1);
        out.autoAddDevicesFlag = r.optionalBool("autoAddDevicesFlag"_L1);
    }
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

Decoded<DeviceListItem> decodeDeviceListItem(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    DeviceListItem out;
    out.deviceId = r.optionalString("deviceId"_L1);
    out.status = r.optionalString("status"_L1);
    // Documented as "Reason" here and "reason" elsewhere: read both, prefer "Reason".
    out.reason = r.optionalString("Reason"_L1);
    if (out.reason.isEmpty())
        out.reason = r.optionalString("reason"_L1);
    else if (r.object().value("reason"_L1).toString() == out.reason)
        r.consume("reason"_L1); // the same text twice: nothing extra to show
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

} // namespace

Decoded<CampaignRequest> decodeCampaignRequest(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path, JsonReader::Mode::Request);
    CampaignRequest out;
    out.campaignName = r.optionalString("campaignName"_L1);
    out.firmwareName = r.requiredString("firmwareName"_L1);
    out.firmwareFrom = r.requiredString("firmwareFrom"_L1);
    out.firmwareTo = r.requiredString("firmwareTo"_L1);
    out.protocol = r.requiredString("protocol"_L1);
    out.startDate = r.requiredDate("startDate"_L1);
    out.endDate = r.requiredDate("endDate"_L1);
    out.timeWindows = r.optionalArray<TimeWindow>("campaignTimeWindowList"_L1, &decodeTimeWindow);
    out.deviceList = r.requiredStringList("deviceList"_L1);
    out.autoAssignLicenseFlag = r.optionalBool("autoAssignLicenseFlag"_L1).value_or(false);
    out.autoAddDevicesFlag = r.optionalBool("autoAddDevicesFlag"_L1).value_or(false);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

Decoded<Campaign> decodeFirmwareCampaign(const QJsonValue& value, const QString& path)
{
    return decodeCampaignShape(value, path, CampaignShape::FirmwareCampaign);
}

Decoded<Campaign> decodeCampaign(const QJsonValue& value, const QString& path)
{
    return decodeCampaignShape(value, path, CampaignShape::Campaign);
}

Decoded<Campaign> decodeCampaignMetaInfo(const QJsonValue& value, const QString& path)
{
    return decodeCampaignShape(value, path, CampaignShape::MetaInfo);
}

Decoded<CampaignHistoryPage> decodeCampaignHistoryPage(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    CampaignHistoryPage out;
    out.hasMoreData = r.requiredBool("hasMoreData"_L1);
    out.lastSeenCampaignId = r.optionalString("lastSeenCampaignId"_L1);
    out.campaignList = r.requiredArray<Campaign>("campaignList"_L1, &decodeCampaignMetaInfo);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

Decoded<DeviceListChange> decodeDeviceListChange(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path, JsonReader::Mode::Request);
    DeviceListChange out;
    const QString expected = JsonReader::tr("\"append\" or \"remove\"");
    QLatin1StringView key = r.firstPresent("Type"_L1, "type"_L1);
    if (key.isEmpty()) {
        r.fail("Type"_L1, JsonReader::tr("required field is missing (expected %1)").arg(expected));
        return r.error();
    }
    const QJsonValue type = r.object().value(key);
    if (!type.isString()) {
        r.fail(key, JsonReader::expectedGot(expected, type));
        return r.error();
    }
    const QString text = type.toString();
    if (text.compare("append"_L1, Qt::CaseInsensitive) == 0)
        out.type = DeviceListChange::Type::Append;
    else if (text.compare("remove"_L1, Qt::CaseInsensitive) == 0)
        out.type = DeviceListChange::Type::Remove;
    else
        r.fail(key, JsonReader::tr("expected %1, got %2").arg(expected, JsonReader::quoted(text)));
    out.deviceList = r.requiredStringList("deviceList"_L1);
    if (r.failed())
        return r.error();
    return out;
}

Decoded<DeviceListChangeResult> decodeDeviceListChangeResult(const QJsonValue& value,
                                                             const QString& path)
{
    JsonReader r(value, path);
    DeviceListChangeResult out;
    out.accountName = r.requiredString("accountName"_L1);
    out.campaignId = r.requiredString("campaignId"_L1);
    out.deviceList = r.requiredArray<DeviceListItem>("deviceList"_L1, &decodeDeviceListItem);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

Decoded<DatesChange> decodeDatesChange(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path, JsonReader::Mode::Request);
    DatesChange out;
    out.startDate = r.requiredDate("startDate"_L1);
    out.endDate = r.requiredDate("endDate"_L1);
    out.timeWindows = r.optionalArray<TimeWindow>("campaignTimeWindowList"_L1, &decodeTimeWindow);
    if (r.failed())
        return r.error();
    return out;
}

// --- encoders ---------------------------------------------------------------------

QJsonObject toJson(const CampaignRequest& value)
{
    JsonWriter w(value.extra);
    w.optional("campaignName"_L1, value.campaignName)
        .set("firmwareName"_L1, value.firmwareName)
        .set("firmwareFrom"_L1, value.firmwareFrom)
        .set("firmwareTo"_L1, value.firmwareTo)
        .set("protocol"_L1, value.protocol)
        .date("startDate"_L1, value.startDate)
        .date("endDate"_L1, value.endDate);
    if (!value.timeWindows.isEmpty())
        w.set("campaignTimeWindowList"_L1, toJson(value.timeWindows));
    w.strings("deviceList"_L1, value.deviceList)
        .set("autoAssignLicenseFlag"_L1, value.autoAssignLicenseFlag)
        .set("autoAddDevicesFlag"_L1, value.autoAddDevicesFlag);
    return w.take();
}

QJsonObject toJson(const Campaign& value)
{
    // Required in FirmwareCampaign, optional in V3CampaignMetaInfo: left out when empty, unless
    // the decoded answer had them as "" (Campaign::givenEmpty).
    const auto keepEmpty = [&value](quint8 bit) { return (value.givenEmpty & bit) != 0; };
    JsonWriter w(value.extra);
    w.set("id"_L1, value.id)
        .set("accountName"_L1, value.accountName)
        .optional("campaignName"_L1, value.campaignName)
        .optional("firmwareName"_L1, value.firmwareName);
    if (!value.firmwareFrom.isEmpty() || keepEmpty(Campaign::EmptyFirmwareFrom))
        w.set("firmwareFrom"_L1, value.firmwareFrom);
    if (!value.firmwareTo.isEmpty() || keepEmpty(Campaign::EmptyFirmwareTo))
        w.set("firmwareTo"_L1, value.firmwareTo);
    if (!value.protocol.isEmpty() || keepEmpty(Campaign::EmptyProtocol))
        w.set("protocol"_L1, value.protocol);
    w.set("make"_L1, value.make)
        .set("model"_L1, value.model)
        .date("startDate"_L1, value.startDate)
        .date("endDate"_L1, value.endDate);
    if (!value.timeWindows.isEmpty())
        w.set("campaignTimeWindowList"_L1, toJson(value.timeWindows));
    w.set("status"_L1, value.status)
        .optional("autoAssignLicenseFlag"_L1, value.autoAssignLicenseFlag)
        .optional("autoAddDevicesFlag"_L1, value.autoAddDevicesFlag);
    return w.take();
}

QJsonObject toJson(const CampaignHistoryPage& value)
{
    QJsonArray list;
    for (const Campaign& c : value.campaignList)
        list.append(toJson(c));
    return JsonWriter(value.extra)
        .set("hasMoreData"_L1, value.hasMoreData)
        .optional("lastSeenCampaignId"_L1, value.lastSeenCampaignId)
        .set("campaignList"_L1, list)
        .take();
}

QJsonObject toJson(const DeviceListChange& value)
{
    const QString type = value.type == DeviceListChange::Type::Remove ? u"remove"_s : u"append"_s;
    return JsonWriter().set("Type"_L1, type).strings("deviceList"_L1, value.deviceList).take();
}

QJsonObject toJson(const DeviceListItem& value)
{
    return JsonWriter(value.extra)
        .optional("deviceId"_L1, value.deviceId)
        .optional("status"_L1, value.status)
        .optional("Reason"_L1, value.reason)
        .take();
}

QJsonObject toJson(const DeviceListChangeResult& value)
{
    QJsonArray list;
    for (const DeviceListItem& item : value.deviceList)
        list.append(toJson(item));
    return JsonWriter(value.extra)
        .set("accountName"_L1, value.accountName)
        .set("campaignId"_L1, value.campaignId)
        .set("deviceList"_L1, list)
        .take();
}

QJsonObject toJson(const DatesChange& value)
{
    return JsonWriter()
        .date("startDate"_L1, value.startDate)
        .date("endDate"_L1, value.endDate)
        .set("campaignTimeWindowList"_L1, toJson(value.timeWindows))
        .take();
}

} // namespace fotadesk::wire
