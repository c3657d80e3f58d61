// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Journaled batches against a real fotasim on 127.0.0.1: a run is journaled chunk by chunk;
// after an interruption (client gone mid-batch, cancel, network loss) resume sends exactly the
// chunks that had not succeeded, and the campaign ends with exactly the intended devices.

#include "workflow/BatchRunner.h"

#include "api/SimFixture.h"
#include "store/BatchJournal.h"
#include "store/Workspace.h"

#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString kPutRoute = u"PUT /api/fota/v3/campaigns/firmware"_s;
const QString kPlainPutRoute = u"PUT /api/fota/v3/campaigns/{}/{}"_s; // without /firmware

bool waitFinished(BatchRunner& runner, int timeoutMs = 300000)
{
    QSignalSpy spy(&runner, &BatchRunner::finished);
    runner.start();
    return spy.size() > 0 || spy.wait(timeoutMs);
}

} // namespace

class BatchRunnerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void runIsJournaledChunkByChunk();
    void resumeAfterInterruption_data();
    void resumeAfterInterruption();
    void removeIsResumableToo();
    void resumeRefusals();
    void resumeKeepsTheJournaledPath();
    void journalWithoutPathTakesTheAskedOne();
    void journalKeepsOddDeviceIds();
    void refusedWhenTheJournalIsNotKept();

private:
    /// A campaign with one device, and `devices` more devices of its model to add.
    QString campaignWithCandidates(int devices, QStringList* candidates);

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<BatchJournal> m_journal;
    std::unique_ptr<FotaClient> m_client;
    int m_counter = 0;
};

void BatchRunnerTest::initTestCase()
{
    m_sim = std::make_unique<SimFixture>(QStringList{u"--seed"_s, u"23"_s});
    QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
}

void BatchRunnerTest::init()
{
    QVERIFY(m_sim->setFaults(u"none"_s));
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = std::make_unique<Workspace>(m_dir->filePath(u"ws.sqlite"_s));
    QVERIFY(m_ws->open().persistent());
    m_journal = std::make_unique<BatchJournal>(*m_ws);
    m_client = m_sim->makeClient(3);
}

void BatchRunnerTest::cleanup()
{
    m_client.reset();
    m_journal.reset();
    m_ws.reset();
    m_dir.reset();
    m_sim->setFaults(u"none"_s);
}

void BatchRunnerTest::cleanupTestCase()
{
    m_sim.reset();
}

QString BatchRunnerTest::campaignWithCandidates(int devices, QStringList* candidates)
{
    const QJsonObject source = m_sim->syntheticCampaign(devices + 1);
    QStringList ids = m_sim->campaignDevices(source.value(u"id"_s).toString());
    if (ids.size() != devices + 1)
        return {};
    wire::CampaignRequest r;
    r.campaignName =
        u"batch runner %1 %2"_s.arg(++m_counter).arg(QDateTime::currentMSecsSinceEpoch());
    r.firmwareName = source.value(u"firmwareName"_s).toString();
    r.firmwareFrom = source.value(u"firmwareFrom"_s).toString();
    r.firmwareTo = source.value(u"firmwareTo"_s).toString();
    r.protocol = source.value(u"protocol"_s).toString();
    r.startDate = m_sim->today().addDays(4);
    r.endDate = m_sim->today().addDays(8);
    r.deviceList = {ids.takeFirst()};
    auto* create = m_client->createCampaign(r);
    SimFixture::waitFor(create);
    const QString id = create->succeeded() ? create->result().id : QString();
    delete create;
    *candidates = ids;
    return id;
}

void BatchRunnerTest::runIsJournaledChunkByChunk()
{
    QStringList devices;
    const QString campaign = campaignWithCandidates(2500, &devices);
    QVERIFY(!campaign.isEmpty());
    BatchRunner runner(m_client.get(), *m_journal);
    QString error;
    QVERIFY2(runner.begin(DeviceBatcher::Operation::AddToCampaign, devices, campaign, 1000, &error),
             qPrintable(error));
    // Journaled before anything is sent: the plan, all pending.
    auto entry = m_journal->load(runner.journalId());
    QVERIFY(entry.has_value());
    QCOMPARE(entry->deviceIds, devices);
    QCOMPARE(entry->chunks.size(), 3);
    QCOMPARE(entry->chunks.at(2).first, 2000);
    QCOMPARE(entry->chunks.at(2).count, 500);
    QCOMPARE(entry->state, BatchJournal::State::Open);
    QCOMPARE(entry->campaignId, campaign);
    QCOMPARE(entry->profile, u"custom"_s);
    QCOMPARE(entry->account, DemoAccount);

    QList<int> journaledWhenChunkEnded;
    connect(runner.batcher(), &DeviceBatcher::chunkFinished, this, [&] {
        // The journal is written in the same turn, before the next chunk is scheduled.
        QTimer::singleShot(0, &runner, [&] {
            journaledWhenChunkEnded << m_journal->load(runner.journalId())->chunksSucceeded;
        });
    });
    QVERIFY(waitFinished(runner));
    QVERIFY(runner.batcher()->allSucceeded());
    entry = m_journal->load(runner.journalId());
    QCOMPARE(entry->state, BatchJournal::State::Completed);
    QCOMPARE(entry->chunksSucceeded, 3);
    QCOMPARE(entry->devicesDone, 2500);
    const auto outcomes = runner.outcomes();
    QCOMPARE(outcomes.size(), 2500);
    QCOMPARE(outcomes.first().deviceId, devices.first());
    QVERIFY(outcomes.first().succeeded);
    QVERIFY(!journaledWhenChunkEnded.isEmpty());
    QVERIFY(m_journal->resumable(u"custom"_s, DemoAccount).isEmpty());
}

void BatchRunnerTest::resumeAfterInterruption_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("program gone mid-batch") << u"gone"_s;
    QTest::newRow("cancelled by the user") << u"cancel"_s;
    QTest::newRow("network lost") << u"network"_s;
}

void BatchRunnerTest::resumeAfterInterruption()
{
    QFETCH(QString, how);
    QStringList devices;
    const QString campaign = campaignWithCandidates(5000, &devices);
    QVERIFY(!campaign.isEmpty());
    qint64 journalId = 0;
    {
        auto runner = std::make_unique<BatchRunner>(m_client.get(), *m_journal);
        QString error;
        QVERIFY(
            runner->begin(DeviceBatcher::Operation::AddToCampaign, devices, campaign, 500, &error));
        journalId = runner->journalId();
        runner->batcher()->setMaxConcurrent(1);
        if (how == u"network") {
            // The service becomes unreachable after two chunks went through.
            int ended = 0;
            connect(runner->batcher(), &DeviceBatcher::chunkFinished, this, [&] {
                if (++ended == 2)
                    m_sim->setFaults(u"error503=1"_s);
            });
            QVERIFY(waitFinished(*runner));
            QVERIFY(!runner->batcher()->allSucceeded());
            m_sim->setFaults(u"none"_s);
        } else {
            QSignalSpy chunks(runner->batcher(), &DeviceBatcher::chunkFinished);
            runner->start();
            while (chunks.size() < 3)
                QVERIFY(chunks.wait(60000));
            if (how == u"cancel") {
                runner->cancel();
            } else {
                // The program dies: its client and batch vanish with requests in flight.
                runner.reset();
                m_client.reset();
            }
        }
    }
    auto entry = m_journal->load(journalId);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->state, BatchJournal::State::Open);
    const int done = entry->chunksSucceeded;
    QVERIFY2(done >= 2 && done < 10, qPrintable(QString::number(done)));
    QCOMPARE(m_journal->resumable(u"custom"_s, DemoAccount).size(), 1);

    // Next start: a new client resumes the journal.
    m_client = m_sim->makeClient(3);
    m_sim->resetStats();
    BatchRunner resumed(m_client.get(), *m_journal);
    QString error;
    QVERIFY2(resumed.resume(journalId, &error), qPrintable(error));
    QCOMPARE(resumed.chunksDoneBefore(), done);
    QCOMPARE(resumed.chunksToSend(), 10 - done);
    QVERIFY(waitFinished(resumed));
    QVERIFY(resumed.batcher()->allSucceeded());
    // Exactly the remaining chunks went out, none of the done ones again.
    QCOMPARE(m_sim->requestsTo(kPutRoute), 10 - done);
    QCOMPARE(m_journal->load(journalId)->state, BatchJournal::State::Completed);
    QCOMPARE(resumed.outcomes().size(), 5000);

    QStringList reported = m_sim->campaignDevices(campaign);
    QCOMPARE(QSet<QString>(reported.cbegin(), reported.cend()).size(), reported.size());
    QStringList intended = devices;
    const QStringList first = reported; // includes the campaign's first device
    QCOMPARE(reported.size(), 5001);
    for (const QString& d : std::as_const(intended))
        QVERIFY2(first.contains(d), qPrintable(d));
}

void BatchRunnerTest::removeIsResumableToo()
{
    QStringList devices;
    const QString campaign = campaignWithCandidates(1200, &devices);
    {
        BatchRunner add(m_client.get(), *m_journal);
        QString error;
        QVERIFY(add.begin(DeviceBatcher::Operation::AddToCampaign, devices, campaign, 400, &error));
        QVERIFY(waitFinished(add));
        QVERIFY(add.batcher()->allSucceeded());
    }
    qint64 journalId = 0;
    {
        BatchRunner remove(m_client.get(), *m_journal);
        QString error;
        QVERIFY(remove.begin(DeviceBatcher::Operation::RemoveFromCampaign, devices, campaign, 400,
                             &error));
        journalId = remove.journalId();
        remove.batcher()->setMaxConcurrent(1);
        QSignalSpy chunks(remove.batcher(), &DeviceBatcher::chunkFinished);
        remove.start();
        QVERIFY(chunks.wait(60000));
        remove.cancel();
    }
    BatchRunner resumed(m_client.get(), *m_journal);
    QString error;
    QVERIFY2(resumed.resume(journalId, &error), qPrintable(error));
    QVERIFY(waitFinished(resumed));
    QVERIFY(resumed.batcher()->allSucceeded());
    QCOMPARE(m_sim->campaignDevices(campaign).size(), 1); // only the campaign's first device
}

void BatchRunnerTest::resumeRefusals()
{
    QStringList devices;
    const QString campaign = campaignWithCandidates(10, &devices);
    BatchRunner done(m_client.get(), *m_journal);
    QString error;
    QVERIFY(done.begin(DeviceBatcher::Operation::AddToCampaign, devices, campaign, 5, &error));
    QVERIFY(waitFinished(done));

    BatchRunner again(m_client.get(), *m_journal);
    QVERIFY(!again.resume(done.journalId(), &error));
    QVERIFY2(error.contains(u"complete"_s), qPrintable(error));
    QVERIFY(!again.resume(9999, &error));
    QVERIFY2(error.contains(u"9999"_s), qPrintable(error));

    // A journal run by another program that is still running is not taken over.
    DeviceBatcher plan(m_client.get(), DeviceBatcher::Operation::AddToCampaign, devices, campaign,
                       5);
    const qint64 other = m_journal->create(u"custom"_s, DemoAccount, plan);
    QProcess sleeper;
    sleeper.start(u"sleep"_s, {u"30"_s});
    QVERIFY(sleeper.waitForStarted());
    QSqlQuery q(m_ws->database());
    QVERIFY(q.exec(
        u"UPDATE batch_journal SET pid = %1 WHERE id = %2"_s.arg(sleeper.processId()).arg(other)));
    QVERIFY(m_journal->resumable(u"custom"_s, DemoAccount).isEmpty());
    QVERIFY(!again.resume(other, &error));
    QVERIFY2(error.contains(u"another program"_s), qPrintable(error));
    sleeper.kill();
    sleeper.waitForFinished();
    QCOMPARE(m_journal->resumable(u"custom"_s, DemoAccount).size(), 1);

    // Another account's journal is not resumed with this client.
    DeviceBatcher elsewhere(m_client.get(), DeviceBatcher::Operation::AddToCampaign, devices,
                            campaign, 5);
    const qint64 foreign = m_journal->create(u"custom"_s, u"0000123456-00002"_s, elsewhere);
    QVERIFY(!again.resume(foreign, &error));
    QVERIFY2(error.contains(u"0000123456-00002"_s), qPrintable(error));
}

void BatchRunnerTest::resumeKeepsTheJournaledPath()
{
    QStringList devices;
    const QString campaign = campaignWithCandidates(60, &devices);
    QVERIFY(!campaign.isEmpty());
    qint64 journalId = 0;
    {
        BatchRunner runner(m_client.get(), *m_journal);
        runner.setDevicePath(FotaClient::DevicePath::Plain);
        QString error;
        QVERIFY(
            runner.begin(DeviceBatcher::Operation::AddToCampaign, devices, campaign, 10, &error));
        journalId = runner.journalId();
        runner.batcher()->setMaxConcurrent(1);
        QSignalSpy chunks(runner.batcher(), &DeviceBatcher::chunkFinished);
        runner.start();
        while (chunks.size() < 2)
            QVERIFY(chunks.wait(60000));
        runner.cancel();
    }
    const auto entry = m_journal->load(journalId);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->devicePath, std::optional(FotaClient::DevicePath::Plain));
    QCOMPARE(m_journal->list().first().devicePath, std::optional(FotaClient::DevicePath::Plain));
    const int done = entry->chunksSucceeded;
    QVERIFY2(done >= 2 && done < 6, qPrintable(QString::number(done)));

    // Asking for the other path is refused before anything is claimed or sent.
    m_sim->resetStats();
    {
        BatchRunner switched(m_client.get(), *m_journal);
        switched.setDevicePath(FotaClient::DevicePath::Firmware);
        QString error;
        QVERIFY(!switched.resume(journalId, &error));
        QVERIFY2(error.contains(u"PUT /campaigns/{acc}/{id}"_s) &&
                     error.contains(u"PUT /campaigns/firmware/{acc}/{id}"_s),
                 qPrintable(error));
    }
    QCOMPARE(m_journal->resumable(u"custom"_s, DemoAccount).size(), 1);

    // Resuming without choosing a path goes on through the journaled (plain) one only.
    BatchRunner resumed(m_client.get(), *m_journal);
    QString error;
    QVERIFY2(resumed.resume(journalId, &error), qPrintable(error));
    QCOMPARE(resumed.batcher()->devicePath(), FotaClient::DevicePath::Plain);
    QVERIFY(waitFinished(resumed));
    QVERIFY(resumed.batcher()->allSucceeded());
    QCOMPARE(m_sim->requestsTo(kPutRoute), 0);
    QCOMPARE(m_sim->requestsTo(kPlainPutRoute), 6 - done);
    QCOMPARE(m_sim->campaignDevices(campaign).size(), 61);
}

void BatchRunnerTest::journalWithoutPathTakesTheAskedOne()
{
    // A journal written before the workspace recorded paths (schema < 5) has none: resume sends
    // through the path the caller asks for, the firmware path when it asks for none.
    QStringList devices;
    const QString campaign = campaignWithCandidates(10, &devices);
    QVERIFY(!campaign.isEmpty());
    DeviceBatcher plan(m_client.get(), DeviceBatcher::Operation::AddToCampaign, devices, campaign,
                       5);
    const qint64 id = m_journal->create(u"custom"_s, DemoAccount, plan);
    QVERIFY(id > 0);
    QCOMPARE(m_journal->load(id)->devicePath, std::optional(FotaClient::DevicePath::Firmware));
    QSqlQuery q(m_ws->database());
    QVERIFY(q.exec(u"UPDATE batch_journal SET device_path = '' WHERE id = %1"_s.arg(id)));
    QCOMPARE(m_journal->load(id)->devicePath, std::nullopt);

    m_sim->resetStats();
    BatchRunner resumed(m_client.get(), *m_journal);
    resumed.setDevicePath(FotaClient::DevicePath::Plain);
    QString error;
    QVERIFY2(resumed.resume(id, &error), qPrintable(error));
    QVERIFY(waitFinished(resumed));
    QVERIFY(resumed.batcher()->allSucceeded());
    QCOMPARE(m_sim->requestsTo(kPlainPutRoute), 2);
    QCOMPARE(m_sim->requestsTo(kPutRoute), 0);
}

void BatchRunnerTest::journalKeepsOddDeviceIds()
{
    const QStringList odd{u"356938035643809"_s, u"012345678901234"_s, u"not-an-imei"_s,
                          u"356938035643809"_s};
    DeviceBatcher plan(m_client.get(), DeviceBatcher::Operation::RemoveLicenses, odd, {}, 3);
    const qint64 id = m_journal->create(u"demo"_s, DemoAccount, plan);
    const auto entry = m_journal->load(id);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->deviceIds, odd);
    QCOMPARE(entry->operation, DeviceBatcher::Operation::RemoveLicenses);
    QCOMPARE(entry->chunks.size(), 2);
    QVERIFY(m_journal->markFailed(id, 1, u"boom"_s));
    QVERIFY(m_journal->markSucceeded(id, 0, {{u"356938035643809"_s, u"ok"_s, {}, {}, true}}));
    const auto after = m_journal->load(id);
    QCOMPARE(after->chunks.at(0).state, BatchJournal::ChunkState::Succeeded);
    QCOMPARE(after->chunks.at(1).state, BatchJournal::ChunkState::Failed);
    QCOMPARE(after->chunks.at(1).error, u"boom"_s);
    QCOMPARE(m_journal->outcomes(id).size(), 1);
}

void BatchRunnerTest::refusedWhenTheJournalIsNotKept()
{
    // A workspace of a newer FotaDesk runs in memory: a journal there would not survive the
    // program, so the batch is not started (the one rule), with a sentence saying why.
    QStringList devices;
    const QString campaign = campaignWithCandidates(4, &devices);
    QVERIFY(!campaign.isEmpty());
    {
        QSqlQuery q(m_ws->database());
        QVERIFY(q.exec(u"PRAGMA user_version = 999"_s));
    }
    m_journal.reset();
    m_ws->close();
    QCOMPARE(m_ws->open().status, Workspace::OpenStatus::InMemory);
    QVERIFY(!m_ws->writable());
    m_journal = std::make_unique<BatchJournal>(*m_ws);
    const int before = m_sim->requestsTo(kPutRoute);
    QString error;
    std::unique_ptr<BatchRunner> runner(BatchRunner::create(m_client.get(), m_journal.get(),
                                                            DeviceBatcher::Operation::AddToCampaign,
                                                            devices, campaign, 2, nullptr, &error));
    QVERIFY(!runner);
    QVERIFY2(error.contains(u"nothing was sent"_s) && error.contains(u"in memory"_s),
             qPrintable(error));
    QCOMPARE(m_sim->requestsTo(kPutRoute), before);
    QCOMPARE(m_sim->campaignDevices(campaign).size(), 1);

    // Without any workspace at all (a test's context) the batch runs unjournaled.
    runner.reset(BatchRunner::create(m_client.get(), nullptr,
                                     DeviceBatcher::Operation::AddToCampaign, devices, campaign, 2,
                                     nullptr, &error));
    QVERIFY(runner);
    QVERIFY(waitFinished(*runner));
    QVERIFY(runner->batcher()->allSucceeded());
    QCOMPARE(runner->outcomes().size(), 4);
    QCOMPARE(m_sim->campaignDevices(campaign).size(), 5);
}

QTEST_GUILESS_MAIN(BatchRunnerTest)
#include "BatchRunnerTest.moc"
