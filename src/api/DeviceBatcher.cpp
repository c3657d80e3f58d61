// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/DeviceBatcher.h"

#include "api/ApiLog.h"
#include "api/HttpJob.h"
#include "core/StatusGroup.h"

#include <QCoreApplication>
#include <QHash>
#include <QNetworkReply>

#include <algorithm>

namespace fotadesk {

DeviceBatcher::DeviceBatcher(FotaClient* client, Operation operation, QStringList deviceIds,
                             const QString& campaignId, int chunkSize, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_operation(operation)
    , m_deviceIds(std::move(deviceIds))
    , m_campaignId(campaignId)
    , m_chunkSize(chunkSize > 0 ? chunkSize : DefaultChunkSize)
{
    if (m_operation == Operation::SyncFirmware)
        m_chunkSize = std::min(m_chunkSize, MaxFirmwareSyncChunk);
    for (qsizetype first = 0; first < m_deviceIds.size(); first += m_chunkSize) {
        Chunk chunk;
        chunk.index = static_cast<int>(m_chunks.size());
        chunk.first = first;
        chunk.count = std::min<qsizetype>(m_chunkSize, m_deviceIds.size() - first);
        m_chunks.append(chunk);
    }
    m_outcomes.resize(m_chunks.size());
    m_jobs.resize(m_chunks.size());
}

DeviceBatcher::~DeviceBatcher()
{
    for (const QPointer<HttpJob>& job : std::as_const(m_jobs)) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

QStringList DeviceBatcher::chunkDevices(int index) const
{
    const Chunk& chunk = m_chunks.at(index);
    return m_deviceIds.mid(chunk.first, chunk.count);
}

void DeviceBatcher::setMaxConcurrent(int requests)
{
    m_maxConcurrent = std::max(1, requests);
}

void DeviceBatcher::markChunkSucceeded(int index)
{
    Chunk& chunk = m_chunks[index];
    if (chunk.state == Chunk::State::Running)
        return;
    chunk.state = Chunk::State::Succeeded;
    chunk.error.reset();
}

qint64 DeviceBatcher::devicesProcessed() const
{
    qint64 n = 0;
    for (const Chunk& c : m_chunks) {
        if (c.state == Chunk::State::Succeeded || c.state == Chunk::State::Failed)
            n += c.count;
    }
    return n;
}

int DeviceBatcher::chunksInState(Chunk::State state) const
{
    return static_cast<int>(std::count_if(m_chunks.cbegin(), m_chunks.cend(),
                                          [state](const Chunk& c) { return c.state == state; }));
}

DeviceBatcher::DeviceOutcome DeviceBatcher::judge(Operation operation, QString deviceId,
                                                  QString status, QString reason,
                                                  QString firmwareVersion)
{
    DeviceOutcome o;
    o.outcome = BatchVerdict::ofAnswer(operation, status, reason);
    o.deviceId = std::move(deviceId);
    o.status = std::move(status);
    o.reason = std::move(reason);
    o.firmwareVersion = std::move(firmwareVersion);
    o.succeeded = BatchVerdict::holds(o.outcome);
    o.alreadyApplied = o.outcome == BatchOutcome::AlreadyApplied;
    return o;
}

BatchOutcome DeviceBatcher::outcomeOfRequest(const ApiError& error)
{
    const bool refusedByAnswer =
        error.kind() == ApiError::Kind::Api || error.kind() == ApiError::Kind::Http;
    return BatchVerdict::ofRequest(refusedByAnswer ? error.httpStatus() : 0);
}

bool DeviceBatcher::isSuccessStatus(const QString& status, const QString& reason)
{
    switch (
        StatusClassifier::deviceStatusGroup(status, reason, DeviceStatusContext::OperationResult)) {
    case StatusGroup::Succeeded:
        return true;
    case StatusGroup::Unknown:
        return status.contains(QLatin1String("succe"), Qt::CaseInsensitive);
    default:
        return false;
    }
}

void DeviceBatcher::start()
{
    m_running = true;
    schedule();
}

void DeviceBatcher::retryFailed()
{
    for (Chunk& chunk : m_chunks) {
        if (chunk.state == Chunk::State::Failed) {
            chunk.state = Chunk::State::Pending;
            chunk.error.reset();
            chunk.confirmRounds = 0;
        }
    }
    start();
}

void DeviceBatcher::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    for (int i = 0; i < m_chunks.size(); ++i) {
        if (HttpJob* job = m_jobs.at(i)) {
            m_jobs[i] = nullptr;
            job->disconnect(this);
            m_chunks[i].state = Chunk::State::Failed;
            m_chunks[i].error = ApiError::cancelled(job->request().operation());
            job->cancel();
        }
    }
    Q_EMIT progress(devicesProcessed(), devicesTotal());
    Q_EMIT finished();
}

void DeviceBatcher::schedule()
{
    if (!m_running)
        return;
    int running = chunksInState(Chunk::State::Running);
    for (Chunk& chunk : m_chunks) {
        if (running >= m_maxConcurrent)
            break;
        if (chunk.state != Chunk::State::Pending)
            continue;
        chunk.state = Chunk::State::Running;
        ++chunk.requests;
        HttpJob* job = send(chunk);
        m_jobs[chunk.index] = job;
        ++running;
        const int index = chunk.index;
        connect(job, &ApiJob::finished, this, [this, index, job] { onChunkFinished(index, job); });
    }
    if (running == 0) {
        m_running = false;
        qCInfo(lcApi) << "batch done:" << chunksInState(Chunk::State::Succeeded) << "of"
                      << m_chunks.size() << "chunks succeeded";
        Q_EMIT finished();
    }
}

HttpJob* DeviceBatcher::send(const Chunk& chunk)
{
    const QStringList devices = chunkDevices(chunk.index);
    switch (m_operation) {
    case Operation::AddToCampaign:
        return m_client->changeCampaignDevices(
            m_campaignId, {wire::DeviceListChange::Type::Append, devices}, m_devicePath);
    case Operation::RemoveFromCampaign:
        return m_client->changeCampaignDevices(
            m_campaignId, {wire::DeviceListChange::Type::Remove, devices}, m_devicePath);
    case Operation::AssignLicenses:
        return m_client->assignLicenses(devices);
    case Operation::RemoveLicenses:
        return m_client->removeLicenses(devices);
    case Operation::SyncFirmware:
        return m_client->synchronizeFirmware(devices);
    }
    Q_UNREACHABLE();
}

QList<DeviceBatcher::DeviceOutcome> DeviceBatcher::readOutcomes(const Chunk& chunk,
                                                                HttpJob* job) const
{
    // Each answer through BatchVerdict: the batch's goal is a state, so "already in the
    // campaign" (append), "not in the campaign" (remove), "already assigned" or "no license
    // attached" mean it holds — typically because an earlier attempt whose answer was lost did
    // the work.
    QList<DeviceOutcome> answered;
    switch (m_operation) {
    case Operation::AddToCampaign:
    case Operation::RemoveFromCampaign:
        for (const auto& d :
             static_cast<RequestJob<wire::DeviceListChangeResult>*>(job)->result().deviceList)
            answered.append(judge(m_operation, d.deviceId, d.status, d.reason));
        break;
    case Operation::AssignLicenses:
    case Operation::RemoveLicenses:
        for (const auto& d :
             static_cast<RequestJob<wire::LicenseChangeResult>*>(job)->result().deviceList)
            answered.append(judge(m_operation, d.deviceId, d.status, d.resultReason));
        break;
    case Operation::SyncFirmware:
        for (const auto& d : static_cast<RequestJob<wire::FirmwareSyncResult>*>(job)
                                 ->result()
                                 .deviceFirmwareVersionList) {
            // The contract names no reason here; one that comes is kept (either spelling).
            const QString reason =
                d.extra.value(QStringLiteral("reason"))
                    .toString(d.extra.value(QStringLiteral("Reason")).toString());
            answered.append(judge(m_operation, d.deviceId, d.status, reason, d.firmwareVersion));
        }
        break;
    }

    // In the chunk's order; a device the answer does not mention has no answer (NoAnswer: a
    // retry may get one).
    QHash<QString, qsizetype> byId;
    for (qsizetype i = 0; i < answered.size(); ++i)
        byId.insert(answered.at(i).deviceId, i);
    QList<DeviceOutcome> ordered;
    ordered.reserve(chunk.count);
    QList<bool> used(answered.size(), false);
    for (qsizetype i = chunk.first; i < chunk.first + chunk.count; ++i) {
        const QString& id = m_deviceIds.at(i);
        const auto it = byId.constFind(id);
        if (it == byId.cend()) {
            DeviceOutcome missing;
            missing.deviceId = id;
            missing.reason = QCoreApplication::translate(
                "fotadesk::DeviceBatcher", "The service's answer does not mention this device.");
            missing.outcome = BatchOutcome::NoAnswer;
            ordered.append(missing);
            continue;
        }
        used[*it] = true;
        ordered.append(answered.at(*it));
    }
    for (qsizetype i = 0; i < answered.size(); ++i) {
        if (!used.at(i))
            ordered.append(answered.at(i)); // an id the service spelled differently: keep it
    }
    return ordered;
}

bool DeviceBatcher::outcomeUnknown(const ApiError& error, int attempts)
{
    if (attempts < 1)
        return false;
    switch (error.kind()) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::OutcomeUnknown:
    case ApiError::Kind::Decode: // an answer came, but not one we can read
        return true;
    case ApiError::Kind::Network:
        return error.networkError() != QNetworkReply::ConnectionRefusedError &&
               error.networkError() != QNetworkReply::HostNotFoundError;
    case ApiError::Kind::Http:
        // 5xx or 408 after the client sent it more than once: an earlier attempt may have been
        // applied with its answer lost. A single 5xx answer is a definite failure.
        return attempts > 1 && (error.httpStatus() >= 500 || error.httpStatus() == 408);
    case ApiError::Kind::Api:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Auth:
    case ApiError::Kind::Cancelled:
        return false;
    }
    return false;
}

qint64 DeviceBatcher::devicesConfirmedAfterUnknown() const
{
    qint64 n = 0;
    for (const Chunk& chunk : m_chunks) {
        if (chunk.state != Chunk::State::Succeeded || !chunk.outcomeUnknown)
            continue;
        for (const DeviceOutcome& o : m_outcomes.at(chunk.index))
            n += o.alreadyApplied ? 1 : 0;
    }
    return n;
}

qint64 DeviceBatcher::devicesStillUnknown() const
{
    qint64 n = 0;
    for (const Chunk& chunk : m_chunks)
        n += chunk.state == Chunk::State::Failed && chunk.outcomeUnknown ? chunk.count : 0;
    return n;
}

void DeviceBatcher::onChunkFinished(int index, HttpJob* job)
{
    m_jobs[index] = nullptr;
    Chunk& chunk = m_chunks[index];
    if (!job->succeeded() && outcomeUnknown(job->error(), job->attempts())) {
        chunk.outcomeUnknown = true;
        if (m_running && chunk.confirmRounds < kConfirmRounds) {
            // Sent, no definite answer: send it again (a set operation) to learn the outcome.
            ++chunk.confirmRounds;
            chunk.state = Chunk::State::Pending;
            qCInfo(lcApi).noquote() << "batch chunk" << index << "outcome unknown ("
                                    << job->error().toString() << "): sending it again to confirm";
            schedule();
            return;
        }
    }
    if (job->succeeded()) {
        // Answered after the client sent it again: an earlier attempt's answer was lost (or
        // refused); devices the answer calls already done were done by such an attempt.
        chunk.outcomeUnknown = chunk.outcomeUnknown || job->attempts() > 1;
        chunk.state = Chunk::State::Succeeded;
        chunk.error.reset();
        m_outcomes[index] = readOutcomes(chunk, job);
    } else {
        chunk.state = Chunk::State::Failed;
        chunk.error = job->error();
        m_outcomes[index].clear();
        qCInfo(lcApi).noquote() << "batch chunk" << index << "failed:" << job->error().toString();
    }
    Q_EMIT chunkFinished(index);
    Q_EMIT progress(devicesProcessed(), devicesTotal());
    schedule();
}

QList<DeviceBatcher::DeviceOutcome> DeviceBatcher::outcomes() const
{
    QList<DeviceOutcome> all;
    all.reserve(m_deviceIds.size());
    for (const auto& list : m_outcomes)
        all.append(list);
    return all;
}

QList<DeviceBatcher::DeviceOutcome> DeviceBatcher::failedDevices() const
{
    QList<DeviceOutcome> failed;
    for (const Chunk& chunk : m_chunks) {
        if (chunk.state == Chunk::State::Failed) {
            const QString reason = chunk.error ? chunk.error->message() : QString();
            const BatchOutcome outcome =
                chunk.error ? outcomeOfRequest(*chunk.error) : BatchOutcome::NoAnswer;
            for (const QString& id : chunkDevices(chunk.index)) {
                DeviceOutcome o;
                o.deviceId = id;
                o.reason = reason;
                o.outcome = outcome;
                failed.append(o);
            }
            continue;
        }
        for (const DeviceOutcome& o : m_outcomes.at(chunk.index)) {
            if (!o.succeeded)
                failed.append(o);
        }
    }
    return failed;
}

QList<DeviceBatcher::DeviceOutcome> DeviceBatcher::judgedDevices(const QString& notSentReason) const
{
    QList<DeviceOutcome> all;
    all.reserve(m_deviceIds.size());
    for (const Chunk& chunk : m_chunks) {
        if (chunk.state == Chunk::State::Succeeded) {
            all.append(m_outcomes.at(chunk.index));
            continue;
        }
        // Failed as a whole (its error says whether a resend can help), or never sent.
        const BatchOutcome outcome =
            chunk.error ? outcomeOfRequest(*chunk.error) : BatchOutcome::NoAnswer;
        const QString reason = chunk.error ? chunk.error->message() : notSentReason;
        for (const QString& id : chunkDevices(chunk.index)) {
            DeviceOutcome o;
            o.deviceId = id;
            o.reason = reason;
            o.outcome = outcome;
            all.append(o);
        }
    }
    return all;
}

DeviceBatcher::OutcomeCounts DeviceBatcher::outcomeCounts() const
{
    OutcomeCounts c;
    for (const DeviceOutcome& o : judgedDevices()) {
        switch (o.outcome) {
        case BatchOutcome::Done:
            ++c.done;
            break;
        case BatchOutcome::AlreadyApplied:
            ++c.alreadyApplied;
            break;
        case BatchOutcome::Refused:
            ++c.refused;
            break;
        case BatchOutcome::NoAnswer:
            ++c.noAnswer;
            break;
        case BatchOutcome::Unclear:
            ++c.unclear;
            break;
        }
    }
    return c;
}

} // namespace fotadesk
