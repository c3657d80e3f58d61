// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Verify firmware" over real HTTP against a fotasim on 127.0.0.1: verified, mismatch and not
// reported as fotasim produces them (VerifyScenario), at most 100 devices a sync request, the
// sync journaled, cancel.

#include "workflow/FirmwareVerifyRun.h"

#include "api/SimFixture.h"
#include "core/Clock.h"
#include "store/BatchJournal.h"
#include "store/Workspace.h"
#include "support/VerifyScenario.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString kSyncRoute = u"PUT /api/fota/v3/firmware/{}/devices"_s;

bool waitFinished(FirmwareVerifyRun& run, int timeoutMs = 120000)
{
    QSignalSpy spy(&run, &FirmwareVerifyRun::finished);
    return !run.isRunning() || spy.wait(timeoutMs);
}

} // namespace

class FirmwareVerifyRunTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<BatchJournal> m_journal;
    std::unique_ptr<FotaClient> m_client;
    VerifyScenario m_scenario;

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(QStringList{u"--seed"_s, u"31"_s});
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        QVERIFY(m_sim->admin().authenticate());
        // 230 devices: three sync requests (100, 100, 30).
        m_scenario = VerifyScenario::create(m_sim->admin(), DemoAccount, 230, 3, 2);
        QVERIFY2(m_scenario.error.isEmpty(), qPrintable(m_scenario.error));
        QCOMPARE(m_scenario.succeeded.size(), 230);
        QVERIFY(!m_scenario.mismatch.isEmpty());
        QCOMPARE(m_scenario.unreachable.size(), 2);
    }

    void init()
    {
        QVERIFY(m_sim->setFaults(u"none"_s));
        m_dir = std::make_unique<QTemporaryDir>();
        m_ws = std::make_unique<Workspace>(m_dir->filePath(u"ws.sqlite"_s));
        QVERIFY(m_ws->open().persistent());
        m_journal = std::make_unique<BatchJournal>(*m_ws);
        m_client = m_sim->makeClient(3);
    }

    void verifiesEachDeviceAgainstWhatItReports()
    {
        m_sim->resetStats();
        FirmwareVerifyRun run(m_client.get(), m_journal.get(), Clock::system());
        QSignalSpy progress(&run, &FirmwareVerifyRun::progress);
        QString error;
        QVERIFY2(
            run.start(m_scenario.campaignId, m_scenario.firmwareTo, m_scenario.succeeded, &error),
            qPrintable(error));
        QVERIFY(waitFinished(run));
        QVERIFY(!run.error());
        QVERIFY(run.journalProblem().isEmpty());
        QCOMPARE(m_sim->requestsTo(kSyncRoute), 3);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), 230);

        const FirmwareVerificationResult& r = run.result();
        QCOMPARE(r.campaignId, m_scenario.campaignId);
        QCOMPARE(r.firmwareTo, m_scenario.firmwareTo);
        QCOMPARE(r.devices.size(), 230);
        QCOMPARE(r.counts.verified, m_scenario.verified.size());
        QCOMPARE(r.counts.mismatch, m_scenario.mismatch.size());
        QCOMPARE(r.counts.notReported, 2);
        QVERIFY(r.checkedUtc.isValid());
        for (const FirmwareCheck& c : r.devices) {
            if (m_scenario.mismatch.contains(c.deviceId)) {
                QCOMPARE(c.verdict, FirmwareVerdict::Mismatch);
                QCOMPARE(c.reportedFirmware, m_scenario.newerFirmware);
            } else if (m_scenario.unreachable.contains(c.deviceId)) {
                QCOMPARE(c.verdict, FirmwareVerdict::NotReported);
                QCOMPARE(c.reason, u"Device did not respond"_s);
            } else {
                QCOMPARE(c.verdict, FirmwareVerdict::Verified);
                QCOMPARE(c.reportedFirmware, m_scenario.firmwareTo);
            }
        }

        // Journaled like every device batch, and complete.
        const QList<BatchJournal::Entry> entries = m_journal->list();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().operation, DeviceBatcher::Operation::SyncFirmware);
        QCOMPARE(entries.first().campaignId, m_scenario.campaignId);
        QCOMPARE(entries.first().state, BatchJournal::State::Completed);
        QCOMPARE(m_journal->outcomes(entries.first().id).size(), 230);
    }

    void withoutAWorkspaceItRunsUnjournaled()
    {
        FirmwareVerifyRun run(m_client.get(), nullptr, Clock::system());
        QString error;
        QVERIFY(run.start(m_scenario.campaignId, m_scenario.firmwareTo,
                          m_scenario.unreachable + m_scenario.mismatch, &error));
        QVERIFY(waitFinished(run));
        QCOMPARE(run.result().counts.notReported, 2);
        QCOMPARE(run.result().counts.mismatch, m_scenario.mismatch.size());
        QCOMPARE(run.result().counts.verified, 0);
    }

    void refusesWhatItCannotVerify()
    {
        FirmwareVerifyRun run(m_client.get(), m_journal.get(), Clock::system());
        QString error;
        QVERIFY(!run.start(m_scenario.campaignId, m_scenario.firmwareTo, {}, &error));
        QVERIFY2(error.contains(m_scenario.campaignId), qPrintable(error));
        QVERIFY(!run.start(m_scenario.campaignId, u" "_s, m_scenario.succeeded, &error));
        QVERIFY2(error.contains(u"states no target firmware"_s), qPrintable(error));
        QVERIFY(m_journal->list().isEmpty());
    }

    void failedRequestsLeaveDevicesNotReported()
    {
        // Every answer is a 503 (the client's three attempts too): nothing is verified, every
        // device says why, and the journal is closed (a verification is run again).
        QVERIFY(m_sim->setFaults(u"error503=1"_s));
        FirmwareVerifyRun run(m_client.get(), m_journal.get(), Clock::system());
        QString error;
        QVERIFY(
            run.start(m_scenario.campaignId, m_scenario.firmwareTo, m_scenario.succeeded, &error));
        QVERIFY(waitFinished(run));
        QVERIFY(run.error());
        QCOMPARE(run.result().counts.notReported, 230);
        QVERIFY(!run.result().devices.first().reason.isEmpty());
        QCOMPARE(m_journal->list().first().state, BatchJournal::State::Abandoned);
    }

    void cancelStopsTheRequestsInFlight()
    {
        QVERIFY(m_sim->setFaults(u"latency=3000"_s));
        FirmwareVerifyRun run(m_client.get(), m_journal.get(), Clock::system());
        QString error;
        QVERIFY(
            run.start(m_scenario.campaignId, m_scenario.firmwareTo, m_scenario.succeeded, &error));
        QVERIFY(run.isRunning());
        QSignalSpy finished(&run, &FirmwareVerifyRun::finished);
        run.cancel();
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        QVERIFY(run.wasCancelled());
        QCOMPARE(run.error()->kind(), ApiError::Kind::Cancelled);
        QCOMPARE(run.result().counts.notReported, 230);
        QCOMPARE(m_journal->list().first().state, BatchJournal::State::Abandoned);
    }

    void destroyedMidRunClosesItsJournal()
    {
        // Its page closed while it ran: nothing is left for the next start to complete.
        QVERIFY(m_sim->setFaults(u"latency=3000"_s));
        {
            FirmwareVerifyRun run(m_client.get(), m_journal.get(), Clock::system());
            QString error;
            QVERIFY(run.start(m_scenario.campaignId, m_scenario.firmwareTo, m_scenario.succeeded,
                              &error));
            QVERIFY(run.isRunning());
            QCOMPARE(m_journal->list().first().state, BatchJournal::State::Open);
        }
        QCOMPARE(m_journal->list().first().state, BatchJournal::State::Abandoned);
        const Environment& env = m_client->environment();
        QVERIFY(
            m_journal->resumable(Environment::profileName(env.profile), env.accountName).isEmpty());
    }
};

QTEST_GUILESS_MAIN(FirmwareVerifyRunTest)
#include "FirmwareVerifyRunTest.moc"
