// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the app does with its workspace at start (WorkspaceStartup): an interrupted device batch,
// once the user agrees, is completed with as many requests at once as Settings ▸ Requests in
// parallel says, as fotasim counts them; a fotactl create killed before it added its devices is
// found and completed from the start offer, as fotasim then holds it.

#include "gui/shell/WorkspaceStartup.h"

#include "api/InMemoryCredentialSource.h"
#include "api/ReconcileCreateJob.h"
#include "gui/GuiTestHarness.h"
#include "store/AppSettings.h"
#include "store/BatchJournal.h"
#include "store/LocalStore.h"
#include "store/PendingCreateStore.h"
#include "support/FotactlProcess.h"
#include "workflow/BatchRunner.h"

#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

class WorkspaceStartupTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resumedBatchUsesTheConcurrencySetting_data();
    void resumedBatchUsesTheConcurrencySetting();
    void createOfAKilledFotactlIsCompletedAtStart();
};

void WorkspaceStartupTest::resumedBatchUsesTheConcurrencySetting_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::newRow("one at a time") << 1;
    QTest::newRow("three at once") << 3;
}

void WorkspaceStartupTest::resumedBatchUsesTheConcurrencySetting()
{
    QFETCH(int, concurrency);
    GuiTestHarness h;
    QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
    const auto fleet = h.fleet();
    QVERIFY(fleet.devices.size() >= 14);
    const QDate today = Clock::system().nowUtc().date();
    const auto campaign =
        h.createCampaign(u"Resumed at start"_s, fleet.package, fleet.devices.mid(0, 2),
                         today.addDays(3), today.addDays(5));
    QVERIFY(campaign.has_value());
    QStringList ids;
    for (const Imei& i : fleet.devices.mid(2, 12))
        ids << i.toString();

    // A run journaled in 6 chunks that never got to send (the program was killed).
    QTemporaryDir dir;
    const QString path = dir.filePath(u"workspace.sqlite"_s);
    {
        LocalStore before(path);
        QVERIFY(before.open().persistent());
        BatchRunner runner(h.client(), before.journal());
        QString error;
        QVERIFY2(
            runner.begin(DeviceBatcher::Operation::AddToCampaign, ids, campaign->id, 2, &error),
            qPrintable(error));
    }

    // The next start, with the setting as the user left it.
    h.settings.setValue(AppSettings::Key::BatchConcurrency, concurrency);
    QVERIFY(h.setFaults(u"latency=300"_s));
    HttpTestClient admin(h.baseUrl());
    admin.adminPost(u"/admin/stats/reset"_s);
    LocalStore store(path);
    WorkspaceStartup startup(store, h.client(), &h.messages, nullptr);
    startup.setSettings(&h.settings);
    startup.open();
    h.messages.confirmAnswers.enqueue(true); // "Complete it"
    QSignalSpy resumed(&startup, &WorkspaceStartup::batchResumed);
    startup.run();
    QVERIFY(resumed.wait(60000));
    QCOMPARE(resumed.first().at(1).toBool(), true);

    const QJsonObject stats = admin.adminGet(u"/admin/stats"_s).object();
    QCOMPARE(stats.value(u"maxConcurrentDelayed"_s).toInt(), concurrency);
    QVERIFY(h.setFaults(u"none"_s));
    QCOMPARE(h.campaignDevices(campaign->id).size(), 14);
}

void WorkspaceStartupTest::createOfAKilledFotactlIsCompletedAtStart()
{
    GuiTestHarness h;
    QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
    const QString fotactl = fotactlPath();
    QVERIFY2(QFile::exists(fotactl), qPrintable(fotactl));
    const auto fleet = h.fleet();
    QVERIFY(fleet.devices.size() >= 14);
    QStringList devices;
    for (const Imei& i : fleet.devices.mid(0, 14))
        devices << i.toString();
    QTemporaryDir dir;
    const QString list = dir.filePath(u"devices.txt"_s);
    {
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(devices.join(u'\n').toLatin1() + '\n');
    }
    const QString path = dir.filePath(u"workspace.sqlite"_s);
    const QString name = u"Killed create %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const QDate today = Clock::system().nowUtc().date();

    // fotactl creates the campaign with the first 4 devices (the other 10 follow in adds) and
    // is killed while the create's answer is delayed: the campaign exists, no device was added.
    HttpTestClient admin(h.baseUrl());
    admin.adminPost(u"/admin/stats/reset"_s);
    QVERIFY(h.setFaults(u"latency=3000"_s));
    QProcess run;
    run.setProcessEnvironment(fotactlEnvironment(path));
    run.start(fotactl, {u"campaign"_s,     u"create"_s,
                        u"--name"_s,       name,
                        u"--firmware"_s,   fleet.package.firmwareName,
                        u"--from"_s,       fleet.package.firmwareFrom,
                        u"--to"_s,         fleet.package.firmwareTo,
                        u"--protocol"_s,   u"LWM2M"_s,
                        u"--start"_s,      today.addDays(3).toString(Qt::ISODate),
                        u"--end"_s,        today.addDays(5).toString(Qt::ISODate),
                        u"--devices"_s,    list,
                        u"--chunk-size"_s, u"4"_s,
                        u"--base-url"_s,   h.baseUrl(),
                        u"--account"_s,    h.client()->environment().accountName});
    QVERIFY2(run.waitForStarted(), qPrintable(run.errorString()));
    const auto requests = [&admin](const QString& route) {
        const QJsonObject routes =
            admin.adminGet(u"/admin/stats"_s).object().value(u"byRoute"_s).toObject();
        int n = 0;
        for (auto it = routes.begin(); it != routes.end(); ++it)
            n += it.key().contains(route) ? it.value().toInt() : 0;
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(requests(u"POST /api/fota/v3/campaigns/firmware"_s) == 1 ||
                                 run.state() != QProcess::Running,
                             60000);
    QCOMPARE(run.state(), QProcess::Running);
    run.kill();
    QVERIFY(run.waitForFinished(30000));
    QVERIFY(h.setFaults(u"none"_s));

    // The app starts on that workspace with the same environment (a custom base URL, as
    // fotactl's --base-url): it finds the campaign, offers the 10 devices the killed run never
    // added, and adds them once the user agrees.
    QNetworkAccessManager network;
    InMemoryCredentialSource credentials;
    credentials.setCredentials({u"demo-client"_s, u"demo-secret"_s, u"demo"_s, u"demo"_s});
    FotaClient client(&network,
                      Environment::custom(QUrl(h.baseUrl()), h.client()->environment().accountName),
                      &credentials, Clock::system());
    LocalStore store(path);
    WorkspaceStartup startup(store, &client, &h.messages, nullptr);
    startup.setSettings(&h.settings);
    startup.open();
    h.messages.confirmAnswers.enqueue(true); // "Complete it"
    QSignalSpy resumed(&startup, &WorkspaceStartup::batchResumed);
    startup.run();
    QVERIFY(resumed.wait(60000));
    QCOMPARE(resumed.first().at(1).toBool(), true);
    QCOMPARE(requests(u"POST /api/fota/v3/campaigns/firmware"_s), 1); // never created twice

    // What fotasim holds: one campaign of that name, all 14 devices.
    const std::unique_ptr<ReconcileCreateJob> found(client.reconcileCreate([&] {
        wire::CampaignRequest r;
        r.campaignName = name;
        r.firmwareName = fleet.package.firmwareName;
        r.firmwareFrom = fleet.package.firmwareFrom;
        r.firmwareTo = fleet.package.firmwareTo;
        r.startDate = today.addDays(3);
        r.endDate = today.addDays(5);
        return r;
    }()));
    found->setAutoDelete(false);
    QVERIFY(GuiTestHarness::wait(found.get()));
    QCOMPARE(found->matches().size(), 1);
    QStringList held = h.campaignDevices(found->matches().first().id);
    held.sort();
    devices.sort();
    QCOMPARE(held, devices);
    // Nothing is left to reconcile or resume.
    QVERIFY(store.pendingCreates()
                .unresolved(u"custom"_s, h.client()->environment().accountName)
                .isEmpty());
}

QTEST_MAIN(WorkspaceStartupTest)
#include "WorkspaceStartupTest.moc"
