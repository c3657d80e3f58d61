// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// FotaClient against a real fotasim on 127.0.0.1: every endpoint of the
// contract, auth renewal when tokens expire mid-run, each fault kind
// (500/502/503/429/drop/latency beyond the timeout), the retry limits, and the
// never-duplicate rule of create-campaign (a dropped answer after the campaign
// was made is OutcomeUnknown; reconcile finds the one campaign).

#include "SimFixture.h"
#include "api/Authenticator.h"
#include "api/CampaignHistoryPager.h"
#include "api/ReconcileCreateJob.h"

#include <QTest>

#include <memory>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(fotadesk::ApiError::Kind)

namespace {

template <typename Job> std::unique_ptr<Job> run(Job* job)
{
    std::unique_ptr<Job> owned(job);
    if (!SimFixture::waitFor(job))
        qWarning("job did not finish");
    return owned;
}

#define VERIFY_OK(job) QVERIFY2((job)->succeeded(), qPrintable((job)->error().toString()))

} // namespace

class FotaClientTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<FotaClient> m_client;
    int m_counter = 0;

    /// A new campaign request over `devices` fresh synthetic devices (matching firmware).
    wire::CampaignRequest newRequest(int devices, QStringList* ids = nullptr)
    {
        const QJsonObject synthetic = m_sim->syntheticCampaign(devices);
        const QStringList imeis = m_sim->campaignDevices(synthetic.value(u"id"_s).toString());
        if (ids)
            *ids = imeis;
        const QDate today = m_sim->today();
        wire::CampaignRequest r;
        r.campaignName =
            u"client test %1 %2"_s.arg(++m_counter).arg(QDateTime::currentMSecsSinceEpoch());
        r.firmwareName = synthetic.value(u"firmwareName"_s).toString();
        r.firmwareFrom = synthetic.value(u"firmwareFrom"_s).toString();
        r.firmwareTo = synthetic.value(u"firmwareTo"_s).toString();
        r.protocol = synthetic.value(u"protocol"_s).toString();
        r.startDate = today.addDays(3);
        r.endDate = today.addDays(6);
        r.timeWindows = {TimeWindow{1, 5}};
        r.deviceList = imeis;
        return r;
    }

    int campaignsNamed(const QString& name)
    {
        auto* pager = new CampaignHistoryPager(m_client.get(), {});
        std::unique_ptr<CampaignHistoryPager> owned(pager);
        if (!SimFixture::waitFor(pager) || !pager->succeeded())
            return -1;
        int n = 0;
        for (const auto& c : pager->campaigns())
            n += c.campaignName == name ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(QStringList{u"--seed"_s, u"11"_s});
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
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

    // --- every endpoint ---------------------------------------------------------------------

    void firmwareList_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::newRow("all") << u"all"_s;
        QTest::newRow("LWM2M") << u"LWM2M"_s;
        QTest::newRow("OMD-DM") << u"OMD-DM"_s;
    }
    void firmwareList()
    {
        QFETCH(QString, protocol);
        auto job = run(m_client->firmwareList(protocol));
        VERIFY_OK(job);
        QVERIFY(!job->result().isEmpty());
        for (const wire::FirmwarePackage& p : job->result()) {
            QVERIFY(!p.firmwareName.isEmpty());
            if (protocol != u"all"_s)
                QCOMPARE(p.protocol, protocol);
        }
    }

    void campaignLifecycle()
    {
        QStringList imeis;
        wire::CampaignRequest request = newRequest(30, &imeis);
        QCOMPARE(imeis.size(), 30);
        request.deviceList = imeis.mid(0, 10);

        auto created = run(m_client->createCampaign(request));
        VERIFY_OK(created);
        const wire::Campaign campaign = created->result();
        QVERIFY(!campaign.id.isEmpty());
        QCOMPARE(campaign.campaignName, request.campaignName);
        QCOMPARE(campaign.accountName, DemoAccount);
        QCOMPARE(campaign.startDate, request.startDate);

        auto got = run(m_client->campaign(campaign.id));
        VERIFY_OK(got);
        QCOMPARE(got->result().id, campaign.id);
        QVERIFY(got->result().autoAssignLicenseFlag.has_value());
        QVERIFY(got->result().autoAddDevicesFlag.has_value());

        wire::DatesChange dates{
            request.startDate.addDays(1), request.endDate.addDays(2), {TimeWindow{2, 6}}};
        auto changed = run(m_client->changeCampaignDates(campaign.id, dates));
        VERIFY_OK(changed);
        QCOMPARE(changed->result().endDate, dates.endDate);
        QCOMPARE(changed->result().timeWindows, dates.timeWindows);

        auto added = run(m_client->changeCampaignDevices(
            campaign.id, {wire::DeviceListChange::Type::Append, imeis.mid(10, 10)},
            FotaClient::DevicePath::Firmware));
        VERIFY_OK(added);
        QCOMPARE(added->result().deviceList.size(), 10);
        for (const auto& d : added->result().deviceList)
            QCOMPARE(d.status, u"AddDeviceSucceed"_s);

        auto removed = run(m_client->changeCampaignDevices(
            campaign.id, {wire::DeviceListChange::Type::Remove, imeis.mid(0, 5)},
            FotaClient::DevicePath::Plain));
        VERIFY_OK(removed);
        QCOMPARE(removed->result().deviceList.size(), 5);
        QCOMPARE(removed->result().campaignId, campaign.id);

        auto page = run(m_client->campaignDevicePage(campaign.id));
        VERIFY_OK(page);
        QCOMPARE(page->result().totalDevice, std::optional<qint64>(15));
        QStringList reported;
        for (const auto& d : page->result().deviceList)
            reported << d.deviceId;
        QStringList expected = imeis.mid(5, 15);
        expected.sort();
        reported.sort();
        QCOMPARE(reported, expected);

        auto cancelled = run(m_client->cancelCampaign(campaign.id));
        VERIFY_OK(cancelled);
        QVERIFY(cancelled->result().success);
        auto after = run(m_client->campaign(campaign.id));
        VERIFY_OK(after);
        QCOMPARE(after->result().status, u"CampaignCancelled"_s);

        // Cancelling again: the server says no (400) and the client shows its words.
        auto again = run(m_client->cancelCampaign(campaign.id));
        QVERIFY(!again->succeeded());
        QCOMPARE(again->error().kind(), ApiError::Kind::Api);
        QVERIFY(!again->error().errorCode().isEmpty());
        QVERIFY(!again->error().errorMessage().isEmpty());
    }

    void apiRefusalCarriesErrorCode()
    {
        wire::CampaignRequest request = newRequest(2);
        request.endDate = request.startDate.addDays(-1);
        auto job = run(m_client->createCampaign(request));
        QCOMPARE(job->error().kind(), ApiError::Kind::Api);
        QCOMPARE(job->error().httpStatus(), 400);
        QVERIFY(!job->error().errorCode().isEmpty());
        QVERIFY(job->error().message().contains(job->error().errorMessage()));
    }

    void unknownCampaignIs400Or404()
    {
        auto job = run(m_client->campaign(u"no-such-campaign"_s));
        QVERIFY(!job->succeeded());
        QVERIFY(job->error().httpStatus() == 400 || job->error().httpStatus() == 404);
        QCOMPARE(job->error().attempts(), 1);
    }

    void reports()
    {
        auto history = run(m_client->campaignHistoryPage(u"CampaignEnded"_s));
        VERIFY_OK(history);
        QVERIFY(!history->result().campaignList.isEmpty());
        for (const auto& c : history->result().campaignList)
            QCOMPARE(c.status, u"CampaignEnded"_s);

        auto device = run(m_client->deviceHistory(u"490154203237518"_s));
        VERIFY_OK(device);
        for (const auto& entry : device->result())
            QCOMPARE(entry.deviceId, u"490154203237518"_s);
    }

    void licensesAndSubscription()
    {
        auto page = run(m_client->licensePage());
        VERIFY_OK(page);
        QCOMPARE(page->result().accountName, DemoAccount);
        QVERIFY(page->result().assignedLicenses > 0);
        QVERIFY(!page->result().deviceList.isEmpty());

        QStringList imeis;
        newRequest(3, &imeis);
        auto removed = run(m_client->removeLicenses(imeis));
        VERIFY_OK(removed);
        QCOMPARE(removed->result().deviceList.size(), 3);
        auto assigned = run(m_client->assignLicenses(imeis));
        VERIFY_OK(assigned);
        QCOMPARE(assigned->result().deviceList.size(), 3);
        QVERIFY(assigned->result().licCount >= assigned->result().licUsedCount);

        auto subscription = run(m_client->subscription());
        VERIFY_OK(subscription);
        QCOMPARE(subscription->result().accountName, DemoAccount);
    }

    void firmwareSyncAndAsync()
    {
        QStringList imeis;
        newRequest(5, &imeis);
        auto sync = run(m_client->synchronizeFirmware(imeis));
        VERIFY_OK(sync);
        QCOMPARE(sync->result().deviceFirmwareVersionList.size(), 5);
        for (const auto& d : sync->result().deviceFirmwareVersionList)
            QVERIFY(!d.firmwareVersion.isEmpty() || !d.status.isEmpty());

        auto async = run(m_client->requestFirmwareReport(imeis.first()));
        VERIFY_OK(async);
        QCOMPARE(async->result().accountName, DemoAccount);
        QVERIFY(!async->result().requestId.isEmpty());
    }

    void callbacks()
    {
        auto set = run(m_client->setCallback(u"https://example.test/fota-callback"_s));
        VERIFY_OK(set);
        auto got = run(m_client->callback());
        VERIFY_OK(got);
        QCOMPARE(got->result().url, u"https://example.test/fota-callback"_s);
        auto deleted = run(m_client->deleteCallback());
        VERIFY_OK(deleted);
    }

    // --- authentication -----------------------------------------------------------------------

    void tokenExpiredMidRunIsRenewed()
    {
        auto first = run(m_client->subscription());
        VERIFY_OK(first);
        const int generation = m_client->authenticator()->generation();
        m_sim->resetStats();
        QVERIFY(m_sim->expireTokens());
        QList<ApiJob*> jobs;
        for (int i = 0; i < 5; ++i) {
            ApiJob* job = m_client->subscription();
            job->setAutoDelete(false); // owned here: several finish while the first is awaited
            jobs << job;
        }
        for (ApiJob* job : jobs) {
            QVERIFY(SimFixture::waitFor(job));
            VERIFY_OK(job);
            delete job;
        }
        QCOMPARE(m_client->authenticator()->generation(), generation + 1); // one shared renewal
        QCOMPARE(m_sim->requestsTo(u"oauth2/token"_s), 1);
        QCOMPARE(m_sim->requestsTo(u"session/login"_s), 1);
        QCOMPARE(m_sim->requestsTo(u"subscriptions"_s), 10); // each call replayed once
    }

    void a401IsRenewedOnceAndReplayedOnce()
    {
        auto warm = run(m_client->subscription());
        VERIFY_OK(warm);
        m_sim->resetStats();
        // Every FOTA call expires the bearer token it carries: renew once, replay once, stop.
        QVERIFY(m_sim->setFaults(u"tokenExpiry=1"_s));
        auto job = run(m_client->subscription());
        QCOMPARE(job->error().kind(), ApiError::Kind::Http);
        QCOMPARE(job->error().httpStatus(), 401);
        QCOMPARE(m_sim->requestsTo(u"oauth2/token"_s), 1);
        QCOMPARE(m_sim->requestsTo(u"subscriptions"_s), 2);
    }

    void wrongCredentials()
    {
        InMemoryCredentialSource wrong({u"demo-client"_s, u"wrong"_s, u"demo"_s, u"demo"_s});
        QNetworkAccessManager nam;
        FotaClient client(&nam, Environment::custom(m_sim->baseUrl(), DemoAccount), &wrong,
                          Clock::system());
        auto job = run(client.subscription());
        QCOMPARE(job->error().kind(), ApiError::Kind::Auth);
        QVERIFY(job->error().httpStatus() == 400 || job->error().httpStatus() == 401);
    }

    // --- faults and retry limits ---------------------------------------------------------------

    void faults_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("timeoutMs");
        using K = ApiError::Kind;
        QTest::newRow("500: not transient, one attempt")
            << u"error500=1"_s << K::Http << 500 << 1 << 10000;
        QTest::newRow("502: retried to the limit")
            << u"error502=1"_s << K::Http << 502 << 4 << 10000;
        QTest::newRow("503: retried to the limit")
            << u"error503=1"_s << K::Http << 503 << 4 << 10000;
        QTest::newRow("429: Retry-After honoured, to the limit")
            << u"429=1,retryAfter=0"_s << K::Http << 429 << 4 << 10000;
        QTest::newRow("drop: retried to the limit") << u"drop=1"_s << K::Network << 0 << 4 << 10000;
        QTest::newRow("latency beyond the timeout")
            << u"latency=1500"_s << K::Timeout << 0 << 4 << 300;
    }
    void faults()
    {
        QFETCH(QString, spec);
        QFETCH(ApiError::Kind, kind);
        QFETCH(int, status);
        QFETCH(int, attempts);
        QFETCH(int, timeoutMs);
        auto client = m_sim->makeClient(attempts, timeoutMs);
        auto warm = run(client->firmwareList()); // sign in before the faults start
        VERIFY_OK(warm);
        m_sim->resetStats();
        QVERIFY(m_sim->setFaults(spec));
        auto job = run(client->subscription());
        QVERIFY(!job->succeeded());
        QCOMPARE(job->error().kind(), kind);
        QCOMPARE(job->error().httpStatus(), status);
        QCOMPARE(job->error().attempts(), attempts);
        QVERIFY(!job->error().message().isEmpty());
        // Every attempt reached the server (Qt may add one silent re-send of a dropped GET).
        const int seen = m_sim->requestsTo(u"GET /api/fota/v3/subscriptions"_s);
        QVERIFY2(seen >= attempts && seen <= 2 * attempts, qPrintable(QString::number(seen)));
    }

    void transientFaultsAreRiddenOut()
    {
        QVERIFY(m_sim->setFaults(u"error503=0.3,429=0.1,retryAfter=0,drop=0.1,seed=3"_s));
        auto client = m_sim->makeClient(8);
        for (int i = 0; i < 15; ++i) {
            auto job = run(client->firmwareList());
            VERIFY_OK(job);
        }
    }

    // --- never a duplicate campaign ------------------------------------------------------------

    void createIsNeverDuplicated_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("timeoutMs");
        QTest::newRow("answer dropped after the campaign was made") << u"drop=1"_s << 10000;
        QTest::newRow("answer later than the timeout") << u"latency=1500"_s << 300;
    }
    void createIsNeverDuplicated()
    {
        QFETCH(QString, spec);
        QFETCH(int, timeoutMs);
        const wire::CampaignRequest request = newRequest(4);
        auto client = m_sim->makeClient(5, timeoutMs);
        auto warm = run(client->subscription());
        VERIFY_OK(warm);

        m_sim->resetStats();
        QVERIFY(m_sim->setFaults(spec));
        auto job = run(client->createCampaign(request));
        QVERIFY(!job->succeeded());
        QCOMPARE(job->error().kind(), ApiError::Kind::OutcomeUnknown);
        QCOMPARE(job->error().attempts(), 1);
        QVERIFY(!job->error().isRetryable());
        QVERIFY(m_sim->setFaults(u"none"_s));
        QTest::qWait(timeoutMs > 1000 ? 0 : 1500); // let a delayed answer go out
        QCOMPARE(m_sim->requestsTo(u"POST /api/fota/v3/campaigns/firmware"_s), 1);

        auto reconcile = run(m_client->reconcileCreate(request));
        VERIFY_OK(reconcile);
        QCOMPARE(reconcile->matches().size(), 1);
        QCOMPARE(reconcile->matches().first().campaignName, request.campaignName);
        QCOMPARE(campaignsNamed(request.campaignName), 1);
    }

    void reconcileFindsNothingWhenNothingWasMade()
    {
        wire::CampaignRequest request = newRequest(2);
        request.campaignName = u"never created %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        auto reconcile = run(m_client->reconcileCreate(request));
        VERIFY_OK(reconcile);
        QVERIFY(reconcile->matches().isEmpty());
    }
};

QTEST_GUILESS_MAIN(FotaClientTest)
#include "FotaClientTest.moc"
