// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Range-parallel paging of the IMEI-ordered reports against a real fotasim:
// parallel and sequential reads of the same 10,000- and 100,000-device campaigns
// give identical device lists; a server that breaks the ordered-cursor contract
// (brokenOrder, unknownCursor=restart|reject) makes the pager fall back to
// sequential paging and still give the right set — also to a receiver of
// pageArrived() that clears on restarted(); cancel mid-way stops every range;
// an injected 503 is retried within its range; a report whose devices do not add
// up to its totalDevice (a scripted server) is read again sequentially; and
// fotasim's injected latency does not serialize concurrent requests.

#include "ScriptedHttpServer.h"
#include "SimFixture.h"
#include "api/DeviceStatusPager.h"
#include "api/LicensePager.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

QStringList idsAndStatuses(const QList<wire::DeviceStatus>& devices)
{
    QStringList out;
    out.reserve(devices.size());
    for (const auto& d : devices)
        out << d.deviceId + u'|' + d.status;
    return out;
}

QStringList sortedIds(const QList<wire::DeviceStatus>& devices)
{
    QStringList out;
    out.reserve(devices.size());
    for (const auto& d : devices)
        out << d.deviceId;
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class RangePagingTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<FotaClient> m_client;
    QString m_campaign10k;  ///< 10,000 devices, made once
    QString m_campaign100k; ///< 100,000 devices, made when first needed
    QStringList m_expected10k;

    /// Reads a campaign's device report with `strategy`; the pager is returned finished.
    std::unique_ptr<DeviceStatusPager> read(const QString& id, Pager::Strategy strategy,
                                            FotaClient* client = nullptr, int concurrent = 6)
    {
        auto pager =
            std::make_unique<DeviceStatusPager>(client ? client : m_client.get(), id, nullptr);
        pager->setStrategy(strategy);
        pager->setMaxConcurrent(concurrent);
        pager->setCollect(true);
        if (!SimFixture::waitFor(pager.get(), 300000))
            qWarning("the pager did not finish");
        return pager;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(QStringList{u"--seed"_s, u"21"_s});
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        // Simulated time stands still: two reads of a report see the same statuses.
        QVERIFY(m_sim->admin().freezeClock());
        m_campaign10k =
            m_sim->syntheticCampaign(10'000, {{u"failureRate"_s, 0.1}}).value(u"id"_s).toString();
        m_expected10k = m_sim->campaignDevices(m_campaign10k);
        QCOMPARE(m_expected10k.size(), 10'000);
    }
    void init()
    {
        QVERIFY(m_sim->setFaults(u"none"_s));
        m_client = m_sim->makeClient();
    }
    void cleanup()
    {
        m_client.reset();
        m_sim->setFaults(u"none"_s);
    }
    void cleanupTestCase() { m_sim.reset(); }

    void parallelEqualsSequential_data()
    {
        QTest::addColumn<int>("devices");
        QTest::addColumn<int>("concurrent");
        QTest::newRow("10,000 devices, 6 at once") << 10'000 << 6;
        QTest::newRow("100,000 devices, 6 at once") << 100'000 << 6;
        QTest::newRow("100,000 devices, 8 at once") << 100'000 << 8;
    }
    void parallelEqualsSequential()
    {
        QFETCH(int, devices);
        QFETCH(int, concurrent);
        if (devices == 100'000 && m_campaign100k.isEmpty())
            m_campaign100k = m_sim->syntheticCampaign(devices, {{u"failureRate"_s, 0.2}})
                                 .value(u"id"_s)
                                 .toString();
        const QString id = devices == 10'000 ? m_campaign10k : m_campaign100k;

        auto sequential = read(id, Pager::Strategy::Sequential);
        QVERIFY2(sequential->succeeded(), qPrintable(sequential->error().toString()));
        QCOMPARE(sequential->rangeCount(), 0);
        QCOMPARE(sequential->devices().size(), qsizetype(devices));

        auto parallel = std::make_unique<DeviceStatusPager>(m_client.get(), id);
        parallel->setMaxConcurrent(concurrent);
        parallel->setCollect(true);
        QCOMPARE(parallel->strategy(), Pager::Strategy::RangeParallel); // the default
        qint64 delivered = 0;
        qint64 lastProgress = -1;
        bool outOfOrder = false;
        QString previousFirst;
        connect(parallel.get(), &DeviceStatusPager::pageArrived, this,
                [&](const QList<wire::DeviceStatus>& page) {
                    delivered += page.size();
                    if (!page.isEmpty()) {
                        if (!previousFirst.isEmpty() &&
                            Pager::keyLess(page.constFirst().deviceId, previousFirst))
                            outOfOrder = true;
                        previousFirst = page.constFirst().deviceId;
                    }
                });
        connect(parallel.get(), &Pager::progress, this, [&](qint64 received, qint64 total, int) {
            QCOMPARE(total, qint64(devices));
            QVERIFY(received >= lastProgress); // a range may end with an empty page
            lastProgress = received;
        });
        bool restarted = false;
        connect(parallel.get(), &Pager::restarted, this, [&] { restarted = true; });
        QVERIFY(SimFixture::waitFor(parallel.get(), 300000));
        QVERIFY2(parallel->succeeded(), qPrintable(parallel->error().toString()));
        QVERIFY2(parallel->fallbackReason().isEmpty(), qPrintable(parallel->fallbackReason()));
        QVERIFY(!restarted);
        QVERIFY2(parallel->rangeCount() > 1, "the report was not split");
        QVERIFY(parallel->rangeCount() <= concurrent + 1);
        QVERIFY2(outOfOrder, "ranges never interleaved");
        QCOMPARE(delivered, qint64(devices));
        QCOMPARE(lastProgress, qint64(devices));

        // Identical: the same devices with the same statuses, in the same (IMEI) order.
        QCOMPARE(idsAndStatuses(parallel->devices()), idsAndStatuses(sequential->devices()));
        if (devices == 10'000) {
            QStringList ids;
            for (const auto& d : parallel->devices())
                ids << d.deviceId;
            QCOMPARE(ids, m_expected10k); // and what a plain independent client reads
        }
    }

    void licensesParallelEqualsSequential()
    {
        LicensePager sequential(m_client.get());
        sequential.setStrategy(Pager::Strategy::Sequential);
        sequential.setCollect(true);
        QVERIFY(SimFixture::waitFor(&sequential));
        QVERIFY2(sequential.succeeded(), qPrintable(sequential.error().toString()));
        QVERIFY(sequential.devices().size() >= 10'000);

        LicensePager parallel(m_client.get());
        parallel.setCollect(true);
        QVERIFY(SimFixture::waitFor(&parallel));
        QVERIFY2(parallel.succeeded(), qPrintable(parallel.error().toString()));
        QVERIFY(parallel.rangeCount() > 1);
        QVERIFY(parallel.fallbackReason().isEmpty());
        QCOMPARE(parallel.devices().size(), sequential.devices().size());
        for (qsizetype i = 0; i < parallel.devices().size(); ++i)
            QCOMPARE(parallel.devices().at(i).deviceId, sequential.devices().at(i).deviceId);
        QCOMPARE(parallel.itemsReceived(), parallel.summary().assignedLicenses);
    }

    void brokenServerFallsBackToSequential_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<bool>("restartExpected");
        // Pages scrambled from the first one: noticed before anything is split.
        QTest::newRow("brokenOrder") << u"brokenOrder=1"_s << false;
        // Ordered pages, but a cursor that is not one of its IMEIs starts from the top:
        // noticed in the ranges, after pages were delivered.
        QTest::newRow("unknownCursor=restart") << u"unknownCursor=restart"_s << true;
        // Ordered pages, but a cursor that is not one of its IMEIs is refused (400).
        QTest::newRow("unknownCursor=reject") << u"unknownCursor=reject"_s << false;
    }
    void brokenServerFallsBackToSequential()
    {
        QFETCH(QString, faults);
        QFETCH(bool, restartExpected);
        QVERIFY(m_sim->setFaults(faults));

        DeviceStatusPager pager(m_client.get(), m_campaign10k);
        pager.setCollect(true);
        // A receiver of pages, as a model is: keeps what arrives, clears on restarted().
        QList<wire::DeviceStatus> model;
        int restarts = 0;
        int pagesBeforeRestart = 0;
        connect(&pager, &DeviceStatusPager::pageArrived, this,
                [&](const QList<wire::DeviceStatus>& page) { model.append(page); });
        connect(&pager, &Pager::restarted, this, [&](const QString& reason) {
            QVERIFY(!reason.isEmpty());
            ++restarts;
            pagesBeforeRestart = int(model.size());
            model.clear();
        });
        QVERIFY(SimFixture::waitFor(&pager));
        QVERIFY2(pager.succeeded(), qPrintable(pager.error().toString()));
        QVERIFY2(!pager.fallbackReason().isEmpty(), "no fallback");
        qInfo().noquote() << faults << "->" << pager.fallbackReason();
        QCOMPARE(pager.wasRestarted(), restarts == 1);
        if (restartExpected) {
            QCOMPARE(restarts, 1);
            QVERIFY(pagesBeforeRestart > 0);
        }
        QVERIFY(restarts <= 1);

        const QStringList expected = [&] {
            QStringList ids = m_expected10k;
            std::sort(ids.begin(), ids.end());
            return ids;
        }();
        QCOMPARE(sortedIds(model), expected);           // what a model shows
        QCOMPARE(sortedIds(pager.devices()), expected); // what the pager collected
        QCOMPARE(pager.itemsReceived(), qint64(10'000));
    }

    void cancelMidWayStopsAllRanges()
    {
        QVERIFY(m_sim->setFaults(u"latency=100"_s));
        DeviceStatusPager pager(m_client.get(), m_campaign10k);
        pager.setAutoDelete(false);
        int pages = 0;
        int pagesAfterCancel = 0;
        bool cancelled = false;
        int runningAtCancel = 0;
        connect(&pager, &DeviceStatusPager::pageArrived, this, [&] {
            if (cancelled) {
                ++pagesAfterCancel;
                return;
            }
            // The third page comes from the ranges, with the others in flight.
            if (++pages == 3) {
                runningAtCancel = pager.runningRequests();
                cancelled = true;
                pager.cancel();
            }
        });
        QVERIFY(SimFixture::waitFor(&pager));
        QCOMPARE(pager.error().kind(), ApiError::Kind::Cancelled);
        QVERIFY(pager.rangeCount() > 1);
        QVERIFY2(runningAtCancel >= 2, "the ranges were not read concurrently");
        QCOMPARE(pager.runningRequests(), 0);
        QTest::qWait(300); // answers of aborted requests would have come by now
        const int requestsAfter = m_sim->requestsTo(u"/devices"_s);
        QTest::qWait(300);
        QCOMPARE(m_sim->requestsTo(u"/devices"_s), requestsAfter); // nothing new sent
        QCOMPARE(pagesAfterCancel, 0);
        QVERIFY(pager.itemsReceived() < 10'000);
    }

    void a5xxIsRetriedWithinItsRange()
    {
        m_sim->resetStats();
        QVERIFY(m_sim->setFaults(u"error503=0.3,seed=5"_s));
        auto client = m_sim->makeClient(10);
        auto pager = read(m_campaign10k, Pager::Strategy::RangeParallel, client.get());
        QVERIFY2(pager->succeeded(), qPrintable(pager->error().toString()));
        QVERIFY(pager->rangeCount() > 1);
        QVERIFY(pager->fallbackReason().isEmpty());
        QStringList ids;
        for (const auto& d : pager->devices())
            ids << d.deviceId;
        QCOMPARE(ids, m_expected10k);
        const QJsonObject stats = m_sim->admin().adminGet(u"/admin/stats"_s).object();
        QVERIFY2(stats.value(u"byStatus"_s).toObject().value(u"503"_s).toInt() > 0,
                 "no 503 was injected");
    }

    void aCountMismatchRestartsSequentially()
    {
        // 5,000 devices in IMEI order, but every page says totalDevice 5,001.
        std::vector<quint64> keys;
        for (quint64 i = 0; i < 5000; ++i)
            keys.push_back(356938035600000ULL + i * 10 + (i % 7));
        int requests = 0;
        ScriptedHttpServer server([&](const ScriptedRequest& r) {
            if (r.path.endsWith(u"/oauth2/token"_s))
                return ScriptedReply::json(
                    200, R"({"access_token":"tok","token_type":"Bearer","expires_in":3600})");
            if (r.path.endsWith(u"/session/login"_s))
                return ScriptedReply::json(200, R"({"sessionToken":"sess"})");
            ++requests;
            const quint64 cursor = r.query.queryItemValue(u"lastSeenDeviceId"_s).toULongLong();
            auto it = std::upper_bound(keys.begin(), keys.end(), cursor);
            QByteArray list;
            QByteArray last;
            int n = 0;
            for (; it != keys.end() && n < 1000; ++it, ++n) {
                last = QByteArray::number(*it);
                if (n > 0)
                    list += ',';
                list += R"({"deviceId":")" + last + R"(","status":"UpgradePending"})";
            }
            const bool more = it != keys.end();
            return ScriptedReply::json(
                200, QByteArray(R"({"totalDevice":5001,"maxPageSize":1000,"hasMoreData":)") +
                         QByteArray(more ? "true" : "false") + R"(,"lastSeenDeviceId":")" + last +
                         R"(","deviceList":[)" + list + "]}");
        });
        QVERIFY(server.isListening());
        QNetworkAccessManager nam;
        InMemoryCredentialSource credentials({u"id"_s, u"secret"_s, u"user"_s, u"pw"_s});
        FotaClient client(&nam, Environment::custom(server.baseUrl(), u"acc"_s), &credentials,
                          Clock::system());
        client.setRetryPolicy(RetryPolicy::none());
        DeviceStatusPager pager(&client, u"c-1"_s);
        pager.setCollect(true);
        QSignalSpy restarted(&pager, &Pager::restarted);
        QVERIFY(SimFixture::waitFor(&pager));
        QVERIFY2(pager.succeeded(), qPrintable(pager.error().toString()));
        QVERIFY(pager.rangeCount() > 1);
        QCOMPARE(restarted.count(), 1);
        QVERIFY2(pager.fallbackReason().contains(u"5001"_s), qPrintable(pager.fallbackReason()));
        QCOMPARE(pager.devices().size(), qsizetype(5000)); // read again, once
        for (qsizetype i = 0; i < pager.devices().size(); ++i)
            QCOMPARE(pager.devices().at(i).deviceId, QString::number(keys[std::size_t(i)]));
        QCOMPARE(pager.itemsReceived(), qint64(5000));
        QCOMPARE(pager.total(), qint64(5001)); // what the server says, for the caller to warn
        QVERIFY(requests > 6);
    }

    void latencyDoesNotSerializeConcurrentRequests()
    {
        // N requests at once, each on its own connection (one manager each: Qt's HTTP/1.1
        // pool would otherwise cap them at 6 per host), with 100 ms injected latency: the
        // server must hold all N in flight at once (timers, no blocking sleep). A busy
        // machine may spread the arrivals; the claim needs one clean try out of three.
        const int n = 20;
        QVERIFY(m_sim->admin().authenticate());
        QVERIFY(m_sim->setFaults(u"latency=100"_s));
        const QUrl url(
            m_sim->baseUrl().toString() +
            u"/fota/v3/reports/%1/campaigns/%2/devices"_s.arg(DemoAccount, m_campaign10k));
        int bestOverlap = 0;
        qint64 elapsedMs = 0;
        for (int attempt = 0; attempt < 3 && bestOverlap < n; ++attempt) {
            m_sim->resetStats();
            std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
            QList<QNetworkReply*> replies;
            int done = 0;
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < n; ++i) {
                managers.push_back(std::make_unique<QNetworkAccessManager>());
                QNetworkRequest request(url);
                request.setRawHeader("Authorization",
                                     "Bearer " + m_sim->admin().accessToken().toUtf8());
                request.setRawHeader("VZ-M2M-Token", m_sim->admin().sessionToken().toUtf8());
                QNetworkReply* reply = managers.back()->get(request);
                connect(reply, &QNetworkReply::finished, this, [&done] { ++done; });
                replies << reply;
            }
            QTRY_COMPARE_WITH_TIMEOUT(done, n, 20000);
            elapsedMs = timer.elapsed();
            for (QNetworkReply* reply : std::as_const(replies)) {
                QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
                reply->deleteLater();
            }
            const QJsonObject stats = m_sim->admin().adminGet(u"/admin/stats"_s).object();
            bestOverlap = std::max(bestOverlap, stats.value(u"maxConcurrentDelayed"_s).toInt());
        }
        qInfo("%d concurrent requests with 100 ms latency: %lld ms (serialized: %d ms)", n,
              static_cast<long long>(elapsedMs), n * 100);
        QCOMPARE(bestOverlap, n);
    }
};

QTEST_GUILESS_MAIN(RangePagingTest)
#include "RangePagingTest.moc"
