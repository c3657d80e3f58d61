// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The rollout steps over a real workspace and a fake service: which wave is created when,
// gates, soak, approvals, a create whose answer was lost, abort and retry-failed.

#include "workflow/RolloutAdvance.h"

#include "core/Clock.h"
#include "core/RolloutSplit.h"
#include "store/AuditLog.h"
#include "store/RolloutStore.h"
#include "store/Workspace.h"
#include "workflow/RolloutService.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

namespace {

using Kind = RolloutAdvance::Outcome::Kind;

class FakeService final : public RolloutService
{
public:
    struct Made
    {
        wire::Campaign campaign;
        QStringList devices;
        QList<TimeWindow> windows;
    };
    QList<Made> made;
    QSet<QString> failing; ///< devices whose upgrade fails
    QString failReason = u"Device rejected the firmware package"_s;
    bool loseNextAnswer = false;
    bool refuseNext = false;
    QStringList cancelled;
    QSet<QString> refusedByCheck;

    CreateOutcome create(const wire::CampaignRequest& request, wire::Campaign* campaign,
                         ApiError* error) override
    {
        if (refuseNext) {
            refuseNext = false;
            *error = ApiError::notJournaled(u"refused"_s, u"create"_s);
            return CreateOutcome::Refused;
        }
        Made m;
        m.campaign.id = u"c%1"_s.arg(made.size() + 1);
        m.campaign.campaignName = request.campaignName;
        m.campaign.startDate = request.startDate;
        m.campaign.endDate = request.endDate;
        m.campaign.status = u"CampaignRequestPending"_s;
        m.devices = request.deviceList;
        m.windows = request.timeWindows;
        made << m;
        if (loseNextAnswer) {
            loseNextAnswer = false;
            return CreateOutcome::Unknown;
        }
        *campaign = m.campaign;
        return CreateOutcome::Created;
    }
    std::optional<QList<wire::Campaign>> findCreated(const wire::CampaignRequest& request,
                                                     ApiError*) override
    {
        QList<wire::Campaign> out;
        for (const Made& m : std::as_const(made)) {
            if (m.campaign.campaignName == request.campaignName)
                out << m.campaign;
        }
        return out;
    }
    Made& find(const QString& id)
    {
        for (Made& m : made) {
            if (m.campaign.id == id)
                return m;
        }
        static Made none;
        return none;
    }
    std::optional<wire::Campaign> campaign(const QString& id, ApiError*) override
    {
        return find(id).campaign;
    }
    std::optional<QList<WaveDevice>> report(const QString& id, ApiError*) override
    {
        QList<WaveDevice> out;
        for (const QString& d : find(id).devices)
            out << (failing.contains(d) ? WaveDevice{d, u"UpgradeFailed"_s, failReason}
                                        : WaveDevice{d, u"UpgradeSuccess"_s, {}});
        return out;
    }
    bool cancel(const QString& id, ApiError*) override
    {
        cancelled << id;
        find(id).campaign.status = u"CampaignAborted"_s;
        return true;
    }
    std::optional<QSet<QString>> refused(const QStringList&, QString*) override
    {
        return refusedByCheck;
    }
    void endAll()
    {
        for (Made& m : made)
            m.campaign.status = u"CampaignEnded"_s;
    }
};

QStringList devices(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QString::number(352099000000000LL + i);
    return out;
}

} // namespace

class RolloutAdvanceTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void threeWavesComplete();
    void failingGateHolds();
    void soakAndApprovalWait();
    void lostCreateAnswerIsLookedUpNotResent();
    void requireApprovalRefusesUnapprovedOrChangedPlan();
    void abortCancelsTheRunningWave();
    void retryFailedTakesOnlyRetryableFailures();
    void refusedCreateLeavesNoJournal();
    void bandsMakeOneCampaignPerTimeZone();
    void killBetweenBandCreatesCreatesNoneTwice();
    void abortCancelsEveryBand();
    void aDeviceWithoutZoneHoldsTheWave();

private:
    qint64 makeRollout(const QByteArray& extra = {}, int deviceCount = 40);
    /// Six devices in Berlin, New York and Tokyo (in turn), two waves of three, local 01–05.
    qint64 makeBandedRollout(bool oneWithoutZone = false, const QString& name = u"Z"_s);
    RolloutAdvance steps() { return {*m_store, m_audit.get(), m_service, *m_clock, u"tester"_s}; }

    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<RolloutStore> m_store;
    std::unique_ptr<AuditLog> m_audit;
    FakeService m_service;
};

void RolloutAdvanceTest::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
    m_ws = std::make_unique<Workspace>(
        m_dir.filePath(u"%1.sqlite"_s.arg(QLatin1String(QTest::currentTestFunction()))), *m_clock);
    QVERIFY(m_ws->open().persistent());
    m_store = std::make_unique<RolloutStore>(*m_ws);
    m_audit = std::make_unique<AuditLog>(*m_ws, u"test"_s);
    m_service = FakeService();
}

void RolloutAdvanceTest::cleanup()
{
    m_audit.reset();
    m_store.reset();
    m_ws.reset();
}

qint64 RolloutAdvanceTest::makeRollout(const QByteArray& extra, int deviceCount)
{
    const QByteArray json = R"({"name": "R", "firmware": {"name": "FW"}, "devices": "d.txt",
        "schedule": {"durationDays": 2, "windows": ["1-5"]},
        "waves": [{"count": 4}, {"percent": 50}, {"rest": true}],
        "gate": {"minFinalDevices": 2, "maxFailurePercent": 10})" +
                            extra + "}";
    const auto parsed = RolloutPlan::parse(json, u"plan.json"_s);
    if (!parsed.plan) {
        qWarning() << parsed.errors;
        return 0;
    }
    RolloutRecord r;
    r.plan = *parsed.plan;
    const QStringList list = devices(deviceCount);
    r.planHash = r.plan.hash(list);
    r.firmware = {{u"firmwareName"_s, u"FW"_s},
                  {u"firmwareFrom"_s, u"1"_s},
                  {u"firmwareTo"_s, u"2"_s},
                  {u"protocol"_s, u"LWM2M"_s}};
    const RolloutSplit split = RolloutSplit::split(r.plan, list);
    for (qsizetype i = 0; i < split.waves.size(); ++i)
        r.waves << RolloutWaveRecord{int(i + 1), 0, split.waves.at(i), {}, {}, {}, {}, {}};
    return m_store->create(r, u"alice"_s);
}

qint64 RolloutAdvanceTest::makeBandedRollout(bool oneWithoutZone, const QString& name)
{
    const QByteArray json =
        R"({"name": ")" + name.toUtf8() + R"(", "firmware": {"name": "FW"}, "devices": "d.txt",
        "schedule": {"durationDays": 2, "localWindows": ["1-5"]},
        "waves": [{"count": 3}, {"rest": true}], "gate": {"minFinalDevices": 3}})";
    RolloutRecord r;
    r.plan = *RolloutPlan::parse(json, u"plan.json"_s).plan;
    const QStringList list = devices(6);
    const QStringList zones{u"Europe/Berlin"_s, u"America/New_York"_s, u"Asia/Tokyo"_s};
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!(oneWithoutZone && i == 1))
            r.deviceZones.insert(list.at(i), zones.at(i % 3));
    }
    r.planHash = r.plan.hash(list, r.deviceZones);
    r.firmware = {{u"firmwareName"_s, u"FW"_s},
                  {u"firmwareFrom"_s, u"1"_s},
                  {u"firmwareTo"_s, u"2"_s},
                  {u"protocol"_s, u"LWM2M"_s}};
    r.waves << RolloutWaveRecord{1, 0, list.mid(0, 3), {}, {}, {}, {}, {}}
            << RolloutWaveRecord{2, 0, list.mid(3), {}, {}, {}, {}, {}};
    return m_store->create(r, u"alice"_s);
}

void RolloutAdvanceTest::bandsMakeOneCampaignPerTimeZone()
{
    const qint64 id = makeBandedRollout();
    QVERIFY(id > 0);
    auto out = steps().advance(id);
    QCOMPARE(out.kind, Kind::Running);
    QCOMPARE(m_service.made.size(), 3);
    QCOMPARE(m_service.made.at(0).campaign.campaignName, u"Z \u2014 wave 1 (UTC-05:00)"_s);
    QCOMPARE(m_service.made.at(0).devices, QStringList{devices(6).at(1)});
    QCOMPARE(m_service.made.at(0).windows, (QList<TimeWindow>{TimeWindow{6, 10}}));
    QCOMPARE(m_service.made.at(1).campaign.campaignName, u"Z \u2014 wave 1 (UTC+01:00)"_s);
    QCOMPARE(m_service.made.at(1).windows, (QList<TimeWindow>{TimeWindow{0, 4}}));
    QCOMPARE(m_service.made.at(2).campaign.campaignName, u"Z \u2014 wave 1 (UTC+09:00)"_s);
    QCOMPARE(m_service.made.at(2).windows, (QList<TimeWindow>{TimeWindow{16, 20}}));
    auto r = m_store->find(id);
    QCOMPARE(r->campaignIdsOf(1), (QStringList{u"c1"_s, u"c2"_s, u"c3"_s}));
    QCOMPARE(r->waves.at(0).state, RolloutWaveRecord::State::Running);

    // Two of three ended: the wave still runs.
    m_service.made[0].campaign.status = u"CampaignEnded"_s;
    m_service.made[1].campaign.status = u"CampaignEnded"_s;
    out = steps().advance(id);
    QCOMPARE(out.kind, Kind::Running);
    QCOMPARE(out.reason, u"Wave 1 runs: 2 of its 3 campaigns ended; campaign c3 is Request "
                         "pending."_s);
    QCOMPARE(m_service.made.size(), 3);
    // All ended: the gate reads the union of the three reports (3 final devices), passes, and
    // wave 2 starts after wave 1's dates, again one campaign per band.
    m_service.endAll();
    out = steps().advance(id);
    QCOMPARE(out.kind, Kind::Running);
    r = m_store->find(id);
    QVERIFY(r->waves.at(0).gate->passed);
    QCOMPARE(m_service.made.size(), 6);
    QCOMPARE(m_service.made.at(3).campaign.campaignName, u"Z \u2014 wave 2 (UTC-05:00)"_s);
    QCOMPARE(m_service.made.at(3).campaign.startDate, QDate(2026, 3, 3));
    m_service.endAll();
    QCOMPARE(steps().advance(id).kind, Kind::Done);
    QStringList all;
    for (const auto& m : std::as_const(m_service.made))
        all += m.devices;
    all.sort();
    QCOMPARE(all, devices(6));
}

void RolloutAdvanceTest::killBetweenBandCreatesCreatesNoneTwice()
{
    for (const QString& at : {u"created"_s, u"band-recorded"_s}) {
        // The workspace file stays (one a test function): each round its own rollout.
        m_service = FakeService();
        const qint64 id = makeBandedRollout(false, u"Z "_s + at);
        QVERIFY(id > 0);
        RolloutAdvance killed = steps();
        killed.setCrashHook([at](const QString& step) {
            if (step == at)
                throw std::runtime_error("killed");
        });
        // Killed right after the first band's create (before or after it was recorded).
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, killed.advance(id));
        QCOMPARE(m_service.made.size(), 1);
        QCOMPARE(m_store->find(id)->waves.at(0).state, RolloutWaveRecord::State::Creating);
        QCOMPARE(m_store->find(id)->bandsOf(1).size(), 3);
        const auto out = steps().advance(id);
        QCOMPARE(out.kind, Kind::Running);
        QCOMPARE(m_service.made.size(), 3); // the first found, the other two sent once
        QSet<QString> names;
        for (const auto& m : std::as_const(m_service.made))
            names.insert(m.campaign.campaignName);
        QCOMPARE(names.size(), 3);
        QCOMPARE(m_store->find(id)->campaignIdsOf(1), (QStringList{u"c1"_s, u"c2"_s, u"c3"_s}));
    }
}

void RolloutAdvanceTest::abortCancelsEveryBand()
{
    const qint64 id = makeBandedRollout();
    RolloutAdvance killed = steps();
    killed.setCrashHook([](const QString& step) {
        if (step == u"created")
            throw std::runtime_error("killed");
    });
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, killed.advance(id));
    // One band made (not recorded), two journaled and never sent: abort finds the one and
    // cancels it; nothing else is created.
    auto out = steps().abort(id);
    QCOMPARE(out.kind, Kind::Aborted);
    QCOMPARE(m_service.cancelled, QStringList{u"c1"_s});
    QCOMPARE(m_service.made.size(), 1);

    m_service = FakeService();
    const qint64 again = makeBandedRollout(false, u"Z2"_s);
    QCOMPARE(steps().advance(again).kind, Kind::Running);
    out = steps().abort(again);
    QCOMPARE(out.kind, Kind::Aborted);
    QCOMPARE(m_service.cancelled, (QStringList{u"c1"_s, u"c2"_s, u"c3"_s}));
}

void RolloutAdvanceTest::aDeviceWithoutZoneHoldsTheWave()
{
    const qint64 id = makeBandedRollout(true);
    const auto out = steps().advance(id);
    QCOMPARE(out.kind, Kind::Held);
    QVERIFY2(out.reason.startsWith(u"wave 1 cannot start: 1 device(s) have no time zone (%1)"_s.arg(
                 devices(6).at(1))),
             qPrintable(out.reason));
    QCOMPARE(m_service.made.size(), 0);
}

void RolloutAdvanceTest::threeWavesComplete()
{
    const qint64 id = makeRollout();
    QVERIFY(id > 0);
    auto out = steps().advance(id);
    QCOMPARE(out.kind, Kind::Running);
    QCOMPARE(m_service.made.size(), 1);
    QCOMPARE(m_service.made.at(0).devices.size(), 4);
    QCOMPARE(m_service.made.at(0).campaign.campaignName, u"R \u2014 wave 1"_s);
    QCOMPARE(m_service.made.at(0).campaign.startDate, QDate(2026, 3, 1));
    QCOMPARE(m_service.made.at(0).campaign.endDate, QDate(2026, 3, 2));

    // Running: another pass sends nothing.
    QCOMPARE(steps().advance(id).kind, Kind::Running);
    QCOMPARE(m_service.made.size(), 1);

    for (int wave = 2; wave <= 3; ++wave) {
        m_service.endAll();
        out = steps().advance(id);
        QCOMPARE(out.kind, Kind::Running);
        QCOMPARE(m_service.made.size(), wave);
    }
    // No gate waits for a person (autoAdvance): nothing to approve, nothing recorded.
    const auto approve = steps().approveGate(id, false);
    QCOMPARE(approve.kind, Kind::Error);
    QVERIFY(approve.usageError);
    // Each wave starts the day after the one before it ended.
    QCOMPARE(m_service.made.at(1).campaign.startDate, QDate(2026, 3, 3));
    QCOMPARE(m_service.made.at(1).devices.size(), 18);
    QCOMPARE(m_service.made.at(2).devices.size(), 18);
    m_service.endAll();
    out = steps().advance(id);
    QCOMPARE(out.kind, Kind::Done);
    QStringList all;
    for (const auto& m : std::as_const(m_service.made))
        all += m.devices;
    QCOMPARE(all, devices(40));
    const auto r = m_store->find(id);
    QCOMPARE(r->state, RolloutRecord::State::Done);
    QVERIFY(r->waves.at(0).gate->passed);
    // Every step is in the audit log too.
    AuditFilter filter;
    filter.operation = u"rollout"_s;
    QVERIFY(m_audit->query(filter).size() >= 7);
}

void RolloutAdvanceTest::failingGateHolds()
{
    const qint64 id = makeRollout();
    const QStringList first = devices(4);
    m_service.failing = {first.at(1), first.at(2)};
    QCOMPARE(steps().advance(id).kind, Kind::Running);
    m_service.endAll();
    const auto out = steps().advance(id);
    QCOMPARE(out.kind, Kind::Held);
    QVERIFY2(out.reason.contains(u"failure rate: 50.0 %, allowed at most 10 %"_s),
             qPrintable(out.reason));
    QVERIFY(out.reason.contains(first.at(1)));
    QCOMPARE(m_service.made.size(), 1);
    QCOMPARE(steps().advance(id).kind, Kind::Held); // stays held
    QCOMPARE(m_service.made.size(), 1);
    // A person lets it go on despite the failure: recorded, then wave 2 starts.
    QCOMPARE(steps().approveGate(id, false).kind, Kind::Error);
    QCOMPARE(steps().approveGate(id, true).kind, Kind::Running);
    QCOMPARE(m_service.made.size(), 2);
    bool overridden = false;
    for (const RolloutEvent& e : m_store->events(id))
        overridden = overridden || (e.kind == u"gate-overridden" && e.user == u"tester");
    QVERIFY(overridden);
}

void RolloutAdvanceTest::soakAndApprovalWait()
{
    const qint64 id = makeRollout(
        R"(, "autoAdvance": false, "waves": [{"count": 4, "gate": {"soakHours": 2}}, {"rest": true}])");
    QVERIFY(id > 0);
    QCOMPARE(steps().advance(id).kind, Kind::Running);
    m_service.endAll();
    auto out = steps().advance(id);
    QCOMPARE(out.kind, Kind::Waiting);
    QVERIFY2(out.reason.contains(u"soak"_s), qPrintable(out.reason));
    m_clock->advance(2 * 3600 * 1000);
    out = steps().advance(id);
    QCOMPARE(out.kind, Kind::Waiting);
    QVERIFY2(out.reason.contains(u"approve"_s), qPrintable(out.reason));
    QCOMPARE(m_service.made.size(), 1);
    QCOMPARE(m_store->find(id)->state, RolloutRecord::State::WaitingApproval);
    QCOMPARE(steps().approveGate(id, false).kind, Kind::Running);
    QCOMPARE(m_service.made.size(), 2);
}

void RolloutAdvanceTest::lostCreateAnswerIsLookedUpNotResent()
{
    const qint64 id = makeRollout();
    m_service.loseNextAnswer = true;
    auto out = steps().advance(id);
    QCOMPARE(out.kind, Kind::Error);
    QCOMPARE(m_store->find(id)->waves.at(0).state, RolloutWaveRecord::State::Creating);
    out = steps().advance(id);
    QCOMPARE(out.kind, Kind::Running);
    QCOMPARE(m_service.made.size(), 1); // found, not sent again
    QCOMPARE(m_store->find(id)->waves.at(0).campaignId, u"c1"_s);

    // A run killed after journaling, before sending: nothing exists, so it is sent.
    m_service.endAll();
    RolloutAdvance killed = steps();
    killed.setCrashHook([](const QString& step) {
        if (step == u"journaled")
            throw std::runtime_error("killed");
    });
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, killed.advance(id));
    QCOMPARE(m_service.made.size(), 1);
    QCOMPARE(steps().advance(id).kind, Kind::Running);
    QCOMPARE(m_service.made.size(), 2);
}

void RolloutAdvanceTest::requireApprovalRefusesUnapprovedOrChangedPlan()
{
    const qint64 id = makeRollout(R"(, "requireApproval": true)");
    auto out = steps().advance(id);
    QCOMPARE(out.kind, Kind::Error);
    QVERIFY(out.reason.contains(u"approval"_s));
    QVERIFY(m_store->setApproval(id, u"bob"_s, u"0000"_s)); // another plan's hash
    out = steps().advance(id);
    QCOMPARE(out.kind, Kind::Error);
    QVERIFY(out.reason.contains(u"hash differs"_s));
    QCOMPARE(m_service.made.size(), 0);
    QVERIFY(m_store->setApproval(id, u"bob"_s, m_store->find(id)->planHash));
    QCOMPARE(steps().advance(id).kind, Kind::Running);
}

void RolloutAdvanceTest::abortCancelsTheRunningWave()
{
    const qint64 id = makeRollout();
    QCOMPARE(steps().advance(id).kind, Kind::Running);
    QCOMPARE(steps().pause(id).kind, Kind::Waiting);
    QCOMPARE(steps().advance(id).kind, Kind::Waiting);
    QCOMPARE(steps().resume(id).kind, Kind::Running);
    QCOMPARE(steps().pause(id).kind, Kind::Waiting);
    const auto out = steps().abort(id);
    QCOMPARE(out.kind, Kind::Aborted);
    QCOMPARE(m_service.cancelled, QStringList{u"c1"_s});
    QCOMPARE(steps().advance(id).kind, Kind::Aborted);
    QCOMPARE(m_service.made.size(), 1);
}

void RolloutAdvanceTest::retryFailedTakesOnlyRetryableFailures()
{
    const qint64 id = makeRollout(R"(, "retryableReasons": ["battery"])");
    const QStringList first = devices(4);
    m_service.failing = {first.at(0), first.at(3)};
    m_service.failReason = u"Install failed: battery too low"_s;
    QCOMPARE(steps().advance(id).kind, Kind::Running);
    m_service.endAll();
    QCOMPARE(steps().advance(id).kind, Kind::Held);
    m_service.refusedByCheck = {first.at(3)};
    const auto out = steps().retryFailed(id, 1);
    QCOMPARE(out.kind, Kind::Running);
    QCOMPARE(m_service.made.size(), 2);
    QCOMPARE(m_service.made.at(1).devices, QStringList{first.at(0)});
    QCOMPARE(m_service.made.at(1).campaign.campaignName, u"R \u2014 wave 4"_s);
    // The retry wave passes: wave 2 follows it.
    m_service.failing.clear();
    m_service.endAll();
    QCOMPARE(steps().advance(id).kind, Kind::Running);
    QCOMPARE(m_service.made.at(2).campaign.campaignName, u"R \u2014 wave 2"_s);
    QCOMPARE(RolloutAdvance::runOrder(*m_store->find(id)), (QList<int>{1, 4, 2, 3}));
}

void RolloutAdvanceTest::refusedCreateLeavesNoJournal()
{
    const qint64 id = makeRollout();
    m_service.refuseNext = true;
    QCOMPARE(steps().advance(id).kind, Kind::Error);
    QCOMPARE(m_store->find(id)->waves.at(0).state, RolloutWaveRecord::State::Planned);
    QCOMPARE(steps().advance(id).kind, Kind::Running);
    QCOMPARE(m_service.made.size(), 1);
}

QTEST_GUILESS_MAIN(RolloutAdvanceTest)
#include "RolloutAdvanceTest.moc"
