// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of Campaigns V3 on a real fotasim over loopback: schedule,
// every validation rule, get, add/remove, dates, cancel.

#include "SimTestSupport.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

QJsonArray jsonList(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

QJsonObject validCampaign(const QStringList& devices)
{
    return QJsonObject{
        {u"campaignName"_s, u"Depot 7 modem refresh"_s},
        {u"firmwareName"_s, kAx100Firmware},
        {u"firmwareFrom"_s, u"R2.1.0"_s},
        {u"firmwareTo"_s, u"R2.2.0"_s},
        {u"protocol"_s, u"LWM2M"_s},
        {u"startDate"_s, u"2026-03-05"_s},
        {u"endDate"_s, u"2026-03-07"_s},
        {u"campaignTimeWindowList"_s,
         QJsonArray{QJsonObject{{u"startTime"_s, 1}, {u"endTime"_s, 5}}}},
        {u"deviceList"_s, jsonList(devices)},
        {u"autoAssignLicenseFlag"_s, false},
        {u"autoAddDevicesFlag"_s, false},
    };
}

QString campaignsPath(const QString& account = kAccount)
{
    return u"/fota/v3/campaigns/firmware/"_s + account;
}

} // namespace

class CampaignEndpointsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scheduleAnswersFirmwareCampaign();
    void scheduleValidation_data();
    void scheduleValidation();
    void scheduleWithOmaProtocolOnOmdDmPackage();
    void unlicensedDevicesFailInTheReport();
    void getAnswersCampaignWithFlags();
    void getChecksAccountAndCampaign_data();
    void getChecksAccountAndCampaign();
    void appendAndRemoveAnswerPerDevice();
    void portalPathWithoutFirmware();
    void changeDevicesValidation_data();
    void changeDevicesValidation();
    void changeDatesBeforeStart();
    void changeDatesValidation_data();
    void changeDatesValidation();
    void afterStartOnlyLaterEndDate();
    void addRemoveRefusedOnceScheduled();
    void cancelBeforeStartIsCancelled();
    void cancelAfterStartIsAborted();
    void cancelTerminalCampaignRefused();
    void pilotGateLimitsNewFirmware();

private:
    QString createCampaign(const QStringList& devices, HttpTestClient* client = nullptr);

    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<HttpTestClient> m_client;
    QStringList m_free; ///< licensed AX100 devices in no campaign
};

void CampaignEndpointsTest::initTestCase()
{
    m_sim = std::make_unique<FotaSimProcess>(simArgs());
    QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
    m_client = std::make_unique<HttpTestClient>(m_sim->baseUrl());
    QVERIFY(m_client->authenticate());
    m_free = freeDevices(AX100, true, 60);
    QCOMPARE(m_free.size(), 60);
}

QString CampaignEndpointsTest::createCampaign(const QStringList& devices, HttpTestClient* client)
{
    HttpTestClient* c = client ? client : m_client.get();
    const HttpResult r = c->post(campaignsPath(), validCampaign(devices));
    if (r.status != 200)
        qWarning("create failed: %s", qPrintable(r.describe()));
    return r.object().value(u"id"_s).toString();
}

void CampaignEndpointsTest::scheduleAnswersFirmwareCampaign()
{
    const HttpResult r = m_client->post(campaignsPath(), validCampaign(m_free.mid(0, 2)));
    QCOMPARE(r.status, 200);
    const QJsonObject c = r.object();
    QVERIFY(!c.value(u"id"_s).toString().isEmpty());
    QCOMPARE(c.value(u"accountName"_s).toString(), kAccount);
    QCOMPARE(c.value(u"campaignName"_s).toString(), u"Depot 7 modem refresh"_s);
    QCOMPARE(c.value(u"firmwareName"_s).toString(), kAx100Firmware);
    QCOMPARE(c.value(u"firmwareFrom"_s).toString(), u"R2.1.0"_s);
    QCOMPARE(c.value(u"firmwareTo"_s).toString(), u"R2.2.0"_s);
    QCOMPARE(c.value(u"protocol"_s).toString(), u"LWM2M"_s);
    QCOMPARE(c.value(u"make"_s).toString(), u"ACME Modems"_s);
    QCOMPARE(c.value(u"model"_s).toString(), u"AX100"_s);
    QCOMPARE(c.value(u"startDate"_s).toString(), u"2026-03-05"_s);
    QCOMPARE(c.value(u"endDate"_s).toString(), u"2026-03-07"_s);
    QCOMPARE(c.value(u"status"_s).toString(), u"CampaignRequestPending"_s);
    QCOMPARE(c.value(u"campaignTimeWindowList"_s).toArray().size(), 1);
    // FirmwareCampaign, not Campaign: the flags belong to the GET answer.
    QVERIFY(!c.contains(u"autoAssignLicenseFlag"_s));
}

void CampaignEndpointsTest::scheduleValidation_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("field");      // member to change ("" = none)
    QTest::addColumn<QJsonValue>("value");   // new value (Undefined = remove the member)
    QTest::addColumn<QByteArray>("rawBody"); // replaces the body when not empty
    QTest::addColumn<QString>("errorCode");

    const QJsonValue remove(QJsonValue::Undefined);
    const auto row = [&](const char* name, const QString& field, const QJsonValue& value,
                         const QString& code) {
        QTest::newRow(name) << kAccount << field << value << QByteArray() << code;
    };
    QTest::newRow("not JSON") << kAccount << QString() << QJsonValue() << QByteArray("{\"a\":")
                              << u"InvalidRequestBody"_s;
    QTest::newRow("array body") << kAccount << QString() << QJsonValue() << QByteArray("[1,2]")
                                << u"InvalidRequestBody"_s;
    QTest::newRow("unknown account") << u"0000999999-00001"_s << QString() << QJsonValue()
                                     << QByteArray() << u"UnknownAccount"_s;
    row("missing firmwareName", u"firmwareName"_s, remove, u"MissingRequiredField"_s);
    row("empty firmwareName", u"firmwareName"_s, u""_s, u"MissingRequiredField"_s);
    row("missing firmwareFrom", u"firmwareFrom"_s, remove, u"MissingRequiredField"_s);
    row("missing firmwareTo", u"firmwareTo"_s, remove, u"MissingRequiredField"_s);
    row("missing startDate", u"startDate"_s, remove, u"MissingRequiredField"_s);
    row("missing endDate", u"endDate"_s, remove, u"MissingRequiredField"_s);
    row("missing deviceList", u"deviceList"_s, remove, u"MissingRequiredField"_s);
    row("malformed startDate", u"startDate"_s, u"2026-3-5"_s, u"InvalidDate"_s);
    row("impossible endDate", u"endDate"_s, u"2026-02-30"_s, u"InvalidDate"_s);
    row("numeric date", u"startDate"_s, 20260305, u"InvalidDate"_s);
    row("deviceList not an array", u"deviceList"_s, u"490154203237518"_s, u"InvalidRequestBody"_s);
    row("empty deviceList", u"deviceList"_s, QJsonArray(), u"DeviceListEmpty"_s);
    row("IMEI of 14 digits", u"deviceList"_s, QJsonArray{u"49015420323751"_s},
        u"InvalidDeviceId"_s);
    row("IMEI with bad check digit", u"deviceList"_s, QJsonArray{u"490154203237517"_s},
        u"InvalidDeviceId"_s);
    row("IMEISV of 16 digits", u"deviceList"_s, QJsonArray{u"4901542032375186"_s},
        u"InvalidDeviceId"_s);
    row("IMEI with dashes", u"deviceList"_s, QJsonArray{u"49-015420-323751-8"_s},
        u"InvalidDeviceId"_s);
    row("IMEI with letters", u"deviceList"_s, QJsonArray{u"49015420323751X"_s},
        u"InvalidDeviceId"_s);
    row("unknown firmware", u"firmwareName"_s, u"ACMEModems_AX100_R9_R10"_s, u"UnknownFirmware"_s);
    row("firmwareFrom not the package's", u"firmwareFrom"_s, u"R2.0.0"_s,
        u"FirmwareVersionMismatch"_s);
    row("firmwareTo not the package's", u"firmwareTo"_s, u"R2.3.0"_s, u"FirmwareVersionMismatch"_s);
    row("protocol mismatch", u"protocol"_s, u"OMA"_s, u"ProtocolMismatch"_s);
    row("protocol HTTP on an LWM2M package", u"protocol"_s, u"HTTP"_s, u"ProtocolMismatch"_s);
    row("protocol in lower case", u"protocol"_s, u"lwm2m"_s, u"InvalidProtocol"_s);
    row("protocol OMD-DM (a listing value)", u"protocol"_s, u"OMD-DM"_s, u"InvalidProtocol"_s);
    row("end before start", u"endDate"_s, u"2026-03-04"_s, u"EndDateBeforeStartDate"_s);
    row("start in the past", u"startDate"_s, u"2026-03-01"_s, u"StartDateInPast"_s);
    row("window start out of range", u"campaignTimeWindowList"_s,
        QJsonArray{QJsonObject{{u"startTime"_s, 24}, {u"endTime"_s, 24}}}, u"InvalidTimeWindow"_s);
    row("window end out of range", u"campaignTimeWindowList"_s,
        QJsonArray{QJsonObject{{u"startTime"_s, 1}, {u"endTime"_s, 25}}}, u"InvalidTimeWindow"_s);
    row("window negative start", u"campaignTimeWindowList"_s,
        QJsonArray{QJsonObject{{u"startTime"_s, -1}, {u"endTime"_s, 5}}}, u"InvalidTimeWindow"_s);
    row("window ends before it starts", u"campaignTimeWindowList"_s,
        QJsonArray{QJsonObject{{u"startTime"_s, 22}, {u"endTime"_s, 2}}}, u"InvalidTimeWindow"_s);
    row("window empty", u"campaignTimeWindowList"_s,
        QJsonArray{QJsonObject{{u"startTime"_s, 5}, {u"endTime"_s, 5}}}, u"InvalidTimeWindow"_s);
    row("windows overlap", u"campaignTimeWindowList"_s,
        QJsonArray{QJsonObject{{u"startTime"_s, 1}, {u"endTime"_s, 5}},
                   QJsonObject{{u"startTime"_s, 4}, {u"endTime"_s, 8}}},
        u"OverlappingTimeWindows"_s);
    row("windows repeat", u"campaignTimeWindowList"_s,
        QJsonArray{QJsonObject{{u"startTime"_s, 1}, {u"endTime"_s, 5}},
                   QJsonObject{{u"startTime"_s, 1}, {u"endTime"_s, 5}}},
        u"OverlappingTimeWindows"_s);
    row("window missing endTime", u"campaignTimeWindowList"_s,
        QJsonArray{QJsonObject{{u"startTime"_s, 1}}}, u"InvalidRequestBody"_s);
    row("campaign name too long", u"campaignName"_s, QString(101, u'x'), u"InvalidCampaignName"_s);
    row("campaign name with a line break", u"campaignName"_s, u"a\nb"_s, u"InvalidCampaignName"_s);
    // Bidi overrides are refused like other control characters (issue 23): "Depot 7 tset" with
    // U+202E reads as "Depot 7 test" reversed in every list that shows it.
    row("campaign name with a right-to-left override", u"campaignName"_s, u"Depot \u202E7 tset"_s,
        u"InvalidCampaignName"_s);
    row("campaign name with a first-strong isolate", u"campaignName"_s, u"Depot \u20687"_s,
        u"InvalidCampaignName"_s);
    row("campaign name with an escape sequence", u"campaignName"_s, u"Depot\x1B]0;x\x07"_s,
        u"InvalidCampaignName"_s);
}

void CampaignEndpointsTest::scheduleValidation()
{
    QFETCH(QString, account);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, rawBody);
    QFETCH(QString, errorCode);

    QJsonObject body = validCampaign(m_free.mid(0, 2));
    if (!field.isEmpty()) {
        if (value.isUndefined())
            body.remove(field);
        else
            body.insert(field, value);
    }
    const QByteArray bytes = rawBody.isEmpty() ? HttpTestClient::toJsonBytes(body) : rawBody;
    const HttpResult r = m_client->send("POST", campaignsPath(account), bytes);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), errorCode);
    QVERIFY2(!r.object().value(u"errorMessage"_s).toString().isEmpty(), qPrintable(r.describe()));
}

void CampaignEndpointsTest::scheduleWithOmaProtocolOnOmdDmPackage()
{
    const QStringList mifi = freeDevices(MiFi, true, 2);
    QJsonObject body = validCampaign(mifi);
    body.insert(u"firmwareName"_s, u"Inseego_MiFi8800L_M1100.18_M1100.21"_s);
    body.insert(u"firmwareFrom"_s, u"M1100.18"_s);
    body.insert(u"firmwareTo"_s, u"M1100.21"_s);
    body.insert(u"protocol"_s, u"OMA"_s);
    const HttpResult r = m_client->post(campaignsPath(), body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"protocol"_s).toString(), u"OMD-DM"_s);
    QCOMPARE(r.object().value(u"make"_s).toString(), u"Inseego"_s);
}

void CampaignEndpointsTest::unlicensedDevicesFailInTheReport()
{
    const QStringList unlicensed = freeDevices(AX100, false, 1);
    QCOMPARE(unlicensed.size(), 1);
    const QString id = createCampaign({m_free.at(2), unlicensed.at(0)});
    QVERIFY(!id.isEmpty());
    const HttpResult r =
        m_client->get(u"/fota/v3/reports/%1/campaigns/%2/devices"_s.arg(kAccount, id));
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.object().value(u"deviceList"_s).toArray();
    QCOMPARE(list.size(), 2);
    for (const QJsonValue& v : list) {
        const QJsonObject d = v.toObject();
        if (d.value(u"deviceId"_s).toString() == unlicensed.at(0)) {
            QCOMPARE(d.value(u"status"_s).toString(), u"UpgradeFailed"_s);
            QCOMPARE(d.value(u"resultReason"_s).toString(), u"No license attached to device"_s);
        } else {
            QCOMPARE(d.value(u"status"_s).toString(), u"UpgradePending"_s);
        }
    }
}

void CampaignEndpointsTest::getAnswersCampaignWithFlags()
{
    QJsonObject body = validCampaign(m_free.mid(3, 1));
    body.insert(u"autoAddDevicesFlag"_s, true);
    const QString id = m_client->post(campaignsPath(), body).object().value(u"id"_s).toString();
    const HttpResult r = m_client->get(u"/fota/v3/campaigns/%1/%2"_s.arg(kAccount, id));
    QCOMPARE(r.status, 200);
    const QJsonObject c = r.object();
    QCOMPARE(c.value(u"id"_s).toString(), id);
    QCOMPARE(c.value(u"autoAssignLicenseFlag"_s), QJsonValue(false));
    QCOMPARE(c.value(u"autoAddDevicesFlag"_s), QJsonValue(true));
    QCOMPARE(c.value(u"status"_s).toString(), u"CampaignRequestPending"_s);
}

void CampaignEndpointsTest::getChecksAccountAndCampaign_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<bool>("demoCampaignOfOtherAccount");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("unknown campaign") << kAccount << false << u"UnknownCampaign"_s;
    QTest::newRow("campaign of another account") << kAccount << true << u"CampaignNotInAccount"_s;
    QTest::newRow("unknown account") << u"0000000000-00009"_s << false << u"UnknownAccount"_s;
}

void CampaignEndpointsTest::getChecksAccountAndCampaign()
{
    QFETCH(QString, account);
    QFETCH(bool, demoCampaignOfOtherAccount);
    QFETCH(QString, errorCode);
    QString id = u"00000000-0000-4000-8000-000000000000"_s;
    if (demoCampaignOfOtherAccount) {
        const HttpResult h = m_client->get(
            u"/fota/v3/reports/%1/firmware/campaigns?campaignStatus=CampaignEnded"_s.arg(
                kOtherAccount));
        QCOMPARE(h.status, 200);
        id = h.object()
                 .value(u"campaignList"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"id"_s)
                 .toString();
        QVERIFY(!id.isEmpty());
    }
    for (const QByteArray& method : {QByteArray("GET"), QByteArray("DELETE")}) {
        const HttpResult r = m_client->send(method, u"/fota/v3/campaigns/%1/%2"_s.arg(account, id));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), errorCode);
    }
}

void CampaignEndpointsTest::appendAndRemoveAnswerPerDevice()
{
    const QString id = createCampaign(m_free.mid(4, 2));
    QVERIFY(!id.isEmpty());
    const QString unlicensed = freeDevices(AX100, false, 2).at(1);
    const QString otherModel = freeDevices(BG96, true, 1).at(0);
    const QString unknown = u"012345678901237"_s;
    const QString fresh = m_free.at(6);
    const QString member = m_free.at(4);
    const HttpResult r = m_client->put(
        u"/fota/v3/campaigns/firmware/%1/%2"_s.arg(kAccount, id),
        QJsonObject{{u"Type"_s, u"append"_s},
                    {u"deviceList"_s, jsonList({fresh, unlicensed, otherModel, unknown, member})}});
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.object();
    QCOMPARE(o.value(u"accountName"_s).toString(), kAccount);
    QCOMPARE(o.value(u"campaignId"_s).toString(), id);
    const QJsonArray list = o.value(u"deviceList"_s).toArray();
    QCOMPARE(list.size(), 5);
    const auto item = [&](int i) { return list.at(i).toObject(); };
    QCOMPARE(item(0).value(u"deviceId"_s).toString(), fresh);
    QCOMPARE(item(0).value(u"status"_s).toString(), u"AddDeviceSucceed"_s);
    QCOMPARE(item(0).value(u"Reason"_s).toString(), u"Device added Successfully"_s);
    QCOMPARE(item(1).value(u"status"_s).toString(), u"AddDeviceFailed"_s);
    QCOMPARE(item(1).value(u"Reason"_s).toString(), u"No license attached to device"_s);
    QCOMPARE(item(2).value(u"status"_s).toString(), u"AddDeviceFailed"_s);
    QVERIFY(item(2).value(u"Reason"_s).toString().contains(u"model"_s));
    QCOMPARE(item(3).value(u"Reason"_s).toString(), u"Device does not exist."_s);
    QCOMPARE(item(4).value(u"Reason"_s).toString(), u"Device is already in the campaign"_s);

    const QString report = u"/fota/v3/reports/%1/campaigns/%2/devices"_s.arg(kAccount, id);
    QCOMPARE(m_client->get(report).object().value(u"totalDevice"_s).toInt(), 3);

    const HttpResult removed = m_client->put(
        u"/fota/v3/campaigns/firmware/%1/%2"_s.arg(kAccount, id),
        QJsonObject{{u"Type"_s, u"remove"_s}, {u"deviceList"_s, jsonList({member, unknown})}});
    QCOMPARE(removed.status, 200);
    const QJsonArray rl = removed.object().value(u"deviceList"_s).toArray();
    QCOMPARE(rl.at(0).toObject().value(u"status"_s).toString(), u"RemoveDeviceSucceed"_s);
    QCOMPARE(rl.at(1).toObject().value(u"status"_s).toString(), u"RemoveDeviceFailed"_s);
    QCOMPARE(m_client->get(report).object().value(u"totalDevice"_s).toInt(), 2);
}

void CampaignEndpointsTest::portalPathWithoutFirmware()
{
    const QString id = createCampaign(m_free.mid(7, 1));
    const HttpResult r = m_client->put(
        u"/fota/v3/campaigns/%1/%2"_s.arg(kAccount, id),
        QJsonObject{{u"Type"_s, u"append"_s}, {u"deviceList"_s, jsonList({m_free.at(8)})}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"deviceList"_s).toArray().at(0).toObject().value(u"status"_s),
             QJsonValue(u"AddDeviceSucceed"_s));
}

void CampaignEndpointsTest::changeDevicesValidation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("missing Type") << QJsonObject{{u"deviceList"_s,
                                                  QJsonArray{u"490154203237518"_s}}}
                                  << u"MissingRequiredField"_s;
    QTest::newRow("lower-case type key")
        << QJsonObject{{u"type"_s, u"append"_s},
                       {u"deviceList"_s, QJsonArray{u"490154203237518"_s}}}
        << u"MissingRequiredField"_s;
    QTest::newRow("unknown Type") << QJsonObject{{u"Type"_s, u"replace"_s},
                                                 {u"deviceList"_s,
                                                  QJsonArray{u"490154203237518"_s}}}
                                  << u"InvalidChangeType"_s;
    QTest::newRow("missing deviceList")
        << QJsonObject{{u"Type"_s, u"append"_s}} << u"MissingRequiredField"_s;
    QTest::newRow("empty deviceList")
        << QJsonObject{{u"Type"_s, u"append"_s}, {u"deviceList"_s, QJsonArray()}}
        << u"DeviceListEmpty"_s;
    QTest::newRow("malformed IMEI")
        << QJsonObject{{u"Type"_s, u"remove"_s}, {u"deviceList"_s, QJsonArray{u"12345"_s}}}
        << u"InvalidDeviceId"_s;
}

void CampaignEndpointsTest::changeDevicesValidation()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, errorCode);
    const QString id = createCampaign(m_free.mid(9, 1));
    const HttpResult r =
        m_client->put(u"/fota/v3/campaigns/firmware/%1/%2"_s.arg(kAccount, id), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), errorCode);
}

void CampaignEndpointsTest::changeDatesBeforeStart()
{
    const QString id = createCampaign(m_free.mid(10, 1));
    const QJsonObject change{{u"startDate"_s, u"2026-03-10"_s},
                             {u"endDate"_s, u"2026-03-12"_s},
                             {u"campaignTimeWindowList"_s,
                              QJsonArray{QJsonObject{{u"startTime"_s, 0}, {u"endTime"_s, 4}},
                                         QJsonObject{{u"startTime"_s, 20}, {u"endTime"_s, 24}}}}};
    const HttpResult r =
        m_client->put(u"/fota/v3/campaigns/firmware/%1/%2/dates"_s.arg(kAccount, id), change);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"startDate"_s).toString(), u"2026-03-10"_s);
    QCOMPARE(r.object().value(u"endDate"_s).toString(), u"2026-03-12"_s);
    QCOMPARE(r.object().value(u"campaignTimeWindowList"_s).toArray().size(), 2);
    QCOMPARE(r.object().value(u"status"_s).toString(), u"CampaignRequestQueued"_s);
    const QJsonObject got = m_client->get(u"/fota/v3/campaigns/%1/%2"_s.arg(kAccount, id)).object();
    QCOMPARE(got.value(u"startDate"_s).toString(), u"2026-03-10"_s);
}

void CampaignEndpointsTest::changeDatesValidation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("errorCode");
    const auto dates = [](const QJsonValue& start, const QJsonValue& end) {
        QJsonObject o;
        if (!start.isUndefined())
            o.insert(u"startDate"_s, start);
        if (!end.isUndefined())
            o.insert(u"endDate"_s, end);
        o.insert(u"campaignTimeWindowList"_s, QJsonArray());
        return o;
    };
    const QJsonValue none(QJsonValue::Undefined);
    QTest::newRow("missing startDate") << dates(none, u"2026-03-12"_s) << u"MissingRequiredField"_s;
    QTest::newRow("missing endDate") << dates(u"2026-03-10"_s, none) << u"MissingRequiredField"_s;
    QTest::newRow("malformed date") << dates(u"10/03/2026"_s, u"2026-03-12"_s) << u"InvalidDate"_s;
    QTest::newRow("end before start")
        << dates(u"2026-03-10"_s, u"2026-03-09"_s) << u"EndDateBeforeStartDate"_s;
    QTest::newRow("start in the past")
        << dates(u"2026-03-01"_s, u"2026-03-09"_s) << u"StartDateInPast"_s;
    QJsonObject overlapping = dates(u"2026-03-10"_s, u"2026-03-12"_s);
    overlapping.insert(u"campaignTimeWindowList"_s,
                       QJsonArray{QJsonObject{{u"startTime"_s, 2}, {u"endTime"_s, 6}},
                                  QJsonObject{{u"startTime"_s, 5}, {u"endTime"_s, 7}}});
    QTest::newRow("overlapping windows") << overlapping << u"OverlappingTimeWindows"_s;
}

void CampaignEndpointsTest::changeDatesValidation()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, errorCode);
    const QString id = createCampaign(m_free.mid(11, 1));
    const HttpResult r =
        m_client->put(u"/fota/v3/campaigns/firmware/%1/%2/dates"_s.arg(kAccount, id), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), errorCode);
}

void CampaignEndpointsTest::afterStartOnlyLaterEndDate()
{
    // Own simulator: this test moves the clock.
    FotaSimProcess sim(simArgs());
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient client(sim.baseUrl());
    QVERIFY(client.authenticate());
    const QString id = createCampaign(m_free.mid(12, 2), &client);
    QVERIFY(!id.isEmpty());
    QCOMPARE(client.adminPost(u"/admin/clock"_s, {{u"set"_s, u"2026-03-05T00:30:00Z"_s}}).status,
             200);
    QCOMPARE(
        client.get(u"/fota/v3/campaigns/%1/%2"_s.arg(kAccount, id)).object().value(u"status"_s),
        QJsonValue(u"CampaignScheduled"_s));
    const QString path = u"/fota/v3/campaigns/firmware/%1/%2/dates"_s.arg(kAccount, id);
    const QJsonArray windows{QJsonObject{{u"startTime"_s, 1}, {u"endTime"_s, 5}}};
    const auto change = [&](const QString& start, const QString& end, const QJsonArray& w) {
        return client.put(path, QJsonObject{{u"startDate"_s, start},
                                            {u"endDate"_s, end},
                                            {u"campaignTimeWindowList"_s, w}});
    };
    HttpResult r = change(u"2026-03-06"_s, u"2026-03-09"_s, windows);
    QCOMPARE(r.errorCode(), u"CampaignStarted"_s);
    r = change(u"2026-03-05"_s, u"2026-03-09"_s, QJsonArray{});
    QCOMPARE(r.errorCode(), u"CampaignStarted"_s);
    r = change(u"2026-03-05"_s, u"2026-03-06"_s, windows); // earlier than the current end
    QCOMPARE(r.errorCode(), u"EndDateTooEarly"_s);
    r = change(u"2026-03-05"_s, u"2026-03-09"_s, windows);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"endDate"_s).toString(), u"2026-03-09"_s);
    // Within 24 hours of the end: a same-day endDate is too early.
    QCOMPARE(client.adminPost(u"/admin/clock"_s, {{u"set"_s, u"2026-03-09T06:00:00Z"_s}}).status,
             200);
    QVERIFY(client.authenticate());
    r = change(u"2026-03-05"_s, u"2026-03-09"_s, windows);
    QCOMPARE(r.errorCode(), u"EndDateTooEarly"_s);
    r = change(u"2026-03-05"_s, u"2026-03-10"_s, windows);
    QCOMPARE(r.status, 200);
}

void CampaignEndpointsTest::addRemoveRefusedOnceScheduled()
{
    FotaSimProcess sim(simArgs());
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient client(sim.baseUrl());
    QVERIFY(client.authenticate());
    const QString id = createCampaign(m_free.mid(14, 1), &client);
    QCOMPARE(client.adminPost(u"/admin/clock"_s, {{u"set"_s, u"2026-03-05T00:00:01Z"_s}}).status,
             200);
    for (const QString& type : {u"append"_s, u"remove"_s}) {
        for (const QString& path :
             {u"/fota/v3/campaigns/firmware/%1/%2"_s, u"/fota/v3/campaigns/%1/%2"_s}) {
            const HttpResult r = client.put(
                path.arg(kAccount, id),
                QJsonObject{{u"Type"_s, type}, {u"deviceList"_s, jsonList({m_free.at(15)})}});
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), u"CampaignAlreadyScheduled"_s);
        }
    }
    // Ended: nothing changes any more.
    QCOMPARE(client.adminPost(u"/admin/clock"_s, {{u"set"_s, u"2026-03-20T00:00:00Z"_s}}).status,
             200);
    const HttpResult r = client.put(
        u"/fota/v3/campaigns/firmware/%1/%2"_s.arg(kAccount, id),
        QJsonObject{{u"Type"_s, u"append"_s}, {u"deviceList"_s, jsonList({m_free.at(15)})}});
    QCOMPARE(r.errorCode(), u"CampaignNotModifiable"_s);
}

void CampaignEndpointsTest::cancelBeforeStartIsCancelled()
{
    const QString id = createCampaign(m_free.mid(16, 1));
    const HttpResult r = m_client->del(u"/fota/v3/campaigns/%1/%2"_s.arg(kAccount, id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"success"_s), QJsonValue(true));
    QCOMPARE(
        m_client->get(u"/fota/v3/campaigns/%1/%2"_s.arg(kAccount, id)).object().value(u"status"_s),
        QJsonValue(u"CampaignCancelled"_s));
}

void CampaignEndpointsTest::cancelAfterStartIsAborted()
{
    FotaSimProcess sim(simArgs());
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient client(sim.baseUrl());
    QVERIFY(client.authenticate());
    const QString id = createCampaign(m_free.mid(17, 1), &client);
    QCOMPARE(client.adminPost(u"/admin/clock"_s, {{u"set"_s, u"2026-03-06T12:00:00Z"_s}}).status,
             200);
    QCOMPARE(client.del(u"/fota/v3/campaigns/%1/%2"_s.arg(kAccount, id)).status, 200);
    QCOMPARE(
        client.get(u"/fota/v3/campaigns/%1/%2"_s.arg(kAccount, id)).object().value(u"status"_s),
        QJsonValue(u"CampaignAborted"_s));
}

void CampaignEndpointsTest::cancelTerminalCampaignRefused()
{
    const QString id = createCampaign(m_free.mid(18, 1));
    QCOMPARE(m_client->del(u"/fota/v3/campaigns/%1/%2"_s.arg(kAccount, id)).status, 200);
    const HttpResult again = m_client->del(u"/fota/v3/campaigns/%1/%2"_s.arg(kAccount, id));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorCode(), u"CampaignNotCancellable"_s);
    // A demo campaign that ended long ago.
    const HttpResult ended = m_client->get(
        u"/fota/v3/reports/%1/firmware/campaigns?campaignStatus=CampaignEnded"_s.arg(kAccount));
    const QString endedId = ended.object()
                                .value(u"campaignList"_s)
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(u"id"_s)
                                .toString();
    QCOMPARE(m_client->del(u"/fota/v3/campaigns/%1/%2"_s.arg(kAccount, endedId)).errorCode(),
             u"CampaignNotCancellable"_s);
}

void CampaignEndpointsTest::pilotGateLimitsNewFirmware()
{
    FotaSimProcess sim(simArgs({u"--pilot-gate"_s}));
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient client(sim.baseUrl());
    QVERIFY(client.authenticate());
    // No AX100 device has run this firmware yet: at most 20 devices.
    HttpResult r = client.post(campaignsPath(), validCampaign(m_free.mid(20, 21)));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"PilotLimitExceeded"_s);
    r = client.post(campaignsPath(), validCampaign(m_free.mid(20, 20)));
    QCOMPARE(r.status, 200);
    // Once the pilot upgraded its devices (95 % succeed), larger campaigns pass.
    QCOMPARE(client.adminPost(u"/admin/clock"_s, {{u"set"_s, u"2026-03-12T00:00:00Z"_s}}).status,
             200);
    QVERIFY(client.authenticate());
    QJsonObject big = validCampaign(m_free.mid(40, 20) + freeDevices(AX100, true, 60).mid(40, 1));
    big.insert(u"startDate"_s, u"2026-03-13"_s);
    big.insert(u"endDate"_s, u"2026-03-14"_s);
    r = client.post(campaignsPath(), big);
    QVERIFY2(r.status == 200, qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(CampaignEndpointsTest)
#include "CampaignEndpointsTest.moc"
