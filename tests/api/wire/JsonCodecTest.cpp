// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/wire/JsonCodec.h"

#include <QHash>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace fotadesk;
using namespace fotadesk::wire;
using namespace Qt::StringLiterals;

namespace {

// --- canonical bodies: every member a codec writes back the same way -------------

const char* const CampaignRequestExample = R"({
  "campaignName": "Depot 7 modem refresh",
  "firmwareName": "ACMEModems_AX100_R2.1.0_R2.2.0",
  "firmwareFrom": "R2.1.0",
  "firmwareTo": "R2.2.0",
  "protocol": "LWM2M",
  "startDate": "2026-12-01",
  "endDate": "2026-12-03",
  "campaignTimeWindowList": [{"startTime": 1, "endTime": 5}],
  "deviceList": ["490154203237518", "356938035643809"]
})";

const char* const CampaignRequestFull =
    R"({"campaignName":"Depot 7","firmwareName":"ACME_R2","firmwareFrom":"R2.1.0",
    "firmwareTo":"R2.2.0","protocol":"LWM2M","startDate":"2026-12-01","endDate":"2026-12-03",
    "campaignTimeWindowList":[{"startTime":1,"endTime":5},{"startTime":22,"endTime":24}],
    "deviceList":["490154203237518","356938035643809"],
    "autoAssignLicenseFlag":true,"autoAddDevicesFlag":false})";

const char* const FirmwareCampaignBody =
    R"({"id":"c-1","accountName":"0000123456-00001","campaignName":"Depot 7",
    "firmwareName":"ACME_R2","firmwareFrom":"R2.1.0","firmwareTo":"R2.2.0","protocol":"LWM2M",
    "make":"ACME","model":"AX100","startDate":"2026-12-01","endDate":"2026-12-03",
    "campaignTimeWindowList":[{"startTime":1,"endTime":5}],"status":"CampaignRequestPending"})";

const char* const CampaignBody =
    R"({"id":"c-1","accountName":"0000123456-00001","campaignName":"Depot 7",
    "firmwareName":"ACME_R2","firmwareFrom":"R2.1.0","firmwareTo":"R2.2.0","protocol":"LWM2M",
    "make":"ACME","model":"AX100","startDate":"2026-12-01","endDate":"2026-12-03",
    "campaignTimeWindowList":[{"startTime":1,"endTime":5}],"status":"CampaignScheduled",
    "autoAssignLicenseFlag":true,"autoAddDevicesFlag":false})";

const char* const MetaInfoBody =
    R"({"id":"c-2","accountName":"0000123456-00001","firmwareFrom":"R2.1.0",
    "firmwareTo":"R2.2.0","make":"ACME","model":"AX100","startDate":"2026-12-01",
    "endDate":"2026-12-03","status":"CampaignEnded"})";

const char* const HistoryPageBody =
    R"({"hasMoreData":true,"lastSeenCampaignId":"c-3","campaignList":[
    {"id":"c-1","accountName":"a","make":"ACME","model":"AX100","startDate":"2026-12-01",
     "endDate":"2026-12-03","status":"CampaignEnded","protocol":"LWM2M"},
    {"id":"c-2","accountName":"a","make":"ACME","model":"AX100","startDate":"2026-12-01",
     "endDate":"2026-12-03","status":"CampaignEnded"},
    {"id":"c-3","accountName":"a","make":"ACME","model":"AX100","startDate":"2026-12-01",
     "endDate":"2026-12-03","status":"SomethingNew"}]})";

const char* const DeviceListChangeBody =
    R"({"Type":"append","deviceList":["490154203237518","356938035643809"]})";

const char* const DeviceListChangeResultBody =
    R"({"accountName":"0000123456-00001","campaignId":"c-1","deviceList":[
    {"deviceId":"490154203237518","status":"AddDeviceSucceed","Reason":"Device added Successfully"},
    {"deviceId":"356938035643809","status":"AddDeviceFailed","Reason":"No license attached to device"}]})";

const char* const DatesChangeBody =
    R"({"startDate":"2026-12-02","endDate":"2026-12-05",
    "campaignTimeWindowList":[{"startTime":0,"endTime":24}]})";

const char* const FirmwareListBody =
    R"([{"firmwareName":"ACME_R2","firmwareFrom":"R2.1.0","firmwareTo":"R2.2.0",
    "launchDate":"2022-08-05T21:05:27.129Z","releaseNote":"","model":"AX100","make":"ACME",
    "protocol":"LWM2M"},
    {"firmwareName":"ACME_R3","firmwareFrom":"R2.2.0","firmwareTo":"R3.0.0",
    "launchDate":"2022-01-26 03:45:01.608 +0000 UTC","releaseNote":"fixes","model":"AX100",
    "make":"ACME","protocol":"OMD-DM"}])";

const char* const DeviceListRequestBody = R"({"deviceList":["490154203237518"]})";

const char* const FirmwareSyncBody =
    R"({"accountName":"0000123456-00001","deviceFirmwarVersionList":[
    {"deviceId":"490154203237518","status":"FirmwareVersionUpdateSuccess","firmwareVersion":"R2.1.0"}]})";

const char* const DevicePageBody =
    R"({"totalDevice":2,"hasMoreData":false,"lastSeenDeviceId":"490154203237518",
    "maxPageSize":1000,"deviceList":[
    {"deviceId":"356938035643809","status":"UpgradeSuccess","resultReason":"DownloadInstallSucceeded",
     "updatedTime":"2022-01-26 03:45:01.608 +0000 UTC","recentAttemptTime":"2022-10-06T18:35:00Z",
     "nextAttemptTime":"2022-08-05T21:05:27.129Z"},
    {"deviceId":"490154203237518","status":"UpgradePending"}]})";

const char* const DeviceHistoryBody =
    R"([{"deviceId":"490154203237518","campaignId":"c-1","accountName":"0000123456-00001",
    "firmwareName":"ACME_R2","firmwareFrom":"R2.1.0","firmwareTo":"R2.2.0",
    "startDate":"2026-12-01","reportUpdatedTime":"2022-08-05T21:05:27.129Z",
    "status":"UpgradeSuccess","reason":"DownloadInstallSucceeded"}])";

const char* const LicenseSummaryBody =
    R"({"accountName":"0000123456-00001","totalLicenses":5000,"assignedLicenses":2,
    "hasMoreData":false,"lastSeenDeviceId":"490154203237518","maxPageSize":1000,"deviceList":[
    {"deviceId":"356938035643809","assignmentTime":"2022-08-05T21:05:27.129Z"},
    {"deviceId":"490154203237518","assignmentTime":"2022-01-26 03:45:01 +0000 UTC"}]})";

const char* const LicenseChangeBody =
    R"({"accountName":"0000123456-00001","licCount":10,"licUsedCount":2,"deviceList":[
    {"deviceId":"490154203237518","status":"Success"}]})";

const char* const SubscriptionBody =
    R"({"accountName":"0000123456-00001","purchaseType":"MRC","licenseCount":10,
    "licenseUsedCount":2,"updateTime":"2022-08-05T21:05:27.129Z"})";

const char* const TokenBody =
    R"({"access_token":"tok","token_type":"Bearer","expires_in":3600,"scope":"a b",
    "refresh_token":"r"})";

/// decode, then encode again: the round trip every row goes through.
using RoundTrip = std::function<Decoded<QJsonValue>(const QJsonValue&)>;

template <typename T> RoundTrip roundTrip(Decoded<T> (*decode)(const QJsonValue&, const QString&))
{
    return [decode](const QJsonValue& v) -> Decoded<QJsonValue> {
        auto d = decode(v, u"$"_s);
        if (!d.ok())
            return d.error();
        return QJsonValue(toJson(d.value()));
    };
}

const QHash<QString, RoundTrip>& codecs()
{
    static const QHash<QString, RoundTrip> all = {
        {u"TokenResponse"_s, roundTrip(&decodeTokenResponse)},
        {u"SessionLoginRequest"_s, roundTrip(&decodeSessionLoginRequest)},
        {u"SessionResponse"_s, roundTrip(&decodeSessionResponse)},
        {u"ErrorBody"_s, roundTrip(&decodeErrorBody)},
        {u"SuccessResult"_s, roundTrip(&decodeSuccessResult)},
        {u"TimeWindow"_s, roundTrip(&decodeTimeWindow)},
        {u"CampaignRequest"_s, roundTrip(&decodeCampaignRequest)},
        {u"FirmwareCampaign"_s, roundTrip(&decodeFirmwareCampaign)},
        {u"Campaign"_s, roundTrip(&decodeCampaign)},
        {u"V3CampaignMetaInfo"_s, roundTrip(&decodeCampaignMetaInfo)},
        {u"V3CampaignHistory"_s, roundTrip(&decodeCampaignHistoryPage)},
        {u"DeviceListChange"_s, roundTrip(&decodeDeviceListChange)},
        {u"V3AddOrRemoveDeviceResult"_s, roundTrip(&decodeDeviceListChangeResult)},
        {u"DatesChange"_s, roundTrip(&decodeDatesChange)},
        {u"FirmwarePackage"_s, roundTrip(&decodeFirmwarePackage)},
        {u"FirmwarePackageList"_s, roundTrip(&decodeFirmwarePackageList)},
        {u"DeviceListRequest"_s, roundTrip(&decodeDeviceListRequest)},
        {u"FirmwareSyncResult"_s, roundTrip(&decodeFirmwareSyncResult)},
        {u"DeviceFirmwareVersionUpdateResult"_s, roundTrip(&decodeFirmwareReportRequest)},
        {u"V3DeviceStatus"_s, roundTrip(&decodeDeviceStatus)},
        {u"V3CampaignDevice"_s, roundTrip(&decodeCampaignDevicePage)},
        {u"DeviceFirmwareUpgrade"_s, roundTrip(&decodeDeviceHistoryEntry)},
        {u"DeviceHistory"_s, roundTrip(&decodeDeviceHistory)},
        {u"V3LicenseSummary"_s, roundTrip(&decodeLicenseSummary)},
        {u"LicenseChangeResult"_s, roundTrip(&decodeLicenseChangeResult)},
        {u"Subscription"_s, roundTrip(&decodeSubscription)},
        {u"CallbackInfo"_s, roundTrip(&decodeCallbackInfo)},
    };
    return all;
}

QJsonValue json(const char* text)
{
    const auto parsed = parseJson(QByteArray(text));
    if (!parsed.ok())
        qFatal("test body does not parse: %s", qPrintable(parsed.error().toString()));
    return parsed.value();
}

QJsonValue json(const QByteArray& text)
{
    return json(text.constData());
}

enum class Op
{
    Remove,
    Replace
};

/// Applies op at rel (".campaignList[0].status", "[0].make", ".deviceList[1]").
QJsonValue mutate(const QJsonValue& v, QStringView rel, Op op, const QJsonValue& replacement)
{
    if (rel.startsWith(u'.')) {
        qsizetype end = 1;
        while (end < rel.size() && rel[end] != u'.' && rel[end] != u'[')
            ++end;
        const QString key = rel.mid(1, end - 1).toString();
        QJsonObject o = v.toObject();
        if (end == rel.size()) {
            if (op == Op::Remove)
                o.remove(key);
            else
                o.insert(key, replacement);
        } else {
            o.insert(key, mutate(o.value(key), rel.mid(end), op, replacement));
        }
        return o;
    }
    const qsizetype close = rel.indexOf(u']');
    const int index = rel.mid(1, close - 1).toInt();
    QJsonArray a = v.toArray();
    if (close + 1 == rel.size()) {
        if (op == Op::Remove)
            a.removeAt(index);
        else
            a.replace(index, replacement);
    } else {
        a.replace(index, mutate(a.at(index), rel.mid(close + 1), op, replacement));
    }
    return a;
}

QString bodyOf(const QString& kind)
{
    static const QHash<QString, const char*> bodies = {
        {u"TokenResponse"_s, TokenBody},
        {u"SessionLoginRequest"_s, R"({"username":"u","password":"p"})"},
        {u"SessionResponse"_s, R"({"sessionToken":"s"})"},
        {u"ErrorBody"_s, R"({"errorCode":"InvalidParameter","errorMessage":"bad"})"},
        {u"SuccessResult"_s, R"({"success":true})"},
        {u"TimeWindow"_s, R"({"startTime":1,"endTime":5})"},
        {u"CampaignRequest"_s, CampaignRequestFull},
        {u"FirmwareCampaign"_s, FirmwareCampaignBody},
        {u"Campaign"_s, CampaignBody},
        {u"V3CampaignMetaInfo"_s, MetaInfoBody},
        {u"V3CampaignHistory"_s, HistoryPageBody},
        {u"DeviceListChange"_s, DeviceListChangeBody},
        {u"V3AddOrRemoveDeviceResult"_s, DeviceListChangeResultBody},
        {u"DatesChange"_s, DatesChangeBody},
        {u"FirmwarePackageList"_s, FirmwareListBody},
        {u"DeviceListRequest"_s, DeviceListRequestBody},
        {u"FirmwareSyncResult"_s, FirmwareSyncBody},
        {u"DeviceFirmwareVersionUpdateResult"_s,
         R"({"accountName":"0000123456-00001","requestId":"f3b5c2a1-6d1e-4c77-9a43-2b8e1d0c9f10"})"},
        {u"V3CampaignDevice"_s, DevicePageBody},
        {u"DeviceHistory"_s, DeviceHistoryBody},
        {u"V3LicenseSummary"_s, LicenseSummaryBody},
        {u"LicenseChangeResult"_s, LicenseChangeBody},
        {u"Subscription"_s, SubscriptionBody},
        {u"CallbackInfo"_s, R"({"url":"https://example.com/cb"})"},
    };
    return QString::fromUtf8(bodies.value(kind));
}

QString describe(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

const QString AString = u"a string"_s;
const QString ABool = u"a boolean"_s;
const QString ANumber = u"a number"_s;
const QString AnArray = u"an array"_s;
const QString StrictDate = u"a date YYYY-MM-DD"_s;
const QString AnswerDate = u"a date YYYY-MM-DD or an ISO 8601 date-time"_s;

} // namespace

class JsonCodecTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contractExamples_data();
    void contractExamples();
    void roundTrip_data();
    void roundTrip();
    void requiredFields_data();
    void requiredFields();
    void notAnObject_data();
    void notAnObject();
    void unknownMembersKept_data();
    void unknownMembersKept();
    void reasonSpellings_data();
    void reasonSpellings();
    void firmwareSyncSpellings_data();
    void firmwareSyncSpellings();
    void optionalMembers_data();
    void optionalMembers();
    void numbers_data();
    void numbers();
    void booleans_data();
    void booleans();
    void dates_data();
    void dates();
    void deviceListChangeType_data();
    void deviceListChangeType();
    void deviceListElements();
    void timestampsInAnswers();
    void encoderNames();
    void campaignFlagsOnlyWhenSet();
    void parseJsonHostile_data();
    void parseJsonHostile();
    void parseJsonAccepts_data();
    void parseJsonAccepts();
    void deepNestingMaxDepth();
    void hugeDevicePage();
    void formatDate();
    void accountDeviceListExample();
    void accountDeviceRequired_data();
    void accountDeviceRequired();
    void inventoryLookupExample();
    void inventoryLookupTolerant();
};

// --- documented examples ------------------------------------------------------------

void JsonCodecTest::contractExamples_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("campaign request example") << QByteArray(CampaignRequestExample);
}

void JsonCodecTest::contractExamples()
{
    QFETCH(QByteArray, body);
    const auto parsed = parseJson(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    const auto request = decodeCampaignRequest(parsed.value());
    QVERIFY2(request.ok(), qPrintable(request.error().toString()));
    QCOMPARE(request->campaignName, u"Depot 7 modem refresh"_s);
    QCOMPARE(request->firmwareName, u"ACMEModems_AX100_R2.1.0_R2.2.0"_s);
    QCOMPARE(request->firmwareFrom, u"R2.1.0"_s);
    QCOMPARE(request->firmwareTo, u"R2.2.0"_s);
    QCOMPARE(request->protocol, protocol::Lwm2m);
    QCOMPARE(request->startDate, QDate(2026, 12, 1));
    QCOMPARE(request->endDate, QDate(2026, 12, 3));
    QCOMPARE(request->timeWindows, (QList<TimeWindow>{{1, 5}}));
    QCOMPARE(request->deviceList, (QStringList{u"490154203237518"_s, u"356938035643809"_s}));
    QCOMPARE(request->autoAssignLicenseFlag, false);
    QCOMPARE(request->autoAddDevicesFlag, false);
    QVERIFY(request->extra.isEmpty());

    // Encoded again: the example plus the two flags that are always sent.
    QJsonObject expected = parsed.value().toObject();
    expected.insert(u"autoAssignLicenseFlag"_s, false);
    expected.insert(u"autoAddDevicesFlag"_s, false);
    QCOMPARE(toJson(request.value()), expected);
}

void JsonCodecTest::roundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    for (const QString& kind : codecs().keys()) {
        QString body = bodyOf(kind);
        if (kind == u"FirmwarePackage"_s)
            body =
                QString::fromUtf8(QJsonDocument(json(FirmwareListBody).toArray().at(0).toObject())
                                      .toJson(QJsonDocument::Compact));
        if (kind == u"V3DeviceStatus"_s)
            body =
                QString::fromUtf8(QJsonDocument(json(DevicePageBody)[u"deviceList"_s][0].toObject())
                                      .toJson(QJsonDocument::Compact));
        if (kind == u"DeviceFirmwareUpgrade"_s)
            body =
                QString::fromUtf8(QJsonDocument(json(DeviceHistoryBody).toArray().at(0).toObject())
                                      .toJson(QJsonDocument::Compact));
        QVERIFY2(!body.isEmpty(), qPrintable(kind));
        QTest::newRow(qPrintable(kind)) << kind << body.toUtf8();
    }
    // Required strings given empty (fuzz_json, 26 Nov 2026: "protocol": "" was left out when
    // encoded, and the encoding did not decode again); absent optional ones stay absent.
    QTest::newRow("Campaign with empty required strings")
        << u"Campaign"_s
        << QByteArray(R"({"id":"c1","accountName":"0000123456-00001","firmwareFrom":"",)"
                      R"("firmwareTo":"","protocol":"","make":"ACME","model":"AX100",)"
                      R"("startDate":"2026-12-01","endDate":"2026-12-03",)"
                      R"("status":"CampaignRequestPending","autoAssignLicenseFlag":false,)"
                      R"("autoAddDevicesFlag":true})");
    QTest::newRow("FirmwareCampaign with an empty protocol")
        << u"FirmwareCampaign"_s
        << QByteArray(R"({"id":"c1","accountName":"0000123456-00001","firmwareFrom":"R1",)"
                      R"("firmwareTo":"R2","protocol":"","make":"ACME","model":"AX100",)"
                      R"("startDate":"2026-12-01","endDate":"2026-12-03",)"
                      R"("status":"CampaignRequestPending"})");
    QTest::newRow("V3CampaignMetaInfo without firmware versions")
        << u"V3CampaignMetaInfo"_s
        << QByteArray(R"({"id":"c1","accountName":"0000123456-00001","make":"ACME",)"
                      R"("model":"AX100","startDate":"2026-12-01","endDate":"2026-12-03",)"
                      R"("status":"CampaignEnded"})");
}

void JsonCodecTest::roundTrip()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    const QJsonValue input = json(body);
    const auto once = codecs().value(kind)(input);
    QVERIFY2(once.ok(), qPrintable(once.error().toString()));
    QCOMPARE(once.value(), input);
    // Through bytes too: what goes on the wire decodes to the same value.
    const QByteArray bytes = once->isArray() ? toBytes(once->toArray()) : toBytes(once->toObject());
    const auto twice = codecs().value(kind)(json(bytes));
    QVERIFY2(twice.ok(), qPrintable(twice.error().toString()));
    QCOMPARE(twice.value(), input);
}

// --- required fields: missing, null, mistyped -> exact path -------------------------

void JsonCodecTest::requiredFields_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field"); // relative to "$"
    QTest::addColumn<int>("op");        // 0 missing, 1 null, 2 wrong type
    QTest::addColumn<QJsonValue>("replacement");
    QTest::addColumn<QString>("expectedPath");
    QTest::addColumn<QString>("expectedMessage");

    struct Field
    {
        const char* kind;
        const char* field;
        QString expected;
        QJsonValue wrong;
    };
    const QJsonValue number(42);
    const QJsonValue text(u"true"_s);
    const QList<Field> table = {
        {"TokenResponse", ".access_token", AString, number},
        {"TokenResponse", ".token_type", AString, QJsonArray{}},
        {"SessionLoginRequest", ".username", AString, number},
        {"SessionLoginRequest", ".password", AString, true},
        {"SessionResponse", ".sessionToken", AString, number},
        {"ErrorBody", ".errorCode", AString, number},
        {"ErrorBody", ".errorMessage", AString, QJsonObject{}},
        {"SuccessResult", ".success", ABool, text},
        {"DeviceFirmwareVersionUpdateResult", ".accountName", AString, number},
        {"DeviceFirmwareVersionUpdateResult", ".requestId", AString, true},
        {"TimeWindow", ".startTime", ANumber, u"1"_s},
        {"TimeWindow", ".endTime", ANumber, true},
        {"CampaignRequest", ".firmwareName", AString, number},
        {"CampaignRequest", ".firmwareFrom", AString, number},
        {"CampaignRequest", ".firmwareTo", AString, number},
        {"CampaignRequest", ".protocol", AString, number},
        {"CampaignRequest", ".startDate", StrictDate, number},
        {"CampaignRequest", ".endDate", StrictDate, number},
        {"CampaignRequest", ".deviceList", AnArray, u"490154203237518"_s},
        {"CampaignRequest", ".campaignTimeWindowList[1].endTime", ANumber, u"24"_s},
        {"FirmwareCampaign", ".id", AString, number},
        {"FirmwareCampaign", ".accountName", AString, number},
        {"FirmwareCampaign", ".firmwareFrom", AString, number},
        {"FirmwareCampaign", ".firmwareTo", AString, number},
        {"FirmwareCampaign", ".protocol", AString, number},
        {"FirmwareCampaign", ".make", AString, number},
        {"FirmwareCampaign", ".model", AString, number},
        {"FirmwareCampaign", ".startDate", AnswerDate, number},
        {"FirmwareCampaign", ".endDate", AnswerDate, number},
        {"FirmwareCampaign", ".status", AString, number},
        {"FirmwareCampaign", ".campaignTimeWindowList[0].startTime", ANumber, u"1"_s},
        {"Campaign", ".id", AString, number},
        {"Campaign", ".accountName", AString, number},
        {"Campaign", ".protocol", AString, number},
        {"Campaign", ".make", AString, number},
        {"Campaign", ".model", AString, number},
        {"Campaign", ".startDate", AnswerDate, number},
        {"Campaign", ".endDate", AnswerDate, number},
        {"Campaign", ".status", AString, number},
        {"Campaign", ".autoAssignLicenseFlag", ABool, text},
        {"Campaign", ".autoAddDevicesFlag", ABool, number},
        {"V3CampaignMetaInfo", ".accountName", AString, number},
        {"V3CampaignMetaInfo", ".id", AString, number},
        {"V3CampaignMetaInfo", ".make", AString, number},
        {"V3CampaignMetaInfo", ".model", AString, number},
        {"V3CampaignMetaInfo", ".startDate", AnswerDate, number},
        {"V3CampaignMetaInfo", ".endDate", AnswerDate, number},
        {"V3CampaignMetaInfo", ".status", AString, number},
        {"V3CampaignHistory", ".hasMoreData", ABool, text},
        {"V3CampaignHistory", ".campaignList", AnArray, QJsonObject{}},
        {"V3CampaignHistory", ".campaignList[2].status", AString, number},
        {"V3CampaignHistory", ".campaignList[1].id", AString, number},
        {"DeviceListChange", ".deviceList", AnArray, number},
        {"V3AddOrRemoveDeviceResult", ".accountName", AString, number},
        {"V3AddOrRemoveDeviceResult", ".campaignId", AString, number},
        {"V3AddOrRemoveDeviceResult", ".deviceList", AnArray, text},
        {"DatesChange", ".startDate", StrictDate, number},
        {"DatesChange", ".endDate", StrictDate, true},
        {"DatesChange", ".campaignTimeWindowList[0].endTime", ANumber, u"x"_s},
        {"FirmwarePackageList", "[0].firmwareName", AString, number},
        {"FirmwarePackageList", "[0].firmwareFrom", AString, number},
        {"FirmwarePackageList", "[0].firmwareTo", AString, number},
        {"FirmwarePackageList", "[1].launchDate", AString, number},
        {"FirmwarePackageList", "[0].releaseNote", AString, number},
        {"FirmwarePackageList", "[1].model", AString, number},
        {"FirmwarePackageList", "[1].make", AString, number},
        {"FirmwarePackageList", "[0].protocol", AString, number},
        {"DeviceListRequest", ".deviceList", AnArray, QJsonObject{}},
        {"V3CampaignDevice", ".hasMoreData", ABool, text},
        {"V3CampaignDevice", ".maxPageSize", ANumber, u"1000"_s},
        {"V3CampaignDevice", ".deviceList", AnArray, number},
        {"V3CampaignDevice", ".deviceList[0].deviceId", AString, number},
        {"V3CampaignDevice", ".deviceList[1].status", AString, number},
        {"DeviceHistory", "[0].deviceId", AString, number},
        {"DeviceHistory", "[0].campaignId", AString, number},
        {"DeviceHistory", "[0].accountName", AString, number},
        {"DeviceHistory", "[0].startDate", AnswerDate, number},
        {"DeviceHistory", "[0].status", AString, number},
        {"DeviceHistory", "[0].reason", AString, number},
        {"V3LicenseSummary", ".accountName", AString, number},
        {"V3LicenseSummary", ".assignedLicenses", ANumber, u"2"_s},
        {"V3LicenseSummary", ".maxPageSize", ANumber, false},
        {"V3LicenseSummary", ".hasMoreData", ABool, number},
        {"LicenseChangeResult", ".deviceList[0].deviceId", AString, number},
        {"LicenseChangeResult", ".deviceList[0].status", AString, QJsonArray{}},
    };
    for (const Field& f : table) {
        const QString kind = QString::fromLatin1(f.kind);
        const QString field = QString::fromLatin1(f.field);
        const QString path = u"$"_s + field;
        const QByteArray name = QByteArray(f.kind) + ' ' + QByteArray(f.field);
        QTest::newRow(QByteArray(name + " missing").constData())
            << kind << field << 0 << QJsonValue() << path
            << u"required field is missing (expected %1)"_s.arg(f.expected);
        QTest::newRow(QByteArray(name + " null").constData())
            << kind << field << 1 << QJsonValue(QJsonValue::Null) << path
            << u"expected %1, got null"_s.arg(f.expected);
        QTest::newRow(QByteArray(name + " wrong type").constData())
            << kind << field << 2 << f.wrong << path
            << u"expected %1, got %2"_s.arg(f.expected, describe(f.wrong));
    }
    // Array elements that are not objects.
    QTest::newRow("history element not an object")
        << u"V3CampaignHistory"_s << u".campaignList[1]"_s << 2 << QJsonValue(u"c-2"_s)
        << u"$.campaignList[1]"_s << u"expected an object, got a string"_s;
    QTest::newRow("device page element null")
        << u"V3CampaignDevice"_s << u".deviceList[1]"_s << 2 << QJsonValue(QJsonValue::Null)
        << u"$.deviceList[1]"_s << u"expected an object, got null"_s;
    QTest::newRow("time window element a number")
        << u"CampaignRequest"_s << u".campaignTimeWindowList[0]"_s << 2 << QJsonValue(5)
        << u"$.campaignTimeWindowList[0]"_s << u"expected an object, got a number"_s;
    QTest::newRow("device id element a number")
        << u"CampaignRequest"_s << u".deviceList[1]"_s << 2 << QJsonValue(356938035643809.0)
        << u"$.deviceList[1]"_s << u"expected a string, got a number"_s;
    QTest::newRow("add/remove element an array")
        << u"V3AddOrRemoveDeviceResult"_s << u".deviceList[0]"_s << 2 << QJsonValue(QJsonArray{})
        << u"$.deviceList[0]"_s << u"expected an object, got an array"_s;
    QTest::newRow("firmware list element a boolean")
        << u"FirmwarePackageList"_s << u"[1]"_s << 2 << QJsonValue(true) << u"$[1]"_s
        << u"expected an object, got a boolean"_s;
}

void JsonCodecTest::requiredFields()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(int, op);
    QFETCH(QJsonValue, replacement);
    QFETCH(QString, expectedPath);
    QFETCH(QString, expectedMessage);

    const QJsonValue valid = json(bodyOf(kind).toUtf8());
    QVERIFY2(codecs().value(kind)(valid).ok(), "the unmodified body must decode");
    const QJsonValue broken = mutate(valid, field, op == 0 ? Op::Remove : Op::Replace, replacement);
    QVERIFY(broken != valid);
    const auto result = codecs().value(kind)(broken);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().path, expectedPath);
    QCOMPARE(result.error().message, expectedMessage);
    QCOMPARE(result.error().toString(), expectedPath + u": "_s + expectedMessage);
}

void JsonCodecTest::notAnObject_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    const QList<QJsonValue> values = {
        QJsonValue(QJsonValue::Null), QJsonValue(true),         QJsonValue(1),
        QJsonValue(u"x"_s),           QJsonValue(QJsonArray{}), QJsonValue(QJsonValue::Undefined)};
    for (const QString& kind : codecs().keys()) {
        const bool arrayKind = kind == u"FirmwarePackageList"_s || kind == u"DeviceHistory"_s;
        for (const QJsonValue& v : values) {
            if (arrayKind && v.isArray())
                continue;
            const QString got = describe(v);
            QTest::newRow(qPrintable(kind + u" from "_s + got))
                << kind << v
                << (arrayKind ? u"expected an array, got "_s : u"expected an object, got "_s) + got;
        }
        if (arrayKind)
            QTest::newRow(qPrintable(kind + u" from an object"_s))
                << kind << QJsonValue(QJsonObject{}) << u"expected an array, got an object"_s;
    }
}

void JsonCodecTest::notAnObject()
{
    QFETCH(QString, kind);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    const auto result = codecs().value(kind)(value);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().path, u"$"_s);
    QCOMPARE(result.error().message, message);
}

// --- leniency ---------------------------------------------------------------------------

void JsonCodecTest::unknownMembersKept_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("where"); // where the unknown member is added ("" = top level)
    const QStringList kinds = {
        u"TokenResponse"_s,       u"SessionResponse"_s,   u"ErrorBody"_s,
        u"CampaignRequest"_s,     u"FirmwareCampaign"_s,  u"Campaign"_s,
        u"V3CampaignMetaInfo"_s,  u"V3CampaignHistory"_s, u"V3AddOrRemoveDeviceResult"_s,
        u"FirmwareSyncResult"_s,  u"V3CampaignDevice"_s,  u"V3LicenseSummary"_s,
        u"LicenseChangeResult"_s, u"Subscription"_s,      u"CallbackInfo"_s};
    for (const QString& kind : kinds)
        QTest::newRow(qPrintable(kind)) << kind << QString();
    QTest::newRow("history element") << u"V3CampaignHistory"_s << u".campaignList[1]"_s;
    QTest::newRow("add/remove item") << u"V3AddOrRemoveDeviceResult"_s << u".deviceList[1]"_s;
    QTest::newRow("sync item") << u"FirmwareSyncResult"_s << u".deviceFirmwarVersionList[0]"_s;
    QTest::newRow("device status") << u"V3CampaignDevice"_s << u".deviceList[0]"_s;
    QTest::newRow("licensed device") << u"V3LicenseSummary"_s << u".deviceList[1]"_s;
    QTest::newRow("firmware package") << u"FirmwarePackageList"_s << u"[1]"_s;
    QTest::newRow("history entry") << u"DeviceHistory"_s << u"[0]"_s;
}

void JsonCodecTest::unknownMembersKept()
{
    QFETCH(QString, kind);
    QFETCH(QString, where);
    const QJsonValue valid = json(bodyOf(kind).toUtf8());
    const QJsonObject unknown{{u"vendorAddedLater"_s, QJsonObject{{u"nested"_s, 1}}},
                              {u"billingAccount"_s, u"BA-7"_s}};
    QJsonValue withExtra = valid;
    for (auto it = unknown.constBegin(); it != unknown.constEnd(); ++it)
        withExtra = mutate(withExtra, QString(where + u'.' + it.key()), Op::Replace, it.value());
    const auto result = codecs().value(kind)(withExtra);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    // Written back as they came: nothing dropped, nothing invented.
    QCOMPARE(result.value(), withExtra);
}

void JsonCodecTest::reasonSpellings_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QJsonObject>("extra");
    QTest::newRow("Reason") << QByteArray(R"({"deviceId":"1","status":"s","Reason":"R"})") << u"R"_s
                            << QJsonObject();
    QTest::newRow("reason") << QByteArray(R"({"deviceId":"1","status":"s","reason":"r"})") << u"r"_s
                            << QJsonObject();
    QTest::newRow("both same") << QByteArray(R"({"Reason":"same","reason":"same"})") << u"same"_s
                               << QJsonObject();
    QTest::newRow("both differ") << QByteArray(R"({"Reason":"R","reason":"r"})") << u"R"_s
                                 << QJsonObject{{u"reason"_s, u"r"_s}};
    QTest::newRow("Reason null") << QByteArray(R"({"Reason":null,"reason":"r"})") << u"r"_s
                                 << QJsonObject();
    QTest::newRow("neither") << QByteArray(R"({"deviceId":"1"})") << QString() << QJsonObject();
    QTest::newRow("Reason a number")
        << QByteArray(R"({"Reason":7})") << QString() << QJsonObject{{u"Reason"_s, 7}};
    QTest::newRow("all absent") << QByteArray("{}") << QString() << QJsonObject();
}

void JsonCodecTest::reasonSpellings()
{
    QFETCH(QByteArray, item);
    QFETCH(QString, reason);
    QFETCH(QJsonObject, extra);
    QJsonObject body{{u"accountName"_s, u"a"_s}, {u"campaignId"_s, u"c"_s}};
    body.insert(u"deviceList"_s, QJsonArray{json(item)});
    const auto result = decodeDeviceListChangeResult(body);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QCOMPARE(result->deviceList.size(), 1);
    QCOMPARE(result->deviceList.at(0).reason, reason);
    QCOMPARE(result->deviceList.at(0).extra, extra);
    // Always written as "Reason" (capital R), as documented for this answer.
    const QJsonObject encoded = toJson(result->deviceList.at(0));
    QCOMPARE(encoded.value(u"Reason"_s).toString(), reason);
    QCOMPARE(encoded.contains(u"Reason"_s), !reason.isEmpty() || extra.contains(u"Reason"_s));
}

void JsonCodecTest::firmwareSyncSpellings_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count");
    QTest::newRow("sic") << QByteArray(FirmwareSyncBody) << 1;
    QTest::newRow("correct spelling")
        << QByteArray(R"({"accountName":"a","deviceFirmwareVersionList":[{"deviceId":"1"},{}]})")
        << 2;
    QTest::newRow("neither") << QByteArray(R"({"accountName":"a"})") << 0;
    QTest::newRow("null list") << QByteArray(R"({"deviceFirmwarVersionList":null})") << 0;
}

void JsonCodecTest::firmwareSyncSpellings()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    const auto result = decodeFirmwareSyncResult(json(body));
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QCOMPARE(result->deviceFirmwareVersionList.size(), count);
    QVERIFY(result->extra.isEmpty());
    const QJsonObject encoded = toJson(result.value());
    QVERIFY(encoded.contains(u"deviceFirmwarVersionList"_s));
    QVERIFY(!encoded.contains(u"deviceFirmwareVersionList"_s));
    QCOMPARE(encoded.value(u"deviceFirmwarVersionList"_s).toArray().size(), count);
}

void JsonCodecTest::optionalMembers_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("keptInExtra");
    const QJsonValue null(QJsonValue::Null);
    // Answers: null = absent; a mistyped optional member is kept in extra, not an error.
    QTest::newRow("campaign name null")
        << u"FirmwareCampaign"_s << u"campaignName"_s << null << true << false;
    QTest::newRow("campaign name a number")
        << u"FirmwareCampaign"_s << u"campaignName"_s << QJsonValue(5) << true << true;
    QTest::newRow("time windows null")
        << u"Campaign"_s << u"campaignTimeWindowList"_s << null << true << false;
    QTest::newRow("time windows a string")
        << u"Campaign"_s << u"campaignTimeWindowList"_s << QJsonValue(u"1-5"_s) << true << true;
    QTest::newRow("meta protocol absent is fine")
        << u"V3CampaignMetaInfo"_s << u"protocol"_s << null << true << false;
    QTest::newRow("total device null")
        << u"V3CampaignDevice"_s << u"totalDevice"_s << null << true << false;
    QTest::newRow("total device a string")
        << u"V3CampaignDevice"_s << u"totalDevice"_s << QJsonValue(u"many"_s) << true << true;
    QTest::newRow("last seen null")
        << u"V3CampaignHistory"_s << u"lastSeenCampaignId"_s << null << true << false;
    QTest::newRow("license list null")
        << u"V3LicenseSummary"_s << u"deviceList"_s << null << true << false;
    QTest::newRow("expires_in numeric string")
        << u"TokenResponse"_s << u"expires_in"_s << QJsonValue(u"3600"_s) << true << false;
    QTest::newRow("expires_in garbage")
        << u"TokenResponse"_s << u"expires_in"_s << QJsonValue(u"soon"_s) << true << true;
    QTest::newRow("campaign flag optional in FirmwareCampaign")
        << u"FirmwareCampaign"_s << u"autoAddDevicesFlag"_s << QJsonValue(true) << true << false;
    // Requests (what fotasim validates): a mistyped optional member is an error.
    QTest::newRow("request campaign name a number")
        << u"CampaignRequest"_s << u"campaignName"_s << QJsonValue(5) << false << false;
    QTest::newRow("request flag a string") << u"CampaignRequest"_s << u"autoAddDevicesFlag"_s
                                           << QJsonValue(u"true"_s) << false << false;
    QTest::newRow("request flag null = false")
        << u"CampaignRequest"_s << u"autoAssignLicenseFlag"_s << null << true << false;
    QTest::newRow("request windows an object") << u"DatesChange"_s << u"campaignTimeWindowList"_s
                                               << QJsonValue(QJsonObject{}) << false << false;
    QTest::newRow("request windows null")
        << u"DatesChange"_s << u"campaignTimeWindowList"_s << null << true << false;
}

void JsonCodecTest::optionalMembers()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(bool, ok);
    QFETCH(bool, keptInExtra);
    const QJsonValue body =
        mutate(json(bodyOf(kind).toUtf8()), QString(u'.' + field), Op::Replace, value);
    const auto result = codecs().value(kind)(body);
    QCOMPARE(result.ok(), ok);
    if (!ok) {
        QCOMPARE(result.error().path, u"$."_s + field);
        QVERIFY(result.error().message.startsWith(u"expected "_s));
        return;
    }
    const QJsonObject encoded = result->toObject();
    if (keptInExtra)
        QCOMPARE(encoded.value(field), value);
    else if (value.isNull())
        QVERIFY(!encoded.value(field).isNull());
}

void JsonCodecTest::numbers_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("integer") << QByteArray("5") << true << 5 << QString();
    QTest::newRow("integral double") << QByteArray("5.0") << true << 5 << QString();
    QTest::newRow("exponent") << QByteArray("2e1") << true << 20 << QString();
    QTest::newRow("negative, not range checked") << QByteArray("-1") << true << -1 << QString();
    QTest::newRow("99, not range checked") << QByteArray("99") << true << 99 << QString();
    QTest::newRow("fraction") << QByteArray("5.5") << false << 0
                              << u"expected an integer, got 5.5"_s;
    QTest::newRow("tiny fraction")
        << QByteArray("5.000001") << false << 0 << u"expected an integer, got 5.000001"_s;
    QTest::newRow("too large for int") << QByteArray("3000000000") << false << 0
                                       << u"expected an integer from -2147483648 to 2147483647, "
                                          "got 3000000000"_s;
    QTest::newRow("huge") << QByteArray("1e300") << false << 0
                          << u"expected an integer from -2147483648 to 2147483647, got 1e+300"_s;
    QTest::newRow("numeric string")
        << QByteArray("\"5\"") << false << 0 << u"expected a number, got a string"_s;
}

void JsonCodecTest::numbers()
{
    QFETCH(QByteArray, number);
    QFETCH(bool, ok);
    QFETCH(int, value);
    QFETCH(QString, message);
    const auto window = decodeTimeWindow(json("{\"startTime\":" + number + ",\"endTime\":24}"));
    QCOMPARE(window.ok(), ok);
    if (ok) {
        QCOMPARE(window->startTime, value);
    } else {
        QCOMPARE(window.error().path, u"$.startTime"_s);
        QCOMPARE(window.error().message, message);
    }
    // qint64 fields follow the same rules (wider range).
    QJsonObject page = json(DevicePageBody).toObject();
    page.insert(u"maxPageSize"_s, json("[" + number + "]").toArray().at(0));
    const auto decoded = decodeCampaignDevicePage(page);
    if (number == "3000000000")
        QVERIFY(decoded.ok() && decoded->maxPageSize == 3000000000LL);
    else
        QCOMPARE(decoded.ok(), ok);
}

void JsonCodecTest::booleans_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("true") << QByteArray("true") << true;
    QTest::newRow("false") << QByteArray("false") << true;
    QTest::newRow("string true") << QByteArray("\"true\"") << false;
    QTest::newRow("one") << QByteArray("1") << false;
    QTest::newRow("zero") << QByteArray("0") << false;
    QTest::newRow("null") << QByteArray("null") << false;
}

void JsonCodecTest::booleans()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, ok);
    const auto result = decodeSuccessResult(json("{\"success\":" + value + "}"));
    QCOMPARE(result.ok(), ok);
    if (ok)
        QCOMPARE(result->success, value == "true");
    else
        QCOMPARE(result.error().path, u"$.success"_s);
}

void JsonCodecTest::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("request"); // invalid = rejected in a request body
    QTest::addColumn<QDate>("answer");  // invalid = rejected in an answer
    const QDate none;
    QTest::newRow("date") << u"2026-12-01"_s << QDate(2026, 12, 1) << QDate(2026, 12, 1);
    QTest::newRow("leap day") << u"2028-02-29"_s << QDate(2028, 2, 29) << QDate(2028, 2, 29);
    QTest::newRow("not a leap day") << u"2026-02-29"_s << none << none;
    QTest::newRow("us style") << u"12/01/2026"_s << none << none;
    QTest::newRow("no padding") << u"2026-1-5"_s << none << none;
    QTest::newRow("month 13") << u"2026-13-01"_s << none << none;
    QTest::newRow("empty") << QString() << none << none;
    QTest::newRow("iso datetime Z") << u"2026-12-01T00:00:00Z"_s << none << QDate(2026, 12, 1);
    QTest::newRow("iso datetime ms") << u"2026-12-01T23:30:00.000Z"_s << none << QDate(2026, 12, 1);
    QTest::newRow("iso datetime offset, date as written")
        << u"2026-12-01T23:30:00-05:00"_s << none << QDate(2026, 12, 1);
    QTest::newRow("go format") << u"2026-12-01 03:45:01.608 +0000 UTC"_s << none
                               << QDate(2026, 12, 1);
    QTest::newRow("datetime garbage tail") << u"2026-12-01Tnoon"_s << none << none;
    QTest::newRow("trailing space") << u"2026-12-01 "_s << none << none;
}

void JsonCodecTest::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, request);
    QFETCH(QDate, answer);

    QJsonObject req = json(CampaignRequestFull).toObject();
    req.insert(u"startDate"_s, text);
    const auto r = decodeCampaignRequest(req);
    QCOMPARE(r.ok(), request.isValid());
    if (r.ok()) {
        QCOMPARE(r->startDate, request);
    } else {
        QCOMPARE(r.error().path, u"$.startDate"_s);
        QCOMPARE(r.error().message, u"expected a date YYYY-MM-DD, got \"%1\""_s.arg(text));
    }

    QJsonObject dates = json(DatesChangeBody).toObject();
    dates.insert(u"endDate"_s, text);
    const auto d = decodeDatesChange(dates);
    QCOMPARE(d.ok(), request.isValid());
    if (!d.ok())
        QCOMPARE(d.error().path, u"$.endDate"_s);

    QJsonObject campaign = json(CampaignBody).toObject();
    campaign.insert(u"startDate"_s, text);
    const auto c = decodeCampaign(campaign);
    QCOMPARE(c.ok(), answer.isValid());
    if (c.ok()) {
        QCOMPARE(c->startDate, answer);
    } else {
        QCOMPARE(c.error().path, u"$.startDate"_s);
        QVERIFY(c.error().message.endsWith(u"got \""_s + text + u'"'));
    }
}

void JsonCodecTest::deviceListChangeType_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("remove");
    QTest::addColumn<QString>("errorPath");
    QTest::addColumn<QString>("errorMessage");
    const QByteArray list = R"("deviceList":["490154203237518"])";
    QTest::newRow("append") << "{\"Type\":\"append\"," + list + "}" << true << false << QString()
                            << QString();
    QTest::newRow("remove") << "{\"Type\":\"remove\"," + list + "}" << true << true << QString()
                            << QString();
    QTest::newRow("upper case value")
        << "{\"Type\":\"REMOVE\"," + list + "}" << true << true << QString() << QString();
    QTest::newRow("lower case key")
        << "{\"type\":\"Append\"," + list + "}" << true << false << QString() << QString();
    QTest::newRow("add") << "{\"Type\":\"add\"," + list + "}" << false << false << u"$.Type"_s
                         << u"expected \"append\" or \"remove\", got \"add\""_s;
    QTest::newRow("lower case key, bad value")
        << "{\"type\":\"delete\"," + list + "}" << false << false << u"$.type"_s
        << u"expected \"append\" or \"remove\", got \"delete\""_s;
    QTest::newRow("missing") << "{" + list + "}" << false << false << u"$.Type"_s
                             << u"required field is missing (expected \"append\" or \"remove\")"_s;
    QTest::newRow("null") << "{\"Type\":null," + list + "}" << false << false << u"$.Type"_s
                          << u"expected \"append\" or \"remove\", got null"_s;
    QTest::newRow("number") << "{\"Type\":1," + list + "}" << false << false << u"$.Type"_s
                            << u"expected \"append\" or \"remove\", got a number"_s;
    QTest::newRow("empty list is fine") << QByteArray(R"({"Type":"append","deviceList":[]})")
                                        << true << false << QString() << QString();
}

void JsonCodecTest::deviceListChangeType()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(bool, remove);
    QFETCH(QString, errorPath);
    QFETCH(QString, errorMessage);
    const auto result = decodeDeviceListChange(json(body));
    QCOMPARE(result.ok(), ok);
    if (ok) {
        QCOMPARE(result->type,
                 remove ? DeviceListChange::Type::Remove : DeviceListChange::Type::Append);
        const QJsonObject encoded = toJson(result.value());
        QCOMPARE(encoded.value(u"Type"_s).toString(), remove ? u"remove"_s : u"append"_s);
        QVERIFY(!encoded.contains(u"type"_s));
    } else {
        QCOMPARE(result.error().path, errorPath);
        QCOMPARE(result.error().message, errorMessage);
    }
}

void JsonCodecTest::deviceListElements()
{
    const auto result = decodeDeviceListRequest(json(R"({"deviceList":["490154203237518",null]})"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().path, u"$.deviceList[1]"_s);
    QCOMPARE(result.error().message, u"expected a string, got null"_s);

    // A nested path argument is honoured (a decoder used on a member of a bigger body).
    const auto nested =
        decodeTimeWindow(json(R"({"startTime":1})"), u"$.campaignTimeWindowList[4]"_s);
    QVERIFY(!nested.ok());
    QCOMPARE(nested.error().path, u"$.campaignTimeWindowList[4].endTime"_s);
}

void JsonCodecTest::timestampsInAnswers()
{
    const auto page = decodeCampaignDevicePage(json(DevicePageBody));
    QVERIFY(page.ok());
    const DeviceStatus& s = page->deviceList.at(0);
    QCOMPARE(s.updatedTime.raw, u"2022-01-26 03:45:01.608 +0000 UTC"_s);
    QCOMPARE(s.updatedTime.utc, QDateTime(QDate(2022, 1, 26), QTime(3, 45, 1, 608), Qt::UTC));
    QCOMPARE(s.recentAttemptTime.utc, QDateTime(QDate(2022, 10, 6), QTime(18, 35), Qt::UTC));
    QVERIFY(page->deviceList.at(1).updatedTime.isNull());

    // An odd timestamp never fails the page: kept raw, shown as it came.
    QJsonObject body = json(DevicePageBody).toObject();
    QJsonArray list = body.value(u"deviceList"_s).toArray();
    QJsonObject first = list.at(0).toObject();
    first.insert(u"updatedTime"_s, u"yesterday-ish"_s);
    list.replace(0, first);
    body.insert(u"deviceList"_s, list);
    const auto odd = decodeCampaignDevicePage(body);
    QVERIFY2(odd.ok(), qPrintable(odd.error().toString()));
    QCOMPARE(odd->deviceList.at(0).updatedTime.raw, u"yesterday-ish"_s);
    QVERIFY(!odd->deviceList.at(0).updatedTime.isValid());
    QCOMPARE(toJson(odd->deviceList.at(0)).value(u"updatedTime"_s).toString(), u"yesterday-ish"_s);

    // Encoding a timestamp that has only a UTC value writes the fotasim format.
    DeviceStatus made;
    made.deviceId = u"1"_s;
    made.status = u"UpgradePending"_s;
    made.nextAttemptTime.utc = QDateTime(QDate(2022, 8, 5), QTime(21, 5, 27, 129), Qt::UTC);
    QCOMPARE(toJson(made).value(u"nextAttemptTime"_s).toString(), u"2022-08-05T21:05:27.129Z"_s);
    QVERIFY(!toJson(made).contains(u"updatedTime"_s));
}

void JsonCodecTest::encoderNames()
{
    CampaignRequest request;
    request.firmwareName = u"f"_s;
    request.startDate = QDate(2026, 12, 1);
    request.endDate = QDate(2026, 12, 3);
    QJsonObject encoded = toJson(request);
    QCOMPARE(encoded.value(u"autoAssignLicenseFlag"_s), QJsonValue(false));
    QCOMPARE(encoded.value(u"autoAddDevicesFlag"_s), QJsonValue(false));
    QCOMPARE(encoded.value(u"protocol"_s).toString(), u"LWM2M"_s);
    QCOMPARE(encoded.value(u"startDate"_s).toString(), u"2026-12-01"_s);
    QVERIFY(!encoded.contains(u"campaignName"_s));
    QVERIFY(encoded.value(u"deviceList"_s).isArray());
    request.timeWindows = {{1, 5}};
    request.campaignName = u"n"_s;
    encoded = toJson(request);
    QCOMPARE(encoded.value(u"campaignTimeWindowList"_s).toArray(),
             (QJsonArray{QJsonObject{{u"startTime"_s, 1}, {u"endTime"_s, 5}}}));
    QCOMPARE(encoded.value(u"campaignName"_s).toString(), u"n"_s);

    DatesChange dates{QDate(2026, 12, 2), QDate(2026, 12, 9), {}};
    const QJsonObject datesJson = toJson(dates);
    QCOMPARE(datesJson.value(u"campaignTimeWindowList"_s), QJsonValue(QJsonArray{}));
    QCOMPARE(datesJson.value(u"endDate"_s).toString(), u"2026-12-09"_s);

    DeviceListChange change{DeviceListChange::Type::Remove, {u"490154203237518"_s}};
    QCOMPARE(toBytes(toJson(change)),
             QByteArray(R"({"Type":"remove","deviceList":["490154203237518"]})"));

    DeviceListChangeResult result{u"a"_s, u"c"_s, {{u"1"_s, u"s"_s, u"r"_s, {}}}, {}};
    QCOMPARE(
        toBytes(toJson(result)),
        QByteArray(
            R"({"accountName":"a","campaignId":"c","deviceList":[{"Reason":"r","deviceId":"1","status":"s"}]})"));

    SessionLoginRequest login{u"me"_s, u"pw"_s};
    QCOMPARE(toBytes(toJson(login)), QByteArray(R"({"password":"pw","username":"me"})"));
    QCOMPARE(toBytes(toJson(SuccessResult{true})), QByteArray(R"({"success":true})"));
    QCOMPARE(toBytes(toJson(QList<TimeWindow>{{0, 24}})),
             QByteArray(R"([{"endTime":24,"startTime":0}])"));

    TokenResponse token{u"t"_s, u"Bearer"_s, std::nullopt, {}, {}, {}};
    QCOMPARE(toBytes(toJson(token)), QByteArray(R"({"access_token":"t","token_type":"Bearer"})"));
}

void JsonCodecTest::campaignFlagsOnlyWhenSet()
{
    const auto firmware = decodeFirmwareCampaign(json(FirmwareCampaignBody));
    QVERIFY(firmware.ok());
    QVERIFY(!firmware->autoAddDevicesFlag.has_value());
    QVERIFY(!toJson(firmware.value()).contains(u"autoAddDevicesFlag"_s));
    QVERIFY(!toJson(firmware.value()).contains(u"autoAssignLicenseFlag"_s));

    const auto campaign = decodeCampaign(json(CampaignBody));
    QVERIFY(campaign.ok());
    QCOMPARE(campaign->autoAssignLicenseFlag, std::optional<bool>(true));
    QCOMPARE(campaign->autoAddDevicesFlag, std::optional<bool>(false));
    QCOMPARE(toJson(campaign.value()).value(u"autoAddDevicesFlag"_s), QJsonValue(false));

    // The status is an open set: an unknown one is kept verbatim.
    const auto history = decodeCampaignHistoryPage(json(HistoryPageBody));
    QVERIFY(history.ok());
    QCOMPARE(history->campaignList.at(2).status, u"SomethingNew"_s);
    QCOMPARE(history->campaignList.at(1).protocol, QString());
}

// --- parseJson ---------------------------------------------------------------------------

void JsonCodecTest::parseJsonHostile_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messageStart");
    QTest::newRow("empty") << QByteArray() << u"empty body"_s;
    QTest::newRow("blank") << QByteArray(" \r\n\t ") << u"empty body"_s;
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << u"empty body"_s;
    QTest::newRow("truncated object")
        << QByteArray(R"({"id":"c-1","status":)") << u"invalid JSON at byte offset"_s;
    QTest::newRow("truncated string")
        << QByteArray(R"({"id":"c-)") << u"invalid JSON at byte offset"_s;
    QTest::newRow("truncated array")
        << QByteArray(R"([{"a":1},)") << u"invalid JSON at byte offset"_s;
    QTest::newRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                                     << u"invalid JSON at byte offset"_s;
    QTest::newRow("trailing garbage")
        << QByteArray(R"({"a":1} x)") << u"invalid JSON at byte offset"_s;
    QTest::newRow("top-level number") << QByteArray("42") << u"invalid JSON"_s;
    QTest::newRow("lone 0xFF") << QByteArray("{\"a\":\"\xFF\"}")
                               << u"the body is not valid UTF-8 (byte offset 6)"_s;
    QTest::newRow("latin-1 e acute")
        << QByteArray("{\"a\":\"caf\xE9\"}") << u"the body is not valid UTF-8 (byte offset 9)"_s;
    QTest::newRow("overlong slash")
        << QByteArray("{\"a\":\"\xC0\xAF\"}") << u"the body is not valid UTF-8"_s;
    QTest::newRow("surrogate") << QByteArray("{\"a\":\"\xED\xA0\x80\"}")
                               << u"the body is not valid UTF-8"_s;
    QTest::newRow("above U+10FFFF")
        << QByteArray("{\"a\":\"\xF4\x90\x80\x80\"}") << u"the body is not valid UTF-8"_s;
    QTest::newRow("truncated sequence at end")
        << QByteArray("{\"a\":\"\xE2\x82") << u"the body is not valid UTF-8"_s;
    QTest::newRow("continuation without lead")
        << QByteArray("{\"a\":\"\x80\"}") << u"the body is not valid UTF-8"_s;
    QTest::newRow("invalid UTF-8 outside strings")
        << QByteArray("{\xFF}") << u"the body is not valid UTF-8"_s;
    QTest::newRow("deep arrays 10000") << QByteArray(10000, '[') + QByteArray(10000, ']')
                                       << u"the JSON is nested deeper than 64 levels"_s;
    QByteArray objects;
    for (int i = 0; i < 10000; ++i)
        objects += "{\"a\":";
    objects += "1" + QByteArray(10000, '}');
    QTest::newRow("deep objects 10000") << objects << u"the JSON is nested deeper than 64 levels"_s;
    QTest::newRow("deep and unterminated")
        << QByteArray(100000, '[') << u"the JSON is nested deeper than 64 levels"_s;
}

void JsonCodecTest::parseJsonHostile()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, messageStart);
    const auto result = parseJson(body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().path, u"$"_s);
    QVERIFY2(result.error().message.startsWith(messageStart), qPrintable(result.error().message));
}

void JsonCodecTest::parseJsonAccepts_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("value"); // of member "a"
    QTest::newRow("ascii") << QByteArray(R"({"a":"x"})") << u"x"_s;
    QTest::newRow("two-byte") << QByteArray("{\"a\":\"caf\xC3\xA9\"}") << u"caf\u00e9"_s;
    QTest::newRow("three-byte") << QByteArray("{\"a\":\"\xE2\x82\xAC\"}") << u"\u20ac"_s;
    QTest::newRow("four-byte") << QByteArray("{\"a\":\"\xF0\x9F\x93\xA1\"}")
                               << QString::fromUtf8("\xF0\x9F\x93\xA1");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF{\"a\":\"x\"}") << u"x"_s;
    QTest::newRow("brackets inside strings do not nest")
        << QByteArray("{\"a\":\"" + QByteArray(1000, '[') + "\"}")
        << QString(1000, QLatin1Char('['));
    QTest::newRow("escaped quote before brackets")
        << QByteArray(R"({"a":"\")" + QByteArray(100, '[') + R"("})")
        << QString(u'"' + QString(100, QLatin1Char('[')));
    QTest::newRow("escaped backslash") << QByteArray(R"({"a":"\\"})") << u"\\"_s;
    // Qt's parser drops a raw byte order mark that starts a member name but sorted the
    // member under the marked name: "a" must still be found (fuzz_json finding).
    QTest::newRow("bom before a member name") << QByteArray("{\"b\":1,\"z\":2,\"\xEF\xBB\xBF"
                                                            "a\":\"x\"}")
                                              << u"x"_s;
    QTest::newRow("bom before a nested member name")
        << QByteArray("{\"a\":\"y\",\"n\":[{\"z\":1,\"\xEF\xBB\xBF"
                      "b\":2}]}")
        << u"y"_s;
}

void JsonCodecTest::parseJsonAccepts()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, value);
    const auto result = parseJson(body);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QCOMPARE(result->toObject().value(u"a"_s).toString(), value);
    // Every object comes out in order: each member iteration shows is found by name.
    const auto everyMemberFound = [](const auto& self, const QJsonValue& v) -> bool {
        if (v.isArray()) {
            for (const QJsonValue& e : v.toArray()) {
                if (!self(self, e))
                    return false;
            }
        }
        if (!v.isObject())
            return true;
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!o.contains(it.key()) || !self(self, it.value()))
                return false;
        }
        return true;
    };
    QVERIFY(everyMemberFound(everyMemberFound, *result));
}

void JsonCodecTest::deepNestingMaxDepth()
{
    const auto nest = [](int levels) -> QByteArray {
        return QByteArray(levels, '[') + QByteArray(levels, ']');
    };
    QVERIFY(parseJson(nest(64)).ok());
    QVERIFY(!parseJson(nest(65)).ok());
    QVERIFY(parseJson(nest(3), 3).ok());
    const auto four = parseJson(nest(4), 3);
    QVERIFY(!four.ok());
    QCOMPARE(four.error().message, u"the JSON is nested deeper than 3 levels (byte offset 3)"_s);

    // A top-level array where an object is expected: a clean error, not a crash.
    const auto array = parseJson(QByteArray(R"([{"id":"c-1"}])"));
    QVERIFY(array.ok());
    const auto campaign = decodeCampaign(array.value());
    QVERIFY(!campaign.ok());
    QCOMPARE(campaign.error().toString(), u"$: expected an object, got an array"_s);
}

void JsonCodecTest::hugeDevicePage()
{
    constexpr int Count = 100000;
    QByteArray body = R"({"totalDevice":100000,"hasMoreData":false,"maxPageSize":100000,)"
                      R"("deviceList":[)";
    body.reserve(Count * 140);
    for (int i = 0; i < Count; ++i) {
        if (i > 0)
            body += ',';
        body += R"({"deviceId":")" + QByteArray::number(100000000000000LL + i) +
                R"(","status":"UpgradePending","updatedTime":"2022-01-26 03:45:01.608 +0000 UTC",)"
                R"("nextAttemptTime":"2022-08-05T21:05:27.129Z"})";
    }
    body += "]}";
    const auto parsed = parseJson(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    const auto page = decodeCampaignDevicePage(parsed.value());
    QVERIFY2(page.ok(), qPrintable(page.error().toString()));
    QCOMPARE(page->deviceList.size(), Count);
    QCOMPARE(page->totalDevice, std::optional<qint64>(Count));
    QCOMPARE(page->deviceList.last().deviceId, u"100000000099999"_s);
    QVERIFY(page->deviceList.last().updatedTime.isValid());
    QVERIFY(page->deviceList.last().extra.isEmpty());

    // One bad row at the very end is found, with its index.
    QJsonObject broken = parsed->toObject();
    QJsonArray list = broken.value(u"deviceList"_s).toArray();
    QJsonObject last = list.last().toObject();
    last.insert(u"status"_s, 3);
    list.replace(Count - 1, last);
    broken.insert(u"deviceList"_s, list);
    const auto bad = decodeCampaignDevicePage(broken);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().path, u"$.deviceList[99999].status"_s);
}

void JsonCodecTest::formatDate()
{
    QCOMPARE(wire::formatDate(QDate(2026, 1, 5)), u"2026-01-05"_s);
    QCOMPARE(wire::formatDate(QDate()), QString());
}

// --- account devices V3 ----------------------------------------------------------------

namespace {

// V3AccountDeviceList as the vendor documents it (contract, "Account devices V3"): every
// required member, the optional fileList and timestamps in the "+0000 UTC" form of the
// documented example, plus a member the contract does not know.
const char* const AccountDeviceListExample = R"({
  "accountName": "0000123456-00001",
  "hasMoreData": true,
  "lastSeenDeviceId": "990013907835573",
  "maxPageSize": 1000,
  "deviceList": [{
    "deviceId": "990013907835573",
    "mdn": "2035550123",
    "model": "AX100",
    "make": "ACME Modems",
    "firmware": "R2.1.0",
    "fotaEligible": true,
    "status": "Active",
    "licenseAssigned": false,
    "protocol": "OMADM",
    "softwareList": [{"name": "firmware", "version": "R2.1.0",
                      "upgradeTime": "2021-06-03 00:03:56.079 +0000 UTC"}],
    "fileList": [{"name": "config.xml", "version": "3", "upgradeTime": "2021-06-03T00:03:56Z"}],
    "createTime": "2021-06-03 00:03:56.079 +0000 UTC",
    "upgradeTime": "2022-08-05T21:05:27.129Z",
    "updateTime": "2022-10-06T18:35:00Z",
    "refreshTime": "2022-01-26 03:45:01.6 +0000 UTC",
    "simIccid": "89148000001234567890"
  }]
})";

const char* const DeviceListResultExample = R"({
  "accountName": "0000123456-00001",
  "deviceCount": 1,
  "deviceList": [{
    "deviceId": "490154203237518", "mdn": "2035550199", "model": "AX100", "make": "ACME Modems",
    "firmware": "R2.0.5", "fotaEligible": false, "licenseAssigned": true, "status": "Active",
    "protocol": "LWM2M", "createTime": "2021-06-03 00:03:56.079 +0000 UTC",
    "statusTime": "2022-08-05T21:05:27.129Z", "refreshTime": "2021-06-03 00:03:56.079 +0000 UTC",
    "lastConnectionTime": "2026-03-01T07:12:00.000Z", "requestStatus": "Success",
    "resultReason": "", "tags": ["depot-7"]
  }]
})";

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

void JsonCodecTest::accountDeviceListExample()
{
    const auto json = parseJson(AccountDeviceListExample);
    QVERIFY(json.ok());
    const auto decoded = decodeAccountDeviceList(json.value());
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().toString()));
    const AccountDeviceList& page = decoded.value();
    QCOMPARE(page.accountName, u"0000123456-00001"_s);
    QVERIFY(page.hasMoreData);
    QCOMPARE(page.lastSeenDeviceId, u"990013907835573"_s);
    QCOMPARE(page.maxPageSize, 1000);
    QCOMPARE(page.deviceList.size(), 1);
    const AccountDevice& d = page.deviceList.at(0);
    QCOMPARE(d.deviceId, u"990013907835573"_s);
    QCOMPARE(d.mdn, u"2035550123"_s);
    QCOMPARE(d.model, u"AX100"_s);
    QCOMPARE(d.make, u"ACME Modems"_s);
    QCOMPARE(d.firmware, u"R2.1.0"_s);
    QCOMPARE(d.fotaEligible, true);
    QCOMPARE(d.status, u"Active"_s);
    QCOMPARE(d.licenseAssigned, false);
    QCOMPARE(d.protocol, u"OMADM"_s);
    QCOMPARE(d.softwareList.size(), 1);
    QCOMPARE(d.softwareList.at(0).version, u"R2.1.0"_s);
    QVERIFY(d.fileList.has_value());
    QCOMPARE(d.fileList->at(0).name, u"config.xml"_s);
    // All three timestamp forms: "+0000 UTC", ISO with milliseconds, ISO without.
    QCOMPARE(d.createTime.raw, u"2021-06-03 00:03:56.079 +0000 UTC"_s);
    QCOMPARE(d.createTime.utc, utc(2021, 6, 3, 0, 3, 56, 79));
    QCOMPARE(d.softwareList.at(0).upgradeTime.utc, utc(2021, 6, 3, 0, 3, 56, 79));
    QCOMPARE(d.upgradeTime.utc, utc(2022, 8, 5, 21, 5, 27, 129));
    QCOMPARE(d.updateTime.utc, utc(2022, 10, 6, 18, 35, 0, 0));
    QCOMPARE(d.refreshTime.utc, utc(2022, 1, 26, 3, 45, 1, 600));
    // Unknown members are kept, and everything encodes back as it came.
    QCOMPARE(d.extra.value(u"simIccid"_s).toString(), u"89148000001234567890"_s);
    QCOMPARE(QJsonValue(toJson(page)), json.value());
}

void JsonCodecTest::accountDeviceRequired_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value"); // undefined: removed
    QTest::addColumn<QString>("path");
    const QString d = u"$.deviceList[0]."_s;
    for (const char* m : {"deviceId", "mdn", "model", "make", "firmware", "status", "protocol"}) {
        QTest::addRow("%s missing", m)
            << QString::fromLatin1(m) << QJsonValue(QJsonValue::Undefined) << d + QLatin1String(m);
        QTest::addRow("%s a number", m)
            << QString::fromLatin1(m) << QJsonValue(7) << d + QLatin1String(m);
    }
    for (const char* m : {"fotaEligible", "licenseAssigned"}) {
        QTest::addRow("%s missing", m)
            << QString::fromLatin1(m) << QJsonValue(QJsonValue::Undefined) << d + QLatin1String(m);
        QTest::addRow("%s a string", m)
            << QString::fromLatin1(m) << QJsonValue(u"true"_s) << d + QLatin1String(m);
    }
    QTest::newRow("softwareList missing")
        << u"softwareList"_s << QJsonValue(QJsonValue::Undefined) << d + u"softwareList"_s;
    QTest::newRow("softwareList an object")
        << u"softwareList"_s << QJsonValue(QJsonObject{}) << d + u"softwareList"_s;
}

void JsonCodecTest::accountDeviceRequired()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, path);
    QJsonObject page = parseJson(AccountDeviceListExample).value().toObject();
    QJsonArray list = page.value(u"deviceList"_s).toArray();
    QJsonObject device = list.at(0).toObject();
    if (value.isUndefined())
        device.remove(member);
    else
        device.insert(member, value);
    list.replace(0, device);
    page.insert(u"deviceList"_s, list);
    const auto decoded = decodeAccountDeviceList(page);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().path, path);
    // The optional members may go.
    QJsonObject lean = parseJson(AccountDeviceListExample).value().toObject();
    QJsonArray leanList = lean.value(u"deviceList"_s).toArray();
    QJsonObject leanDevice = leanList.at(0).toObject();
    for (const char* m : {"fileList", "createTime", "upgradeTime", "updateTime", "refreshTime"})
        leanDevice.remove(QLatin1String(m));
    leanList.replace(0, leanDevice);
    lean.insert(u"deviceList"_s, leanList);
    lean.remove(u"lastSeenDeviceId"_s);
    QVERIFY(decodeAccountDeviceList(lean).ok());
}

void JsonCodecTest::inventoryLookupExample()
{
    const auto json = parseJson(DeviceListResultExample);
    QVERIFY(json.ok());
    const auto decoded = decodeDeviceListResult(json.value());
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().toString()));
    QCOMPARE(decoded->accountName, u"0000123456-00001"_s);
    QCOMPARE(decoded->deviceCount, 1);
    const InventoryDevice& d = decoded->deviceList.at(0);
    QCOMPARE(d.firmware, u"R2.0.5"_s);
    QCOMPARE(d.fotaEligible, std::optional<bool>(false));
    QCOMPARE(d.licenseAssigned, std::optional<bool>(true));
    QCOMPARE(d.protocol, u"LWM2M"_s);
    QCOMPARE(d.createTime.utc, utc(2021, 6, 3, 0, 3, 56, 79));
    QCOMPARE(d.statusTime.utc, utc(2022, 8, 5, 21, 5, 27, 129));
    QCOMPARE(d.lastConnectionTime.utc, utc(2026, 3, 1, 7, 12, 0, 0));
    QCOMPARE(d.requestStatus, u"Success"_s);
    QVERIFY(d.extra.value(u"tags"_s).isArray());
    QCOMPARE(QJsonValue(toJson(decoded.value())), json.value());
}

void JsonCodecTest::inventoryLookupTolerant()
{
    // A device the account does not have may come back with only a reason; an odd timestamp
    // is kept raw; a mistyped optional member stays in extra.
    const auto decoded =
        decodeDeviceListResult(parseJson(R"({"deviceList":[{"deviceId":"012345678901237",
        "resultReason":"Device does not exist.","lastConnectionTime":"yesterday",
        "fotaEligible":"yes"}]})")
                                   .value());
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().toString()));
    const InventoryDevice& d = decoded->deviceList.at(0);
    QCOMPARE(d.resultReason, u"Device does not exist."_s);
    QVERIFY(!d.fotaEligible.has_value());
    QCOMPARE(d.extra.value(u"fotaEligible"_s).toString(), u"yes"_s);
    QCOMPARE(d.lastConnectionTime.raw, u"yesterday"_s);
    QVERIFY(!d.lastConnectionTime.isValid());
    // deviceId is what an entry needs.
    QVERIFY(!decodeDeviceListResult(parseJson(R"({"deviceList":[{"make":"x"}]})").value()).ok());
}

QTEST_GUILESS_MAIN(JsonCodecTest)
#include "JsonCodecTest.moc"
