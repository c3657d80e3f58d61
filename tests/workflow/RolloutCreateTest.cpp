// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Creating a rollout against fotasim (RolloutCreate, as fotactl and the app run it): the
// accepted devices are split into the plan's waves, the refused ones are left out with their
// reason, the workspace keeps it with a 'created' step in its history and the audit log; and
// each way it can fail says which one, stores nothing and sends nothing to campaigns.

#include "workflow/RolloutCreate.h"

#include "api/SimFixture.h"
#include "core/Imei.h"
#include "store/AuditLog.h"
#include "store/LocalStore.h"
#include "store/RolloutStore.h"
#include "workflow/AuditHook.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

class RolloutCreateTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<FotaClient> m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AuditHook> m_hook;
    QStringList m_ids;
    QString m_firmware;
    QString m_stranger; ///< a valid IMEI the account does not have

    RolloutPlan plan(const QString& name, const QList<RolloutWave>& waves) const
    {
        RolloutPlan p;
        p.name = name;
        p.firmwareName = m_firmware;
        p.devicesFile = u"devices.txt"_s;
        p.waves = waves;
        return p;
    }
    static RolloutWave count(qint64 n)
    {
        RolloutWave w;
        w.count = n;
        return w;
    }
    static RolloutWave rest()
    {
        RolloutWave w;
        w.rest = true;
        return w;
    }
    qsizetype stored() const
    {
        return RolloutStore(m_store->workspace())
            .list(Environment::profileName(m_client->environment().profile),
                  m_client->environment().accountName)
            .size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        m_client = m_sim->makeClient(1);
        const QJsonObject c = m_sim->syntheticCampaign(8);
        m_ids = m_sim->campaignDevices(c.value(u"id"_s).toString());
        QCOMPARE(m_ids.size(), 8);
        m_firmware = c.value(u"firmwareName"_s).toString();
        const std::uint64_t first14 = 35999900004242ULL;
        m_stranger = QString::number(first14) + QString::number(Imei::checkDigit(first14));
        m_store = std::make_unique<LocalStore>(m_dir.filePath(u"workspace.sqlite"_s));
        QVERIFY(m_store->open().persistent());
        m_hook = std::make_unique<AuditHook>(m_store->audit(), m_client.get(),
                                             &m_store->pendingCreates());
    }

    void splitsTheAcceptedAndLeavesTheRefusedOut()
    {
        RolloutCreate create(*m_client, *m_store, u"planner"_s);
        qsizetype checking = -1;
        create.setCheckStarting([&checking](qsizetype n) { checking = n; });
        QStringList devices = m_ids;
        devices.insert(1, m_stranger);
        const auto result = create.create(plan(u"Depot 1"_s, {count(3), rest()}), devices);
        QVERIFY2(!result.error, qPrintable(result.error ? result.error->message : QString()));
        QCOMPARE(checking, devices.size());
        QVERIFY(result.record);
        const RolloutRecord& r = *result.record;
        QCOMPARE(r.waves.size(), 2);
        QCOMPARE(r.waves.at(0).devices, m_ids.mid(0, 3));
        QCOMPARE(r.waves.at(1).devices, m_ids.mid(3));
        QCOMPARE(result.preflight.checked, devices.size());
        QCOMPARE(result.preflight.refused.size(), 1);
        QCOMPARE(result.preflight.refused.first().deviceId, m_stranger);
        const QJsonArray refused = r.preflight.value(u"refused"_s).toArray();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().toObject().value(u"deviceId"_s).toString(), m_stranger);
        QCOMPARE(r.firmware.value(u"firmwareName"_s).toString(), m_firmware);
        QCOMPARE(r.planHash, r.plan.hash(m_ids));
        // Kept: the workspace has it, its history and the audit log the 'created' step.
        const auto again = RolloutStore(m_store->workspace()).find(r.id);
        QVERIFY(again);
        QCOMPARE(again->waves.at(0).devices, m_ids.mid(0, 3));
        const auto events = RolloutStore(m_store->workspace()).events(r.id);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.first().kind, u"created"_s);
        QCOMPARE(events.first().user, u"planner"_s);
        bool audited = false;
        for (const AuditEntry& e : m_store->audit().query())
            audited = audited || (e.operation == u"rollout" &&
                                  e.summary.contains(u"created: 2 waves, 8 devices, 1 refused"_s));
        QVERIFY(audited);
    }

    void eachFailureSaysWhichAndStoresNothing()
    {
        RolloutCreate create(*m_client, *m_store, u"planner"_s);
        const qsizetype before = stored();
        // A name taken: refused before anything is asked.
        QVERIFY(create.nameTaken(u"Depot 1"_s));
        m_sim->resetStats();
        auto r = create.create(plan(u"Depot 1"_s, {rest()}), m_ids);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, RolloutCreate::Error::Kind::NameTaken);
        QCOMPARE(m_sim->requestsTo(u"firmware"_s), 0);
        // No such package.
        RolloutPlan p = plan(u"Depot 2"_s, {rest()});
        p.firmwareName = u"no-such-package"_s;
        r = create.create(p, m_ids);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, RolloutCreate::Error::Kind::NoFirmware);
        QVERIFY(r.error->message.contains(u"no-such-package"_s));
        // Waves that cannot be formed: the first takes every device.
        r = create.create(plan(u"Depot 3"_s, {count(20), rest()}), m_ids);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, RolloutCreate::Error::Kind::Split);
        QVERIFY(!r.error->splitErrors.isEmpty());
        // The service fails.
        QVERIFY(m_sim->setFaults(u"error500=1"_s));
        r = create.create(plan(u"Depot 4"_s, {rest()}), m_ids);
        QVERIFY(m_sim->setFaults(u"none"_s));
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, RolloutCreate::Error::Kind::Service);
        QCOMPARE(stored(), before);
    }

    void localWindowsNeedEveryDevicesZone()
    {
        RolloutCreate create(*m_client, *m_store, u"planner"_s);
        RolloutPlan p = plan(u"Depot 5"_s, {count(4), rest()});
        p.schedule.localWindows = QList<TimeWindow>{TimeWindow{1, 5}};
        QHash<QString, QString> zones;
        for (qsizetype i = 0; i < m_ids.size(); ++i)
            zones.insert(m_ids.at(i), i % 2 ? u"Asia/Tokyo"_s : u"Europe/Berlin"_s);
        // One device without a zone: refused before anything is asked, naming it.
        QHash<QString, QString> gap = zones;
        gap.remove(m_ids.at(3));
        m_sim->resetStats();
        const qsizetype before = stored();
        auto r = create.create(p, m_ids, gap);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, RolloutCreate::Error::Kind::Split);
        QVERIFY2(r.error->message.contains(u"1 devices have no time zone (%1)"_s.arg(m_ids.at(3))),
                 qPrintable(r.error->message));
        QCOMPARE(m_sim->requestsTo(u"firmware"_s), 0);
        QCOMPARE(stored(), before);
        // Every zone given: stored with the rollout and part of its hash.
        r = create.create(p, m_ids, zones);
        QVERIFY2(!r.error, qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(r.record->deviceZones, zones);
        QCOMPARE(r.record->planHash, r.record->plan.hash(m_ids, zones));
        QVERIFY(r.record->planHash != r.record->plan.hash(m_ids));
        QCOMPARE(RolloutStore(m_store->workspace()).find(r.record->id)->deviceZones, zones);
    }
};

QTEST_GUILESS_MAIN(RolloutCreateTest)
#include "RolloutCreateTest.moc"
