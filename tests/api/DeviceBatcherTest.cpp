// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// DeviceBatcher: the chunk plan, per-device results merged in order, retrying
// only the failed chunks, resuming from a journal, cancel — against a scripted
// server — and the big one against fotasim: 20,000 devices added with 20%
// injected 503s and random dropped connections end as exactly the intended
// set in the campaign's report (no duplicates, no loss).

#include "api/DeviceBatcher.h"

#include "ScriptedHttpServer.h"
#include "SimFixture.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <memory>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(fotadesk::DeviceBatcher::Operation)

namespace {

QStringList fakeImeis(int n)
{
    QStringList ids;
    ids.reserve(n);
    for (int i = 0; i < n; ++i)
        ids << QString::number(356938000000000ULL + static_cast<quint64>(i) * 10);
    return ids;
}

QStringList deviceListOf(const ScriptedRequest& r)
{
    QStringList ids;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(r.body).object().value(u"deviceList"_s).toArray())
        ids << v.toString();
    return ids;
}

/// Answers add/remove like the contract: one entry per device.
ScriptedReply addAnswer(const QStringList& ids, const QString& skip = {})
{
    QJsonArray list;
    for (const QString& id : ids) {
        if (id == skip)
            continue;
        list.append(QJsonObject{{u"deviceId"_s, id},
                                {u"status"_s, u"AddDeviceSucceed"_s},
                                {u"Reason"_s, u"Device added Successfully"_s}});
    }
    const QJsonObject body{
        {u"accountName"_s, u"acc"_s}, {u"campaignId"_s, u"c1"_s}, {u"deviceList"_s, list}};
    return ScriptedReply::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ScriptedReply signIn(const ScriptedRequest& r, bool* handled)
{
    *handled = true;
    if (r.path.endsWith(u"/oauth2/token"_s))
        return ScriptedReply::json(200, R"({"access_token":"t","token_type":"Bearer"})");
    if (r.path.endsWith(u"/session/login"_s))
        return ScriptedReply::json(200, R"({"sessionToken":"s"})");
    *handled = false;
    return {};
}

} // namespace

class DeviceBatcherTest : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    InMemoryCredentialSource m_credentials{{u"id"_s, u"secret"_s, u"u"_s, u"p"_s}};

    std::unique_ptr<FotaClient> scriptedClient(const ScriptedHttpServer& server)
    {
        auto client =
            std::make_unique<FotaClient>(&m_nam, Environment::custom(server.baseUrl(), u"acc"_s),
                                         &m_credentials, Clock::system());
        RetryPolicy::Settings s;
        s.maxAttempts = 2;
        s.baseDelayMs = 5;
        client->setRetryPolicy(RetryPolicy(s));
        return client;
    }

    static bool waitForBatch(DeviceBatcher& batcher, int timeoutMs = 300000)
    {
        QSignalSpy spy(&batcher, &DeviceBatcher::finished);
        batcher.start();
        return spy.wait(timeoutMs) && spy.count() == 1;
    }

private Q_SLOTS:
    void chunkPlan_data()
    {
        QTest::addColumn<DeviceBatcher::Operation>("operation");
        QTest::addColumn<int>("devices");
        QTest::addColumn<int>("chunkSize");
        QTest::addColumn<QList<qsizetype>>("sizes");
        using O = DeviceBatcher::Operation;
        QTest::newRow("default 1,000")
            << O::AddToCampaign << 2500 << 0 << QList<qsizetype>{1000, 1000, 500};
        QTest::newRow("exact multiple")
            << O::RemoveFromCampaign << 2000 << 1000 << QList<qsizetype>{1000, 1000};
        QTest::newRow("small chunks") << O::AssignLicenses << 7 << 3 << QList<qsizetype>{3, 3, 1};
        QTest::newRow("empty") << O::RemoveLicenses << 0 << 1000 << QList<qsizetype>{};
        QTest::newRow("firmware sync capped at 100")
            << O::SyncFirmware << 250 << 1000 << QList<qsizetype>{100, 100, 50};
        QTest::newRow("firmware sync smaller")
            << O::SyncFirmware << 120 << 60 << QList<qsizetype>{60, 60};
    }
    void chunkPlan()
    {
        QFETCH(DeviceBatcher::Operation, operation);
        QFETCH(int, devices);
        QFETCH(int, chunkSize);
        QFETCH(QList<qsizetype>, sizes);
        FotaClient client(&m_nam, Environment::custom(QUrl(u"http://127.0.0.1:9/api"_s), u"acc"_s),
                          &m_credentials, Clock::system());
        const QStringList ids = fakeImeis(devices);
        DeviceBatcher batcher(&client, operation, ids, u"c1"_s, chunkSize);
        QCOMPARE(batcher.chunks().size(), sizes.size());
        QStringList joined;
        for (int i = 0; i < sizes.size(); ++i) {
            const auto& chunk = batcher.chunks().at(i);
            QCOMPARE(chunk.index, i);
            QCOMPARE(chunk.count, sizes.at(i));
            QCOMPARE(chunk.state, DeviceBatcher::Chunk::State::Pending);
            joined << batcher.chunkDevices(i);
        }
        QCOMPARE(joined, ids);
    }

    void retryFailedSendsOnlyTheFailedChunks()
    {
        const QStringList ids = fakeImeis(2500);
        const QString poison = ids.at(1500); // in the second chunk
        int poisonFailures = 1;
        QList<QStringList> sent;
        ScriptedHttpServer server([&](const ScriptedRequest& r) {
            bool handled = false;
            ScriptedReply reply = signIn(r, &handled);
            if (handled)
                return reply;
            const QStringList devices = deviceListOf(r);
            sent << devices;
            if (devices.contains(poison) && poisonFailures-- > 0)
                return ScriptedReply::json(500, {}); // not transient: the chunk fails
            return addAnswer(devices);
        });
        auto client = scriptedClient(server);
        DeviceBatcher batcher(client.get(), DeviceBatcher::Operation::AddToCampaign, ids, u"c1"_s);
        QList<qint64> progress;
        connect(&batcher, &DeviceBatcher::progress, this, [&](qint64 done, qint64 total) {
            QCOMPARE(total, qint64(2500));
            progress << done;
        });
        QVERIFY(waitForBatch(batcher));
        QCOMPARE(sent.size(), 3);
        QCOMPARE(batcher.chunksInState(DeviceBatcher::Chunk::State::Failed), 1);
        QCOMPARE(batcher.chunks().at(1).state, DeviceBatcher::Chunk::State::Failed);
        QCOMPARE(batcher.chunks().at(1).error->httpStatus(), 500);
        QVERIFY(!batcher.allSucceeded());
        QCOMPARE(batcher.failedDevices().size(), 1000);
        QCOMPARE(batcher.outcomes().size(), 1500);
        QCOMPARE(progress.last(), qint64(2500));

        sent.clear();
        QSignalSpy spy(&batcher, &DeviceBatcher::finished);
        batcher.retryFailed();
        QVERIFY(spy.wait(30000));
        QCOMPARE(sent.size(), 1); // only the failed chunk
        QCOMPARE(sent.first(), batcher.chunkDevices(1));
        QVERIFY(batcher.allSucceeded());
        QCOMPARE(batcher.chunks().at(1).requests, 2);
        const auto outcomes = batcher.outcomes();
        QCOMPARE(outcomes.size(), 2500);
        for (int i = 0; i < outcomes.size(); ++i) {
            QCOMPARE(outcomes.at(i).deviceId, ids.at(i)); // merged in device-list order
            QVERIFY(outcomes.at(i).succeeded);
        }
        QVERIFY(batcher.failedDevices().isEmpty());
    }

    void perDeviceFailuresAndOmissions()
    {
        const QStringList ids = fakeImeis(5);
        ScriptedHttpServer server([&](const ScriptedRequest& r) {
            bool handled = false;
            ScriptedReply reply = signIn(r, &handled);
            if (handled)
                return reply;
            QJsonArray list;
            list.append(
                QJsonObject{{u"deviceId"_s, ids.at(0)}, {u"status"_s, u"AddDeviceSucceed"_s}});
            list.append(QJsonObject{{u"deviceId"_s, ids.at(1)},
                                    {u"status"_s, u"AddDeviceFailed"_s},
                                    {u"reason"_s, u"No license attached to device"_s}});
            list.append(QJsonObject{{u"deviceId"_s, ids.at(2)},
                                    {u"status"_s, u"AddDeviceFailed"_s},
                                    {u"Reason"_s, u"Device is already in the campaign"_s}});
            list.append(QJsonObject{{u"deviceId"_s, ids.at(3)}, {u"status"_s, u"SomethingNew"_s}});
            // ids.at(4) is not mentioned
            return ScriptedReply::json(200, QJsonDocument(QJsonObject{{u"accountName"_s, u"acc"_s},
                                                                      {u"campaignId"_s, u"c1"_s},
                                                                      {u"deviceList"_s, list}})
                                                .toJson(QJsonDocument::Compact));
        });
        auto client = scriptedClient(server);
        DeviceBatcher batcher(client.get(), DeviceBatcher::Operation::AddToCampaign, ids, u"c1"_s);
        QVERIFY(waitForBatch(batcher));
        QVERIFY(batcher.allSucceeded()); // the chunk went through; devices may still fail
        const auto outcomes = batcher.outcomes();
        QCOMPARE(outcomes.size(), 5);
        QCOMPARE(outcomes.at(0).succeeded, true);
        QCOMPARE(outcomes.at(1).succeeded, false);
        QCOMPARE(outcomes.at(1).reason, u"No license attached to device"_s);
        QCOMPARE(outcomes.at(2).succeeded, true);              // already in: the wanted state holds
        QCOMPARE(outcomes.at(2).status, u"AddDeviceFailed"_s); // kept verbatim
        QCOMPARE(outcomes.at(3).succeeded, false);             // unknown status: not a success
        QCOMPARE(outcomes.at(3).status, u"SomethingNew"_s);
        QCOMPARE(outcomes.at(4).succeeded, false);
        QVERIFY(outcomes.at(4).reason.contains(u"does not mention"_s));
        QCOMPARE(batcher.failedDevices().size(), 3);
        // Each device in exactly one outcome: done, already in, refused, unclear, no answer.
        QCOMPARE(outcomes.at(0).outcome, BatchOutcome::Done);
        QCOMPARE(outcomes.at(1).outcome, BatchOutcome::Refused);
        QCOMPARE(outcomes.at(2).outcome, BatchOutcome::AlreadyApplied);
        QCOMPARE(outcomes.at(3).outcome, BatchOutcome::Unclear);
        QCOMPARE(outcomes.at(4).outcome, BatchOutcome::NoAnswer); // a retry may get an answer
        QCOMPARE(batcher.outcomeCounts(), (DeviceBatcher::OutcomeCounts{1, 1, 1, 1, 1}));
    }

    // A request that failed as a whole: the error says whether its devices were refused or
    // got no answer (BatchVerdict::ofRequest).
    void requestErrorsGiveOutcomes()
    {
        const QString op = u"PUT x"_s;
        QCOMPARE(DeviceBatcher::outcomeOfRequest(
                     ApiError::api(400, u"CampaignAlreadyScheduled"_s, u"scheduled"_s, op)),
                 BatchOutcome::Refused);
        QCOMPARE(DeviceBatcher::outcomeOfRequest(ApiError::http(404, {}, op)),
                 BatchOutcome::Refused);
        QCOMPARE(DeviceBatcher::outcomeOfRequest(ApiError::http(503, {}, op)),
                 BatchOutcome::NoAnswer);
        QCOMPARE(DeviceBatcher::outcomeOfRequest(ApiError::http(429, {}, op)),
                 BatchOutcome::NoAnswer);
        QCOMPARE(DeviceBatcher::outcomeOfRequest(ApiError::network(2, u"closed"_s, u"h"_s, op)),
                 BatchOutcome::NoAnswer);
        QCOMPARE(DeviceBatcher::outcomeOfRequest(ApiError::timeout(30000, u"h"_s, op)),
                 BatchOutcome::NoAnswer);
        QCOMPARE(DeviceBatcher::outcomeOfRequest(ApiError::cancelled(op)), BatchOutcome::NoAnswer);
    }

    void resumeSkipsJournaledChunks()
    {
        const QStringList ids = fakeImeis(30);
        int requests = 0;
        ScriptedHttpServer server([&](const ScriptedRequest& r) {
            bool handled = false;
            ScriptedReply reply = signIn(r, &handled);
            if (handled)
                return reply;
            ++requests;
            return addAnswer(deviceListOf(r));
        });
        auto client = scriptedClient(server);
        DeviceBatcher batcher(client.get(), DeviceBatcher::Operation::AddToCampaign, ids, u"c1"_s,
                              10);
        batcher.markChunkSucceeded(0);
        batcher.markChunkSucceeded(2);
        QVERIFY(waitForBatch(batcher));
        QCOMPARE(requests, 1);
        QVERIFY(batcher.allSucceeded());
        QCOMPARE(batcher.devicesProcessed(), qint64(30));
    }

    void cancelMarksRunningChunksFailed()
    {
        const QStringList ids = fakeImeis(40);
        bool hang = true;
        ScriptedHttpServer server([&](const ScriptedRequest& r) {
            bool handled = false;
            ScriptedReply reply = signIn(r, &handled);
            if (handled)
                return reply;
            return hang ? ScriptedReply::hang() : addAnswer(deviceListOf(r));
        });
        auto client = scriptedClient(server);
        DeviceBatcher batcher(client.get(), DeviceBatcher::Operation::AddToCampaign, ids, u"c1"_s,
                              10);
        QSignalSpy finished(&batcher, &DeviceBatcher::finished);
        batcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(server.count(u"/campaigns/firmware/acc/c1"_s), 2, 10000);
        batcher.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!batcher.isRunning());
        QCOMPARE(batcher.chunksInState(DeviceBatcher::Chunk::State::Failed), 2);
        QCOMPARE(batcher.chunksInState(DeviceBatcher::Chunk::State::Pending), 2);
        QCOMPARE(batcher.chunks().at(0).error->kind(), ApiError::Kind::Cancelled);

        hang = false;
        batcher.retryFailed(); // the cancelled chunks and the pending ones
        QVERIFY(finished.wait(30000));
        QVERIFY(batcher.allSucceeded());
        QCOMPARE(batcher.outcomes().size(), 40);
    }

    void firmwareSyncSendsAtMost100()
    {
        const QStringList ids = fakeImeis(250);
        QList<int> sizes;
        ScriptedHttpServer server([&](const ScriptedRequest& r) {
            bool handled = false;
            ScriptedReply reply = signIn(r, &handled);
            if (handled)
                return reply;
            const QStringList devices = deviceListOf(r);
            sizes << int(devices.size());
            QJsonArray list;
            for (const QString& id : devices)
                list.append(QJsonObject{{u"deviceId"_s, id},
                                        {u"status"_s, u"FirmwareVersionUpdateSuccess"_s},
                                        {u"firmwareVersion"_s, u"R2.2.0"_s}});
            return ScriptedReply::json(
                200, QJsonDocument(QJsonObject{{u"accountName"_s, u"acc"_s},
                                               {u"deviceFirmwarVersionList"_s, list}})
                         .toJson(QJsonDocument::Compact));
        });
        auto client = scriptedClient(server);
        DeviceBatcher batcher(client.get(), DeviceBatcher::Operation::SyncFirmware, ids);
        QVERIFY(waitForBatch(batcher));
        std::sort(sizes.begin(), sizes.end());
        QCOMPARE(sizes, (QList<int>{50, 100, 100}));
        QVERIFY(batcher.allSucceeded());
        const auto outcomes = batcher.outcomes();
        QCOMPARE(outcomes.size(), 250);
        QCOMPARE(outcomes.first().firmwareVersion, u"R2.2.0"_s);
        QVERIFY(outcomes.first().succeeded);
    }

    void add20000DevicesThroughFaults()
    {
        SimFixture sim({u"--seed"_s, u"21"_s});
        QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
        // 20,000 licensed devices of one model, at the campaign's "from" firmware.
        const QJsonObject source = sim.syntheticCampaign(20000);
        QStringList intended = sim.campaignDevices(source.value(u"id"_s).toString());
        QCOMPARE(intended.size(), 20000);

        auto client = sim.makeClient(8);
        const QDate today = sim.today();
        wire::CampaignRequest request;
        request.campaignName = u"batch of 20000"_s;
        request.firmwareName = source.value(u"firmwareName"_s).toString();
        request.firmwareFrom = source.value(u"firmwareFrom"_s).toString();
        request.firmwareTo = source.value(u"firmwareTo"_s).toString();
        request.protocol = source.value(u"protocol"_s).toString();
        request.startDate = today.addDays(5);
        request.endDate = today.addDays(9);
        request.deviceList = {intended.first()};
        auto* create = client->createCampaign(request);
        QVERIFY(SimFixture::waitFor(create));
        QVERIFY2(create->succeeded(), qPrintable(create->error().toString()));
        const QString campaignId = create->result().id;
        delete create;

        sim.resetStats();
        QVERIFY(sim.setFaults(u"error503=0.2,drop=0.08,seed=78"_s));
        // 500-device chunks: 40 requests, so that both faults hit several times.
        DeviceBatcher batcher(client.get(), DeviceBatcher::Operation::AddToCampaign, intended,
                              campaignId, 500);
        QVERIFY(waitForBatch(batcher));
        int rounds = 0;
        for (; rounds < 5 && !batcher.allSucceeded(); ++rounds) {
            QSignalSpy spy(&batcher, &DeviceBatcher::finished);
            batcher.retryFailed();
            QVERIFY(spy.wait(300000));
        }
        QVERIFY(batcher.allSucceeded());
        QCOMPARE(batcher.failedDevices().size(), 0);
        QCOMPARE(batcher.outcomes().size(), 20000);
        QVERIFY(sim.setFaults(u"none"_s));
        const QJsonObject stats = sim.admin().adminGet(u"/admin/stats"_s).object();
        const QJsonObject faults = stats.value(u"faults"_s).toObject();
        qInfo("20,000 devices in 40 chunks: %d injected 503s, %d dropped connections, %d PUT "
              "requests, %d retry rounds of failed chunks",
              faults.value(u"error503"_s).toInt(), faults.value(u"drop"_s).toInt(),
              sim.requestsTo(u"PUT /api/fota/v3/campaigns/firmware"_s), rounds);
        QVERIFY2(faults.value(u"error503"_s).toInt() >= 3, "the 503s must actually be injected");
        QVERIFY2(faults.value(u"drop"_s).toInt() >= 1, "connections must actually be dropped");

        QStringList reported = sim.campaignDevices(campaignId);
        QCOMPARE(reported.size(), 20000);
        QCOMPARE(QSet<QString>(reported.cbegin(), reported.cend()).size(), 20000); // no duplicates
        intended.sort();
        reported.sort();
        QCOMPARE(reported, intended); // no loss, nothing extra
    }
};

QTEST_GUILESS_MAIN(DeviceBatcherTest)
#include "DeviceBatcherTest.moc"
