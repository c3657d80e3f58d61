// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Rollouts in waves on real processes: a real fotactl against a real fotasim whose clock the
// test jumps (POST /admin/clock) past each wave's end. What counts is what fotasim then holds
// (its campaign history, each campaign's device report), never what fotactl says about itself.

#include "api/SimFixture.h"
#include "support/FotactlProcess.h"

#include <QDir>
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

constexpr auto kCreateRoute = "POST /api/fota/v3/campaigns/firmware";
constexpr auto kAddRoute = "PUT /api/fota/v3/campaigns/firmware";

// fotactl rollout's exit codes (docs/rollouts.md).
constexpr int Done = 0;
constexpr int Running = 10;
constexpr int Held = 12;

const QStringList kStatuses{
    u"CampaignRequestPending"_s, u"CampaignRequestQueued"_s, u"CampaignPreScheduled"_s,
    u"CampaignScheduled"_s,      u"CampaignRequestFailed"_s, u"CampaignFailed"_s,
    u"CampaignCancelled"_s,      u"CampaignAborted"_s,       u"CampaignEnded"_s};

} // namespace

class FotactlRolloutTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void threeWavesComplete();
    void highFailureRateHoldsAtTheFirstGate();
    void killedAtEveryStepNeverCreatesTwiceNorLoses();
    void retryFailedTakesExactlyTheRetryableFailures();
    void unapprovedOrAlteredPlanDoesNotStart();
    void largeWaveKilledWhileAddingLosesNoDevice();
    void pauseResumeAndAbortCancelsTheRunningWave();
    void sitesInThreeZonesMakeOneCampaignPerBand();

private:
    /// A rollout plan over `deviceCount` new devices of one package on `sim`; its name in *name
    /// and its devices in *devices. `waves` and `extra` are JSON members of the plan.
    QString writePlan(SimFixture& sim, int deviceCount, const QByteArray& waves,
                      const QByteArray& extra, QString* name, QStringList* devices);
    FotactlRun fotactl(SimFixture& sim, const QStringList& args,
                       const QProcessEnvironment& extraEnv = {});
    /// A review file (`rollout plan --out`) written as altered-N.json; its path, empty on failure.
    QString writeAltered(const QJsonObject& review);
    /// `rollout approve FILE` run by a second engineer (not the rollout's creator).
    FotactlRun approveAsReviewer(SimFixture& sim, const QString& reviewFile);
    /// Runs `rollout create` and returns the new rollout's id.
    QString create(SimFixture& sim, const QString& plan);
    /// Every campaign on fotasim whose name starts with `prefix` (all statuses).
    QList<QJsonObject> campaigns(SimFixture& sim, const QString& prefix);
    /// The campaigns named "<rollout> — wave N".
    QList<QJsonObject> wave(SimFixture& sim, const QString& rollout, int number);
    /// Moves fotasim's clock to 01:00 UTC of the day after `campaign`'s end date: it has ended.
    bool jumpPastEnd(SimFixture& sim, const QJsonObject& campaign);
    /// Each of `waves` waves is exactly one campaign on fotasim; together they hold `devices`,
    /// each once.
    void verifyWaves(SimFixture& sim, const QString& rollout, int waves, QStringList devices);

    /// The campaigns of wave `number`'s time-zone bands ("<rollout> — wave N (UTC…)").
    QList<QJsonObject> bands(SimFixture& sim, const QString& rollout, int number);
    /// What fotasim holds for a campaign (GET …/campaigns/ACCOUNT/ID).
    QJsonObject campaignOnSim(SimFixture& sim, const QString& id);

    /// A fotasim of its own for one test (its clock is jumped days ahead), with the share of
    /// upgrades that fail, its clock standing still until the test jumps it.
    std::unique_ptr<SimFixture> startSim(double failureRate);

    QTemporaryDir m_dir;
    QString m_workspace;
    int m_run = 0;
};

void FotactlRolloutTest::initTestCase()
{
    QVERIFY2(QFile::exists(fotactlPath()), qPrintable(fotactlPath()));
}

void FotactlRolloutTest::init()
{
    m_workspace = m_dir.filePath(u"workspace-%1.sqlite"_s.arg(++m_run));
}

std::unique_ptr<SimFixture> FotactlRolloutTest::startSim(double failureRate)
{
    auto sim = std::make_unique<SimFixture>(QStringList{
        u"--seed"_s, QString::number(m_run), u"--failure-rate"_s, QString::number(failureRate)});
    if (!sim->isRunning() || !sim->admin().freezeClock()) {
        qWarning("fotasim: %s", qPrintable(sim->errorString()));
        return nullptr;
    }
    return sim;
}

QString FotactlRolloutTest::writePlan(SimFixture& sim, int deviceCount, const QByteArray& waves,
                                      const QByteArray& extra, QString* name, QStringList* devices)
{
    const QJsonObject source = sim.syntheticCampaign(deviceCount);
    *devices = sim.campaignDevices(source.value(u"id"_s).toString());
    *name = u"rollout %1 %2"_s.arg(m_run).arg(QDateTime::currentMSecsSinceEpoch());
    const QString deviceFile = u"devices-%1.txt"_s.arg(m_run);
    QFile f(m_dir.filePath(deviceFile));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(devices->join(u'\n').toLatin1() + '\n');
    f.close();
    const QByteArray plan =
        "{\"name\": " +
        QJsonDocument(QJsonArray{*name}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
        ", \"firmware\": {\"name\": \"" + source.value(u"firmwareName"_s).toString().toUtf8() +
        "\"}, \"devices\": \"" + deviceFile.toUtf8() + "\", \"waves\": " + waves + extra + "}";
    const QString path = m_dir.filePath(u"plan-%1.json"_s.arg(m_run));
    QFile p(path);
    if (!p.open(QIODevice::WriteOnly))
        return {};
    p.write(plan);
    return path;
}

QString FotactlRolloutTest::writeAltered(const QJsonObject& review)
{
    const QString path = m_dir.filePath(u"altered-%1.json"_s.arg(m_run));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(review).toJson()) < 0)
        return {};
    return path;
}

FotactlRun FotactlRolloutTest::approveAsReviewer(SimFixture& sim, const QString& reviewFile)
{
    QProcessEnvironment reviewer;
    reviewer.insert(u"FOTADESK_USER"_s, u"second-engineer"_s);
    return fotactl(sim, {u"rollout"_s, u"approve"_s, reviewFile}, reviewer);
}

FotactlRun FotactlRolloutTest::fotactl(SimFixture& sim, const QStringList& args,
                                       const QProcessEnvironment& extraEnv)
{
    QProcessEnvironment env = fotactlEnvironment(m_workspace);
    env.insert(u"FOTADESK_USER"_s, u"test-engineer"_s);
    for (const QString& key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    const FotactlRun r = runFotactl(
        args + QStringList{u"--base-url"_s, sim.baseUrl().toString(), u"--account"_s, DemoAccount},
        env);
    qInfo("fotactl %s -> %d\n--- stdout:\n%s--- stderr:\n%s", qPrintable(args.mid(0, 3).join(u' ')),
          r.exitCode, r.out.left(3000).constData(), r.err.left(3000).constData());
    return r;
}

QString FotactlRolloutTest::create(SimFixture& sim, const QString& plan)
{
    const FotactlRun r = fotactl(sim, {u"rollout"_s, u"create"_s, u"--plan"_s, plan, u"--json"_s});
    if (r.exitCode != 0)
        return {};
    return QString::number(r.json().value(u"id"_s).toInteger());
}

QList<QJsonObject> FotactlRolloutTest::campaigns(SimFixture& sim, const QString& prefix)
{
    HttpTestClient& admin = sim.admin();
    if (admin.accessToken().isEmpty())
        admin.authenticate();
    QList<QJsonObject> found;
    for (const QString& status : kStatuses) {
        QString cursor;
        for (int guard = 0; guard < 1000; ++guard) {
            QString path = u"/fota/v3/reports/%1/firmware/campaigns?campaignStatus=%2"_s.arg(
                DemoAccount, status);
            if (!cursor.isEmpty())
                path += u"&lastSeenCampaignId="_s + cursor;
            HttpResult r = admin.get(path);
            if (r.status == 401 && admin.authenticate())
                r = admin.get(path);
            if (r.status != 200)
                return {QJsonObject{{u"error"_s, r.describe()}}};
            const QJsonObject page = r.object();
            for (const QJsonValue& c : page.value(u"campaignList"_s).toArray()) {
                if (c.toObject().value(u"campaignName"_s).toString().startsWith(prefix))
                    found << c.toObject();
            }
            if (!page.value(u"hasMoreData"_s).toBool())
                break;
            cursor = page.value(u"lastSeenCampaignId"_s).toString();
        }
    }
    return found;
}

QList<QJsonObject> FotactlRolloutTest::wave(SimFixture& sim, const QString& rollout, int number)
{
    QList<QJsonObject> exact;
    const QString name = u"%1 \u2014 wave %2"_s.arg(rollout).arg(number);
    for (const QJsonObject& c : campaigns(sim, name)) {
        if (c.value(u"campaignName"_s).toString() == name)
            exact << c;
    }
    return exact;
}

bool FotactlRolloutTest::jumpPastEnd(SimFixture& sim, const QJsonObject& campaign)
{
    const QDate end = QDate::fromString(campaign.value(u"endDate"_s).toString(), Qt::ISODate);
    if (!end.isValid())
        return false;
    const QString at = end.addDays(1).toString(Qt::ISODate) + u"T01:00:00Z"_s;
    return sim.admin().adminPost(u"/admin/clock"_s, {{u"set"_s, at}}).status == 200;
}

void FotactlRolloutTest::verifyWaves(SimFixture& sim, const QString& rollout, int waves,
                                     QStringList devices)
{
    QCOMPARE(campaigns(sim, rollout + u" \u2014 wave "_s).size(), waves); // none more
    QStringList held;
    for (int n = 1; n <= waves; ++n) {
        const auto found = wave(sim, rollout, n);
        QCOMPARE(found.size(), 1);
        held += sim.campaignDevices(found.first().value(u"id"_s).toString());
    }
    QCOMPARE(QSet<QString>(held.cbegin(), held.cend()).size(), held.size()); // none twice
    held.sort();
    devices.sort();
    QCOMPARE(held, devices);
}

void FotactlRolloutTest::threeWavesComplete()
{
    const auto holder = startSim(0);
    QVERIFY(holder);
    SimFixture& sim = *holder;
    QString name;
    QStringList devices;
    const QString plan =
        writePlan(sim, 30, R"([{"name": "pilot", "count": 5}, {"percent": 50}, {"rest": true}])",
                  R"(, "schedule": {"durationDays": 4},
                                      "gate": {"minFinalDevices": 3, "maxFailurePercent": 10})",
                  &name, &devices);
    const QString id = create(sim, plan);
    QVERIFY(!id.isEmpty());
    QVERIFY(campaigns(sim, name).isEmpty()); // create sends nothing

    QCOMPARE(fotactl(sim, {u"rollout"_s, u"advance"_s, id}).exitCode, Running);
    QCOMPARE(wave(sim, name, 1).size(), 1);
    QCOMPARE(sim.campaignDevices(wave(sim, name, 1).first().value(u"id"_s).toString()).size(), 5);
    // Running: a second pass sends nothing.
    QCOMPARE(fotactl(sim, {u"rollout"_s, u"advance"_s, id}).exitCode, Running);
    QCOMPARE(campaigns(sim, name).size(), 1);

    for (int n = 1; n <= 3; ++n) {
        QVERIFY(jumpPastEnd(sim, wave(sim, name, n).first()));
        const FotactlRun r = fotactl(sim, {u"rollout"_s, u"advance"_s, id});
        QCOMPARE(r.exitCode, n < 3 ? Running : Done);
        QCOMPARE(campaigns(sim, name).size(), n < 3 ? n + 1 : 3);
    }
    verifyWaves(sim, name, 3, devices);
    // The waves' sizes: 5, then half of the remaining 25 (13), then the rest.
    QCOMPARE(sim.campaignDevices(wave(sim, name, 2).first().value(u"id"_s).toString()).size(), 13);

    const FotactlRun show = fotactl(sim, {u"rollout"_s, u"show"_s, id, u"--json"_s});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject json = show.json();
    QCOMPARE(json.value(u"state"_s).toString(), u"done"_s);
    const QJsonObject gate =
        json.value(u"waves"_s).toArray().at(0).toObject().value(u"gate"_s).toObject();
    QCOMPARE(gate.value(u"succeeded"_s).toInt(), 5);
    QVERIFY(gate.value(u"passed"_s).toBool());
    // And the audit log has the rollout's steps.
    const FotactlRun audit = runFotactl({u"audit"_s, u"--operation"_s, u"rollout"_s, u"--json"_s},
                                        fotactlEnvironment(m_workspace));
    QCOMPARE(audit.exitCode, 0);
    QVERIFY2(audit.out.contains("gate-passed"), audit.out.left(2000).constData());
}

void FotactlRolloutTest::highFailureRateHoldsAtTheFirstGate()
{
    const auto holder = startSim(0.9);
    QVERIFY(holder);
    SimFixture& sim = *holder;
    QString name;
    QStringList devices;
    const QString plan = writePlan(sim, 40, R"([{"count": 10}, {"rest": true}])",
                                   R"(, "schedule": {"durationDays": 4},
                                      "gate": {"maxFailurePercent": 20}, "retryableReasons": ["battery too low"])",
                                   &name, &devices);
    const QString id = create(sim, plan);
    QVERIFY(!id.isEmpty());
    QCOMPARE(fotactl(sim, {u"rollout"_s, u"advance"_s, id}).exitCode, Running);
    QVERIFY(jumpPastEnd(sim, wave(sim, name, 1).first()));
    const FotactlRun held = fotactl(sim, {u"rollout"_s, u"advance"_s, id});
    QCOMPARE(held.exitCode, Held);
    QVERIFY2(held.out.contains("Held at the gate after wave 1: failure rate: "),
             held.out.constData());
    QVERIFY2(held.out.contains("allowed at most 20 % (FAILED)"), held.out.constData());
    // The devices behind the figure are named.
    const QStringList first =
        sim.campaignDevices(wave(sim, name, 1).first().value(u"id"_s).toString());
    bool named = false;
    for (const QString& d : first)
        named = named || held.out.contains(d.toLatin1());
    QVERIFY(named);
    // Held: no second wave, now or on the next pass.
    QCOMPARE(fotactl(sim, {u"rollout"_s, u"advance"_s, id}).exitCode, Held);
    QCOMPARE(campaigns(sim, name).size(), 1);
}

void FotactlRolloutTest::killedAtEveryStepNeverCreatesTwiceNorLoses()
{
    const auto holder = startSim(0);
    QVERIFY(holder);
    SimFixture& sim = *holder;
    QString name;
    QStringList devices;
    const QString plan = writePlan(sim, 12, R"([{"count": 4}, {"count": 4}, {"rest": true}])",
                                   R"(, "schedule": {"durationDays": 4})", &name, &devices);
    const QString id = create(sim, plan);
    QVERIFY(!id.isEmpty());
    const QStringList advance{u"rollout"_s, u"advance"_s, id};
    const auto killedAt = [&](const QString& step) {
        QProcessEnvironment env;
        env.insert(u"FOTADESK_TEST_KILL_AT"_s, step);
        return fotactl(sim, advance, env).exitCode;
    };
    constexpr int Killed = -2; // FotactlRun: crashed

    // Killed after journaling wave 1's create, before sending it: nothing exists.
    QCOMPARE(killedAt(u"journaled"_s), Killed);
    QCOMPARE(campaigns(sim, name).size(), 0);
    // Killed after the create was answered, before the rollout recorded the campaign.
    QCOMPARE(killedAt(u"created"_s), Killed);
    QCOMPARE(wave(sim, name, 1).size(), 1);
    // The next pass finds it instead of sending it again.
    QCOMPARE(fotactl(sim, advance).exitCode, Running);
    QCOMPARE(wave(sim, name, 1).size(), 1);

    // Wave 1 ends: killed after recording the end, after the gate, after wave 2's create.
    QVERIFY(jumpPastEnd(sim, wave(sim, name, 1).first()));
    QCOMPARE(killedAt(u"ended"_s), Killed);
    QCOMPARE(killedAt(u"gated"_s), Killed);
    QCOMPARE(campaigns(sim, name).size(), 1);
    QCOMPARE(killedAt(u"created"_s), Killed);
    QCOMPARE(wave(sim, name, 2).size(), 1);
    QCOMPARE(fotactl(sim, advance).exitCode, Running);
    QCOMPARE(campaigns(sim, name).size(), 2);

    // Wave 2 ends; wave 3's create reaches fotasim, its answer is held back, and fotactl is
    // killed while it waits (what a power cut does).
    QVERIFY(jumpPastEnd(sim, wave(sim, name, 2).first()));
    sim.resetStats();
    QVERIFY(sim.setFaults(u"latency=3000"_s));
    QProcess running;
    QProcessEnvironment env = fotactlEnvironment(m_workspace);
    running.setProcessEnvironment(env);
    running.start(fotactlPath(), advance + QStringList{u"--base-url"_s, sim.baseUrl().toString(),
                                                       u"--account"_s, DemoAccount});
    QVERIFY(running.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sim.requestsTo(QLatin1String(kCreateRoute)) == 1 ||
                                 running.state() != QProcess::Running,
                             120'000);
    QCOMPARE(running.state(), QProcess::Running);
    running.kill();
    QVERIFY(running.waitForFinished(30'000));
    QVERIFY(sim.setFaults(u"none"_s));
    QCOMPARE(wave(sim, name, 3).size(), 1);
    QCOMPARE(fotactl(sim, advance).exitCode, Running);
    QCOMPARE(wave(sim, name, 3).size(), 1);

    QVERIFY(jumpPastEnd(sim, wave(sim, name, 3).first()));
    QCOMPARE(fotactl(sim, advance).exitCode, Done);
    verifyWaves(sim, name, 3, devices);
}

void FotactlRolloutTest::retryFailedTakesExactlyTheRetryableFailures()
{
    const auto holder = startSim(0.9);
    QVERIFY(holder);
    SimFixture& sim = *holder;
    QString name;
    QStringList devices;
    const QString plan = writePlan(sim, 40, R"([{"count": 20}, {"rest": true}])",
                                   R"(, "schedule": {"durationDays": 4},
                                      "gate": {"maxFailurePercent": 20}, "retryableReasons": ["battery too low"])",
                                   &name, &devices);
    const QString id = create(sim, plan);
    QVERIFY(!id.isEmpty());
    QCOMPARE(fotactl(sim, {u"rollout"_s, u"advance"_s, id}).exitCode, Running);
    const QJsonObject first = wave(sim, name, 1).first();
    QVERIFY(jumpPastEnd(sim, first));
    QCOMPARE(fotactl(sim, {u"rollout"_s, u"advance"_s, id}).exitCode, Held);

    // What fotasim's report says failed for a retryable reason.
    QStringList expected;
    for (const QJsonObject& d :
         sim.admin().deviceReport(DemoAccount, first.value(u"id"_s).toString())) {
        if (d.value(u"status"_s).toString() == u"UpgradeFailed" &&
            d.value(u"resultReason"_s).toString().contains(u"battery too low"_s))
            expected << d.value(u"deviceId"_s).toString();
    }
    QVERIFY2(!expected.isEmpty(), "fotasim failed no device for a retryable reason");
    QVERIFY(expected.size() < 20);

    const FotactlRun retry =
        fotactl(sim, {u"rollout"_s, u"retry-failed"_s, id, u"--wave"_s, u"1"_s});
    QCOMPARE(retry.exitCode, Running);
    const auto retried = wave(sim, name, 3);
    QCOMPARE(retried.size(), 1);
    QStringList held = sim.campaignDevices(retried.first().value(u"id"_s).toString());
    held.sort();
    expected.sort();
    QCOMPARE(held, expected);
    QCOMPARE(wave(sim, name, 2).size(), 0); // the retry runs before wave 2
}

void FotactlRolloutTest::unapprovedOrAlteredPlanDoesNotStart()
{
    const auto holder = startSim(0);
    QVERIFY(holder);
    SimFixture& sim = *holder;
    QString name;
    QStringList devices;
    const QString plan = writePlan(sim, 10, R"([{"count": 4}, {"rest": true}])",
                                   R"(, "requireApproval": true)", &name, &devices);
    const QString id = create(sim, plan); // by test-engineer
    QVERIFY(!id.isEmpty());
    const QStringList advance{u"rollout"_s, u"advance"_s, id};

    // Not approved: nothing is sent.
    FotactlRun r = fotactl(sim, advance);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("needs an approval"), r.err.constData());
    QVERIFY(campaigns(sim, name).isEmpty());

    const QString review = m_dir.filePath(u"review-%1.json"_s.arg(m_run));
    QCOMPARE(fotactl(sim, {u"rollout"_s, u"plan"_s, id, u"--out"_s, review}).exitCode, 0);
    QFile f(review);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray genuine = f.readAll();
    f.close();
    QJsonObject doc = QJsonDocument::fromJson(genuine).object();
    QCOMPARE(doc.value(u"planHash"_s).toString().size(), 64);
    QJsonArray waves = doc.value(u"waves"_s).toArray();
    QCOMPARE(waves.size(), 2);
    QCOMPARE(waves.at(0)
                 .toObject()
                 .value(u"request"_s)
                 .toObject()
                 .value(u"deviceList"_s)
                 .toArray()
                 .size(),
             4);

    // Altered after it was written (a device swapped into wave 1): refused, nothing recorded.
    QJsonObject first = waves.at(0).toObject();
    QJsonObject request = first.value(u"request"_s).toObject();
    QJsonArray list = request.value(u"deviceList"_s).toArray();
    list[0] = u"352099001761481"_s;
    request.insert(u"deviceList"_s, list);
    first.insert(u"request"_s, request);
    waves[0] = first;
    doc.insert(u"waves"_s, waves);
    const QString altered = writeAltered(doc);
    QVERIFY(!altered.isEmpty());
    r = approveAsReviewer(sim, altered);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("was changed after it was written"), r.err.constData());
    QCOMPARE(fotactl(sim, advance).exitCode, 2);
    QVERIFY(campaigns(sim, name).isEmpty());

    // The engineer who created it cannot approve it.
    r = fotactl(sim, {u"rollout"_s, u"approve"_s, review});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cannot approve it too"), r.err.constData());
    QCOMPARE(fotactl(sim, advance).exitCode, 2);

    // A second engineer approves the genuine file: it starts.
    QCOMPARE(approveAsReviewer(sim, review).exitCode, 0);
    QCOMPARE(fotactl(sim, advance).exitCode, Running);
    QCOMPARE(wave(sim, name, 1).size(), 1);
    const QJsonObject shown = fotactl(sim, {u"rollout"_s, u"show"_s, id, u"--json"_s}).json();
    const QJsonObject approval = shown.value(u"approval"_s).toObject();
    QCOMPARE(approval.value(u"by"_s).toString(), u"second-engineer"_s);
    QVERIFY(approval.value(u"matchesPlan"_s).toBool());
}

void FotactlRolloutTest::largeWaveKilledWhileAddingLosesNoDevice()
{
    const auto holder = startSim(0);
    QVERIFY(holder);
    SimFixture& sim = *holder;
    QString name;
    QStringList devices;
    // 2,500 devices in one wave: a create of 1,000, then two journaled adds.
    const QString plan = writePlan(sim, 2500, R"([{"rest": true}])", {}, &name, &devices);
    const QString id = create(sim, plan);
    QVERIFY(!id.isEmpty());
    const QStringList advance{u"rollout"_s, u"advance"_s, id};

    // Killed once the first add has reached fotasim (its answer held back).
    sim.resetStats();
    QVERIFY(sim.setFaults(u"latency=2000"_s));
    QProcess running;
    running.setProcessEnvironment(fotactlEnvironment(m_workspace));
    running.start(fotactlPath(), advance + QStringList{u"--base-url"_s, sim.baseUrl().toString(),
                                                       u"--account"_s, DemoAccount});
    QVERIFY(running.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sim.requestsTo(QLatin1String(kAddRoute)) >= 1 ||
                                 running.state() != QProcess::Running,
                             120'000);
    QCOMPARE(running.state(), QProcess::Running);
    running.kill();
    QVERIFY(running.waitForFinished(30'000));
    QVERIFY(sim.setFaults(u"none"_s));
    QCOMPARE(sim.requestsTo(QLatin1String(kCreateRoute)), 1);

    // The next pass finds the campaign and adds what the killed run did not.
    QCOMPARE(fotactl(sim, advance).exitCode, Running);
    verifyWaves(sim, name, 1, devices);
    QCOMPARE(sim.requestsTo(QLatin1String(kCreateRoute)), 1);
}

void FotactlRolloutTest::pauseResumeAndAbortCancelsTheRunningWave()
{
    const auto holder = startSim(0);
    QVERIFY(holder);
    SimFixture& sim = *holder;
    QString name;
    QStringList devices;
    const QString plan =
        writePlan(sim, 8, R"([{"count": 4}, {"rest": true}])", {}, &name, &devices);
    const QString id = create(sim, plan);
    QVERIFY(!id.isEmpty());
    QCOMPARE(fotactl(sim, {u"rollout"_s, u"advance"_s, id}).exitCode, Running);
    QVERIFY(jumpPastEnd(sim, wave(sim, name, 1).first()));

    // Paused: the ended wave's gate is not read and no wave starts.
    constexpr int Waiting = 11;
    QCOMPARE(fotactl(sim, {u"rollout"_s, u"pause"_s, id}).exitCode, Waiting);
    QCOMPARE(fotactl(sim, {u"rollout"_s, u"advance"_s, id}).exitCode, Waiting);
    QCOMPARE(campaigns(sim, name).size(), 1);
    // Resumed: it goes on (wave 2 starts).
    QCOMPARE(fotactl(sim, {u"rollout"_s, u"resume"_s, id}).exitCode, Running);
    QCOMPARE(wave(sim, name, 2).size(), 1);

    // Aborted: wave 2's campaign is cancelled on fotasim, and nothing starts any more.
    constexpr int Aborted = 13;
    QCOMPARE(fotactl(sim, {u"rollout"_s, u"abort"_s, id}).exitCode, Aborted);
    const QJsonObject second = wave(sim, name, 2).first();
    const QString status =
        second.value(u"status"_s).toString(second.value(u"campaignStatus"_s).toString());
    QVERIFY2(status == u"CampaignCancelled" || status == u"CampaignAborted", qPrintable(status));
    QCOMPARE(fotactl(sim, {u"rollout"_s, u"advance"_s, id}).exitCode, Aborted);
    QCOMPARE(campaigns(sim, name).size(), 2);
    const QJsonObject shown = fotactl(sim, {u"rollout"_s, u"show"_s, id, u"--json"_s}).json();
    QCOMPARE(shown.value(u"state"_s).toString(), u"aborted"_s);
    QStringList kinds;
    for (const QJsonValue& e : shown.value(u"events"_s).toArray())
        kinds << e.toObject().value(u"kind"_s).toString();
    QVERIFY2(kinds.count(u"paused"_s) == 1 && kinds.count(u"resumed"_s) == 1 &&
                 kinds.contains(u"wave-cancelled"_s),
             qPrintable(kinds.join(u", "_s)));
}

QList<QJsonObject> FotactlRolloutTest::bands(SimFixture& sim, const QString& rollout, int number)
{
    return campaigns(sim, u"%1 \u2014 wave %2 (UTC"_s.arg(rollout).arg(number));
}

QJsonObject FotactlRolloutTest::campaignOnSim(SimFixture& sim, const QString& id)
{
    HttpTestClient& admin = sim.admin();
    HttpResult r = admin.get(u"/fota/v3/campaigns/%1/%2"_s.arg(DemoAccount, id));
    if (r.status == 401 && admin.authenticate())
        r = admin.get(u"/fota/v3/campaigns/%1/%2"_s.arg(DemoAccount, id));
    return r.object();
}

void FotactlRolloutTest::sitesInThreeZonesMakeOneCampaignPerBand()
{
    const auto holder = startSim(0);
    QVERIFY(holder);
    SimFixture& sim = *holder;
    QString name;
    QStringList devices;
    // January: no daylight-saving change in any of the three zones, whatever day the test runs.
    const QDate start(sim.today().year() + 1, 1, 10);
    const QString plan = writePlan(
        sim, 6, R"([{"count": 3}, {"rest": true}])",
        R"(, "schedule": {"startDate": ")" + start.toString(Qt::ISODate).toLatin1() +
            R"(", "durationDays": 4, "localWindows": ["1-5"]}, "gate": {"minFinalDevices": 3})",
        &name, &devices);
    // The device list names each device's zone: Berlin, New York, Tokyo in turn.
    const QStringList zones{u"Europe/Berlin"_s, u"America/New_York"_s, u"Asia/Tokyo"_s};
    QHash<QString, QString> zoneOf;
    QByteArray csv = "IMEI,Time zone\n";
    for (qsizetype i = 0; i < devices.size(); ++i) {
        zoneOf.insert(devices.at(i), zones.at(i % 3));
        csv += devices.at(i).toLatin1() + ',' + zones.at(i % 3).toLatin1() + '\n';
    }
    QFile list(m_dir.filePath(u"devices-%1.txt"_s.arg(m_run)));
    QVERIFY(list.open(QIODevice::WriteOnly | QIODevice::Truncate));
    list.write(csv);
    list.close();

    // A device without a zone: refused before anything is checked, naming its line.
    {
        QByteArray gap = csv;
        gap.replace(QByteArray(devices.at(1).toLatin1() + ",America/New_York"),
                    QByteArray(devices.at(1).toLatin1() + ","));
        QVERIFY(list.open(QIODevice::WriteOnly | QIODevice::Truncate));
        list.write(gap);
        list.close();
        const FotactlRun refused = fotactl(sim, {u"rollout"_s, u"create"_s, u"--plan"_s, plan});
        QCOMPARE(refused.exitCode, 2);
        const QByteArray expected = "devices-" + QByteArray::number(m_run) + ".txt:3: device " +
                                    devices.at(1).toLatin1() +
                                    " has no time zone; fill in its time zone, or set the "
                                    "plan's \"defaultZone\" for devices without one.";
        QVERIFY2(refused.err.contains(expected), refused.err.constData());
        QVERIFY(list.open(QIODevice::WriteOnly | QIODevice::Truncate));
        list.write(csv);
        list.close();
    }
    const QString id = create(sim, plan);
    QVERIFY(!id.isEmpty());
    const FotactlRun preview = fotactl(sim, {u"rollout"_s, u"show"_s, id});
    QVERIFY2(preview.out.contains("wave 1: one campaign per time-zone band (local 01:00"),
             preview.out.constData());
    QVERIFY2(preview.out.contains("UTC+09:00: 1 devices (Asia/Tokyo), 16:00"),
             preview.out.constData());

    // The plan review lists wave 1's bands and carries the zones: a zone changed in the file
    // is a changed plan (refused), the genuine file is approved.
    {
        const QString review = m_dir.filePath(u"review-%1.json"_s.arg(m_run));
        QCOMPARE(fotactl(sim, {u"rollout"_s, u"plan"_s, id, u"--out"_s, review}).exitCode, 0);
        QFile f(review);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        const QJsonArray planned = doc.value(u"waves"_s).toArray().at(0)[u"bands"_s].toArray();
        QCOMPARE(planned.size(), 3);
        QCOMPARE(planned.at(2)[u"label"_s].toString(), u"UTC+09:00"_s);
        QCOMPARE(planned.at(2)[u"utcWindows"_s].toArray().at(0).toString(), u"16-20"_s);
        QJsonObject zoneList = doc.value(u"deviceZones"_s).toObject();
        QCOMPARE(zoneList.value(devices.at(2)).toString(), u"Asia/Tokyo"_s);
        zoneList.insert(devices.at(2), u"Asia/Seoul"_s);
        doc.insert(u"deviceZones"_s, zoneList);
        const QString altered = writeAltered(doc);
        QVERIFY(!altered.isEmpty());
        const FotactlRun refused = approveAsReviewer(sim, altered);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("was changed after it was written"), refused.err.constData());
        QCOMPARE(approveAsReviewer(sim, review).exitCode, 0);
    }

    // Killed right after the first band's create was answered, before it was recorded.
    QProcessEnvironment kill;
    kill.insert(u"FOTADESK_TEST_KILL_AT"_s, u"created"_s);
    const QStringList advance{u"rollout"_s, u"advance"_s, id};
    QCOMPARE(fotactl(sim, advance, kill).exitCode, -2);
    QCOMPARE(bands(sim, name, 1).size(), 1);
    // The next pass finds that one and sends the other two: three bands, none twice.
    QCOMPARE(fotactl(sim, advance).exitCode, Running);
    const QHash<QString, QString> expectedWindows{
        {u"UTC-05:00"_s, u"6-10"_s}, {u"UTC+01:00"_s, u"0-4"_s}, {u"UTC+09:00"_s, u"16-20"_s}};
    const QHash<QString, QString> zoneOfBand{{u"UTC-05:00"_s, u"America/New_York"_s},
                                             {u"UTC+01:00"_s, u"Europe/Berlin"_s},
                                             {u"UTC+09:00"_s, u"Asia/Tokyo"_s}};
    const auto verifyBands = [&](int number) {
        const QList<QJsonObject> made = bands(sim, name, number);
        QSet<QString> labels;
        QStringList held;
        for (const QJsonObject& c : made) {
            const QString campaignName = c.value(u"campaignName"_s).toString();
            const QString label = campaignName.section(u'(', -1).chopped(1);
            labels.insert(label);
            // fotasim's own record of the campaign: its UTC window is the local night's.
            const QJsonObject onSim = campaignOnSim(sim, c.value(u"id"_s).toString());
            const QJsonArray windows = onSim.value(u"campaignTimeWindowList"_s).toArray();
            if (windows.size() != 1)
                return u"%1: %2 windows"_s.arg(campaignName).arg(windows.size());
            const QString hours = u"%1-%2"_s.arg(windows.at(0)[u"startTime"_s].toInt())
                                      .arg(windows.at(0)[u"endTime"_s].toInt());
            if (hours != expectedWindows.value(label))
                return u"%1: window %2"_s.arg(campaignName, hours);
            const QStringList inside = sim.campaignDevices(c.value(u"id"_s).toString());
            for (const QString& d : inside) {
                if (zoneOf.value(d) != zoneOfBand.value(label))
                    return u"%1 holds %2 of %3"_s.arg(campaignName, d, zoneOf.value(d));
            }
            held += inside;
        }
        if (made.size() != 3 || labels.size() != 3)
            return u"wave %1: %2 band campaigns, %3 labels"_s.arg(number)
                .arg(made.size())
                .arg(labels.size());
        QStringList expected = devices.mid((number - 1) * 3, 3);
        expected.sort();
        held.sort();
        return held == expected ? QString()
                                : u"wave %1 holds %2"_s.arg(number).arg(held.join(u' '));
    };
    QString problem = verifyBands(1);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Wave 1's three campaigns end; its gate reads all three (3 final devices) and wave 2
    // starts. Killed after its first band was recorded: the next pass sends only the rest.
    for (const QJsonObject& c : bands(sim, name, 1))
        QVERIFY(jumpPastEnd(sim, c));
    kill.insert(u"FOTADESK_TEST_KILL_AT"_s, u"band-recorded"_s);
    QCOMPARE(fotactl(sim, advance, kill).exitCode, -2);
    QCOMPARE(bands(sim, name, 2).size(), 1);
    QCOMPARE(fotactl(sim, advance).exitCode, Running);
    problem = verifyBands(2);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    for (const QJsonObject& c : bands(sim, name, 2))
        QVERIFY(jumpPastEnd(sim, c));
    QCOMPARE(fotactl(sim, advance).exitCode, Done);
    QCOMPARE(campaigns(sim, name).size(), 6); // none more: no plain "wave N" campaign either
    const FotactlRun show = fotactl(sim, {u"rollout"_s, u"show"_s, id, u"--json"_s});
    const QJsonObject first = show.json().value(u"waves"_s).toArray().at(0).toObject();
    QCOMPARE(first.value(u"gate"_s).toObject().value(u"succeeded"_s).toInt(), 3);
    QCOMPARE(first.value(u"bands"_s).toArray().size(), 3);
}

QTEST_GUILESS_MAIN(FotactlRolloutTest)
#include "FotactlRolloutTest.moc"
