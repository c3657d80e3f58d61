// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RolloutClientService.h"

#include "api/DeviceStatusPager.h"
#include "api/FotaClient.h"
#include "api/ReconcileCreateJob.h"
#include "api/wire/CampaignRequestMapping.h"
#include "api/wire/JsonCodec.h"
#include "core/CampaignDraft.h"
#include "core/Clock.h"
#include "store/BatchJournal.h"
#include "store/LocalStore.h"
#include "store/PendingCreateStore.h"
#include "workflow/BatchRunner.h"
#include "workflow/CreateFollowUps.h"
#include "workflow/CreateReconciler.h"
#include "workflow/InventoryCheckRun.h"

#include <QEventLoop>

#include <memory>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

/// Runs the job until it finished (it stays alive: the caller deletes it).
void wait(ApiJob* job)
{
    job->setAutoDelete(false);
    if (job->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(job, &ApiJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Starts a job that the client does not start by itself (pagers, checks) and runs it to its end.
void runJob(ApiJob& job)
{
    job.setAutoDelete(false);
    job.start();
    wait(&job);
}

/// Runs the batch to its end; its journal error (if any) in the result.
QString runBatch(BatchRunner& runner)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(&runner, &BatchRunner::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    runner.start();
    if (!done)
        loop.exec();
    return runner.journalError();
}

/// A refusal made here, before anything is sent, in the client's error type.
ApiError localRefusal(const QString& message)
{
    return ApiError::notJournaled(message, u"create"_s);
}

} // namespace

RolloutClientService::RolloutClientService(FotaClient& client, LocalStore& store,
                                           QList<CreateReconciler::Result> reconciled,
                                           QJsonObject firmware)
    : m_client(client)
    , m_store(store)
    , m_reconciled(std::move(reconciled))
    , m_firmware(std::move(firmware))
{}

void RolloutClientService::warn(const QString& message) const
{
    if (m_warn)
        m_warn(message);
}

bool RolloutClientService::completeFollowUps(const QString& campaignId, qint64 journalId,
                                             QString* error)
{
    LocalStore& store = m_store;
    CreateFollowUps followUps(store.journal(), store.pendingCreates());
    std::optional<PendingCreate> create;
    if (journalId == 0) {
        create = store.pendingCreates().newestOfThisProgram();
        if (!create || !create->followUp || create->followUp->devices.isEmpty()) {
            if (create)
                store.pendingCreates().settle(create->id);
            return true;
        }
        store.pendingCreates().markCreated(create->id, campaignId);
        create->campaignId = campaignId;
        journalId = followUps.ensureJournal(*create, campaignId, error);
        if (journalId == 0)
            return false;
    }
    BatchRunner runner(&m_client, store.journal());
    if (!runner.resume(journalId, error))
        return false;
    if (const QString journalError = runBatch(runner); !journalError.isEmpty())
        warn(journalError);
    if (!runner.batcher()->allSucceeded()) {
        // fotactl's rollout output is English (docs/rollouts.md).
        *error = u"not every device could be added to campaign %1 yet (batch %2); the next "
                 "'rollout advance' or 'campaign resume' sends the rest."_s.arg(campaignId)
                     .arg(journalId);
        return false;
    }
    if (create)
        followUps.settleIfDone(*create);
    else
        followUps.settleDone(Environment::profileName(m_client.environment().profile),
                             m_client.environment().accountName);
    return true;
}

RolloutService::CreateOutcome RolloutClientService::create(const wire::CampaignRequest& request,
                                                           wire::Campaign* campaign,
                                                           ApiError* error)
{
    // The same rules as 'campaign create' and the form, before anything is sent.
    QStringList problems;
    for (const DraftIssue& issue : CampaignDraft::validateWithDeviceIds(
             wire::toCampaignDraft(request), request.deviceList, Clock::system())) {
        if (issue.isError())
            problems << issue.toString();
    }
    if (!problems.isEmpty()) {
        *error = localRefusal(problems.join(u"; "_s));
        return CreateOutcome::Refused;
    }
    wire::CampaignRequest first = request;
    first.deviceList = request.deviceList.mid(0, ChunkSize);
    std::optional<CreateFollowUp> followUp;
    if (request.deviceList.size() > ChunkSize)
        followUp = CreateFollowUp{request.deviceList.mid(ChunkSize), ChunkSize,
                                  BatchJournal::devicePathName(FotaClient::DevicePath::Firmware)};
    std::unique_ptr<RequestJob<wire::Campaign>> job(m_client.createCampaign(first, followUp));
    wait(job.get());
    if (!job->succeeded()) {
        *error = job->error();
        return job->error().kind() == ApiError::Kind::OutcomeUnknown ? CreateOutcome::Unknown
                                                                     : CreateOutcome::Refused;
    }
    *campaign = job->result();
    QString why;
    if (!completeFollowUps(campaign->id, 0, &why))
        warn(why);
    return CreateOutcome::Created;
}

std::optional<QList<wire::Campaign>>
RolloutClientService::findCreated(const wire::CampaignRequest& request, ApiError* error)
{
    wire::CampaignRequest first = request;
    first.deviceList = request.deviceList.mid(0, ChunkSize);
    // Opening the workspace already looked up the creates of ended runs (CreateReconciler).
    for (const CreateReconciler::Result& r : m_reconciled) {
        if (r.create.request.campaignName != request.campaignName)
            continue;
        if (r.kind == CreateReconciler::Result::Kind::Created) {
            QString why;
            if (r.followUpJournal != 0 &&
                !completeFollowUps(r.matches.first().id, r.followUpJournal, &why))
                warn(why);
            return r.matches;
        }
        if (r.kind == CreateReconciler::Result::Kind::LookupFailed) {
            *error = r.error;
            return std::nullopt;
        }
        if (r.kind == CreateReconciler::Result::Kind::Ambiguous)
            return r.matches;
    }
    std::unique_ptr<ReconcileCreateJob> job(m_client.reconcileCreate(first));
    wait(job.get());
    if (!job->succeeded()) {
        *error = job->error();
        return std::nullopt;
    }
    return job->matches();
}

std::optional<wire::Campaign> RolloutClientService::campaign(const QString& campaignId,
                                                             ApiError* error)
{
    std::unique_ptr<RequestJob<wire::Campaign>> job(m_client.campaign(campaignId));
    wait(job.get());
    if (!job->succeeded()) {
        *error = job->error();
        return std::nullopt;
    }
    return job->result();
}

std::optional<QList<WaveDevice>> RolloutClientService::report(const QString& campaignId,
                                                              ApiError* error)
{
    DeviceStatusPager pager(&m_client, campaignId);
    pager.setCollect(true);
    runJob(pager);
    if (!pager.succeeded()) {
        *error = pager.error();
        return std::nullopt;
    }
    QList<WaveDevice> devices;
    devices.reserve(pager.devices().size());
    for (const wire::DeviceStatus& d : pager.devices())
        devices << WaveDevice{d.deviceId, d.status, d.resultReason};
    return devices;
}

bool RolloutClientService::cancel(const QString& campaignId, ApiError* error)
{
    std::unique_ptr<RequestJob<wire::SuccessResult>> job(m_client.cancelCampaign(campaignId));
    wait(job.get());
    if (!job->succeeded())
        *error = job->error();
    return job->succeeded();
}

std::optional<QSet<QString>> RolloutClientService::refused(const QStringList& devices,
                                                           QString* error)
{
    InventoryCheckRun::Options options;
    options.package = PackageFacts{m_firmware.value(u"make"_s).toString(),
                                   m_firmware.value(u"model"_s).toString(),
                                   m_firmware.value(u"firmwareFrom"_s).toString(),
                                   m_firmware.value(u"firmwareTo"_s).toString(),
                                   m_firmware.value(u"packageProtocol"_s).toString()};
    options.now = QDateTime::currentDateTimeUtc();
    options.autoAssign = m_firmware.value(u"autoAssignLicense"_s).toBool();
    InventoryCheckRun check(&m_client, devices, options);
    runJob(check);
    if (!check.succeeded()) {
        *error = check.error().message();
        return std::nullopt;
    }
    QSet<QString> out;
    for (const CheckedDevice& d : check.report().refusedDevices())
        out.insert(d.deviceId);
    return out;
}

} // namespace fotadesk
