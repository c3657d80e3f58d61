// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// CampaignLifecycle: the pure functions (unit) and the lifecycle seen over
// HTTP on a real fotasim whose clock the test jumps.

#include "sim/CampaignLifecycle.h"

#include "SimTestSupport.h"
#include "core/Timestamp.h"
#include "sim/SimState.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using fotadesk::Imei;
using fotadesk::Timestamp;
using fotadesk::TimeWindow;
using namespace fotadesk::sim;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

qint64 at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

SimCampaign campaign(int devices, double failureRate = 0.1)
{
    SimCampaign c;
    c.id = u"c1"_s;
    c.seed = 42;
    c.startDate = QDate(2026, 3, 5);
    c.endDate = QDate(2026, 3, 8);
    c.timeWindows = {TimeWindow{1, 5}, TimeWindow{20, 22}};
    c.createdAtMs = at("2026-03-02T08:00:00Z");
    c.failureRate = failureRate;
    for (int i = 0; i < devices; ++i)
        c.devices.push_back(
            CampaignDevice{Imei::completeFrom14(35000000000000ULL + static_cast<quint64>(i) * 7),
                           c.createdAtMs, JoinResult::Ok});
    return c;
}

bool inWindow(const Timestamp& t, const QList<TimeWindow>& windows)
{
    const int hour = t.utc.time().hour();
    for (const TimeWindow& w : windows) {
        if (w.contains(hour))
            return true;
    }
    return false;
}

int rank(const QString& status)
{
    if (status == status::UpgradePending)
        return 0;
    if (status == status::DownloadInProgress)
        return 1;
    if (status == status::InstallInProgress)
        return 2;
    return 3;
}

} // namespace

class CampaignLifecycleTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void campaignStatusOverTime_data();
    void campaignStatusOverTime();
    void cancelDependsOnTheStart();
    void fixedStatusWins();
    void devicesWaitForTheirWindow();
    void devicesEndSucceededOrFailedAtTheFailureRate();
    void deviceProgressNeverGoesBack();
    void unfinishedDevicesOfACancelledCampaign();
    void joinFailuresAreReported_data();
    void joinFailuresAreReported();
    void timestampsMatchTheCoreFormat_data();
    void timestampsMatchTheCoreFormat();
    void lifecycleOverHttpWithAJumpedClock();
};

void CampaignLifecycleTest::timestampsMatchTheCoreFormat_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("leap day") << at("2024-02-29T23:59:59.999Z");
    QTest::newRow("year end") << at("2026-12-31T12:00:00.5Z");
    QTest::newRow("before 1970") << at("1969-07-20T20:17:40Z");
    QTest::newRow("2100 (not leap)") << at("2100-03-01T00:00:00Z");
    QTest::newRow("now-ish") << qint64(1772438400123);
}

void CampaignLifecycleTest::timestampsMatchTheCoreFormat()
{
    QFETCH(qint64, ms);
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const Timestamp iso = CampaignLifecycle::isoTimestamp(ms);
    QCOMPARE(iso.raw, Timestamp::format(utc));
    QCOMPARE(Timestamp::parse(iso.raw).utc, utc);
    const Timestamp go = CampaignLifecycle::goTimestamp(ms);
    QCOMPARE(go.raw, utc.toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) + u" +0000 UTC"_s);
    QCOMPARE(Timestamp::parse(go.raw).utc, utc);
}

void CampaignLifecycleTest::campaignStatusOverTime_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QString>("status");
    QTest::newRow("just created") << at("2026-03-02T08:00:00Z") << status::Pending;
    QTest::newRow("29 s later") << at("2026-03-02T08:00:29Z") << status::Pending;
    QTest::newRow("31 s later") << at("2026-03-02T08:00:31Z") << status::Queued;
    QTest::newRow("just before the start") << at("2026-03-04T23:59:59Z") << status::Queued;
    QTest::newRow("at the start") << at("2026-03-05T00:00:00Z") << status::Scheduled;
    QTest::newRow("last day") << at("2026-03-08T23:59:59Z") << status::Scheduled;
    QTest::newRow("after the end date") << at("2026-03-09T00:00:00Z") << status::Ended;
}

void CampaignLifecycleTest::campaignStatusOverTime()
{
    QFETCH(qint64, now);
    QFETCH(QString, status);
    QCOMPARE(CampaignLifecycle::status(campaign(1), now), status);
}

void CampaignLifecycleTest::cancelDependsOnTheStart()
{
    SimCampaign c = campaign(1);
    QVERIFY(!CampaignLifecycle::hasStarted(c, at("2026-03-04T12:00:00Z")));
    QVERIFY(CampaignLifecycle::hasStarted(c, at("2026-03-05T00:00:00Z")));
    // A campaign created on its start date starts after the queue (60 s), not in the past.
    SimCampaign today = c;
    today.startDate = QDate(2026, 3, 2);
    QCOMPARE(CampaignLifecycle::startInstantMs(today), today.createdAtMs + 60'000);
    QVERIFY(CampaignLifecycle::isTerminal(status::Ended));
    QVERIFY(CampaignLifecycle::isTerminal(status::Aborted));
    QVERIFY(!CampaignLifecycle::isTerminal(status::Scheduled));
}

void CampaignLifecycleTest::fixedStatusWins()
{
    SimCampaign c = campaign(3);
    c.fixedStatus = status::RequestFailed;
    QCOMPARE(CampaignLifecycle::status(c, at("2026-03-06T00:00:00Z")), status::RequestFailed);
    const auto s = CampaignLifecycle::deviceStatus(c, c.devices[0], at("2026-03-06T00:00:00Z"));
    QCOMPARE(s.status, status::UpgradeFailed);
    QCOMPARE(s.resultReason, u"Campaign request failed"_s);
    // A campaign held in CampaignPreScheduled leaves its devices pending.
    c.fixedStatus = status::PreScheduled;
    QCOMPARE(CampaignLifecycle::deviceStatus(c, c.devices[0], at("2026-03-06T00:00:00Z")).status,
             status::UpgradePending);
}

void CampaignLifecycleTest::devicesWaitForTheirWindow()
{
    const SimCampaign c = campaign(300);
    for (const CampaignDevice& d : c.devices) {
        const auto s = CampaignLifecycle::deviceStatus(c, d, at("2026-03-03T00:00:00Z"));
        QCOMPARE(s.deviceId, d.imei.toString());
        QCOMPARE(s.status, status::UpgradePending);
        QVERIFY(s.nextAttemptTime.isValid());
        QVERIFY(s.nextAttemptTime.raw.endsWith(u" +0000 UTC"_s)); // the second report format
        QVERIFY(s.updatedTime.raw.endsWith(u'Z'));
        QCOMPARE(s.nextAttemptTime.utc.date(), QDate(2026, 3, 5));
        QVERIFY2(inWindow(s.nextAttemptTime, c.timeWindows), qPrintable(s.nextAttemptTime.raw));
        QVERIFY(s.recentAttemptTime.isNull());
    }
}

void CampaignLifecycleTest::devicesEndSucceededOrFailedAtTheFailureRate()
{
    const SimCampaign c = campaign(2000, 0.25);
    int failed = 0;
    for (const CampaignDevice& d : c.devices) {
        const auto s = CampaignLifecycle::deviceStatus(c, d, at("2026-03-20T00:00:00Z"));
        QVERIFY2(s.status == status::UpgradeSuccess || s.status == status::UpgradeFailed,
                 qPrintable(s.status));
        QVERIFY(!s.resultReason.isEmpty());
        if (s.status == status::UpgradeFailed) {
            ++failed;
            QVERIFY(!CampaignLifecycle::upgraded(c, d, at("2026-03-20T00:00:00Z")));
        } else {
            QCOMPARE(s.resultReason, u"DownloadInstallSucceeded"_s);
            QVERIFY(inWindow(s.recentAttemptTime, c.timeWindows));
            QVERIFY(CampaignLifecycle::upgraded(c, d, at("2026-03-20T00:00:00Z")));
        }
    }
    QVERIFY2(failed > 400 && failed < 600, qPrintable(QString::number(failed)));
}

void CampaignLifecycleTest::deviceProgressNeverGoesBack()
{
    const SimCampaign c = campaign(50);
    for (const CampaignDevice& d : c.devices) {
        int last = 0;
        qint64 lastUpdated = 0;
        for (qint64 t = at("2026-03-04T00:00:00Z"); t < at("2026-03-10T00:00:00Z"); t += 60'000) {
            const auto s = CampaignLifecycle::deviceStatus(c, d, t);
            const int r = rank(s.status);
            if (r == 0 && last > 0 && last < 3) // a failed attempt goes back to pending (retry)
                QVERIFY(!s.resultReason.isEmpty());
            else
                QVERIFY2(r >= last || (last == 3 && r == 3), qPrintable(s.status));
            if (last == 3)
                QCOMPARE(r, 3);
            last = r;
            QVERIFY(s.updatedTime.utc.toMSecsSinceEpoch() >= lastUpdated);
            lastUpdated = s.updatedTime.utc.toMSecsSinceEpoch();
        }
        QCOMPARE(last, 3);
    }
}

void CampaignLifecycleTest::unfinishedDevicesOfACancelledCampaign()
{
    SimCampaign c = campaign(200);
    c.cancelledAtMs = at("2026-03-05T02:00:00Z");
    c.cancelStatus = status::Aborted;
    QCOMPARE(CampaignLifecycle::status(c, at("2026-03-06T00:00:00Z")), status::Aborted);
    int cancelled = 0;
    int done = 0;
    for (const CampaignDevice& d : c.devices) {
        const auto s = CampaignLifecycle::deviceStatus(c, d, at("2026-03-06T00:00:00Z"));
        if (s.status == status::UpgradeCancelled) {
            ++cancelled;
            QCOMPARE(s.resultReason, u"Campaign aborted"_s);
        } else {
            ++done;
            QVERIFY(s.status == status::UpgradeSuccess || s.status == status::UpgradeFailed);
        }
    }
    QVERIFY(cancelled > 0);
    QVERIFY(done > 0);
}

void CampaignLifecycleTest::joinFailuresAreReported_data()
{
    QTest::addColumn<int>("join");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no license") << int(JoinResult::NoLicense) << u"No license attached to device"_s;
    QTest::newRow("unknown device")
        << int(JoinResult::DeviceNotFound) << u"Device does not exist."_s;
}

void CampaignLifecycleTest::joinFailuresAreReported()
{
    QFETCH(int, join);
    QFETCH(QString, reason);
    SimCampaign c = campaign(1);
    c.devices[0].join = static_cast<JoinResult>(join);
    const auto s = CampaignLifecycle::deviceStatus(c, c.devices[0], at("2026-03-03T00:00:00Z"));
    QCOMPARE(s.status, status::UpgradeFailed);
    QCOMPARE(s.resultReason, reason);
}

void CampaignLifecycleTest::lifecycleOverHttpWithAJumpedClock()
{
    FotaSimProcess sim(simArgs({u"--failure-rate"_s, u"0.2"_s}));
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient client(sim.baseUrl());
    QVERIFY(client.authenticate());
    const QStringList devices = freeDevices(AX100, true, 40);
    QJsonArray list;
    for (const QString& d : devices)
        list.append(d);
    const QJsonObject body{{u"firmwareName"_s, kAx100Firmware},
                           {u"firmwareFrom"_s, u"R2.1.0"_s},
                           {u"firmwareTo"_s, u"R2.2.0"_s},
                           {u"protocol"_s, u"LWM2M"_s},
                           {u"startDate"_s, u"2026-03-04"_s},
                           {u"endDate"_s, u"2026-03-07"_s},
                           {u"campaignTimeWindowList"_s,
                            QJsonArray{QJsonObject{{u"startTime"_s, 1}, {u"endTime"_s, 5}}}},
                           {u"deviceList"_s, list}};
    const HttpResult created = client.post(u"/fota/v3/campaigns/firmware/%1"_s.arg(kAccount), body);
    QCOMPARE(created.status, 200);
    const QString id = created.object().value(u"id"_s).toString();
    const QString get = u"/fota/v3/campaigns/%1/%2"_s.arg(kAccount, id);
    const QString report = u"/fota/v3/reports/%1/campaigns/%2/devices"_s.arg(kAccount, id);
    const auto statusNow = [&] { return client.get(get).object().value(u"status"_s).toString(); };
    const auto jump = [&](const QString& iso) {
        QCOMPARE(client.adminPost(u"/admin/clock"_s, {{u"set"_s, iso}})
                     .object()
                     .value(u"now"_s)
                     .toString()
                     .left(19),
                 iso.left(19));
    };
    const auto deviceCounts = [&] {
        QHash<QString, int> counts;
        for (const QJsonValue& v : client.get(report).object().value(u"deviceList"_s).toArray())
            ++counts[v.toObject().value(u"status"_s).toString()];
        return counts;
    };

    QCOMPARE(statusNow(), status::Pending);
    QCOMPARE(client.adminPost(u"/admin/clock"_s, {{u"advanceSeconds"_s, 31}}).status, 200);
    QCOMPARE(statusNow(), status::Queued);
    QCOMPARE(deviceCounts().value(status::UpgradePending), 40);

    jump(u"2026-03-04T00:00:00Z"_s);
    QCOMPARE(statusNow(), status::Scheduled);
    QCOMPARE(deviceCounts().value(status::UpgradePending), 40); // the window opens at 01:00

    jump(u"2026-03-04T03:00:00Z"_s);
    const auto midway = deviceCounts();
    QVERIFY(midway.value(status::UpgradePending) < 40);

    jump(u"2026-03-08T00:00:01Z"_s);
    QCOMPARE(statusNow(), status::Ended);
    const auto end = deviceCounts();
    QCOMPARE(end.value(status::UpgradeSuccess) + end.value(status::UpgradeFailed), 40);
    QVERIFY(end.value(status::UpgradeSuccess) > 20);

    // The upgraded devices now report the new firmware; history shows the campaign.
    QVERIFY(client.authenticate());
    const QJsonArray rows = client.get(report).object().value(u"deviceList"_s).toArray();
    QString succeeded;
    for (const QJsonValue& v : rows) {
        if (v.toObject().value(u"status"_s).toString() == status::UpgradeSuccess)
            succeeded = v.toObject().value(u"deviceId"_s).toString();
    }
    const HttpResult sync = client.put(u"/fota/v3/firmware/%1/devices"_s.arg(kAccount),
                                       QJsonObject{{u"deviceList"_s, QJsonArray{succeeded}}});
    QCOMPARE(sync.object()
                 .value(u"deviceFirmwarVersionList"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"firmwareVersion"_s),
             QJsonValue(u"R2.2.0"_s));
    const HttpResult history =
        client.get(u"/fota/v3/reports/%1/devices/%2"_s.arg(kAccount, succeeded));
    QCOMPARE(history.array().at(0).toObject().value(u"campaignId"_s).toString(), id);
    QCOMPARE(history.array().at(0).toObject().value(u"status"_s).toString(),
             status::UpgradeSuccess);
    // The history report lists it as ended.
    const HttpResult ended = client.get(
        u"/fota/v3/reports/%1/firmware/campaigns?campaignStatus=CampaignEnded"_s.arg(kAccount));
    bool listed = false;
    for (const QJsonValue& v : ended.object().value(u"campaignList"_s).toArray())
        listed = listed || v.toObject().value(u"id"_s).toString() == id;
    QVERIFY(listed);
}

QTEST_GUILESS_MAIN(CampaignLifecycleTest)
#include "CampaignLifecycleTest.moc"
