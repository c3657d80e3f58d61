// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every mutating FotaClient call reaches the audit log through AuditHook — against a real
// fotasim on 127.0.0.1: successes, refusals, partial device results, unknown outcomes, and the
// reconciliation of an unknown create on the next start.

#include "workflow/AuditHook.h"

#include "api/SimFixture.h"
#include "core/Imei.h"
#include "store/AuditLog.h"
#include "store/PendingCreateStore.h"
#include "store/Workspace.h"
#include "workflow/CreateReconciler.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

template <typename Job> Job* run(Job* job)
{
    SimFixture::waitFor(job);
    return job;
}

} // namespace

class AuditHookTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void everyMutatingCallIsAudited();
    void refusalsAreAudited_data();
    void refusalsAreAudited();
    void partialDeviceResults();
    void readsAreNotAudited();
    void unknownCreateIsReconciledAsCreated();
    void neverSentCreateIsReconciledAsNotCreated();
    void summaryHasNoSecrets();

private:
    wire::CampaignRequest newRequest(int devices, QStringList* ids = nullptr,
                                     QString* sourceCampaign = nullptr);
    AuditEntry last();

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<PendingCreateStore> m_pending;
    std::unique_ptr<FotaClient> m_client;
    std::unique_ptr<AuditHook> m_hook;
    int m_counter = 0;
};

void AuditHookTest::initTestCase()
{
    m_sim = std::make_unique<SimFixture>(QStringList{u"--seed"_s, u"17"_s});
    QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
}

void AuditHookTest::init()
{
    QVERIFY(m_sim->setFaults(u"none"_s));
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = std::make_unique<Workspace>(m_dir->filePath(u"ws.sqlite"_s));
    QVERIFY(m_ws->open().persistent());
    m_log = std::make_unique<AuditLog>(*m_ws, u"test"_s);
    m_pending = std::make_unique<PendingCreateStore>(*m_ws);
    m_client = m_sim->makeClient();
    m_hook = std::make_unique<AuditHook>(*m_log, m_client.get(), m_pending.get());
}

void AuditHookTest::cleanup()
{
    m_hook.reset();
    m_client.reset();
    m_pending.reset();
    m_log.reset();
    m_ws.reset();
    m_dir.reset();
    m_sim->setFaults(u"none"_s);
}

void AuditHookTest::cleanupTestCase()
{
    m_sim.reset();
}

wire::CampaignRequest AuditHookTest::newRequest(int devices, QStringList* ids,
                                                QString* sourceCampaign)
{
    const QJsonObject synthetic = m_sim->syntheticCampaign(devices);
    const QStringList imeis = m_sim->campaignDevices(synthetic.value(u"id"_s).toString());
    if (ids)
        *ids = imeis;
    if (sourceCampaign)
        *sourceCampaign = synthetic.value(u"id"_s).toString();
    const QDate today = m_sim->today();
    wire::CampaignRequest r;
    r.campaignName =
        u"audit test %1 %2"_s.arg(++m_counter).arg(QDateTime::currentMSecsSinceEpoch());
    r.firmwareName = synthetic.value(u"firmwareName"_s).toString();
    r.firmwareFrom = synthetic.value(u"firmwareFrom"_s).toString();
    r.firmwareTo = synthetic.value(u"firmwareTo"_s).toString();
    r.protocol = synthetic.value(u"protocol"_s).toString();
    r.startDate = today.addDays(3);
    r.endDate = today.addDays(6);
    r.timeWindows = {TimeWindow{1, 5}};
    r.deviceList = imeis;
    return r;
}

AuditEntry AuditHookTest::last()
{
    AuditFilter f;
    f.limit = 1;
    const auto entries = m_log->query(f);
    return entries.isEmpty() ? AuditEntry{} : entries.first();
}

void AuditHookTest::everyMutatingCallIsAudited()
{
    QStringList devices;
    QString source;
    const wire::CampaignRequest request = newRequest(4, &devices, &source);
    struct Expected
    {
        QString operation;
        QString campaignId;
        qint64 devices;
    };
    QList<Expected> expected;

    // The entry exists (pending) before the request leaves.
    auto* create = m_client->createCampaign(request);
    QCOMPARE(last().operation, u"create-campaign"_s);
    QCOMPARE(last().outcome, AuditEntry::Outcome::Pending);
    QCOMPARE(m_pending->unresolved(u"custom"_s, DemoAccount).size(), 0); // ours, in flight
    run(create);
    QVERIFY2(create->succeeded(), qPrintable(create->error().toString()));
    const QString id = create->result().id;
    delete create;
    QCOMPARE(last().outcome, AuditEntry::Outcome::Success);
    QVERIFY2(last().result.contains(id), qPrintable(last().result));
    QCOMPARE(last().campaignId, id);          // the create row names the campaign it made
    QVERIFY(!m_pending->find(1).has_value()); // settled
    expected << Expected{u"create-campaign"_s, id, 4};

    delete run(m_client->changeCampaignDevices(
        id, {wire::DeviceListChange::Type::Remove, devices.mid(0, 2)}));
    expected << Expected{u"remove-devices"_s, id, 2};
    delete run(m_client->changeCampaignDevices(
        id, {wire::DeviceListChange::Type::Append, devices.mid(0, 1)},
        FotaClient::DevicePath::Plain));
    expected << Expected{u"add-devices"_s, id, 1};
    wire::DatesChange dates{request.startDate, request.endDate.addDays(1), request.timeWindows};
    delete run(m_client->changeCampaignDates(id, dates));
    expected << Expected{u"change-dates"_s, id, 0};
    delete run(m_client->removeLicenses(devices.mid(3, 1)));
    expected << Expected{u"remove-licenses"_s, {}, 1};
    delete run(m_client->assignLicenses(devices.mid(3, 1)));
    expected << Expected{u"assign-licenses"_s, {}, 1};
    delete run(m_client->setCallback(u"https://example.invalid/fota/callback"_s));
    expected << Expected{u"set-callback"_s, {}, 0};
    delete run(m_client->deleteCallback());
    expected << Expected{u"delete-callback"_s, {}, 0};
    delete run(m_client->cancelCampaign(id));
    expected << Expected{u"cancel-campaign"_s, id, 0};

    const auto entries = m_log->query();
    QCOMPARE(entries.size(), expected.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const AuditEntry& e = entries.at(i);
        QCOMPARE(e.operation, expected.at(i).operation);
        QCOMPARE(e.campaignId, expected.at(i).campaignId);
        QCOMPARE(e.deviceCount, expected.at(i).devices);
        QCOMPARE(e.profile, u"custom"_s);
        QCOMPARE(e.account, DemoAccount);
        QCOMPARE(e.origin, u"test"_s);
        QVERIFY2(e.outcome == AuditEntry::Outcome::Success,
                 qPrintable(e.operation + u": "_s + AuditEntry::outcomeName(e.outcome) + u' ' +
                            e.errorMessage + e.result));
        QVERIFY(e.finishedUtc.isValid());
        QVERIFY(!e.summary.isEmpty());
        QVERIFY(e.startedUtc <= e.finishedUtc);
    }
    QVERIFY(entries.at(1).summary.contains(devices.at(0)));
    QVERIFY2(entries.at(1).result.contains(u"2 of 2"_s), qPrintable(entries.at(1).result));
}

void AuditHookTest::refusalsAreAudited_data()
{
    QTest::addColumn<int>("call");
    QTest::newRow("cancel an unknown campaign") << 0;
    QTest::newRow("add to an unknown campaign") << 1;
    QTest::newRow("dates of an unknown campaign") << 2;
    QTest::newRow("create with unknown firmware") << 3;
}

void AuditHookTest::refusalsAreAudited()
{
    QFETCH(int, call);
    const QString missing = u"no-such-campaign"_s;
    ApiJob* job = nullptr;
    switch (call) {
    case 0:
        job = m_client->cancelCampaign(missing);
        break;
    case 1:
        job = m_client->changeCampaignDevices(
            missing, {wire::DeviceListChange::Type::Append, {u"356938035643809"_s}});
        break;
    case 2:
        job = m_client->changeCampaignDates(
            missing, {m_sim->today().addDays(2), m_sim->today().addDays(3), {}});
        break;
    default: {
        wire::CampaignRequest r = newRequest(1);
        r.firmwareName = u"NoSuchFirmware_1_2"_s;
        job = m_client->createCampaign(r);
        break;
    }
    }
    run(job);
    QVERIFY(!job->succeeded());
    const ApiError error = job->error();
    delete job;
    const AuditEntry e = last();
    QCOMPARE(e.outcome, AuditEntry::Outcome::Failed);
    QCOMPARE(e.httpStatus, error.httpStatus());
    QCOMPARE(e.errorKind, ApiError::kindName(error.kind()));
    QCOMPARE(e.errorCode, error.errorCode());
    QVERIFY(!e.errorMessage.isEmpty());
    QVERIFY(e.finishedUtc.isValid());
    // A refused create is definite: nothing left to reconcile.
    QVERIFY(m_pending->unresolved(u"custom"_s, DemoAccount).isEmpty());
}

void AuditHookTest::partialDeviceResults()
{
    QStringList devices;
    wire::CampaignRequest request = newRequest(2, &devices);
    auto* create = run(m_client->createCampaign(request));
    QVERIFY(create->succeeded());
    const QString id = create->result().id;
    delete create;
    // One device that does not exist next to one that is there already.
    const QString unknownDevice = Imei::completeFrom14(35000000000001ULL).toString();
    delete run(m_client->changeCampaignDevices(
        id, {wire::DeviceListChange::Type::Append, {devices.at(0), unknownDevice}}));
    const AuditEntry e = last();
    QCOMPARE(e.operation, u"add-devices"_s);
    QCOMPARE(e.deviceCount, 2);
    QCOMPARE(e.outcome, AuditEntry::Outcome::Partial);
    QVERIFY2(e.result.startsWith(u"1 of 2"_s), qPrintable(e.result));
    QVERIFY2(e.result.contains(unknownDevice), qPrintable(e.result));
}

void AuditHookTest::readsAreNotAudited()
{
    delete run(m_client->firmwareList());
    delete run(m_client->subscription());
    delete run(m_client->campaignHistoryPage(u"CampaignEnded"_s));
    QVERIFY(m_log->query().isEmpty());
}

void AuditHookTest::unknownCreateIsReconciledAsCreated()
{
    const wire::CampaignRequest request = newRequest(3);
    // The server handles the create, then drops the connection: the answer is lost.
    QVERIFY(m_sim->setFaults(u"drop=1"_s));
    auto* create = run(m_client->createCampaign(request));
    QVERIFY(!create->succeeded());
    QCOMPARE(create->error().kind(), ApiError::Kind::OutcomeUnknown);
    delete create;
    QVERIFY(m_sim->setFaults(u"none"_s));
    const AuditEntry unknown = last();
    QCOMPARE(unknown.outcome, AuditEntry::Outcome::Unknown);
    QCOMPARE(unknown.errorKind, u"outcome-unknown"_s);
    const auto pending = m_pending->unresolved(u"custom"_s, DemoAccount);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).state, PendingCreate::State::Unknown);
    QCOMPARE(pending.at(0).request.deviceList, request.deviceList);
    QCOMPARE(pending.at(0).request.campaignName, request.campaignName);

    // "Next start": a new client and reconciler over the same workspace.
    m_hook.reset();
    m_client = m_sim->makeClient();
    m_hook = std::make_unique<AuditHook>(*m_log, m_client.get(), m_pending.get());
    m_sim->resetStats();
    CreateReconciler reconciler(m_client.get(), *m_pending, m_log.get());
    QSignalSpy done(&reconciler, &CreateReconciler::finished);
    reconciler.start();
    QVERIFY(done.wait(60000));
    QCOMPARE(reconciler.results().size(), 1);
    const auto& r = reconciler.results().first();
    QCOMPARE(r.kind, CreateReconciler::Result::Kind::Created);
    QCOMPARE(r.matches.size(), 1);
    QVERIFY2(r.message.contains(r.matches.first().id), qPrintable(r.message));
    QVERIFY2(r.message.contains(u"Nothing was sent again"_s), qPrintable(r.message));
    QCOMPARE(m_sim->requestsTo(u"POST /api/fota/v3/campaigns"_s), 0); // never re-sent
    const auto amended = m_log->entry(unknown.id);
    QCOMPARE(amended->outcome, AuditEntry::Outcome::Success);
    QVERIFY(amended->result.contains(r.matches.first().id));
    QVERIFY(m_pending->unresolved(u"custom"_s, DemoAccount).isEmpty());
}

void AuditHookTest::neverSentCreateIsReconciledAsNotCreated()
{
    wire::CampaignRequest request = newRequest(1);
    request.campaignName = u"never sent %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    AuditEntry e;
    e.operation = u"create-campaign"_s;
    e.profile = u"custom"_s;
    e.account = DemoAccount;
    const qint64 auditId = m_log->begin(e);
    const qint64 id = m_pending->recordSent(auditId, u"custom"_s, DemoAccount, request);
    QVERIFY(m_pending->markUnknown(id));

    CreateReconciler reconciler(m_client.get(), *m_pending, m_log.get());
    QSignalSpy done(&reconciler, &CreateReconciler::finished);
    reconciler.start();
    QVERIFY(done.wait(60000));
    QCOMPARE(reconciler.results().size(), 1);
    QCOMPARE(reconciler.results().first().kind, CreateReconciler::Result::Kind::NotCreated);
    QVERIFY(reconciler.results().first().message.contains(u"was not created"_s));
    QCOMPARE(m_log->entry(auditId)->outcome, AuditEntry::Outcome::Failed);
    QVERIFY(m_pending->unresolved(u"custom"_s, DemoAccount).isEmpty());

    // Nothing pending: finished() still comes.
    CreateReconciler idle(m_client.get(), *m_pending, m_log.get());
    QSignalSpy idleDone(&idle, &CreateReconciler::finished);
    idle.start();
    QVERIFY(idleDone.wait(10000));
    QVERIFY(idle.results().isEmpty());
}

void AuditHookTest::summaryHasNoSecrets()
{
    MutationInfo info;
    info.operation = MutationInfo::Operation::SetCallback;
    info.callbackUrl = u"https://user:hunter2@example.invalid/cb?token=s3cr3t#frag"_s;
    const QString summary = AuditHook::summarize(info);
    QVERIFY2(summary.contains(u"https://example.invalid/cb"_s), qPrintable(summary));
    QVERIFY(!summary.contains(u"hunter2"_s));
    QVERIFY(!summary.contains(u"s3cr3t"_s));
    QVERIFY(!summary.contains(u"user"_s));
}

QTEST_GUILESS_MAIN(AuditHookTest)
#include "AuditHookTest.moc"
