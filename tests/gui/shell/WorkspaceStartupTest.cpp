// What the app does with its workspace at start (WorkspaceStartup): an interrupted device batch,
// once the user agrees, is completed with as many requests at once as Settings ▸ Requests in
// parallel says, as fotasim counts them.

#include "gui/shell/WorkspaceStartup.h"

#include "gui/GuiTestHarness.h"
#include "store/AppSettings.h"
#include "store/BatchJournal.h"
#include "store/LocalStore.h"
#include "workflow/BatchRunner.h"

#include <QJsonObject>
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

QTEST_MAIN(WorkspaceStartupTest)
#include "WorkspaceStartupTest.moc"
