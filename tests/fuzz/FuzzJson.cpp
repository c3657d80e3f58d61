// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz entry point for every JSON decoder of the service layer (JsonCodec.h):
// the first byte chooses the decoder, the rest is the body. A body that
// decodes is encoded again with toJson() and must decode again to the same
// encoding (the codecs keep unknown members, so nothing may get lost or
// change on a second trip). A failed decode must say where and what.
//
// The report page also has a direct reader from the bytes (DevicePageDecoder.h): for
// the CampaignDevicePage entry every body also goes through it, and its result must be
// the two steps' result exactly (the same error, or the same encoding and UTC times).

#include "FuzzSupport.h"
#include "api/wire/DevicePageDecoder.h"
#include "api/wire/JsonCodec.h"

#include <array>

using namespace fotadesk;
using namespace fotadesk::wire;
using namespace Qt::StringLiterals;
using fotadesk::fuzz::check;

namespace {

QJsonValue asValue(const QJsonObject& o)
{
    return o;
}
QJsonValue asValue(const QJsonArray& a)
{
    return a;
}

QString text(const QJsonValue& v)
{
    return QString::fromUtf8(v.isArray() ? toBytes(v.toArray()) : toBytes(v.toObject()));
}

template <typename T> using Decoder = Decoded<T> (*)(const QJsonValue&, const QString&);

template <typename T> void roundTrip(const char* name, Decoder<T> decode, const QJsonValue& value)
{
    const QString root = QStringLiteral("$");
    const Decoded<T> first = decode(value, root);
    if (!first) {
        check(!first.error().message.isEmpty(), name,
              QStringLiteral("a decode error without a message"));
        check(first.error().path.startsWith(root), name,
              u"a decode error path outside the document: "_s + first.error().path);
        (void)first.error().toString();
        return;
    }
    // The messages serialise whole documents: built only when an invariant breaks, not
    // on every execution.
    const QJsonValue encoded = asValue(toJson(first.value()));
    const Decoded<T> second = decode(encoded, root);
    if (!second.ok())
        fuzz::fail(name, u"its own encoding does not decode again: "_s + second.error().toString() +
                             u" in " + text(encoded));
    const QJsonValue again = asValue(toJson(second.value()));
    if (again != encoded)
        fuzz::fail(name, u"a second encode/decode trip changed the value: "_s + text(encoded) +
                             u" became " + text(again));
}

using Entry = void (*)(const QJsonValue&);

/// The direct reader against parseJson + decodeCampaignDevicePage on the same body.
void compareDirectPageReader(const QByteArray& body)
{
    const char* name = "CampaignDevicePage (direct)";
    const Decoded<CampaignDevicePage> direct = decodeCampaignDevicePageBody(body);
    const Decoded<QJsonValue> json = parseJson(body);
    const Decoded<CampaignDevicePage> tree =
        json ? decodeCampaignDevicePage(json.value(), QStringLiteral("$"))
             : Decoded<CampaignDevicePage>(json.error());
    if (direct.ok() != tree.ok())
        fuzz::fail(name, u"decodes where the two steps do not, or the other way round: "_s +
                             (direct.ok() ? tree.error().toString() : direct.error().toString()));
    if (!tree.ok()) {
        if (!(direct.error() == tree.error()))
            fuzz::fail(name, u"another error than the two steps: "_s + direct.error().toString() +
                                 u" / " + tree.error().toString());
        return;
    }
    if (toJson(direct.value()) != toJson(tree.value()))
        fuzz::fail(name, u"another value than the two steps: "_s + text(toJson(direct.value())));
    for (qsizetype i = 0; i < tree->deviceList.size(); ++i) {
        const DeviceStatus& a = direct->deviceList.at(i);
        const DeviceStatus& b = tree->deviceList.at(i);
        if (a.updatedTime.utc != b.updatedTime.utc ||
            a.recentAttemptTime.utc != b.recentAttemptTime.utc ||
            a.nextAttemptTime.utc != b.nextAttemptTime.utc)
            fuzz::fail(name,
                       u"other UTC times than the two steps at device "_s + QString::number(i));
    }
}

constexpr std::size_t CampaignDevicePageEntry = 19; // its index in kDecoders below

// One entry per decoder in JsonCodec.h (keep in step with it).
const std::array<Entry, 26> kDecoders = {
    [](const QJsonValue& v) { roundTrip<TokenResponse>("TokenResponse", decodeTokenResponse, v); },
    [](const QJsonValue& v) {
        roundTrip<SessionLoginRequest>("SessionLoginRequest", decodeSessionLoginRequest, v);
    },
    [](const QJsonValue& v) {
        roundTrip<SessionResponse>("SessionResponse", decodeSessionResponse, v);
    },
    [](const QJsonValue& v) { roundTrip<ErrorBody>("ErrorBody", decodeErrorBody, v); },
    [](const QJsonValue& v) { roundTrip<SuccessResult>("SuccessResult", decodeSuccessResult, v); },
    [](const QJsonValue& v) { roundTrip<TimeWindow>("TimeWindow", decodeTimeWindow, v); },
    [](const QJsonValue& v) {
        roundTrip<CampaignRequest>("CampaignRequest", decodeCampaignRequest, v);
    },
    [](const QJsonValue& v) { roundTrip<Campaign>("FirmwareCampaign", decodeFirmwareCampaign, v); },
    [](const QJsonValue& v) { roundTrip<Campaign>("Campaign", decodeCampaign, v); },
    [](const QJsonValue& v) { roundTrip<Campaign>("CampaignMetaInfo", decodeCampaignMetaInfo, v); },
    [](const QJsonValue& v) {
        roundTrip<CampaignHistoryPage>("CampaignHistoryPage", decodeCampaignHistoryPage, v);
    },
    [](const QJsonValue& v) {
        roundTrip<DeviceListChange>("DeviceListChange", decodeDeviceListChange, v);
    },
    [](const QJsonValue& v) {
        roundTrip<DeviceListChangeResult>("DeviceListChangeResult", decodeDeviceListChangeResult,
                                          v);
    },
    [](const QJsonValue& v) { roundTrip<DatesChange>("DatesChange", decodeDatesChange, v); },
    [](const QJsonValue& v) {
        roundTrip<FirmwarePackage>("FirmwarePackage", decodeFirmwarePackage, v);
    },
    [](const QJsonValue& v) {
        roundTrip<QList<FirmwarePackage>>("FirmwarePackageList", decodeFirmwarePackageList, v);
    },
    [](const QJsonValue& v) {
        roundTrip<DeviceListRequest>("DeviceListRequest", decodeDeviceListRequest, v);
    },
    [](const QJsonValue& v) {
        roundTrip<FirmwareSyncResult>("FirmwareSyncResult", decodeFirmwareSyncResult, v);
    },
    [](const QJsonValue& v) { roundTrip<DeviceStatus>("DeviceStatus", decodeDeviceStatus, v); },
    [](const QJsonValue& v) {
        roundTrip<CampaignDevicePage>("CampaignDevicePage", decodeCampaignDevicePage, v);
    },
    [](const QJsonValue& v) {
        roundTrip<DeviceHistoryEntry>("DeviceHistoryEntry", decodeDeviceHistoryEntry, v);
    },
    [](const QJsonValue& v) {
        roundTrip<QList<DeviceHistoryEntry>>("DeviceHistory", decodeDeviceHistory, v);
    },
    [](const QJsonValue& v) {
        roundTrip<LicenseSummary>("LicenseSummary", decodeLicenseSummary, v);
    },
    [](const QJsonValue& v) {
        roundTrip<LicenseChangeResult>("LicenseChangeResult", decodeLicenseChangeResult, v);
    },
    [](const QJsonValue& v) { roundTrip<Subscription>("Subscription", decodeSubscription, v); },
    [](const QJsonValue& v) { roundTrip<CallbackInfo>("CallbackInfo", decodeCallbackInfo, v); },
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const Entry decoder = kDecoders[data[0] % kDecoders.size()];
    const QByteArray body = fuzz::bytes(data + 1, size - 1);
    if (data[0] % kDecoders.size() == CampaignDevicePageEntry)
        compareDirectPageReader(body);
    const Decoded<QJsonValue> json = parseJson(body);
    if (!json) {
        check(!json.error().message.isEmpty(), "parseJson: an error without a message");
        return 0;
    }
    decoder(json.value());
    return 0;
}
