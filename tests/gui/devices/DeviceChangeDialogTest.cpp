// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Adding and removing devices through DeviceChangeDialog against an in-process
// fotasim with injected faults: per-device results, failed batches, Stop, and
// "Retry failed" sending only the failures until the server's device set is
// the intended one.

#include "gui/devices/DeviceChangeDialog.h"

#include "gui/GuiTestHarness.h"
#include "gui/devices/DeviceListEditor.h"
#include "models/DeviceResultModel.h"
#include "store/BatchJournal.h"
#include "store/LocalStore.h"
#include "workflow/BatchRunner.h"

#include <QJsonObject>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::GuiTestHarness;
using fotadesk::test::HttpTestClient;

class DeviceChangeDialogTest : public QObject
{
    Q_OBJECT

private:
    static QString lines(const QList<Imei>& imeis)
    {
        QStringList out;
        for (const Imei& i : imeis)
            out << i.toString();
        return out.join(u'\n');
    }

    static bool waitIdle(DeviceChangeDialog& d)
    {
        return QTest::qWaitFor([&] { return !d.isRunning(); }, 60000);
    }

    /// What fotasim saw since the last reset: add/remove requests, and the most answers it
    /// held back (latency) at once.
    struct Seen
    {
        int changeRequests = 0;
        int maxConcurrent = 0;
    };
    static Seen seen(GuiTestHarness& h)
    {
        HttpTestClient admin(h.baseUrl());
        const QJsonObject stats = admin.adminGet(u"/admin/stats"_s).object();
        Seen out;
        const QJsonObject routes = stats.value(u"byRoute"_s).toObject();
        for (auto it = routes.begin(); it != routes.end(); ++it) {
            if (it.key().startsWith(u"PUT /api/fota/v3/campaigns/"_s) &&
                !it.key().endsWith(u"/dates"_s))
                out.changeRequests += it.value().toInt();
        }
        out.maxConcurrent = stats.value(u"maxConcurrentDelayed"_s).toInt();
        return out;
    }
    static void resetStats(GuiTestHarness& h)
    {
        HttpTestClient(h.baseUrl()).adminPost(u"/admin/stats/reset"_s);
    }
    /// Runs `devices` through a dialog of `mode` to the end.
    static bool runAll(GuiTestHarness& h, const wire::Campaign& campaign,
                       DeviceChangeDialog::Mode mode, const QList<Imei>& devices)
    {
        DeviceChangeDialog dialog(h.context, campaign, mode);
        dialog.show();
        if (!dialog.editor()->importText(lines(devices)) ||
            !QTest::qWaitFor([&] { return !dialog.editor()->isImporting(); }, 30000))
            return false;
        // Add: the batch itself (the inventory check's own requests would count in fotasim's
        // figures; tests/gui/devices/AddPreflightTest checks it). Remove mode reads the
        // campaign's device report first.
        if (mode == DeviceChangeDialog::Mode::Add)
            dialog.sendWithoutCheck();
        else
            dialog.start();
        return QTest::qWaitFor([&] { return !dialog.isChecking(); }, 60000) && waitIdle(dialog) &&
               dialog.resultModel()->counts().succeeded == devices.size();
    }

private Q_SLOTS:
    // Settings ▸ Devices per request and Requests in parallel: a changed value is what the
    // next run sends, as fotasim counts it (requests, and answers held back at once).
    void batchSettingsShapeTheRequests()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        const auto fleet = h.fleet();
        QVERIFY(fleet.devices.size() >= 14);
        const QDate today = Clock::system().nowUtc().date();
        const auto campaign =
            h.createCampaign(u"Batch settings"_s, fleet.package, fleet.devices.mid(0, 2),
                             today.addDays(3), today.addDays(5));
        QVERIFY(campaign.has_value());
        const QList<Imei> devices = fleet.devices.mid(2, 12);
        QVERIFY(h.setFaults(u"latency=300"_s));

        h.settings.setValue(AppSettings::Key::BatchChunkSize, 4);
        h.settings.setValue(AppSettings::Key::BatchConcurrency, 1);
        resetStats(h);
        QVERIFY(runAll(h, *campaign, DeviceChangeDialog::Mode::Add, devices));
        Seen s = seen(h);
        QCOMPARE(s.changeRequests, 3);
        QCOMPARE(s.maxConcurrent, 1);

        h.settings.setValue(AppSettings::Key::BatchChunkSize, 2);
        h.settings.setValue(AppSettings::Key::BatchConcurrency, 3);
        resetStats(h);
        QVERIFY(runAll(h, *campaign, DeviceChangeDialog::Mode::Remove, devices));
        s = seen(h);
        QCOMPARE(s.changeRequests, 6);
        QCOMPARE(s.maxConcurrent, 3);
        QVERIFY(h.setFaults(u"none"_s));
        QCOMPARE(h.campaignDevices(campaign->id).size(), 2);
    }

    void addAndRemoveWithFaults()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        const auto fleet = h.fleet();
        QVERIFY(fleet.devices.size() >= 24);
        const QDate today = Clock::system().nowUtc().date();
        const auto campaign =
            h.createCampaign(u"Add/remove"_s, fleet.package, fleet.devices.mid(0, 2),
                             today.addDays(3), today.addDays(5));
        QVERIFY(campaign.has_value());
        h.client()->setRetryPolicy(RetryPolicy::none());

        // --- add 20 licensed + 2 unlicensed devices, half the requests failing -------------
        const QList<Imei> toAdd = fleet.devices.mid(2, 20);
        const QList<Imei> unlicensed = h.unlicensedImeis(h.licensedImeis(), 2);
        QVERIFY(h.setFaults(u"error503=0.5,seed=11"_s));
        {
            h.settings.setValue(AppSettings::Key::BatchChunkSize, 4);
            DeviceChangeDialog dialog(h.context, *campaign, DeviceChangeDialog::Mode::Add);
            dialog.show();
            DeviceListEditor* editor = dialog.editor();
            QVERIFY(editor->importText(lines(toAdd + unlicensed)));
            QVERIFY(QTest::qWaitFor([&] { return !editor->isImporting(); }, 30000));
            QCOMPARE(editor->counts().valid, 22);
            auto* start = dialog.findChild<QPushButton*>(u"startButton"_s);
            QVERIFY(start->isEnabled());
            // The batch itself, unlicensed devices included (the inventory check would keep
            // them out; AddPreflightTest checks that).
            dialog.sendWithoutCheck();
            QVERIFY(waitIdle(dialog));
            const auto first = dialog.resultModel()->counts();
            QCOMPARE(first.succeeded + first.alreadyApplied + first.refused + first.noAnswer +
                         first.unknown,
                     22);
            QVERIFY(first.noAnswer > 0); // the requests that got a 503
            // The unlicensed ones: refused, or without an answer when their request got a 503.
            const QStringList unanswered = dialog.resultModel()->retryableDeviceIds();
            const QStringList refused =
                dialog.resultModel()->deviceIds(DeviceResultModel::Outcome::Refused);
            for (const Imei& u : unlicensed)
                QVERIFY(refused.contains(u.toString()) || unanswered.contains(u.toString()));
            QVERIFY(dialog.runState().contains(u"Retry"_s));
            // The editor marks each row with its outcome.
            QCOMPARE(editor->counts().failed, first.notDone() + first.unknown);

            // Faults off; retry sends only the devices without an answer.
            QVERIFY(h.setFaults(u"none"_s));
            auto* retry = dialog.findChild<QPushButton*>(u"retryButton"_s);
            QVERIFY(retry->isEnabled());
            QVERIFY2(
                retry->text().remove(u'&').startsWith(u"Retry %1 device"_s.arg(unanswered.size())),
                qPrintable(retry->text()));
            QTest::mouseClick(retry, Qt::LeftButton);
            QVERIFY(dialog.runState().contains(QString::number(unanswered.size())));
            QVERIFY(waitIdle(dialog));
            const auto second = dialog.resultModel()->counts();
            QCOMPARE(dialog.resultModel()->rowCount(), 22);
            QCOMPARE(second.refused, 2); // the unlicensed devices, with the server's reason
            QCOMPARE(second.noAnswer, 0);
            QVERIFY(retry->isHidden()); // nothing left that a retry could change
            const QStringList failedNow =
                dialog.resultModel()->deviceIds(DeviceResultModel::Outcome::Refused);
            QCOMPARE(QSet<QString>(failedNow.cbegin(), failedNow.cend()),
                     (QSet<QString>{unlicensed[0].toString(), unlicensed[1].toString()}));
        }
        QStringList onServer = h.campaignDevices(campaign->id);
        QCOMPARE(onServer.size(), 22);
        for (const Imei& i : toAdd)
            QVERIFY(onServer.contains(i.toString()));

        // --- remove 8 devices: slow answers, Stop, then retry -------------------------------
        const QList<Imei> toRemove = toAdd.mid(0, 8);
        QVERIFY(h.setFaults(u"latency=150"_s));
        {
            h.settings.setValue(AppSettings::Key::BatchChunkSize, 2);
            DeviceChangeDialog dialog(h.context, *campaign, DeviceChangeDialog::Mode::Remove);
            dialog.show();
            QVERIFY(dialog.editor()->importText(lines(toRemove)));
            QVERIFY(QTest::qWaitFor([&] { return !dialog.editor()->isImporting(); }, 30000));
            QTest::mouseClick(dialog.findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);
            // Every device is in the campaign: once the report is read, the run starts.
            QTRY_VERIFY(dialog.isRunning());
            auto* stop = dialog.findChild<QPushButton*>(u"cancelRunButton"_s);
            QVERIFY(stop->isEnabled());
            QTest::mouseClick(stop, Qt::LeftButton);
            QVERIFY(waitIdle(dialog));
            QVERIFY(dialog.resultModel()->counts().noAnswer > 0); // stopped before the end
            QVERIFY(h.setFaults(u"none"_s));
            dialog.retryFailed();
            QVERIFY(waitIdle(dialog));
            QStringList rows;
            for (int r = 0; r < dialog.resultModel()->rowCount(); ++r) {
                QStringList cells;
                for (int c = 0; c < DeviceResultModel::ColumnCount; ++c)
                    cells << dialog.resultModel()->index(r, c).data().toString();
                rows << cells.join(u'|');
            }
            // A removal stopped in flight may have happened: its retry finds the device "not in
            // the campaign" — the wanted state, counted apart from the removals of this run.
            const auto counts = dialog.resultModel()->counts();
            QVERIFY2(counts.notDone() == 0, qPrintable(rows.join(u'\n')));
            QVERIFY2(counts.succeeded + counts.alreadyApplied == 8, qPrintable(rows.join(u'\n')));
        }
        onServer = h.campaignDevices(campaign->id);
        QCOMPARE(onServer.size(), 14);
        for (const Imei& i : toRemove)
            QVERIFY(!onServer.contains(i.toString()));
    }

    // One add with every kind of answer: devices the server adds, devices already in the
    // campaign, devices it refuses (no such device, not on the package's firmware) and a request
    // that gets no answer (fotasim answers 503 from the third request on). The result counts the
    // three outcomes apart, and "Retry" re-sends exactly the devices without an answer — fotasim
    // sees one request, and the campaign then holds exactly the devices that can be in it.
    void addShowsThreeOutcomesAndRetriesOnlyTheUnanswered()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        const auto fleet = h.fleet();
        QVERIFY(fleet.devices.size() >= 7);
        const QDate today = Clock::system().nowUtc().date();
        const auto campaign =
            h.createCampaign(u"Three outcomes"_s, fleet.package, fleet.devices.mid(0, 2),
                             today.addDays(3), today.addDays(5));
        QVERIFY(campaign.has_value());
        h.client()->setRetryPolicy(RetryPolicy::none());
        // A licensed device that runs another firmware than the package's "from" version, as
        // the device itself reports it (firmware sync): the server refuses it.
        const QList<Imei> licensed = h.licensedImeis();
        std::optional<Imei> misfit;
        {
            QStringList sample;
            for (const Imei& i : licensed.mid(0, 100))
                sample << i.toString();
            auto* sync = h.client()->synchronizeFirmware(sample);
            sync->setAutoDelete(false);
            std::unique_ptr<ApiJob> owner(sync);
            QVERIFY(GuiTestHarness::wait(sync) && sync->succeeded());
            for (const auto& d : sync->result().deviceFirmwareVersionList) {
                if (!d.firmwareVersion.isEmpty() &&
                    d.firmwareVersion != fleet.package.firmwareFrom) {
                    misfit = Imei::fromString(d.deviceId);
                    break;
                }
            }
        }
        QVERIFY(misfit.has_value());
        const Imei unknown = h.unlicensedImeis(licensed, 1).first();
        const QList<Imei> added{fleet.devices.at(2), fleet.devices.at(3)};
        const QList<Imei> already{fleet.devices.at(0), fleet.devices.at(1)};
        const QList<Imei> unanswered{fleet.devices.at(4), fleet.devices.at(5), fleet.devices.at(6)};
        // Three requests of three devices, one at a time, in this order.
        const QList<Imei> list{added[0], already[0],    *misfit,       added[1],     already[1],
                               unknown,  unanswered[0], unanswered[1], unanswered[2]};
        h.settings.setValue(AppSettings::Key::BatchChunkSize, 3);
        h.settings.setValue(AppSettings::Key::BatchConcurrency, 1);
        QVERIFY(h.setFaults(u"none"_s));

        DeviceChangeDialog dialog(h.context, *campaign, DeviceChangeDialog::Mode::Add);
        dialog.show();
        QVERIFY(dialog.editor()->importText(lines(list)));
        QVERIFY(QTest::qWaitFor([&] { return !dialog.editor()->isImporting(); }, 30000));
        dialog.sendWithoutCheck();
        auto* runner = dialog.findChild<BatchRunner*>();
        QVERIFY(runner && runner->batcher());
        QCOMPARE(runner->batcher()->chunks().size(), 3);
        // Once the second request is answered, fotasim stops answering.
        bool faulted = false;
        connect(runner->batcher(), &DeviceBatcher::chunkFinished, this, [&](int index) {
            if (index == 1)
                faulted = h.setFaults(u"error503=1"_s);
        });
        QVERIFY(waitIdle(dialog));
        QVERIFY(faulted);

        DeviceResultModel* results = dialog.resultModel();
        QCOMPARE(results->counts(), (DeviceResultModel::Counts{2, 2, 2, 3, 0}));
        const auto ids = [](const QList<Imei>& imeis) {
            QStringList out;
            for (const Imei& i : imeis)
                out << i.toString();
            return out;
        };
        QCOMPARE(results->deviceIds(DeviceResultModel::Outcome::Succeeded), ids(added));
        QCOMPARE(results->deviceIds(DeviceResultModel::Outcome::AlreadyApplied), ids(already));
        QCOMPARE(results->deviceIds(DeviceResultModel::Outcome::Refused), ids({*misfit, unknown}));
        QCOMPARE(results->retryableDeviceIds(), ids(unanswered));
        // What the user reads: the outcomes counted apart, each row's outcome in words.
        QVERIFY2(dialog.runState().contains(u"Done: 2 added, 2 already in the campaign, 2 refused "
                                            u"by the server, 3 without an answer."_s),
                 qPrintable(dialog.runState()));
        for (int r = 0; r < results->rowCount(); ++r) {
            const QString id = results->index(r, DeviceResultModel::ImeiColumn).data().toString();
            const QString outcome =
                results->index(r, DeviceResultModel::OutcomeColumn).data().toString();
            if (id == already[0].toString())
                QCOMPARE(outcome, u"Already in the campaign"_s);
            else if (id == unknown.toString())
                QCOMPARE(outcome, u"Refused"_s);
            else if (id == unanswered[0].toString())
                QCOMPARE(outcome, u"No answer"_s);
        }
        auto* retry = dialog.findChild<QPushButton*>(u"retryButton"_s);
        QVERIFY(retry->isVisible());
        QVERIFY(retry->isEnabled());
        // "Retry 3 devices without an answer" (the plural comes from the English translation).
        QVERIFY2(retry->text().remove(u'&').startsWith(u"Retry 3 device"_s) &&
                     retry->text().endsWith(u"without an answer"_s),
                 qPrintable(retry->text()));

        // The server answers again: Retry sends the three devices without an answer, nothing
        // else — one request, and the refused and already-in devices are not in it.
        QVERIFY(h.setFaults(u"none"_s));
        resetStats(h);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(waitIdle(dialog));
        QCOMPARE(seen(h).changeRequests, 1);
        QCOMPARE(results->counts(), (DeviceResultModel::Counts{5, 2, 2, 0, 0}));
        QVERIFY(retry->isHidden());
        const auto asSet = [](const QStringList& list) {
            return QSet<QString>(list.cbegin(), list.cend());
        };
        QCOMPARE(asSet(results->deviceIds(DeviceResultModel::Outcome::Succeeded)),
                 asSet(ids(added + unanswered)));
        // fotasim's truth: the campaign holds the added, the already-in and the retried
        // devices, and neither refused one.
        HttpTestClient server(h.baseUrl());
        QVERIFY(server.authenticate());
        const QStringList onServer =
            server.campaignDeviceIds(h.context.environment.accountName, campaign->id);
        QCOMPARE(asSet(onServer), asSet(ids(added + already + unanswered)));
    }

    // With a workspace, a run is journaled chunk by chunk: a run cut short (here: Stop while
    // answers are slow) stays in the journal with exactly its unsent chunks, a BatchRunner
    // (what the next start and 'fotactl campaign resume' use) sends those, and the campaign
    // ends with exactly the intended devices.
    void runIsJournaledAndResumable()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        QTemporaryDir dir;
        LocalStore store(dir.filePath(u"workspace.sqlite"_s));
        QVERIFY(store.open().persistent());
        h.context.journal = &store.journal();
        const auto fleet = h.fleet();
        QVERIFY(fleet.devices.size() >= 16);
        const QDate today = Clock::system().nowUtc().date();
        const auto campaign =
            h.createCampaign(u"Journaled add"_s, fleet.package, fleet.devices.mid(0, 2),
                             today.addDays(3), today.addDays(5));
        QVERIFY(campaign.has_value());
        h.client()->setRetryPolicy(RetryPolicy::none());
        const QList<Imei> toAdd = fleet.devices.mid(2, 14);

        QVERIFY(h.setFaults(u"latency=200"_s));
        qint64 journalId = 0;
        {
            h.settings.setValue(AppSettings::Key::BatchChunkSize, 2);
            DeviceChangeDialog dialog(h.context, *campaign, DeviceChangeDialog::Mode::Add);
            dialog.show();
            QVERIFY(dialog.editor()->importText(lines(toAdd)));
            QVERIFY(QTest::qWaitFor([&] { return !dialog.editor()->isImporting(); }, 30000));
            QTest::mouseClick(dialog.findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);
            // Every device passes the inventory check, so the run starts by itself.
            QVERIFY(QTest::qWaitFor([&] { return dialog.isRunning(); }, 30000));
            const auto open = store.journal().list(true);
            QCOMPARE(open.size(), 1);
            journalId = open.first().id;
            QCOMPARE(open.first().campaignId, campaign->id);
            QCOMPARE(open.first().deviceCount, qint64(toAdd.size()));
            // Let at least one request succeed, then stop the rest.
            QVERIFY(QTest::qWaitFor(
                [&] { return store.journal().list(true).value(0).chunksSucceeded >= 1; }, 30000));
            QTest::mouseClick(dialog.findChild<QPushButton*>(u"cancelRunButton"_s), Qt::LeftButton);
            QVERIFY(waitIdle(dialog));
            QVERIFY2(dialog.runState().contains(QString::number(journalId)),
                     qPrintable(dialog.runState()));
        }
        const auto entry = store.journal().load(journalId);
        QVERIFY(entry.has_value());
        QCOMPARE(entry->chunksTotal, 7);
        QVERIFY(entry->chunksSucceeded >= 1 && entry->chunksSucceeded < 7);
        QVERIFY(entry->isResumable());

        // The next start's resume: only the unsent chunks, and the set is exact.
        QVERIFY(h.setFaults(u"none"_s));
        BatchRunner runner(h.client(), store.journal());
        QString error;
        QVERIFY2(runner.resume(journalId, &error), qPrintable(error));
        QCOMPARE(runner.chunksToSend(), 7 - entry->chunksSucceeded);
        QSignalSpy done(&runner, &BatchRunner::finished);
        runner.start();
        QVERIFY(done.wait(60000));
        QVERIFY(runner.batcher()->allSucceeded());
        QStringList expected;
        for (const Imei& i : fleet.devices.mid(0, 16))
            expected << i.toString();
        QStringList onServer = h.campaignDevices(campaign->id);
        QCOMPARE(onServer.size(), 16);
        QCOMPARE(QSet<QString>(onServer.cbegin(), onServer.cend()),
                 QSet<QString>(expected.cbegin(), expected.cend()));
        QVERIFY(store.journal().list(true).isEmpty());
    }

    // The one rule in the app: a workspace that cannot keep the journal (here one written by
    // a newer FotaDesk, so this run keeps it in memory only) gets no batch sent. The dialog
    // says why; fotasim sees no add request and the campaign keeps its devices.
    void unjournaledRunIsNotSent()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        QTemporaryDir dir;
        {
            LocalStore newer(dir.filePath(u"workspace.sqlite"_s));
            QVERIFY(newer.open().persistent());
            QSqlQuery q(newer.workspace().database());
            QVERIFY(q.exec(u"PRAGMA user_version = 999"_s));
        }
        LocalStore store(dir.filePath(u"workspace.sqlite"_s));
        QCOMPARE(store.open().status, Workspace::OpenStatus::InMemory);
        h.context.journal = &store.journal();
        const auto fleet = h.fleet();
        QVERIFY(fleet.devices.size() >= 6);
        const QDate today = Clock::system().nowUtc().date();
        const auto campaign =
            h.createCampaign(u"Not journaled"_s, fleet.package, fleet.devices.mid(0, 2),
                             today.addDays(3), today.addDays(5));
        QVERIFY(campaign.has_value());
        resetStats(h);

        DeviceChangeDialog dialog(h.context, *campaign, DeviceChangeDialog::Mode::Add);
        dialog.show();
        QVERIFY(dialog.editor()->importText(lines(fleet.devices.mid(2, 4))));
        QVERIFY(QTest::qWaitFor([&] { return !dialog.editor()->isImporting(); }, 30000));
        const qsizetype before = h.messages.records().size();
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return h.messages.records().size() > before; }, 30000));
        const QString said = h.messages.records().constLast().text;
        QVERIFY2(said.contains(u"nothing was sent"_s) && said.contains(u"in memory"_s),
                 qPrintable(said));
        QVERIFY(!dialog.isRunning());
        QCOMPARE(seen(h).changeRequests, 0);
        QCOMPARE(h.campaignDevices(campaign->id).size(), 2);
    }
};

QTEST_MAIN(DeviceChangeDialogTest)
#include "DeviceChangeDialogTest.moc"
