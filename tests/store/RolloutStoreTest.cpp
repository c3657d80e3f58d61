// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/RolloutStore.h"

#include "core/Clock.h"
#include "store/Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

namespace {

RolloutRecord sample()
{
    const auto parsed = RolloutPlan::parse(
        R"({"name": "Depot 7", "firmware": {"name": "FW"}, "devices": "d.txt",
            "waves": [{"count": 2}, {"rest": true}], "gate": {"maxFailurePercent": 5}})",
        u"plan.json"_s);
    RolloutRecord r;
    r.plan = *parsed.plan;
    r.profile = u"demo"_s;
    r.account = u"0000123456-00001"_s;
    r.planHash = r.plan.hash({u"1"_s, u"2"_s, u"3"_s});
    r.firmware = {{u"firmwareName"_s, u"FW"_s}};
    r.preflight = {{u"checked"_s, 4}, {u"accepted"_s, 3}};
    r.waves = {RolloutWaveRecord{1, 0, {u"1"_s, u"2"_s}, {}, {}, {}, {}, {}},
               RolloutWaveRecord{2, 0, {u"3"_s}, {}, {}, {}, {}, {}}};
    return r;
}

} // namespace

class RolloutStoreTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void storesAndReadsBack();
    void journalsTheCreateBeforeTheCampaign();
    void gateResultsAndEventsWithWhoAndWhen();
    void retryWaveIsAppended();
    void migratesFromVersion6();
    void bandCampaignsAndZonesAreKept();
    void version7RolloutsReadOnAfterVersion8();
    void readOnlyWorkspaceRefuses();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
};

void RolloutStoreTest::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
    m_ws = std::make_unique<Workspace>(
        m_dir.filePath(u"%1.sqlite"_s.arg(QLatin1String(QTest::currentTestFunction()))), *m_clock);
    QVERIFY(m_ws->open().persistent());
}

void RolloutStoreTest::cleanup()
{
    m_ws.reset();
}

void RolloutStoreTest::storesAndReadsBack()
{
    RolloutStore store(*m_ws);
    const qint64 id = store.create(sample(), u"alice"_s);
    QVERIFY2(id > 0, qPrintable(store.lastError()));
    QVERIFY(store.nameTaken(u"Depot 7"_s));
    QVERIFY(!store.nameTaken(u"Depot 8"_s));
    QCOMPARE(store.create(sample(), u"alice"_s), 0); // the name makes the campaigns' names

    const auto r = store.find(id);
    QVERIFY(r);
    QCOMPARE(r->plan.name, u"Depot 7"_s);
    QCOMPARE(r->plan.toJson(), sample().plan.toJson());
    QCOMPARE(r->planHash, sample().planHash);
    QCOMPARE(r->preflight.value(u"accepted"_s).toInt(), 3);
    QCOMPARE(r->state, RolloutRecord::State::Ready);
    QCOMPARE(r->waves.size(), 2);
    QCOMPARE(r->waves.at(0).devices, (QStringList{u"1"_s, u"2"_s}));
    QCOMPARE(r->waves.at(1).devices, QStringList{u"3"_s});
    QCOMPARE(r->waves.at(1).state, RolloutWaveRecord::State::Planned);
    QCOMPARE(store.list(u"demo"_s, u"0000123456-00001"_s).size(), 1);
    QCOMPARE(store.list(u"demo"_s, u"other"_s).size(), 0);
}

void RolloutStoreTest::journalsTheCreateBeforeTheCampaign()
{
    RolloutStore store(*m_ws);
    const qint64 id = store.create(sample(), u"alice"_s);
    const QJsonObject request{{u"campaignName"_s, u"Depot 7 \u2014 wave 1"_s}};
    QVERIFY(store.journalCreate(id, 1, request, u"alice"_s));
    auto r = store.find(id);
    QCOMPARE(r->waves.at(0).state, RolloutWaveRecord::State::Creating);
    QCOMPARE(r->waves.at(0).request, request);
    QVERIFY(r->waves.at(0).campaignId.isEmpty());

    QVERIFY(store.setCampaign(id, 1, u"c-1"_s));
    r = store.find(id);
    QCOMPARE(r->waves.at(0).state, RolloutWaveRecord::State::Running);
    QCOMPARE(r->waves.at(0).campaignId, u"c-1"_s);
    QVERIFY(!store.setCampaign(id, 9, u"c-9"_s)); // no such wave

    m_clock->advance(60'000);
    QVERIFY(store.setWaveEnded(id, 1, m_clock->nowUtc()));
    r = store.find(id);
    QCOMPARE(r->waves.at(0).state, RolloutWaveRecord::State::Ended);
    QCOMPARE(r->waves.at(0).endedUtc, m_clock->nowUtc());

    QVERIFY(store.journalCreate(id, 2, request, u"bob"_s));
    QVERIFY(store.unjournalCreate(id, 2));
    QCOMPARE(store.find(id)->waves.at(1).state, RolloutWaveRecord::State::Planned);
}

void RolloutStoreTest::gateResultsAndEventsWithWhoAndWhen()
{
    RolloutStore store(*m_ws);
    const qint64 id = store.create(sample(), u"alice"_s);
    RolloutGate gate;
    gate.maxFailurePercent = 5;
    const RolloutGateCheck check = RolloutGateCheck::evaluate(
        gate, {{u"1"_s, u"UpgradeSuccess"_s, {}}, {u"2"_s, u"UpgradeFailed"_s, u"boom"_s}});
    QVERIFY(!check.passed);
    m_clock->advance(1000);
    QVERIFY(store.setGate(id, 1, check, u"cron"_s));
    QVERIFY(store.setState(id, RolloutRecord::State::Held, u"failure rate"_s));
    QVERIFY(store.setPaused(id, true, u"bob"_s));
    const auto r = store.find(id);
    QCOMPARE(r->waves.at(0).state, RolloutWaveRecord::State::Failed);
    QCOMPARE(r->waves.at(0).gate->toJson(), check.toJson());
    QCOMPARE(r->state, RolloutRecord::State::Held);
    QCOMPARE(r->stateReason, u"failure rate"_s);
    QVERIFY(r->paused);

    const QList<RolloutEvent> events = store.events(id);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).kind, u"created"_s);
    QCOMPARE(events.at(0).user, u"alice"_s);
    QCOMPARE(events.at(1).kind, u"gate-failed"_s);
    QCOMPARE(events.at(1).user, u"cron"_s);
    QCOMPARE(events.at(1).wave, 1);
    QCOMPARE(events.at(1).atUtc, m_clock->nowUtc());
    QVERIFY2(events.at(1).detail.contains(u"failure rate: 50.0 %"_s),
             qPrintable(events.at(1).detail));
    QCOMPARE(events.at(2).kind, u"paused"_s);

    QVERIFY(store.setApproval(id, u"carol"_s, r->planHash));
    const auto approved = store.find(id);
    QCOMPARE(approved->approvedBy, u"carol"_s);
    QCOMPARE(approved->approvedHash, r->planHash);
    QCOMPARE(approved->approvedUtc, m_clock->nowUtc());
}

void RolloutStoreTest::retryWaveIsAppended()
{
    RolloutStore store(*m_ws);
    const qint64 id = store.create(sample(), u"alice"_s);
    QCOMPARE(store.addWave(id, {u"2"_s}, 1, u"alice"_s), 3);
    const auto r = store.find(id);
    QCOMPARE(r->waves.size(), 3);
    QCOMPARE(r->waves.at(2).retryOf, 1);
    QCOMPARE(r->waves.at(2).devices, QStringList{u"2"_s});
}

void RolloutStoreTest::migratesFromVersion6()
{
    const QString path = m_dir.filePath(u"v6.sqlite"_s);
    {
        Workspace old(path, *m_clock);
        QVERIFY(old.open(6).persistent());
        QCOMPARE(old.schemaVersion(), 6);
    }
    Workspace ws(path, *m_clock);
    const auto result = ws.open();
    QVERIFY(result.persistent());
    QCOMPARE(ws.schemaVersion(), Workspace::latestVersion());
    RolloutStore store(ws);
    QVERIFY2(store.create(sample(), u"alice"_s) > 0, qPrintable(store.lastError()));
}

void RolloutStoreTest::bandCampaignsAndZonesAreKept()
{
    RolloutStore store(*m_ws);
    RolloutRecord rollout = sample();
    rollout.deviceZones = {
        {u"1"_s, u"Europe/Berlin"_s}, {u"2"_s, u"Asia/Tokyo"_s}, {u"3"_s, u"Europe/Berlin"_s}};
    const qint64 id = store.create(rollout, u"alice"_s);
    QVERIFY2(id > 0, qPrintable(store.lastError()));
    QCOMPARE(store.find(id)->deviceZones, rollout.deviceZones);

    const QJsonObject shared{{u"endDate"_s, u"2026-03-03"_s}};
    QList<RolloutBandCampaign> bands;
    bands << RolloutBandCampaign{1,
                                 0,
                                 u"UTC+01:00"_s,
                                 {u"1"_s},
                                 {{u"campaignName"_s, u"Depot 7 \u2014 wave 1 (UTC+01:00)"_s}},
                                 {}};
    bands << RolloutBandCampaign{1,
                                 1,
                                 u"UTC+09:00"_s,
                                 {u"2"_s},
                                 {{u"campaignName"_s, u"Depot 7 \u2014 wave 1 (UTC+09:00)"_s}},
                                 {}};
    QVERIFY2(store.journalBands(id, 1, bands, shared, u"alice"_s), qPrintable(store.lastError()));
    auto r = store.find(id);
    QCOMPARE(r->waves.at(0).state, RolloutWaveRecord::State::Creating);
    QCOMPARE(r->waves.at(0).request, shared);
    QCOMPARE(r->bandsOf(1).size(), 2);
    QCOMPARE(r->bandsOf(1).at(1).devices, QStringList{u"2"_s});
    QCOMPARE(r->bandsOf(1).at(1).label, u"UTC+09:00"_s);
    QVERIFY(r->campaignIdsOf(1).isEmpty());
    QVERIFY(r->bandsOf(2).isEmpty());

    QVERIFY(store.setBandCampaign(id, 1, 1, u"c-tokyo"_s));
    QVERIFY(!store.setBandCampaign(id, 1, 5, u"c-none"_s)); // no such band
    QCOMPARE(store.find(id)->campaignIdsOf(1), QStringList{u"c-tokyo"_s});
    QVERIFY(store.setBandCampaign(id, 1, 0, u"c-berlin"_s));
    QVERIFY(store.setCampaign(id, 1, u"c-berlin"_s));
    r = store.find(id);
    QCOMPARE(r->campaignIdsOf(1), (QStringList{u"c-berlin"_s, u"c-tokyo"_s}));
    QCOMPARE(r->waves.at(0).state, RolloutWaveRecord::State::Running);

    // Journaled again (a refused first band): the old rows go; unjournal drops them all.
    QVERIFY(store.journalBands(id, 2, {bands.first()}, shared, u"alice"_s));
    QCOMPARE(store.find(id)->bandsOf(2).size(), 1);
    QVERIFY(store.unjournalCreate(id, 2));
    r = store.find(id);
    QVERIFY(r->bandsOf(2).isEmpty());
    QCOMPARE(r->waves.at(1).state, RolloutWaveRecord::State::Planned);
    QCOMPARE(r->bandsOf(1).size(), 2); // another wave's bands stay
}

void RolloutStoreTest::version7RolloutsReadOnAfterVersion8()
{
    const QString path = m_dir.filePath(u"v7.sqlite"_s);
    qint64 id = 0;
    {
        Workspace old(path, *m_clock);
        QVERIFY(old.open(7).persistent());
        QSqlQuery q(old.database());
        // A rollout exactly as version 7 stored it (no zone column, one campaign a wave).
        QVERIFY(q.exec(u"INSERT INTO rollouts (name, created_ms, updated_ms, plan, plan_hash)"
                       " VALUES ('Old', 1, 1, '{\"name\":\"Old\",\"firmware\":{\"name\":"
                       "\"FW\"},\"devices\":\"d\",\"waves\":[{\"rest\":true}]}', 'h')"_s));
        id = q.lastInsertId().toLongLong();
        QVERIFY(q.exec(u"INSERT INTO rollout_waves (rollout_id, number, devices_format,"
                       " device_count, state, campaign_id) VALUES (%1, 1, 'text', 0, 'running',"
                       " 'c-old')"_s.arg(id)));
    }
    Workspace ws(path, *m_clock);
    QVERIFY(ws.open().persistent());
    QCOMPARE(ws.schemaVersion(), 8);
    RolloutStore store(ws);
    const auto r = store.find(id);
    QVERIFY(r);
    QCOMPARE(r->plan.name, u"Old"_s);
    QVERIFY(r->deviceZones.isEmpty());
    QVERIFY(r->bandCampaigns.isEmpty());
    QCOMPARE(r->campaignIdsOf(1), QStringList{u"c-old"_s});
}

void RolloutStoreTest::readOnlyWorkspaceRefuses()
{
    // A workspace that is not open keeps nothing: no step may be journaled there.
    Workspace closed(m_dir.filePath(u"closed.sqlite"_s), *m_clock);
    RolloutStore store(closed);
    QCOMPARE(store.create(sample(), u"alice"_s), 0);
    QVERIFY(!store.journalCreate(1, 1, {}, u"alice"_s));
    QVERIFY(!store.lastError().isEmpty());
}

QTEST_GUILESS_MAIN(RolloutStoreTest)
#include "RolloutStoreTest.moc"
