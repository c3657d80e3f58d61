// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/DeviceLookup.h"

#include "api/FotaClient.h"

#include <algorithm>

namespace fotadesk {

DeviceLookup::DeviceLookup(FotaClient* client, QStringList deviceIds, QObject* parent)
    : ApiJob(parent)
    , m_client(client)
    , m_deviceIds(std::move(deviceIds))
{}

DeviceLookup::~DeviceLookup()
{
    abort();
}

void DeviceLookup::setChunkSize(int devices)
{
    m_chunkSize = std::clamp(devices, 1, MaxChunk);
}

void DeviceLookup::setMaxConcurrent(int requests)
{
    m_maxConcurrent = std::max(1, requests);
}

int DeviceLookup::chunkCount() const
{
    return static_cast<int>((m_deviceIds.size() + m_chunkSize - 1) / m_chunkSize);
}

int DeviceLookup::runningRequests() const
{
    return static_cast<int>(std::count_if(m_running.cbegin(), m_running.cend(),
                                          [](const QPointer<HttpJob>& j) { return !j.isNull(); }));
}

std::optional<wire::InventoryDevice> DeviceLookup::takeFound(const QString& deviceId)
{
    const auto it = m_found.find(deviceId);
    if (it == m_found.end())
        return std::nullopt;
    std::optional<wire::InventoryDevice> device(std::move(*it));
    m_found.erase(it);
    return device;
}

bool DeviceLookup::hasFacts(const wire::InventoryDevice& device)
{
    return !device.make.isEmpty() || !device.model.isEmpty() || !device.firmware.isEmpty() ||
           device.fotaEligible.has_value();
}

void DeviceLookup::run()
{
    m_found.reserve(m_deviceIds.size());
    if (m_deviceIds.isEmpty()) {
        finishSuccess();
        return;
    }
    schedule();
}

void DeviceLookup::schedule()
{
    while (m_nextChunk < chunkCount() && runningRequests() < m_maxConcurrent) {
        const int index = m_nextChunk++;
        const QStringList chunk =
            m_deviceIds.mid(static_cast<qsizetype>(index) * m_chunkSize, m_chunkSize);
        auto* job = m_client->lookupDevices(chunk);
        m_running.append(job);
        connect(job, &ApiJob::finished, this, [this, index, job] { onChunkFinished(index, job); });
    }
    m_running.removeIf([](const QPointer<HttpJob>& j) { return j.isNull(); });
    m_maxRunningSeen = std::max(m_maxRunningSeen, runningRequests());
}

void DeviceLookup::onChunkFinished(int index, HttpJob* job)
{
    m_running.removeIf([job](const QPointer<HttpJob>& j) { return j.isNull() || j == job; });
    if (isFinished())
        return;
    if (!job->succeeded()) {
        const ApiError error = job->error();
        abort();
        finishError(error);
        return;
    }
    auto* typed = static_cast<RequestJob<wire::DeviceListResult>*>(job);
    for (wire::InventoryDevice& d : typed->takeResult().deviceList) {
        if (hasFacts(d))
            m_found.insert(d.deviceId, std::move(d));
    }
    const qsizetype first = static_cast<qsizetype>(index) * m_chunkSize;
    const qsizetype count = std::min<qsizetype>(m_chunkSize, m_deviceIds.size() - first);
    m_devicesDone += count;
    ++m_chunksDone;
    Q_EMIT chunkDone(first, count);
    Q_EMIT progress(m_devicesDone, m_deviceIds.size());
    if (m_chunksDone == chunkCount()) {
        finishSuccess();
        return;
    }
    schedule();
}

void DeviceLookup::abort()
{
    const QList<QPointer<HttpJob>> running = std::exchange(m_running, {});
    for (const QPointer<HttpJob>& j : running) {
        if (j) {
            j->disconnect(this);
            j->cancel();
        }
    }
}

} // namespace fotadesk
