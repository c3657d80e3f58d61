// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Paging always ends (Pager): against a scripted server whose pages never say "no more data",
// every pager stops with a Decode error saying which rule stopped it: more items than the
// report's total (sequential, and range-parallel after its one fallback), a cursor that
// repeats, the page ceiling. The requests the server counted show it stopped at once.

#include "ScriptedHttpServer.h"
#include "api/AccountDevicePager.h"
#include "api/CampaignHistoryPager.h"
#include "api/DeviceStatusPager.h"
#include "api/FotaClient.h"
#include "api/InMemoryCredentialSource.h"
#include "api/LicensePager.h"
#include "core/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 FirstImei = 350000000000000;

ScriptedHttpServer::Handler withAuth(std::function<ScriptedReply(const ScriptedRequest&)> fota)
{
    return [fota](const ScriptedRequest& r) {
        if (r.path.endsWith(u"/oauth2/token"_s))
            return ScriptedReply::json(
                200, R"({"access_token":"tok","token_type":"Bearer","expires_in":3600})");
        if (r.path.endsWith(u"/session/login"_s))
            return ScriptedReply::json(200, R"({"sessionToken":"sess"})");
        return fota(r);
    };
}

QByteArray bytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

qint64 cursorOf(const ScriptedRequest& r)
{
    const QString c = r.query.queryItemValue(u"lastSeenDeviceId"_s);
    return c.isEmpty() ? FirstImei : c.toLongLong();
}

/// Ten report devices after `after`, as a device-status or a licence list.
QJsonArray tenAfter(qint64 after)
{
    QJsonArray list;
    for (int i = 1; i <= 10; ++i)
        list.append(QJsonObject{{u"deviceId"_s, QString::number(after + i)},
                                {u"status"_s, u"UpgradePending"_s}});
    return list;
}

/// A device report whose pages always have more: 10 devices after the cursor, total 50.
ScriptedReply endlessReport(const ScriptedRequest& r)
{
    const qint64 after = cursorOf(r);
    return ScriptedReply::json(200, bytes({{u"totalDevice"_s, 50},
                                           {u"hasMoreData"_s, true},
                                           {u"maxPageSize"_s, 10},
                                           {u"lastSeenDeviceId"_s, QString::number(after + 10)},
                                           {u"deviceList"_s, tenAfter(after)}}));
}

} // namespace

class PagerStopsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QNetworkAccessManager> m_nam;
    InMemoryCredentialSource m_credentials{{u"id"_s, u"secret"_s, u"user"_s, u"pw"_s}};
    ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc())};

    std::unique_ptr<FotaClient> makeClient(const QUrl& baseUrl)
    {
        auto client = std::make_unique<FotaClient>(
            m_nam.get(), Environment::custom(baseUrl, u"acc"_s), &m_credentials, m_clock);
        client->setRequestTimeoutMs(5000);
        return client;
    }

    static bool waitFor(ApiJob* job)
    {
        job->setAutoDelete(false);
        if (job->isFinished())
            return true;
        QSignalSpy spy(job, &ApiJob::finished);
        return spy.wait(30000) && spy.count() == 1;
    }

    static void expectStop(const Pager& pager, const QString& said)
    {
        QVERIFY(pager.isFinished());
        QVERIFY(!pager.succeeded());
        QCOMPARE(pager.error().kind(), ApiError::Kind::Decode);
        QVERIFY2(pager.error().message().contains(said), qPrintable(pager.error().toString()));
        QCOMPARE(pager.runningRequests(), 0);
    }

private Q_SLOTS:
    void init() { m_nam = std::make_unique<QNetworkAccessManager>(); }
    void cleanup() { m_nam.reset(); }

    void moreDevicesThanTheTotalStopsSequentialPaging()
    {
        ScriptedHttpServer server(withAuth(endlessReport));
        auto client = makeClient(server.baseUrl());
        DeviceStatusPager pager(client.get(), u"c-1"_s);
        pager.setStrategy(Pager::Strategy::Sequential);
        QVERIFY(waitFor(&pager));
        expectStop(pager, u"60 items arrived, more than the report's total of 50"_s);
        QCOMPARE(server.count(u"/devices"_s), 6);
    }

    void moreDevicesThanTheTotalStopsRangeParallelPaging()
    {
        ScriptedHttpServer server(withAuth(endlessReport));
        auto client = makeClient(server.baseUrl());
        DeviceStatusPager pager(client.get(), u"c-1"_s);
        QVERIFY(waitFor(&pager));
        expectStop(pager, u"more than the report's total of 50"_s);
        // The ranges passed the total: one fallback to sequential paging, which stops too.
        QVERIFY(pager.wasRestarted());
        QVERIFY2(server.count(u"/devices"_s) < 100,
                 qPrintable(QString::number(server.count(u"/devices"_s))));
    }

    void moreLicencesThanAssignedStops()
    {
        ScriptedHttpServer server(withAuth([](const ScriptedRequest& r) {
            const qint64 after = cursorOf(r);
            return ScriptedReply::json(200,
                                       bytes({{u"accountName"_s, u"acc"_s},
                                              {u"assignedLicenses"_s, 30},
                                              {u"hasMoreData"_s, true},
                                              {u"maxPageSize"_s, 10},
                                              {u"lastSeenDeviceId"_s, QString::number(after + 10)},
                                              {u"deviceList"_s, tenAfter(after)}}));
        }));
        auto client = makeClient(server.baseUrl());
        LicensePager pager(client.get());
        pager.setStrategy(Pager::Strategy::Sequential);
        QVERIFY(waitFor(&pager));
        expectStop(pager, u"40 items arrived, more than the report's total of 30"_s);
        QCOMPARE(server.count(u"/licenses/acc"_s), 4);
    }

    void aRepeatingCursorStops()
    {
        // lastSeenDeviceId goes A, B, A: the third page asks for A again.
        const QString a = QString::number(FirstImei + 10);
        const QString b = QString::number(FirstImei + 20);
        ScriptedHttpServer server(withAuth([a, b](const ScriptedRequest& r) {
            const QString next = r.query.queryItemValue(u"lastSeenDeviceId"_s) == a ? b : a;
            return ScriptedReply::json(200, bytes({{u"accountName"_s, u"acc"_s},
                                                   {u"hasMoreData"_s, true},
                                                   {u"maxPageSize"_s, 10},
                                                   {u"lastSeenDeviceId"_s, next},
                                                   {u"deviceList"_s, QJsonArray()}}));
        }));
        auto client = makeClient(server.baseUrl());
        AccountDevicePager pager(client.get());
        QVERIFY(waitFor(&pager));
        expectStop(pager, u"the cursor '%1' repeats"_s.arg(a));
        QCOMPARE(server.count(u"/devices/acc"_s), 3);
    }

    void thePageCeilingStops()
    {
        // No total, a cursor that always advances, empty pages: only the ceiling ends it.
        int page = 0;
        ScriptedHttpServer server(withAuth([&page](const ScriptedRequest&) {
            return ScriptedReply::json(200, bytes({{u"hasMoreData"_s, true},
                                                   {u"lastSeenCampaignId"_s, u"c-%1"_s.arg(++page)},
                                                   {u"campaignList"_s, QJsonArray()}}));
        }));
        auto client = makeClient(server.baseUrl());
        CampaignHistoryPager pager(client.get(), {u"CampaignEnded"_s});
        pager.setMaxPages(7);
        QVERIFY(waitFor(&pager));
        expectStop(pager, u"the report took 7 pages"_s);
        QCOMPARE(page, 7);
    }

    void aWellBehavedReportIsNotStopped()
    {
        ScriptedHttpServer server(withAuth([](const ScriptedRequest& r) {
            const qint64 after = cursorOf(r);
            const bool more = after + 10 < FirstImei + 50;
            return ScriptedReply::json(200,
                                       bytes({{u"totalDevice"_s, 50},
                                              {u"hasMoreData"_s, more},
                                              {u"maxPageSize"_s, 10},
                                              {u"lastSeenDeviceId"_s, QString::number(after + 10)},
                                              {u"deviceList"_s, tenAfter(after)}}));
        }));
        auto client = makeClient(server.baseUrl());
        DeviceStatusPager pager(client.get(), u"c-1"_s);
        pager.setStrategy(Pager::Strategy::Sequential);
        pager.setMaxPages(5); // exactly what it needs
        QVERIFY(waitFor(&pager));
        QVERIFY2(pager.succeeded(), qPrintable(pager.error().toString()));
        QCOMPARE(pager.itemsReceived(), qint64(50));
    }
};

QTEST_GUILESS_MAIN(PagerStopsTest)
#include "PagerStopsTest.moc"
