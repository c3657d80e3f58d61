// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/overview/CampaignDeviceSummaryLoader.h"

#include "api/DeviceStatusPager.h"
#include "core/StatusGroup.h"
#include "gui/common/GuiLogging.h"

#include <algorithm>

namespace fotadesk {

CampaignDeviceSummaryLoader::CampaignDeviceSummaryLoader(FotaClient* client, CampaignModel* model,
                                                         QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{}

CampaignDeviceSummaryLoader::~CampaignDeviceSummaryLoader()
{
    m_queue.clear();
    for (const QPointer<DeviceStatusPager>& pager : std::as_const(m_running)) {
        if (pager) {
            pager->disconnect(this);
            pager->cancel();
        }
    }
}

void CampaignDeviceSummaryLoader::update()
{
    if (!m_model || !m_client)
        return;
    QSet<QString> present;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const wire::Campaign& c = m_model->campaignAt(row);
        present.insert(c.id);
        if (m_running.contains(c.id) || m_queue.contains(c.id))
            continue;
        const auto read = m_readAt.constFind(c.id);
        // Devices of a terminal campaign no longer move: one read after it ended is enough.
        if (read != m_readAt.cend() && *read == c.status && StatusClassifier::isTerminal(c.status))
            continue;
        m_queue.append(c.id);
    }
    for (auto it = m_readAt.begin(); it != m_readAt.end();)
        it = present.contains(it.key()) ? std::next(it) : m_readAt.erase(it);
    startNext();
    if (!isBusy())
        Q_EMIT idle();
}

void CampaignDeviceSummaryLoader::cancel()
{
    m_queue.clear();
    const auto running = m_running;
    for (const QPointer<DeviceStatusPager>& pager : running) {
        if (pager)
            pager->cancel(); // finishes as Cancelled -> readDone
    }
}

void CampaignDeviceSummaryLoader::startNext()
{
    while (!m_queue.isEmpty() && m_running.size() < m_maxCampaigns) {
        const QString id = m_queue.takeFirst();
        if (m_model && m_model->rowOf(id) >= 0)
            startRead(id);
    }
    m_peakRunning = std::max(m_peakRunning, int(m_running.size()));
}

void CampaignDeviceSummaryLoader::startRead(const QString& id)
{
    auto* pager = new DeviceStatusPager(m_client, id, this);
    pager->setMaxConcurrent(m_requestsPerCampaign);
    pager->setMaxPages(m_maxPages + 1);
    m_running.insert(id, pager);
    Count& count = m_counting[id];
    count = {};
    count.status = m_model->campaignAt(m_model->rowOf(id)).status;

    connect(pager, &DeviceStatusPager::pageArrived, this,
            [this, id](const QList<wire::DeviceStatus>& devices) {
                CampaignModel::DeviceSummary& s = m_counting[id].summary;
                for (const wire::DeviceStatus& d : devices) {
                    switch (StatusClassifier::deviceStatusGroup(d.status, d.resultReason)) {
                    case StatusGroup::Succeeded:
                        ++s.succeeded;
                        ++s.finished;
                        break;
                    case StatusGroup::Failed:
                    case StatusGroup::Cancelled:
                        ++s.finished;
                        break;
                    default:
                        break;
                    }
                }
                s.devices += devices.size();
            });
    connect(pager, &Pager::restarted, this, [this, id] { m_counting[id].summary = {}; });
    connect(pager, &Pager::progress, this,
            [this, id, pager](qint64 items, qint64 total, int pages) {
                // The first page tells how long the report is: one too long to count is not read
                // on.
                if (pages != 1 || total <= 0 || items <= 0)
                    return;
                if ((total + items - 1) / items <= m_maxPages)
                    return;
                m_counting[id].summary = {total, 0, 0, false};
                pager->cancel();
            });
    connect(pager, &ApiJob::finished, this, [this, id, pager] { readDone(id, pager); });
    pager->start();
}

void CampaignDeviceSummaryLoader::readDone(const QString& id, DeviceStatusPager* pager)
{
    const Count count = m_counting.take(id);
    m_running.remove(id);
    const bool tooLong = !count.summary.countsKnown;
    if (m_model && m_model->rowOf(id) >= 0 && (pager->succeeded() || tooLong)) {
        m_model->setDeviceSummary(id, count.summary);
        m_readAt.insert(id, count.status);
    } else if (!pager->succeeded() && pager->error().kind() != ApiError::Kind::Cancelled) {
        qCWarning(lcGui) << "device figures of campaign" << id
                         << "not read:" << pager->error().toString();
    }
    startNext();
    if (!isBusy())
        Q_EMIT idle();
}

} // namespace fotadesk
