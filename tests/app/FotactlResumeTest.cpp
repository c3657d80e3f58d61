// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of fotactl's resumable batches (the built program run with QProcess against a
// slowed fotasim process, each test with its own workspace file): the adds after
// `campaign create` are journaled like `campaign devices add`, so a create killed mid-way is
// completed by `campaign resume`, through the path the batch was journaled with (a firmware-path
// batch is not switched by `--plain-path`; a `--plain-path` batch stays on the plain path). Either
// way exactly the remaining chunks go out and the campaign ends with exactly the intended devices.

#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString Account = u"0000123456-00001"_s;
const QString FirmwareRoute = u"PUT /api/fota/v3/campaigns/firmware/{}/{}"_s;
const QString PlainRoute = u"PUT /api/fota/v3/campaigns/{}/{}"_s;
constexpr int kChunk = 20;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QString describe() const
    {
        return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(
            QString::fromUtf8(out.left(3000)), QString::fromUtf8(err.left(3000)));
    }
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class FotactlResumeTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void killedCreateIsCompletedByResume();
    void plainPathIsKeptByResume();

private:
    [[nodiscard]] std::unique_ptr<QProcess> start(const QStringList& args) const;
    [[nodiscard]] Run run(const QStringList& args) const;
    /// The journals `campaign resume --list --json` shows.
    [[nodiscard]] QJsonArray journals() const;
    /// Waits until the batch running in `p` has `chunks` chunks journaled as done, then kills
    /// it (SIGKILL). Returns the journal as the kill left it (empty when it did not get there).
    QJsonObject killAfterChunks(QProcess& p, int chunks);
    /// Fresh licensed devices of one model (a synthetic campaign's) and their package.
    QStringList freshDevices(int n, QJsonObject* source);
    [[nodiscard]] QStringList campaignDevices(const QString& campaignId);
    [[nodiscard]] int requestsTo(const QString& route);
    void setFaults(const QString& spec);
    [[nodiscard]] QDate today();

    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<HttpTestClient> m_admin;
    QTemporaryDir m_dir;
    TestFiles m_files;
    QString m_workspace;
    int m_run = 0;
};

void FotactlResumeTest::initTestCase()
{
    m_sim = std::make_unique<FotaSimProcess>(QStringList{u"--seed"_s, u"37"_s});
    QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
    m_admin = std::make_unique<HttpTestClient>(m_sim->baseUrl());
    QVERIFY(m_admin->authenticate());
    QVERIFY(m_dir.isValid());
}

void FotactlResumeTest::cleanup()
{
    setFaults(u"none"_s);
}

std::unique_ptr<QProcess> FotactlResumeTest::start(const QStringList& args) const
{
    auto p = std::make_unique<QProcess>();
    p->setProgram(QDir(qEnvironmentVariable("FOTADESK_BIN_DIR")).filePath(u"fotactl"_s));
    p->setArguments(args + QStringList{u"--base-url"_s, m_sim->baseUrl(), u"--account"_s, Account});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FOTA_CLIENT_ID"_s, u"demo-client"_s);
    env.insert(u"FOTA_CLIENT_SECRET"_s, u"demo-secret"_s);
    env.insert(u"FOTA_USERNAME"_s, u"demo"_s);
    env.insert(u"FOTA_PASSWORD"_s, u"demo"_s);
    env.insert(u"FOTADESK_WORKSPACE"_s, m_workspace);
    p->setProcessEnvironment(env);
    p->start();
    return p;
}

Run FotactlResumeTest::run(const QStringList& args) const
{
    const auto p = start(args);
    Run r;
    if (!p->waitForStarted(30000) || !p->waitForFinished(240000)) {
        qWarning("fotactl did not run: %s", qPrintable(p->errorString()));
        p->kill();
        p->waitForFinished();
        return r;
    }
    r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -2;
    r.out = p->readAllStandardOutput();
    r.err = p->readAllStandardError();
    return r;
}

QJsonArray FotactlResumeTest::journals() const
{
    const Run r = run({u"campaign"_s, u"resume"_s, u"--list"_s, u"--json"_s});
    return r.json().value(u"batches"_s).toArray();
}

QJsonObject FotactlResumeTest::killAfterChunks(QProcess& p, int chunks)
{
    for (int i = 0; i < 600 && p.state() == QProcess::Running; ++i) {
        const QJsonArray list = journals();
        if (!list.isEmpty() &&
            list.first().toObject().value(u"chunksSucceeded"_s).toInt() >= chunks)
            break;
        QTest::qWait(50);
    }
    if (p.state() != QProcess::Running) {
        qWarning("fotactl ended before the kill: %s", p.readAllStandardError().constData());
        return {};
    }
    p.kill(); // SIGKILL: no clean-up of any kind
    p.waitForFinished(30000);
    const QJsonArray list = journals();
    return list.size() == 1 ? list.first().toObject() : QJsonObject();
}

QStringList FotactlResumeTest::freshDevices(int n, QJsonObject* source)
{
    *source = m_admin->adminPost(u"/admin/campaigns/synthetic"_s, {{u"devices"_s, n}}).object();
    return campaignDevices(source->value(u"id"_s).toString());
}

QStringList FotactlResumeTest::campaignDevices(const QString& campaignId)
{
    return m_admin->campaignDeviceIds(Account, campaignId);
}

int FotactlResumeTest::requestsTo(const QString& route)
{
    return m_admin->requestCount(route);
}

void FotactlResumeTest::setFaults(const QString& spec)
{
    QCOMPARE(m_admin->adminPost(u"/admin/faults"_s, {{u"faults"_s, spec}}).status, 200);
}

QDate FotactlResumeTest::today()
{
    const QString now = m_admin->adminGet(u"/admin/clock"_s).object().value(u"now"_s).toString();
    return QDateTime::fromString(now, Qt::ISODateWithMs).toUTC().date();
}

void FotactlResumeTest::killedCreateIsCompletedByResume()
{
    m_workspace = m_dir.filePath(u"create-%1.sqlite"_s.arg(++m_run));
    QJsonObject source;
    QStringList intended = freshDevices(801, &source);
    QCOMPARE(intended.size(), 801);
    const QString file = m_files.write(u"create.txt"_s, (intended.join(u'\n') + u'\n').toUtf8());
    const QDate startDate = today().addDays(5);
    const int extraChunks = (801 - kChunk + kChunk - 1) / kChunk; // after the create's own

    // Slow answers, so that the kill lands while the adds after the create run.
    setFaults(u"latency=300"_s);
    const auto creating = start(
        {u"campaign"_s,     u"create"_s,
         u"--name"_s,       u"resume after create %1"_s.arg(QDateTime::currentMSecsSinceEpoch()),
         u"--firmware"_s,   source.value(u"firmwareName"_s).toString(),
         u"--from"_s,       source.value(u"firmwareFrom"_s).toString(),
         u"--to"_s,         source.value(u"firmwareTo"_s).toString(),
         u"--protocol"_s,   source.value(u"protocol"_s).toString(),
         u"--start"_s,      startDate.toString(Qt::ISODate),
         u"--end"_s,        startDate.addDays(3).toString(Qt::ISODate),
         u"--devices"_s,    file,
         u"--chunk-size"_s, QString::number(kChunk)});
    QVERIFY2(creating->waitForStarted(), qPrintable(creating->errorString()));
    const QJsonObject atKill = killAfterChunks(*creating, 3);
    QVERIFY2(!atKill.isEmpty(), "the adds after the create were not journaled");
    QCOMPARE(creating->exitStatus(), QProcess::CrashExit);
    QCOMPARE(atKill.value(u"operation"_s).toString(), u"add-devices"_s);
    QCOMPARE(atKill.value(u"devices"_s).toInt(), 801 - kChunk);
    QCOMPARE(atKill.value(u"chunks"_s).toInt(), extraChunks);
    QVERIFY(atKill.value(u"resumable"_s).toBool());
    const int doneAtKill = atKill.value(u"chunksSucceeded"_s).toInt();
    QVERIFY2(doneAtKill >= 3 && doneAtKill < extraChunks, qPrintable(QString::number(doneAtKill)));
    const QString campaign = atKill.value(u"campaignId"_s).toString();
    QVERIFY(!campaign.isEmpty());
    QVERIFY(campaignDevices(campaign).size() < 801);

    // Asking to switch the journaled firmware path to the plain one is refused; nothing is sent.
    setFaults(u"latency=10"_s);
    QCOMPARE(m_admin->adminPost(u"/admin/stats/reset"_s).status, 200);
    const QString journalId = QString::number(atKill.value(u"journalId"_s).toInteger());
    const Run switched = run({u"campaign"_s, u"resume"_s, journalId, u"--plain-path"_s});
    QVERIFY2(switched.exitCode == 2, qPrintable(switched.describe()));
    QVERIFY2(switched.err.contains("PUT /campaigns/firmware/{acc}/{id}"),
             qPrintable(switched.describe()));
    QCOMPARE(requestsTo(PlainRoute), 0);
    QCOMPARE(requestsTo(FirmwareRoute), 0);
    QCOMPARE(atKill.value(u"devicePath"_s).toString(), u"firmware"_s);

    // Resume: exactly the chunks that had not succeeded go out, through the journaled path.
    const Run resumed = run({u"campaign"_s, u"resume"_s, u"--json"_s});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
    const QJsonArray batches = resumed.json().value(u"batches"_s).toArray();
    QCOMPARE(batches.size(), 1);
    QVERIFY(batches.first().toObject().value(u"complete"_s).toBool());
    QCOMPARE(batches.first().toObject().value(u"chunksSent"_s).toInt(), extraChunks - doneAtKill);
    QCOMPARE(requestsTo(FirmwareRoute), extraChunks - doneAtKill);
    QCOMPARE(requestsTo(PlainRoute), 0);
    QVERIFY(journals().isEmpty()); // nothing left to resume

    // The campaign holds exactly the intended devices: none lost, none twice.
    QStringList reported = campaignDevices(campaign);
    QCOMPARE(QSet<QString>(reported.cbegin(), reported.cend()).size(), reported.size());
    reported.sort();
    intended.sort();
    QCOMPARE(reported, intended);
}

void FotactlResumeTest::plainPathIsKeptByResume()
{
    m_workspace = m_dir.filePath(u"plain-%1.sqlite"_s.arg(++m_run));
    QJsonObject source;
    QStringList intended = freshDevices(601, &source);
    QCOMPARE(intended.size(), 601);
    const QString file = m_files.write(u"plain.txt"_s, (intended.join(u'\n') + u'\n').toUtf8());
    const QDate startDate = today().addDays(5);
    const int extraChunks = 600 / kChunk;

    // `campaign create --plain-path`: the adds after the create go through the plain path.
    setFaults(u"latency=300"_s);
    QCOMPARE(m_admin->adminPost(u"/admin/stats/reset"_s).status, 200);
    const auto creating = start({u"campaign"_s, u"create"_s, u"--name"_s,
                                 u"plain resume %1"_s.arg(QDateTime::currentMSecsSinceEpoch()),
                                 u"--firmware"_s, source.value(u"firmwareName"_s).toString(),
                                 u"--start"_s, startDate.toString(Qt::ISODate), u"--end"_s,
                                 startDate.addDays(3).toString(Qt::ISODate), u"--devices"_s, file,
                                 u"--chunk-size"_s, QString::number(kChunk), u"--plain-path"_s});
    QVERIFY2(creating->waitForStarted(), qPrintable(creating->errorString()));
    const QJsonObject atKill = killAfterChunks(*creating, 3);
    QVERIFY2(!atKill.isEmpty(), "the adds after the create were not journaled");
    QCOMPARE(atKill.value(u"devicePath"_s).toString(), u"plain"_s);
    QCOMPARE(atKill.value(u"chunks"_s).toInt(), extraChunks);
    const int doneAtKill = atKill.value(u"chunksSucceeded"_s).toInt();
    QVERIFY2(doneAtKill >= 3 && doneAtKill < extraChunks, qPrintable(QString::number(doneAtKill)));
    QCOMPARE(requestsTo(FirmwareRoute), 0);
    const QString campaign = atKill.value(u"campaignId"_s).toString();
    QVERIFY(!campaign.isEmpty());

    // Plain `campaign resume` (no flag): the journal's path, so only the plain route is used.
    setFaults(u"latency=10"_s);
    QCOMPARE(m_admin->adminPost(u"/admin/stats/reset"_s).status, 200);
    const Run resumed = run({u"campaign"_s, u"resume"_s});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
    QVERIFY2(resumed.out.contains("complete"), qPrintable(resumed.describe()));
    QVERIFY2(resumed.out.contains("plain path"), qPrintable(resumed.describe()));
    QCOMPARE(requestsTo(PlainRoute), extraChunks - doneAtKill);
    QCOMPARE(requestsTo(FirmwareRoute), 0);

    QStringList reported = campaignDevices(campaign);
    QCOMPARE(QSet<QString>(reported.cbegin(), reported.cend()).size(), reported.size());
    reported.sort();
    intended.sort();
    QCOMPARE(reported, intended);
}

QTEST_GUILESS_MAIN(FotactlResumeTest)
#include "FotactlResumeTest.moc"
