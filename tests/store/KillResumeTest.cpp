// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// THE KILL TEST: fotactl starts adding 30,000 devices to a campaign on a slowed fotasim
// (latency fault), is killed with SIGKILL mid-way, then resumes; the campaign's device report
// must equal the intended set exactly (nothing lost, nothing twice), and the resume must send
// exactly the chunks that had not succeeded.

#include "api/SimFixture.h"
#include "store/AuditLog.h"
#include "store/BatchJournal.h"
#include "store/LocalStore.h"
#include "store/Workspace.h"
#include "support/FotactlProcess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kDevices = 30'000;
constexpr int kChunk = 1000;
constexpr int kChunks = kDevices / kChunk;

} // namespace

class KillResumeTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killThenResume_data();
    void killThenResume();

private:
    QProcess* fotactl(const QStringList& args);
    int runFotactl(const QStringList& args, QByteArray* out = nullptr);

    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_dir;
    QString m_workspace;
    int m_run = 0;
};

void KillResumeTest::initTestCase()
{
    QVERIFY2(QFile::exists(fotactlPath()), qPrintable(fotactlPath()));
    m_sim = std::make_unique<SimFixture>(QStringList{u"--seed"_s, u"31"_s});
    QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
}

QProcess* KillResumeTest::fotactl(const QStringList& args)
{
    auto* p = new QProcess(this);
    p->setProcessEnvironment(fotactlEnvironment(m_workspace));
    p->setProgram(fotactlPath());
    p->setArguments(args + QStringList{u"--base-url"_s, m_sim->baseUrl().toString(), u"--account"_s,
                                       DemoAccount});
    p->start();
    return p;
}

int KillResumeTest::runFotactl(const QStringList& args, QByteArray* out)
{
    std::unique_ptr<QProcess> p(fotactl(args));
    if (!p->waitForFinished(600'000))
        return -1;
    if (out)
        *out = p->readAllStandardOutput();
    const QByteArray err = p->readAllStandardError();
    if (!err.isEmpty())
        qInfo("fotactl stderr: %s", err.constData());
    return p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
}

void KillResumeTest::killThenResume_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("campaign resume") << u"resume"_s;
    QTest::newRow("campaign resume JOURNAL-ID") << u"resume-id"_s;
    QTest::newRow("devices add --resume") << u"flag"_s;
}

void KillResumeTest::killThenResume()
{
    QFETCH(QString, how);
    m_workspace = m_dir.filePath(u"workspace-%1.sqlite"_s.arg(++m_run));
    QVERIFY(m_sim->setFaults(u"none"_s));

    // 30,001 fresh licensed devices of one model: a campaign is created with the first one,
    // and the other 30,000 are added through fotactl.
    const QJsonObject source = m_sim->syntheticCampaign(kDevices + 1);
    QStringList intended = m_sim->campaignDevices(source.value(u"id"_s).toString());
    QCOMPARE(intended.size(), kDevices + 1);
    auto client = m_sim->makeClient();
    wire::CampaignRequest r;
    r.campaignName = u"kill test %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    r.firmwareName = source.value(u"firmwareName"_s).toString();
    r.firmwareFrom = source.value(u"firmwareFrom"_s).toString();
    r.firmwareTo = source.value(u"firmwareTo"_s).toString();
    r.protocol = source.value(u"protocol"_s).toString();
    r.startDate = m_sim->today().addDays(5);
    r.endDate = m_sim->today().addDays(9);
    r.deviceList = {intended.first()};
    auto* create = client->createCampaign(r);
    QVERIFY(SimFixture::waitFor(create));
    QVERIFY2(create->succeeded(), qPrintable(create->error().toString()));
    const QString campaign = create->result().id;
    delete create;
    const QStringList toAdd = intended.mid(1);
    const QString file = m_dir.filePath(u"devices-%1.txt"_s.arg(m_run));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(toAdd.join(u'\n').toLatin1() + '\n');
    }

    // The workspace exists before fotactl starts (the test watches it from its own connection).
    Workspace watch(m_workspace);
    QVERIFY(watch.open().persistent());

    // Slow answers, so that the kill lands mid-way.
    QVERIFY(m_sim->setFaults(u"latency=250"_s));
    const QStringList addArgs{
        u"campaign"_s, u"devices"_s, u"add"_s,          campaign,
        u"--file"_s,   file,         u"--chunk-size"_s, QString::number(kChunk)};
    std::unique_ptr<QProcess> adding(fotactl(addArgs));
    QVERIFY2(adding->waitForStarted(), qPrintable(adding->errorString()));

    // Watch the journal (another connection to the same SQLite file) until some chunks are in.
    qint64 journalId = 0;
    int doneBeforeKill = 0;
    for (int i = 0; i < 1200 && doneBeforeKill < 5; ++i) {
        QTest::qWait(100);
        QVERIFY2(adding->state() == QProcess::Running, adding->readAllStandardError().constData());
        const auto journals = BatchJournal(watch).list();
        if (!journals.isEmpty()) {
            journalId = journals.first().id;
            doneBeforeKill = journals.first().chunksSucceeded;
        }
    }
    QVERIFY2(doneBeforeKill >= 5, "the batch did not get going");
    adding->kill(); // SIGKILL: no clean-up of any kind
    QVERIFY(adding->waitForFinished(30'000));
    QCOMPARE(adding->exitStatus(), QProcess::CrashExit);
    adding.reset();

    // What the kill left: an open journal, partly done; audit entries of the run that never
    // got an answer become "unknown" at the next start.
    BatchJournal journal(watch);
    auto entry = journal.load(journalId);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->state, BatchJournal::State::Open);
    QCOMPARE(entry->deviceIds, toAdd);
    QCOMPARE(entry->chunksTotal, kChunks);
    const int doneAtKill = entry->chunksSucceeded;
    QVERIFY2(doneAtKill >= doneBeforeKill && doneAtKill < kChunks,
             qPrintable(QString::number(doneAtKill)));
    QVERIFY(entry->isResumable());
    const QStringList reportedAtKill = m_sim->campaignDevices(campaign);
    QVERIFY(reportedAtKill.size() < kDevices + 1);
    qInfo("killed with %d of %d chunks journaled as done; %lld devices in the campaign then",
          doneAtKill, kChunks, qlonglong(reportedAtKill.size()));

    // Resume (faster answers now).
    QVERIFY(m_sim->setFaults(u"latency=20"_s));
    m_sim->resetStats();
    QByteArray out;
    int code = -1;
    if (how == u"resume")
        code = runFotactl({u"campaign"_s, u"resume"_s}, &out);
    else if (how == u"resume-id")
        code = runFotactl({u"campaign"_s, u"resume"_s, QString::number(journalId)}, &out);
    else
        code = runFotactl(addArgs + QStringList{u"--resume"_s}, &out);
    QVERIFY2(code == 0, out.constData());
    QVERIFY(m_sim->setFaults(u"none"_s));
    // Exactly the chunks that had not succeeded went out again, the done ones never.
    QCOMPARE(m_sim->requestsTo(u"PUT /api/fota/v3/campaigns/firmware"_s), kChunks - doneAtKill);
    entry = journal.load(journalId);
    QCOMPARE(entry->state, BatchJournal::State::Completed);
    QCOMPARE(entry->chunksSucceeded, kChunks);
    QCOMPARE(BatchJournal(watch).list().size(), 1); // resumed, not started anew

    // The campaign holds exactly the intended devices: none lost, none twice.
    QStringList reported = m_sim->campaignDevices(campaign);
    QCOMPARE(reported.size(), kDevices + 1);
    QCOMPARE(QSet<QString>(reported.cbegin(), reported.cend()).size(), kDevices + 1);
    reported.sort();
    intended.sort();
    QCOMPARE(reported, intended);

    // The audit log tells the story: no entry is left pending.
    LocalStore store(m_workspace);
    QVERIFY(store.open().persistent());
    AuditFilter pending;
    pending.outcome = AuditEntry::Outcome::Pending;
    QVERIFY(store.audit().query(pending).isEmpty());
    AuditFilter adds;
    adds.operation = u"add-devices"_s;
    adds.campaignId = campaign;
    const auto entries = store.audit().query(adds);
    QVERIFY(entries.size() >= kChunks);
    int unknown = 0;
    for (const AuditEntry& e : entries)
        unknown += e.outcome == AuditEntry::Outcome::Unknown ? 1 : 0;
    qInfo("%lld add-devices audit entries, %d of them cut off by the kill (unknown)",
          qlonglong(entries.size()), unknown);
}

QTEST_GUILESS_MAIN(KillResumeTest)
#include "KillResumeTest.moc"
