// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of Firmware V3 on a real fotasim: list by protocol,
// synchronize (at most 100 devices), asynchronous report.

#include "SimTestSupport.h"
#include "api/wire/JsonCodec.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace fotadesk::test;
using namespace Qt::StringLiterals;

class FirmwareEndpointsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listByProtocol_data();
    void listByProtocol();
    void listValidation_data();
    void listValidation();
    void synchronizeReportsVersions();
    void synchronizeValidation_data();
    void synchronizeValidation();
    void asyncReport_data();
    void asyncReport();
    void unreachableDeviceDoesNotReport();

private:
    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<HttpTestClient> m_client;
};

void FirmwareEndpointsTest::initTestCase()
{
    m_sim = std::make_unique<FotaSimProcess>(simArgs());
    QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
    m_client = std::make_unique<HttpTestClient>(m_sim->baseUrl());
    QVERIFY(m_client->authenticate());
}

void FirmwareEndpointsTest::listByProtocol_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("count");
    QTest::newRow("LWM2M") << u"LWM2M"_s << 12;
    QTest::newRow("OMD-DM") << u"OMD-DM"_s << 4;
    QTest::newRow("all") << u"all"_s << 16;
}

void FirmwareEndpointsTest::listByProtocol()
{
    QFETCH(QString, protocol);
    QFETCH(int, count);
    const HttpResult r =
        m_client->get(u"/fota/v3/firmware/%1?protocol=%2"_s.arg(kAccount, protocol));
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.array();
    QCOMPARE(list.size(), count);
    bool someNote = false;
    for (const QJsonValue& v : list) {
        const QJsonObject p = v.toObject();
        for (const char* key : {"firmwareName", "firmwareFrom", "firmwareTo", "launchDate",
                                "releaseNote", "model", "make", "protocol"})
            QVERIFY2(p.value(QLatin1String(key)).isString(), key);
        if (protocol != u"all"_s)
            QCOMPARE(p.value(u"protocol"_s).toString(), protocol);
        QVERIFY(p.value(u"protocol"_s).toString() == u"LWM2M"_s ||
                p.value(u"protocol"_s).toString() == u"OMD-DM"_s);
        QVERIFY(p.value(u"launchDate"_s).toString().endsWith(u'Z'));
        someNote = someNote || !p.value(u"releaseNote"_s).toString().isEmpty();
    }
    QVERIFY(someNote);
}

void FirmwareEndpointsTest::listValidation_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("no protocol") << kAccount << QString() << u"MissingRequiredField"_s;
    QTest::newRow("ALL in upper case") << kAccount << u"?protocol=ALL"_s << u"InvalidProtocol"_s;
    QTest::newRow("OMA (a campaign value)")
        << kAccount << u"?protocol=OMA"_s << u"InvalidProtocol"_s;
    QTest::newRow("unknown account") << u"nobody"_s << u"?protocol=all"_s << u"UnknownAccount"_s;
}

void FirmwareEndpointsTest::listValidation()
{
    QFETCH(QString, account);
    QFETCH(QString, query);
    QFETCH(QString, errorCode);
    const HttpResult r = m_client->get(u"/fota/v3/firmware/"_s + account + query);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), errorCode);
}

void FirmwareEndpointsTest::synchronizeReportsVersions()
{
    const QStringList devices = freeDevices(AX100, true, 3);
    QJsonArray list;
    for (const QString& d : devices)
        list.append(d);
    list.append(u"012345678901237"_s); // valid IMEI, not in the fleet
    const HttpResult r = m_client->put(u"/fota/v3/firmware/%1/devices"_s.arg(kAccount),
                                       QJsonObject{{u"deviceList"_s, list}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"accountName"_s).toString(), kAccount);
    const QJsonArray versions = r.object().value(u"deviceFirmwarVersionList"_s).toArray();
    QCOMPARE(versions.size(), 4);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject v = versions.at(i).toObject();
        QCOMPARE(v.value(u"deviceId"_s).toString(), devices.at(i));
        QCOMPARE(v.value(u"status"_s).toString(), u"FirmwareVersionUpdateSuccess"_s);
        QCOMPARE(v.value(u"firmwareVersion"_s).toString(), u"R2.1.0"_s);
    }
    QCOMPARE(versions.at(3).toObject().value(u"status"_s).toString(),
             u"FirmwareVersionUpdateFailed"_s);
}

void FirmwareEndpointsTest::synchronizeValidation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("errorCode");
    QJsonArray many;
    for (const QString& d : freeDevices(ME910, true, 101)) // BG96 has too few free ones
        many.append(d);
    QTest::newRow("101 devices") << QJsonObject{{u"deviceList"_s, many}} << u"DeviceListTooLarge"_s;
    QTest::newRow("no deviceList") << QJsonObject{} << u"MissingRequiredField"_s;
    QTest::newRow("empty deviceList")
        << QJsonObject{{u"deviceList"_s, QJsonArray()}} << u"DeviceListEmpty"_s;
    QTest::newRow("malformed IMEI")
        << QJsonObject{{u"deviceList"_s, QJsonArray{u"abc"_s}}} << u"InvalidDeviceId"_s;
}

void FirmwareEndpointsTest::synchronizeValidation()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, errorCode);
    const HttpResult r = m_client->put(u"/fota/v3/firmware/%1/devices"_s.arg(kAccount), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), errorCode);
}

void FirmwareEndpointsTest::asyncReport_data()
{
    QTest::addColumn<QString>("device");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("fleet device") << u"490154203237518"_s << 200 << QString();
    QTest::newRow("unknown device") << u"012345678901237"_s << 400 << u"UnknownDevice"_s;
    QTest::newRow("malformed IMEI") << u"4901542032375"_s << 400 << u"InvalidDeviceId"_s;
}

void FirmwareEndpointsTest::asyncReport()
{
    QFETCH(QString, device);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    const HttpResult r =
        m_client->send("PUT", u"/fota/v3/firmware/%1/async/%2"_s.arg(kAccount, device));
    QCOMPARE(r.status, status);
    if (status == 200) {
        // DeviceFirmwareVersionUpdateResult: both members required, strings.
        const auto answer = fotadesk::wire::decodeFirmwareReportRequest(r.object());
        QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().toString()));
        QCOMPARE(answer->accountName, kAccount);
        QVERIFY(!answer->requestId.isEmpty());
        QVERIFY(!r.object().contains(u"success"_s));
    } else
        QCOMPARE(r.errorCode(), errorCode);
}

void FirmwareEndpointsTest::unreachableDeviceDoesNotReport()
{
    const QString device = freeDevices(AX100, true, 1).value(0);
    QVERIFY(!device.isEmpty());
    const QString path = u"/admin/devices/%1/reachability"_s.arg(device);
    QCOMPARE(m_client->adminPost(path, {{u"reachable"_s, false}}).status, 200);
    const auto inventoryTime = [&] {
        return m_client
            ->post(u"/fota/v3/devices/%1"_s.arg(kAccount),
                   QJsonObject{{u"deviceList"_s, QJsonArray{device}}})
            .object()
            .value(u"deviceList"_s)
            .toArray()
            .at(0)
            .toObject()
            .value(u"refreshTime"_s)
            .toString();
    };
    const QString before = inventoryTime();
    QVERIFY(m_client->advanceClock(3600));
    QVERIFY(m_client->authenticate());

    // The sync fails for it, without a version; the async request is accepted but nothing
    // arrives: the inventory still shows the old report.
    const HttpResult sync = m_client->put(u"/fota/v3/firmware/%1/devices"_s.arg(kAccount),
                                          QJsonObject{{u"deviceList"_s, QJsonArray{device}}});
    QCOMPARE(sync.status, 200);
    const QJsonObject v =
        sync.object().value(u"deviceFirmwarVersionList"_s).toArray().at(0).toObject();
    QCOMPARE(v.value(u"status"_s).toString(), u"FirmwareVersionUpdateFailed"_s);
    QCOMPARE(v.value(u"reason"_s).toString(), u"Device did not respond"_s);
    QVERIFY(!v.contains(u"firmwareVersion"_s));
    QCOMPARE(m_client->send("PUT", u"/fota/v3/firmware/%1/async/%2"_s.arg(kAccount, device)).status,
             200);
    QCOMPARE(inventoryTime(), before);

    // Reachable again: it reports.
    QCOMPARE(m_client->adminPost(path, {{u"reachable"_s, true}}).status, 200);
    const HttpResult again = m_client->put(u"/fota/v3/firmware/%1/devices"_s.arg(kAccount),
                                           QJsonObject{{u"deviceList"_s, QJsonArray{device}}});
    QCOMPARE(again.object()
                 .value(u"deviceFirmwarVersionList"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"firmwareVersion"_s)
                 .toString(),
             u"R2.1.0"_s);
    QVERIFY(inventoryTime() != before);

    // The admin body is checked like the API's.
    QCOMPARE(m_client->adminPost(path, {{u"reachable"_s, u"no"_s}}).status, 400);
    QCOMPARE(m_client->adminPost(path, {{u"reach"_s, false}}).status, 400);
    QCOMPARE(
        m_client
            ->adminPost(u"/admin/devices/012345678901237/reachability"_s, {{u"reachable"_s, false}})
            .status,
        400);
}

QTEST_GUILESS_MAIN(FirmwareEndpointsTest)
#include "FirmwareEndpointsTest.moc"
