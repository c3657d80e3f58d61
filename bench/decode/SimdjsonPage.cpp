// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SimdjsonPage.h"

#include <simdjson.h>
#include <string_view>

namespace fotadesk::bench {

namespace {

using namespace simdjson;

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// A string member, or null (absent): false when it is neither.
bool optionalString(ondemand::value value, QString& out, bool& isNull)
{
    if (value.is_null().get(isNull))
        return false;
    if (isNull)
        return true;
    std::string_view s;
    if (value.get_string().get(s))
        return false;
    out = text(s);
    return true;
}

bool readTimestamp(ondemand::value value, Timestamp& out)
{
    bool isNull = false;
    if (!optionalString(value, out.raw, isNull))
        return false;
    if (!isNull)
        out.utc = Timestamp::parseUtc(out.raw);
    return true;
}

bool readDevice(ondemand::value element, wire::DeviceStatus& d)
{
    ondemand::object object;
    if (element.get_object().get(object))
        return false;
    bool id = false;
    bool status = false;
    for (auto field : object) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return false;
        ondemand::value value = field.value();
        bool isNull = false;
        if (key == "deviceId") {
            if (!optionalString(value, d.deviceId, isNull) || isNull)
                return false;
            id = true;
        } else if (key == "status") {
            if (!optionalString(value, d.status, isNull) || isNull)
                return false;
            status = true;
        } else if (key == "resultReason") {
            if (!optionalString(value, d.resultReason, isNull))
                return false;
        } else if (key == "updatedTime") {
            if (!readTimestamp(value, d.updatedTime))
                return false;
        } else if (key == "recentAttemptTime") {
            if (!readTimestamp(value, d.recentAttemptTime))
                return false;
        } else if (key == "nextAttemptTime") {
            if (!readTimestamp(value, d.nextAttemptTime))
                return false;
        } else {
            return false;
        }
    }
    return id && status;
}

} // namespace

std::optional<wire::CampaignDevicePage> readPageWithSimdjson(const QByteArray& body)
{
    static thread_local ondemand::parser parser;
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: one padded copy.
    const padded_string padded(body.constData(), std::size_t(body.size()));
    ondemand::document doc;
    if (parser.iterate(padded).get(doc))
        return std::nullopt;
    ondemand::object root;
    if (doc.get_object().get(root))
        return std::nullopt;
    wire::CampaignDevicePage page;
    bool more = false;
    bool size = false;
    bool list = false;
    for (auto field : root) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return std::nullopt;
        ondemand::value value = field.value();
        if (key == "deviceList") {
            ondemand::array array;
            if (value.get_array().get(array))
                return std::nullopt;
            page.deviceList.reserve(body.size() / 200 + 1);
            for (auto element : array) {
                page.deviceList.emplace_back();
                ondemand::value v;
                if (element.get(v) || !readDevice(v, page.deviceList.back()))
                    return std::nullopt;
            }
            list = true;
        } else if (key == "hasMoreData") {
            if (value.get_bool().get(page.hasMoreData))
                return std::nullopt;
            more = true;
        } else if (key == "maxPageSize") {
            int64_t n = 0;
            if (value.get_int64().get(n))
                return std::nullopt;
            page.maxPageSize = n;
            size = true;
        } else if (key == "totalDevice") {
            bool isNull = false;
            if (value.is_null().get(isNull))
                return std::nullopt;
            if (!isNull) {
                int64_t n = 0;
                if (value.get_int64().get(n))
                    return std::nullopt;
                page.totalDevice = n;
            }
        } else if (key == "lastSeenDeviceId") {
            bool isNull = false;
            if (!optionalString(value, page.lastSeenDeviceId, isNull))
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    if (!more || !size || !list)
        return std::nullopt;
    return page;
}

} // namespace fotadesk::bench
