// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of Account devices V3 (GET and POST /devices/{acc}) on a real fotasim:
// the vendor's field names and JSON types, the timestamp forms, paging and the protocol
// filter, the demo fleet's variety, and that an upgrade shows only after a firmware report.

#include "sim/DeviceEndpoints.h"

#include "SimTestSupport.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

const QRegularExpression
    kGoTime(u"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} \\+0000 UTC$"_s);
const QRegularExpression kIsoTime(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"_s);

/// The demo account's devices whose inventory protocol is `protocol`.
QSet<QString> demoImeis(const QString& protocol)
{
    QSet<QString> out;
    for (const sim::SimDevice& d : demoState().devices()) {
        if (d.account == 0 && demoState().inventoryProtocol(d) == protocol)
            out.insert(d.imei.toString());
    }
    return out;
}

QJsonArray jsonList(const QStringList& ids)
{
    QJsonArray a;
    for (const QString& id : ids)
        a.append(id);
    return a;
}

} // namespace

class DeviceEndpointsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fleetHasTheVarietyOfARealAccount();
    void listHasTheVendorsFieldsAndTypes();
    void listPagesCoverTheProtocol_data();
    void listPagesCoverTheProtocol();
    void listValidation_data();
    void listValidation();
    void lookupAnswersListedDevicesOnly();
    void lookupValidation();
    void joinFailsForEachInventoryReason_data();
    void joinFailsForEachInventoryReason();
    void upgradeShowsOnlyAfterAReport();

private:
    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<HttpTestClient> m_client;
};

void DeviceEndpointsTest::initTestCase()
{
    m_sim = std::make_unique<FotaSimProcess>(simArgs());
    QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
    m_client = std::make_unique<HttpTestClient>(m_sim->baseUrl());
    QVERIFY(m_client->authenticate());
}

void DeviceEndpointsTest::fleetHasTheVarietyOfARealAccount()
{
    const sim::SimState& s = demoState();
    const qint64 now = simNowMs();
    QHash<QString, int> kinds;
    for (const sim::SimDevice& d : s.devices()) {
        if (d.account != 0)
            continue;
        const sim::DeviceModel& m = s.models()[static_cast<size_t>(d.model)];
        const QString fw = sim::SimState::reportedFirmware(d);
        QString from; // the v1 -> v2 package's firmwareFrom and firmwareTo
        QString to;
        QString nextTo;
        for (const sim::FirmwareRecord& f : s.firmware()) {
            if (f.make == m.make && f.model == m.model && f.firmwareFrom == m.baseFirmware) {
                from = f.firmwareFrom;
                to = f.firmwareTo;
            } else if (f.make == m.make && f.model == m.model) {
                nextTo = f.firmwareTo;
            }
        }
        ++kinds[u"all"_s];
        kinds[u"on firmwareFrom"_s] += fw == from;
        kinds[u"at firmwareTo"_s] += fw == to;
        kinds[u"older than firmwareFrom"_s] += fw != from && fw != to && fw != nextTo;
        kinds[u"newer than firmwareTo"_s] += fw == nextTo;
        kinds[u"not FOTA-eligible"_s] += !d.fotaEligible;
        kinds[u"unlicensed"_s] += d.licensedAtMs == 0;
        kinds[u"other protocol"_s] += !d.protocol.isEmpty();
        kinds[u"not connected > 90 days"_s] += now - d.lastConnectionMs > 90LL * 86'400'000;
        kinds[u"upgraded, not reported yet"_s] += s.currentFirmware(d, now) != fw;
    }
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
        qInfo("%s: %d", qPrintable(it.key()), it.value());
        QVERIFY2(it.value() >= 20, qPrintable(it.key()));
    }
}

void DeviceEndpointsTest::listHasTheVendorsFieldsAndTypes()
{
    const HttpResult r = m_client->get(u"/fota/v3/devices/%1"_s.arg(kAccount));
    QCOMPARE(r.status, 200);
    const QJsonObject page = r.object();
    QCOMPARE(page.value(u"accountName"_s).toString(), kAccount);
    QVERIFY(page.value(u"hasMoreData"_s).isBool());
    QVERIFY(page.value(u"maxPageSize"_s).isDouble());
    QVERIFY(page.value(u"lastSeenDeviceId"_s).isString());
    const QJsonArray list = page.value(u"deviceList"_s).toArray();
    QCOMPARE(list.size(), page.value(u"maxPageSize"_s).toInt());
    for (const QJsonValue& v : list) {
        const QJsonObject d = v.toObject();
        for (const char* key :
             {"deviceId", "mdn", "model", "make", "firmware", "status", "protocol"})
            QVERIFY2(d.value(QLatin1String(key)).isString(), key);
        for (const char* key : {"fotaEligible", "licenseAssigned"})
            QVERIFY2(d.value(QLatin1String(key)).isBool(), key);
        QVERIFY(d.value(u"softwareList"_s).isArray());
        const QJsonObject sw = d.value(u"softwareList"_s).toArray().at(0).toObject();
        QVERIFY(sw.value(u"name"_s).isString() && sw.value(u"version"_s).isString());
        for (const char* key : {"createTime", "updateTime", "refreshTime"}) {
            const QString t = d.value(QLatin1String(key)).toString();
            QVERIFY2(kGoTime.match(t).hasMatch(),
                     qPrintable(u"%1: %2"_s.arg(QLatin1String(key), t)));
        }
        QCOMPARE(d.value(u"protocol"_s).toString(), u"LWM2M"_s); // the default filter
    }
}

void DeviceEndpointsTest::listPagesCoverTheProtocol_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("protocol");
    QTest::newRow("default") << QString() << u"LWM2M"_s;
    QTest::newRow("LWM2M") << u"LWM2M"_s << u"LWM2M"_s;
    QTest::newRow("OMD-DM") << u"OMD-DM"_s << u"OMADM"_s;
    QTest::newRow("OMDADM (SDK spelling)") << u"OMDADM"_s << u"OMADM"_s;
    QTest::newRow("HTTP") << u"HTTP"_s << u"HTTP"_s;
}

void DeviceEndpointsTest::listPagesCoverTheProtocol()
{
    QFETCH(QString, filter);
    QFETCH(QString, protocol);
    const QSet<QString> expected = demoImeis(protocol);
    QVERIFY(expected.size() > 50);
    QString cursor;
    QStringList all;
    for (int pages = 0;; ++pages) {
        QVERIFY(pages < 100);
        QString path = u"/fota/v3/devices/%1?lastSeenDeviceId=%2"_s.arg(
            kAccount, cursor.isEmpty() ? u"0"_s : cursor);
        if (!filter.isEmpty())
            path += u"&protocol="_s + filter;
        const HttpResult r = m_client->get(path);
        QCOMPARE(r.status, 200);
        const QJsonObject page = r.object();
        for (const QJsonValue& v : page.value(u"deviceList"_s).toArray()) {
            const QJsonObject d = v.toObject();
            QCOMPARE(d.value(u"protocol"_s).toString(), protocol);
            const QString id = d.value(u"deviceId"_s).toString();
            QVERIFY(all.isEmpty() || all.constLast().toULongLong() < id.toULongLong());
            all.append(id);
        }
        if (!page.value(u"hasMoreData"_s).toBool())
            break;
        cursor = page.value(u"lastSeenDeviceId"_s).toString();
    }
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()), expected);
    QCOMPARE(all.size(), expected.size());
}

void DeviceEndpointsTest::listValidation_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("lower-case protocol") << u"protocol=lwm2m"_s << u"InvalidProtocol"_s;
    QTest::newRow("all is not a filter here") << u"protocol=all"_s << u"InvalidProtocol"_s;
    QTest::newRow("bad cursor") << u"lastSeenDeviceId=abc"_s << u"InvalidCursor"_s;
}

void DeviceEndpointsTest::listValidation()
{
    QFETCH(QString, query);
    QFETCH(QString, errorCode);
    const HttpResult r = m_client->get(u"/fota/v3/devices/%1?%2"_s.arg(kAccount, query));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), errorCode);
    QCOMPARE(m_client->get(u"/fota/v3/devices/0000000000-00009"_s).errorCode(),
             u"UnknownAccount"_s);
}

void DeviceEndpointsTest::lookupAnswersListedDevicesOnly()
{
    const QString known = u"490154203237518"_s;
    const QString otherAccount = freeDevices(HL7800, true, 1, 1).value(0);
    const QString unknown = u"012345678901237"_s;
    const HttpResult r =
        m_client->post(u"/fota/v3/devices/%1"_s.arg(kAccount),
                       QJsonObject{{u"deviceList"_s, jsonList({known, otherAccount, unknown})}});
    QCOMPARE(r.status, 200);
    const QJsonObject result = r.object();
    QCOMPARE(result.value(u"accountName"_s).toString(), kAccount);
    QCOMPARE(result.value(u"deviceCount"_s), QJsonValue(1));
    const QJsonArray list = result.value(u"deviceList"_s).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject d = list.at(0).toObject();
    QCOMPARE(d.value(u"deviceId"_s).toString(), known);
    QCOMPARE(d.value(u"make"_s).toString(), u"ACME Modems"_s);
    QCOMPARE(d.value(u"model"_s).toString(), u"AX100"_s);
    QCOMPARE(d.value(u"firmware"_s).toString(), u"R2.1.0"_s);
    QCOMPARE(d.value(u"fotaEligible"_s), QJsonValue(true));
    QCOMPARE(d.value(u"licenseAssigned"_s), QJsonValue(true));
    QCOMPARE(d.value(u"protocol"_s).toString(), u"LWM2M"_s);
    for (const char* key : {"mdn", "status", "requestStatus"})
        QVERIFY2(d.value(QLatin1String(key)).isString(), key);
    for (const char* key : {"createTime", "refreshTime"})
        QVERIFY2(kGoTime.match(d.value(QLatin1String(key)).toString()).hasMatch(), key);
    for (const char* key : {"statusTime", "lastConnectionTime"})
        QVERIFY2(kIsoTime.match(d.value(QLatin1String(key)).toString()).hasMatch(), key);
}

void DeviceEndpointsTest::lookupValidation()
{
    QStringList many;
    for (const sim::SimDevice& d : demoState().devices()) {
        if (many.size() > sim::DeviceEndpoints::MaxLookupDevices)
            break;
        many.append(d.imei.toString());
    }
    const QString path = u"/fota/v3/devices/%1"_s.arg(kAccount);
    HttpResult r = m_client->post(path, QJsonObject{{u"deviceList"_s, jsonList(many)}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"DeviceListTooLarge"_s);
    many.removeLast();
    r = m_client->post(path, QJsonObject{{u"deviceList"_s, jsonList(many)}});
    QCOMPARE(r.status, 200);
    r = m_client->post(path, QJsonObject{{u"deviceList"_s, jsonList({u"1234"_s})}});
    QCOMPARE(r.errorCode(), u"InvalidDeviceId"_s);
    r = m_client->post(path, QJsonObject{});
    QCOMPARE(r.errorCode(), u"MissingRequiredField"_s);
}

void DeviceEndpointsTest::joinFailsForEachInventoryReason_data()
{
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("reason");
    const auto first = [](const std::function<bool(const sim::SimDevice&)>& match) {
        return demoDevices(
                   [&](const sim::SimDevice& d) {
                       return d.account == 0 && d.model == AX100 && d.campaigns.isEmpty() &&
                              match(d);
                   },
                   1)
            .value(0);
    };
    const auto plain = [](const sim::SimDevice& d) {
        return d.fotaEligible && d.protocol.isEmpty() && d.licensedAtMs != 0;
    };
    QTest::newRow("not eligible") << first([](const sim::SimDevice& d) { return !d.fotaEligible; })
                                  << u"Device is not eligible for FOTA"_s;
    QTest::newRow("other protocol")
        << first([](const sim::SimDevice& d) { return d.fotaEligible && !d.protocol.isEmpty(); })
        << u"Device protocol does not match the firmware package"_s;
    QTest::newRow("older firmware")
        << first([&](const sim::SimDevice& d) { return plain(d) && d.firmware == u"R2.0.5"_s; })
        << u"Device firmware does not match firmwareFrom"_s;
    QTest::newRow("at firmwareTo")
        << first([&](const sim::SimDevice& d) { return plain(d) && d.firmware == u"R2.2.0"_s; })
        << u"Device firmware does not match firmwareFrom"_s;
    QTest::newRow("not connected for months (accepted)") << first([&](const sim::SimDevice& d) {
        return plain(d) && d.firmware == u"R2.1.0"_s &&
               simNowMs() - d.lastConnectionMs > 90LL * 86'400'000;
    }) << QString();
}

void DeviceEndpointsTest::joinFailsForEachInventoryReason()
{
    QFETCH(QString, device);
    QFETCH(QString, reason);
    QVERIFY(!device.isEmpty());
    const QJsonObject body{{u"firmwareName"_s, kAx100Firmware},  {u"firmwareFrom"_s, u"R2.1.0"_s},
                           {u"firmwareTo"_s, u"R2.2.0"_s},       {u"protocol"_s, u"LWM2M"_s},
                           {u"startDate"_s, u"2026-03-04"_s},    {u"endDate"_s, u"2026-03-07"_s},
                           {u"autoAssignLicenseFlag"_s, false},  {u"autoAddDevicesFlag"_s, false},
                           {u"deviceList"_s, jsonList({device})}};
    const HttpResult created =
        m_client->post(u"/fota/v3/campaigns/firmware/%1"_s.arg(kAccount), body);
    QCOMPARE(created.status, 200);
    const auto report =
        m_client->deviceReport(kAccount, created.object().value(u"id"_s).toString());
    QCOMPARE(report.size(), 1);
    QCOMPARE(report.at(0).value(u"status"_s).toString(),
             reason.isEmpty() ? u"UpgradePending"_s : u"UpgradeFailed"_s);
    QCOMPARE(report.at(0).value(u"resultReason"_s).toString(), reason);
}

void DeviceEndpointsTest::upgradeShowsOnlyAfterAReport()
{
    FotaSimProcess sim(simArgs({u"--failure-rate"_s, u"0"_s}));
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient client(sim.baseUrl());
    QVERIFY(client.authenticate());
    const QStringList devices = freeDevices(AX200, true, 3);
    QCOMPARE(devices.size(), 3);
    const QJsonObject body{{u"firmwareName"_s, u"ACMEModems_AX200_R3.0.4_R3.1.0"_s},
                           {u"firmwareFrom"_s, u"R3.0.4"_s},
                           {u"firmwareTo"_s, u"R3.1.0"_s},
                           {u"protocol"_s, u"LWM2M"_s},
                           {u"startDate"_s, u"2026-03-04"_s},
                           {u"endDate"_s, u"2026-03-06"_s},
                           {u"deviceList"_s, jsonList(devices)}};
    const HttpResult created = client.post(u"/fota/v3/campaigns/firmware/%1"_s.arg(kAccount), body);
    QCOMPARE(created.status, 200);
    QCOMPARE(client.adminPost(u"/admin/clock"_s, {{u"set"_s, u"2026-03-08T00:00:00Z"_s}}).status,
             200);
    QVERIFY(client.authenticate());
    for (const QJsonObject& d :
         client.deviceReport(kAccount, created.object().value(u"id"_s).toString()))
        QCOMPARE(d.value(u"status"_s).toString(), u"UpgradeSuccess"_s);
    const auto firmwareOf = [&] {
        QHash<QString, QString> out;
        const HttpResult r = client.post(u"/fota/v3/devices/%1"_s.arg(kAccount),
                                         QJsonObject{{u"deviceList"_s, jsonList(devices)}});
        for (const QJsonValue& v : r.object().value(u"deviceList"_s).toArray())
            out.insert(v[u"deviceId"_s].toString(), v[u"firmware"_s].toString());
        return out;
    };
    // Upgraded, but nothing reported yet: the inventory (and so the service) still says R3.0.4.
    for (const QString& f : firmwareOf())
        QCOMPARE(f, u"R3.0.4"_s);
    // A firmware sync of the first, an async request for the second.
    QCOMPARE(client
                 .put(u"/fota/v3/firmware/%1/devices"_s.arg(kAccount),
                      QJsonObject{{u"deviceList"_s, jsonList({devices[0]})}})
                 .status,
             200);
    QCOMPARE(
        client.send("PUT", u"/fota/v3/firmware/%1/async/%2"_s.arg(kAccount, devices[1])).status,
        200);
    const auto after = firmwareOf();
    QCOMPARE(after.value(devices[0]), u"R3.1.0"_s);
    QCOMPARE(after.value(devices[1]), u"R3.1.0"_s);
    QCOMPARE(after.value(devices[2]), u"R3.0.4"_s);
}

QTEST_GUILESS_MAIN(DeviceEndpointsTest)
#include "DeviceEndpointsTest.moc"
