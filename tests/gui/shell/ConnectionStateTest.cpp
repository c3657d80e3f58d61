// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The connection-lost state and the overview's stale banner clear when the connection is back:
// a real fotasim process is stopped (the overview's refresh fails: banner, "Offline") and
// started again on the same port; the first request that gets an answer — here one the
// overview did not make — sets "Connected" at once, and the banner goes without the user
// pressing Refresh.

#include "gui/shell/ConnectionState.h"

#include "api/FotaClient.h"
#include "gui/GuiTestHarness.h"
#include "gui/campaign/CampaignStatusPanel.h"
#include "gui/overview/OverviewLoader.h"
#include "gui/overview/OverviewPage.h"
#include "models/CampaignModel.h"
#include "support/FotaSimProcess.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::FotaSimProcess;

class ConnectionStateTest : public QObject
{
    Q_OBJECT

private:
    static bool waitRefresh(OverviewLoader* loader, bool* ok)
    {
        QSignalSpy spy(loader, &OverviewLoader::refreshFinished);
        if (!loader->isRefreshing())
            loader->refresh();
        if (!spy.wait(60000))
            return false;
        *ok = spy.first().first().toBool();
        return true;
    }

private Q_SLOTS:
    void bannerClearsWhenTheServerIsBack()
    {
        auto sim = std::make_unique<FotaSimProcess>(QStringList{u"--seed"_s, u"3"_s});
        QVERIFY2(sim->isRunning(), qPrintable(sim->errorString()));
        const quint16 port = sim->port();
        test::ClientRig rig(sim->baseUrl());
        rig.client->setRetryPolicy(RetryPolicy::none());
        rig.client->setRequestTimeoutMs(5000);
        rig.connection.follow(rig.client.get());
        CampaignModel campaigns;
        rig.context.campaigns = &campaigns;
        OverviewPage page(rig.context, &campaigns);
        page.loader()->setIntervalMs(60 * 60 * 1000); // no automatic refresh meanwhile
        bool ok = false;
        QVERIFY(waitRefresh(page.loader(), &ok));
        QVERIFY(ok);
        QVERIFY(!page.isShowingStale());
        QCOMPARE(rig.connection.state(), ConnectionState::State::Connected);

        // The server goes away: the refresh fails, the banner says so, the state is Offline.
        QCOMPARE(sim->stop(), 0);
        sim.reset();
        QVERIFY(waitRefresh(page.loader(), &ok));
        QVERIFY(!ok);
        QVERIFY(page.isShowingStale());
        QVERIFY2(page.staleText().contains(u"STALE"_s), qPrintable(page.staleText()));
        QCOMPARE(rig.connection.state(), ConnectionState::State::Offline);
        QCOMPARE(rig.connection.label(), u"Offline"_s);
        // Its next automatic try is far off (backed off): only the connection coming back
        // clears the banner in what follows.
        QVERIFY(page.loader()->nextDelayMs() >= 60 * 60 * 1000);

        // Back on the same port; the first answered request is one the overview did not make.
        sim = std::make_unique<FotaSimProcess>(
            QStringList{u"--seed"_s, u"3"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)});
        QVERIFY2(sim->isRunning(), qPrintable(sim->errorString()));
        QCOMPARE(sim->port(), port);
        std::unique_ptr<RequestJob<QList<wire::FirmwarePackage>>> firmware(
            rig.client->firmwareList());
        firmware->setAutoDelete(false);
        QSignalSpy answered(firmware.get(), &ApiJob::finished);
        QVERIFY(answered.wait(30000));
        QVERIFY2(firmware->succeeded(), qPrintable(firmware->error().toString()));
        QCOMPARE(rig.connection.state(), ConnectionState::State::Connected);
        QCOMPARE(rig.connection.label(), u"Connected"_s);
        // The overview reads again by itself, and the banner goes.
        QVERIFY(QTest::qWaitFor([&] { return !page.isShowingStale(); }, 30000));
        QVERIFY(page.staleText().isEmpty());
        QVERIFY(!page.loader()->isStale());
    }

    void campaignStatusReadsAgainWhenTheServerIsBack()
    {
        auto sim = std::make_unique<FotaSimProcess>(QStringList{u"--seed"_s, u"3"_s});
        QVERIFY2(sim->isRunning(), qPrintable(sim->errorString()));
        const quint16 port = sim->port();
        test::ClientRig rig(sim->baseUrl());
        rig.client->setRetryPolicy(RetryPolicy::none());
        rig.client->setRequestTimeoutMs(5000);
        rig.connection.follow(rig.client.get());
        CampaignModel campaigns;
        rig.context.campaigns = &campaigns;
        OverviewPage overview(rig.context, &campaigns);
        overview.loader()->setIntervalMs(60 * 60 * 1000);
        bool ok = false;
        QVERIFY(waitRefresh(overview.loader(), &ok));
        QVERIFY(ok && campaigns.rowCount() > 0);

        // A campaign page's device status, read once, then not (the server is gone): STALE.
        CampaignStatusPanel panel(rig.context, campaigns.campaignAt(0).id, nullptr, nullptr);
        QSignalSpy read(&panel, &CampaignStatusPanel::loadFinished);
        panel.refresh();
        QVERIFY(read.wait(30000));
        QVERIFY(read.last().first().toBool());
        QCOMPARE(sim->stop(), 0);
        sim.reset();
        panel.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(read.size() >= 2, 30000);
        QVERIFY(!read.last().first().toBool());
        QVERIFY2(panel.stateText().contains(u"STALE"_s), qPrintable(panel.stateText()));
        const qsizetype failedReads = read.size();

        // Back on the same port; another page's request is the first to be answered. The panel
        // reads again by itself: a successful read, and no STALE.
        sim = std::make_unique<FotaSimProcess>(
            QStringList{u"--seed"_s, u"3"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)});
        QVERIFY2(sim->isRunning(), qPrintable(sim->errorString()));
        std::unique_ptr<RequestJob<QList<wire::FirmwarePackage>>> firmware(
            rig.client->firmwareList());
        firmware->setAutoDelete(false);
        QSignalSpy answered(firmware.get(), &ApiJob::finished);
        QVERIFY(answered.wait(30000));
        QCOMPARE(rig.connection.state(), ConnectionState::State::Connected);
        QTRY_VERIFY_WITH_TIMEOUT(read.size() > failedReads && read.last().first().toBool(), 30000);
        QVERIFY2(!panel.stateText().contains(u"STALE"_s), qPrintable(panel.stateText()));
    }
};

QTEST_MAIN(ConnectionStateTest)
#include "ConnectionStateTest.moc"
