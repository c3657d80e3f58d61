// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The crash paths of `fotactl campaign create`, proven on real processes: a real fotactl
// against a real fotasim, killed with SIGKILL while the create's answer is on its way, then
// run again or resumed; an answer dropped while fotactl runs; chunk answers lost. What counts
// is what fotasim then holds (its campaign list and device report), never what fotactl says.

#include "api/SimFixture.h"
#include "core/CampaignDraft.h"
#include "support/FotactlProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kDevices = 3000; // three requests' worth at --chunk-size 1000
constexpr auto kCreateRoute = "POST /api/fota/v3/campaigns/firmware";
constexpr auto kAddRoute = "PUT /api/fota/v3/campaigns/firmware";

const QStringList kStatuses{
    u"CampaignRequestPending"_s, u"CampaignRequestQueued"_s, u"CampaignPreScheduled"_s,
    u"CampaignScheduled"_s,      u"CampaignRequestFailed"_s, u"CampaignFailed"_s,
    u"CampaignCancelled"_s,      u"CampaignAborted"_s,       u"CampaignEnded"_s};

} // namespace

class FotactlCreateCrashTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void rerunAfterKilledCreate();
    void resumeAfterKilledMultiChunkCreate();
    void droppedCreateAnswerWhileRunning();
    void lostChunkAnswersAreConfirmed();

private:
    std::unique_ptr<QProcess> start(const QStringList& args);
    int run(const QStringList& args, QByteArray* out = nullptr);
    /// A new campaign name, a device file of kDevices licensed devices of one model, and the
    /// create command for them.
    QStringList prepareCreate(QString* name, QStringList* devices);
    /// Starts fotactl with `args` on a fotasim that answers after `faults`, waits until fotasim
    /// has the create (the campaign exists, its answer is not sent yet) and kills fotactl.
    void killDuringCreate(const QStringList& args, const QString& faults);
    /// The campaigns on the server with this name (every status), from the campaign history.
    QStringList campaignsNamed(const QString& name);
    /// Exactly one campaign of this name, holding exactly `devices`.
    void verifyOneCampaignWith(const QString& name, QStringList devices);

    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_dir;
    QString m_workspace;
    int m_run = 0;
};

void FotactlCreateCrashTest::initTestCase()
{
    QVERIFY2(QFile::exists(fotactlPath()), qPrintable(fotactlPath()));
    m_sim = std::make_unique<SimFixture>(QStringList{u"--seed"_s, u"41"_s});
    QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
}

void FotactlCreateCrashTest::init()
{
    m_workspace = m_dir.filePath(u"workspace-%1.sqlite"_s.arg(++m_run));
    QVERIFY(m_sim->setFaults(u"none"_s));
}

std::unique_ptr<QProcess> FotactlCreateCrashTest::start(const QStringList& args)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(fotactlEnvironment(m_workspace));
    p->setProgram(fotactlPath());
    p->setArguments(args + QStringList{u"--base-url"_s, m_sim->baseUrl().toString(), u"--account"_s,
                                       DemoAccount});
    p->start();
    return p;
}

int FotactlCreateCrashTest::run(const QStringList& args, QByteArray* out)
{
    auto p = start(args);
    if (!p->waitForFinished(300'000))
        return -1;
    const QByteArray stdOut = p->readAllStandardOutput();
    if (out)
        *out = stdOut;
    qInfo("fotactl %s\n--- stdout:\n%s--- stderr:\n%s", qPrintable(args.mid(0, 2).join(u' ')),
          stdOut.left(2000).constData(), p->readAllStandardError().constData());
    return p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
}

QStringList FotactlCreateCrashTest::prepareCreate(QString* name, QStringList* devices)
{
    // kDevices fresh licensed devices of one model (fotasim makes them with a campaign of its
    // own; a device may be in two campaigns).
    const QJsonObject source = m_sim->syntheticCampaign(kDevices);
    *devices = m_sim->campaignDevices(source.value(u"id"_s).toString());
    *name = u"crash test %1 %2"_s.arg(m_run).arg(QDateTime::currentMSecsSinceEpoch());
    const QString file = m_dir.filePath(u"devices-%1.txt"_s.arg(m_run));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(devices->join(u'\n').toLatin1() + '\n');
    f.close();
    const QDate start = m_sim->today().addDays(5);
    return {u"campaign"_s, u"create"_s, u"--name"_s, *name, u"--firmware"_s,
            source.value(u"firmwareName"_s).toString(),
            // Versions and protocol given: no firmware look-up before the create.
            u"--from"_s, source.value(u"firmwareFrom"_s).toString(), u"--to"_s,
            source.value(u"firmwareTo"_s).toString(), u"--protocol"_s,
            CampaignDraft::campaignProtocolFor(source.value(u"protocol"_s).toString()),
            u"--start"_s, start.toString(Qt::ISODate), u"--end"_s,
            start.addDays(4).toString(Qt::ISODate), u"--devices"_s, file, u"--chunk-size"_s,
            u"1000"_s};
}

void FotactlCreateCrashTest::killDuringCreate(const QStringList& args, const QString& faults)
{
    m_sim->resetStats();
    QVERIFY(m_sim->setFaults(faults));
    auto creating = start(args);
    QVERIFY2(creating->waitForStarted(), qPrintable(creating->errorString()));
    // fotasim counts the create when it has made the campaign; its answer waits (latency).
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->requestsTo(QLatin1String(kCreateRoute)) == 1 ||
                                 creating->state() != QProcess::Running,
                             60'000);
    QCOMPARE(creating->state(), QProcess::Running); // still waiting for the answer
    creating->kill();                               // SIGKILL: no clean-up of any kind
    QVERIFY(creating->waitForFinished(30'000));
    QCOMPARE(creating->exitStatus(), QProcess::CrashExit);
    QVERIFY(m_sim->setFaults(u"none"_s));
    // The kill left one campaign holding the create's first chunk only.
    QCOMPARE(m_sim->requestsTo(QLatin1String(kAddRoute)), 0);
}

QStringList FotactlCreateCrashTest::campaignsNamed(const QString& name)
{
    HttpTestClient& admin = m_sim->admin();
    if (admin.accessToken().isEmpty())
        admin.authenticate();
    QStringList ids;
    for (const QString& status : kStatuses) {
        QString cursor;
        for (int guard = 0; guard < 1000; ++guard) {
            QString path = u"/fota/v3/reports/%1/firmware/campaigns?campaignStatus=%2"_s.arg(
                DemoAccount, status);
            if (!cursor.isEmpty())
                path += u"&lastSeenCampaignId="_s + cursor;
            const HttpResult r = admin.get(path);
            if (r.status != 200)
                return {u"error: "_s + r.describe()};
            const QJsonObject page = r.object();
            for (const QJsonValue& c : page.value(u"campaignList"_s).toArray()) {
                if (c.toObject().value(u"campaignName"_s).toString() == name)
                    ids << c.toObject().value(u"id"_s).toString();
            }
            if (!page.value(u"hasMoreData"_s).toBool())
                break;
            cursor = page.value(u"lastSeenCampaignId"_s).toString();
        }
    }
    return ids;
}

void FotactlCreateCrashTest::verifyOneCampaignWith(const QString& name, QStringList devices)
{
    const QStringList campaigns = campaignsNamed(name);
    QCOMPARE(campaigns.size(), 1);
    QStringList held = m_sim->campaignDevices(campaigns.first());
    QCOMPARE(QSet<QString>(held.cbegin(), held.cend()).size(), held.size()); // none twice
    held.sort();
    devices.sort();
    QCOMPARE(held.size(), devices.size());
    QCOMPARE(held, devices);
}

void FotactlCreateCrashTest::rerunAfterKilledCreate()
{
    QString name;
    QStringList devices;
    const QStringList create = prepareCreate(&name, &devices);
    QVERIFY(!create.isEmpty());
    killDuringCreate(create, u"latency=3000"_s);

    // The identical command again: it finds the earlier create, sends no second one, and
    // adds the devices the killed run never sent.
    m_sim->resetStats();
    QByteArray out;
    QCOMPARE(run(create, &out), 0);
    QCOMPARE(m_sim->requestsTo(QLatin1String(kCreateRoute)), 0);
    verifyOneCampaignWith(name, devices);

    // And once more: nothing left to do for it, still one campaign... (a new, separate
    // request after a completed one is the user's to make; here the earlier one is settled)
    QVERIFY(out.contains(name.toUtf8()));
}

void FotactlCreateCrashTest::resumeAfterKilledMultiChunkCreate()
{
    QString name;
    QStringList devices;
    const QStringList create = prepareCreate(&name, &devices);
    QVERIFY(!create.isEmpty());
    killDuringCreate(create, u"latency=3000"_s);

    // 'campaign resume' finds the create, journals the 2,000 devices it never added, adds them.
    m_sim->resetStats();
    QByteArray out;
    QCOMPARE(run({u"campaign"_s, u"resume"_s}, &out), 0);
    QCOMPARE(m_sim->requestsTo(QLatin1String(kCreateRoute)), 0);
    QCOMPARE(m_sim->requestsTo(QLatin1String(kAddRoute)), 2);
    verifyOneCampaignWith(name, devices);

    // Nothing is left to resume, and rerunning the create now is not a crash path any more:
    // the workspace holds no unresolved create.
    QCOMPARE(run({u"campaign"_s, u"resume"_s, u"--list"_s}, &out), 0);
    QVERIFY2(!out.contains("open"), out.constData());
}

void FotactlCreateCrashTest::droppedCreateAnswerWhileRunning()
{
    QString name;
    QStringList devices;
    const QStringList create = prepareCreate(&name, &devices);
    QVERIFY(!create.isEmpty());
    m_sim->resetStats();
    // The create's answer is dropped (the campaign is made); later calls get no fault.
    QVERIFY(m_sim->setFaults(u"latency=1500,drop=1"_s));
    auto creating = start(create);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->requestsTo(QLatin1String(kCreateRoute)) == 1, 60'000);
    QVERIFY(m_sim->setFaults(u"none"_s));
    QVERIFY(creating->waitForFinished(300'000));
    const QByteArray err = creating->readAllStandardError();
    QCOMPARE(creating->exitCode(), 0);
    QVERIFY2(err.contains("answer to the create request was lost"), err.constData());
    QCOMPARE(m_sim->requestsTo(QLatin1String(kCreateRoute)), 1);
    verifyOneCampaignWith(name, devices);
}

void FotactlCreateCrashTest::lostChunkAnswersAreConfirmed()
{
    // A campaign with one device; fotactl adds 2,000 more in two chunks while fotasim applies
    // every add and drops its answer, until each chunk has failed all its attempts.
    const QJsonObject source = m_sim->syntheticCampaign(2001);
    QStringList devices = m_sim->campaignDevices(source.value(u"id"_s).toString());
    QCOMPARE(devices.size(), 2001);
    auto client = m_sim->makeClient();
    wire::CampaignRequest r;
    r.campaignName = u"lost answers %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    r.firmwareName = source.value(u"firmwareName"_s).toString();
    r.firmwareFrom = source.value(u"firmwareFrom"_s).toString();
    r.firmwareTo = source.value(u"firmwareTo"_s).toString();
    r.protocol = source.value(u"protocol"_s).toString();
    r.startDate = m_sim->today().addDays(5);
    r.endDate = m_sim->today().addDays(9);
    r.deviceList = {devices.first()};
    auto* created = client->createCampaign(r);
    QVERIFY(SimFixture::waitFor(created));
    QVERIFY2(created->succeeded(), qPrintable(created->error().toString()));
    const QString campaign = created->result().id;
    delete created;
    const QString file = m_dir.filePath(u"add-%1.txt"_s.arg(m_run));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(devices.mid(1).join(u'\n').toLatin1() + '\n');
    }

    m_sim->resetStats();
    QVERIFY(m_sim->setFaults(u"drop=1"_s));
    auto adding = start({u"campaign"_s, u"devices"_s, u"add"_s, campaign, u"--file"_s, file,
                         u"--chunk-size"_s, u"1000"_s, u"--json"_s});
    // Both chunks sent five times (the client's attempts), every answer lost.
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->requestsTo(QLatin1String(kAddRoute)) >= 10 ||
                                 adding->state() != QProcess::Running,
                             120'000);
    QVERIFY(m_sim->setFaults(u"none"_s));
    QVERIFY(adding->waitForFinished(300'000));
    const QByteArray out = adding->readAllStandardOutput();
    qInfo("stderr: %s", adding->readAllStandardError().constData());
    QCOMPARE(adding->exitCode(), 0); // the server holds everything: success
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QCOMPARE(json.value(u"succeeded"_s).toInteger(), 2000);
    // Not "failed": unknown at first, then confirmed by sending again.
    QCOMPARE(json.value(u"confirmedAfterUnknown"_s).toInteger(), 2000);
    QCOMPARE(json.value(u"unknown"_s).toInteger(), 0);
    QVERIFY(json.value(u"failedChunks"_s).toArray().isEmpty());

    QStringList held = m_sim->campaignDevices(campaign);
    held.sort();
    devices.sort();
    QCOMPARE(held, devices);
}

QTEST_GUILESS_MAIN(FotactlCreateCrashTest)
#include "FotactlCreateCrashTest.moc"
