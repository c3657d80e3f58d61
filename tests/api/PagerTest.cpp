// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The paging helper (Pager) and its three reports against a real fotasim:
// pages are delivered as they arrive, the all-statuses campaign history is the
// duplicate-free union of the per-status reads, the device report of a
// multi-page campaign is complete, cancel stops every chain, and a failing page
// ends the pager with that error.

#include "SimFixture.h"
#include "api/CampaignHistoryPager.h"
#include "api/DeviceStatusPager.h"
#include "api/LicensePager.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

class PagerTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<FotaClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(QStringList{u"--seed"_s, u"12"_s});
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

    void historyOfOneStatus_data()
    {
        QTest::addColumn<QString>("status");
        for (const QString& s : CampaignHistoryPager::knownStatuses())
            QTest::newRow(qPrintable(s)) << s;
    }
    void historyOfOneStatus()
    {
        QFETCH(QString, status);
        CampaignHistoryPager pager(m_client.get(), {status});
        pager.setAutoDelete(false);
        int pages = 0;
        connect(&pager, &CampaignHistoryPager::pageArrived, this,
                [&](const QList<wire::Campaign>& campaigns, const QString& s) {
                    ++pages;
                    QCOMPARE(s, status);
                    for (const auto& c : campaigns)
                        QCOMPARE(c.status, status);
                });
        QVERIFY(SimFixture::waitFor(&pager));
        QVERIFY2(pager.succeeded(), qPrintable(pager.error().toString()));
        QVERIFY(pages >= 1);
        QCOMPARE(pager.pagesReceived(), pages);
        QCOMPARE(pager.itemsReceived(), qint64(pager.campaigns().size()));
    }

    void historyOfAllStatusesIsTheUnion()
    {
        // More campaigns than one history page holds (50), in one status.
        for (int i = 0; i < 60; ++i)
            m_sim->syntheticCampaign(1);

        QSet<QString> expected;
        for (const QString& status : CampaignHistoryPager::knownStatuses()) {
            CampaignHistoryPager one(m_client.get(), {status});
            one.setAutoDelete(false);
            QVERIFY(SimFixture::waitFor(&one));
            QVERIFY(one.succeeded());
            for (const auto& c : one.campaigns())
                expected.insert(c.id);
        }

        CampaignHistoryPager all(m_client.get(), {});
        all.setAutoDelete(false);
        QSet<QString> statusesSeen;
        int multiPageChains = 0;
        QHash<QString, int> pagesPerStatus;
        connect(&all, &CampaignHistoryPager::pageArrived, this,
                [&](const QList<wire::Campaign>&, const QString& status) {
                    statusesSeen.insert(status);
                    if (++pagesPerStatus[status] == 2)
                        ++multiPageChains;
                });
        QVERIFY(SimFixture::waitFor(&all));
        QVERIFY2(all.succeeded(), qPrintable(all.error().toString()));
        QSet<QString> got;
        for (const auto& c : all.campaigns()) {
            QVERIFY2(!got.contains(c.id), qPrintable(u"duplicate "_s + c.id));
            got.insert(c.id);
        }
        QCOMPARE(got, expected);
        QCOMPARE(statusesSeen.size(), CampaignHistoryPager::knownStatuses().size());
        QVERIFY(multiPageChains >= 1);
    }

    void deviceReportIsCompleteAndArrivesPageByPage()
    {
        const QJsonObject synthetic = m_sim->syntheticCampaign(2500);
        const QString id = synthetic.value(u"id"_s).toString();
        QStringList expected = m_sim->campaignDevices(id);
        QCOMPARE(expected.size(), 2500);

        DeviceStatusPager pager(m_client.get(), id);
        pager.setStrategy(Pager::Strategy::Sequential); // page after page (RangePagingTest: ranges)
        pager.setAutoDelete(false);
        pager.setCollect(true);
        QList<int> pageSizes;
        QList<qint64> progress;
        connect(
            &pager, &DeviceStatusPager::pageArrived, this,
            [&](const QList<wire::DeviceStatus>& devices) { pageSizes << int(devices.size()); });
        connect(&pager, &Pager::progress, this, [&](qint64 received, qint64 total, int) {
            QCOMPARE(total, qint64(2500));
            progress << received;
        });
        QVERIFY(SimFixture::waitFor(&pager));
        QVERIFY2(pager.succeeded(), qPrintable(pager.error().toString()));
        QCOMPARE(pageSizes, (QList<int>{1000, 1000, 500}));
        QCOMPARE(progress, (QList<qint64>{1000, 2000, 2500}));
        QStringList got;
        for (const auto& d : pager.devices())
            got << d.deviceId;
        QCOMPARE(got, expected); // same order: by IMEI
        QCOMPARE(pager.total(), qint64(2500));
    }

    void cancelStopsEveryChain()
    {
        QVERIFY(m_sim->setFaults(u"latency=150"_s));
        CampaignHistoryPager pager(m_client.get(), {});
        pager.setAutoDelete(false);
        int pagesAfterCancel = 0;
        bool cancelled = false;
        connect(&pager, &CampaignHistoryPager::pageArrived, this, [&] {
            if (cancelled) {
                ++pagesAfterCancel;
                return;
            }
            cancelled = true;
            pager.cancel();
        });
        QVERIFY(SimFixture::waitFor(&pager));
        QCOMPARE(pager.error().kind(), ApiError::Kind::Cancelled);
        QCOMPARE(pager.runningRequests(), 0);
        QTest::qWait(400); // answers still in flight must not be delivered
        QCOMPARE(pagesAfterCancel, 0);
        QVERIFY(pager.pagesReceived() < CampaignHistoryPager::knownStatuses().size());
    }

    void aFailedPageEndsThePagerWithItsError()
    {
        QVERIFY(m_sim->setFaults(u"error500=1"_s));
        DeviceStatusPager pager(m_client.get(), u"anything"_s);
        pager.setAutoDelete(false);
        QVERIFY(SimFixture::waitFor(&pager));
        QCOMPARE(pager.error().kind(), ApiError::Kind::Http);
        QCOMPARE(pager.error().httpStatus(), 500);
        QCOMPARE(pager.pagesReceived(), 0);
    }

    void pagesSurviveTransientFaults()
    {
        const QString id = m_sim->syntheticCampaign(3000).value(u"id"_s).toString();
        QVERIFY(m_sim->setFaults(u"error503=0.3,drop=0.1,seed=9"_s));
        auto client = m_sim->makeClient(10);
        DeviceStatusPager pager(client.get(), id);
        pager.setAutoDelete(false);
        pager.setCollect(true);
        QVERIFY(SimFixture::waitFor(&pager));
        QVERIFY2(pager.succeeded(), qPrintable(pager.error().toString()));
        QSet<QString> unique;
        for (const auto& d : pager.devices())
            unique.insert(d.deviceId);
        QCOMPARE(unique.size(), 3000);
        QCOMPARE(pager.devices().size(), 3000);
    }

    void licenseList()
    {
        LicensePager pager(m_client.get());
        pager.setAutoDelete(false);
        pager.setCollect(true);
        int pages = 0;
        connect(&pager, &LicensePager::pageArrived, this, [&] { ++pages; });
        QVERIFY(SimFixture::waitFor(&pager));
        QVERIFY2(pager.succeeded(), qPrintable(pager.error().toString()));
        QCOMPARE(qint64(pager.devices().size()), pager.summary().assignedLicenses);
        QCOMPARE(pager.total(), pager.summary().assignedLicenses);
        QVERIFY(pages > 1);
        QSet<QString> unique;
        for (const auto& d : pager.devices())
            unique.insert(d.deviceId);
        QCOMPARE(unique.size(), pager.devices().size());
    }
};

QTEST_GUILESS_MAIN(PagerTest)
#include "PagerTest.moc"
