// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/campaign/CampaignStatusLoader.h"

#include "api/DeviceStatusPager.h"
#include "api/FotaClient.h"
#include "gui/common/GuiLogging.h"
#include "models/DeviceStatusModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk {

CampaignStatusLoader::CampaignStatusLoader(FotaClient* client, QString campaignId, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_campaignId(std::move(campaignId))
{
    m_drain.setSingleShot(true);
    m_drain.setInterval(0);
    connect(&m_drain, &QTimer::timeout, this, &CampaignStatusLoader::drainSlice);
}

CampaignStatusLoader::~CampaignStatusLoader()
{
    if (m_pager)
        m_pager->cancel();
}

void CampaignStatusLoader::load(DeviceStatusModel* model)
{
    if (m_loading)
        cancel();
    m_model = model;
    m_queue.reset();
    m_error.reset();
    m_total = -1;
    m_pages = 0;
    m_pagerDone = false;
    m_loading = true;
    m_fallbackReason.clear();
    m_ranges = 0;
    m_elapsed.start();

    auto* pager = new DeviceStatusPager(m_client, m_campaignId, this);
    pager->setMaxConcurrent(m_maxConcurrent);
    pager->setStrategy(m_strategy);
    m_pager = pager;
    connect(pager, &DeviceStatusPager::pageArrived, this,
            [this](const QList<wire::DeviceStatus>& page) { enqueue(page); });
    connect(pager, &Pager::restarted, this, &CampaignStatusLoader::restart);
    connect(pager, &Pager::progress, this, [this, pager](qint64, qint64 total, int pages) {
        if (total > 0 && total != m_total && m_model)
            m_model->reserve(m_model->rowCount() + total);
        m_total = total;
        m_pages = pages;
        m_ranges = pager->rangeCount();
    });
    connect(pager, &ApiJob::finished, this, [this, pager] {
        if (pager != m_pager)
            return; // an older load
        m_pagerDone = true;
        m_ranges = pager->rangeCount();
        m_fallbackReason = pager->fallbackReason();
        if (!pager->succeeded()) {
            m_error = pager->error();
            m_queue.clear(); // what arrived before the failure is in the model already
        }
        maybeFinish();
    });
    pager->start();
    Q_EMIT progress(0, -1);
}

void CampaignStatusLoader::cancel()
{
    if (!m_loading)
        return;
    // Pages received but not yet in the model are dropped: after cancel() no row follows.
    m_queue.clear();
    m_drain.stop();
    if (m_pager && !m_pagerDone) {
        m_pager->cancel(); // finishes the pager as Cancelled -> maybeFinish()
        return;
    }
    // The pager had read every page; only the queue was still being drained.
    m_error = ApiError::cancelled(u"GET /reports/…/campaigns/"_s + m_campaignId + u"/devices"_s);
    maybeFinish();
}

void CampaignStatusLoader::enqueue(QList<wire::DeviceStatus> page)
{
    if (page.isEmpty())
        return;
    m_queue.push(std::move(page));
    if (!m_drain.isActive())
        m_drain.start();
}

void CampaignStatusLoader::restart(const QString& reason)
{
    // What was delivered may not fit with what follows: start the table again.
    qCInfo(lcGui) << "device report of" << m_campaignId << "is read again, sequentially:" << reason;
    m_queue.clear();
    m_drain.stop();
    m_queue.restartCount();
    m_total = -1;
    m_pages = 0;
    m_fallbackReason = reason;
    if (m_model)
        m_model->clear();
    Q_EMIT restarted(reason);
    Q_EMIT progress(0, -1);
}

void CampaignStatusLoader::drainSlice()
{
    if (!m_model) {
        m_queue.clear();
        maybeFinish();
        return;
    }
    // One slice per turn: at most sliceRows() rows, so the event loop gets control back
    // (paint, input, the next network reads) between slices.
    if (!m_queue.isEmpty()) {
        m_queue.appendSlice(
            [this](const QList<wire::DeviceStatus>& rows) { m_model->appendPage(rows); });
        Q_EMIT progress(m_queue.appended(), m_total);
    }
    if (!m_queue.isEmpty())
        m_drain.start();
    else
        maybeFinish();
}

void CampaignStatusLoader::maybeFinish()
{
    if (!m_loading || !m_pagerDone || !m_queue.isEmpty())
        return;
    m_loading = false;
    const bool ok = !m_error.has_value();
    if (ok) {
        qCInfo(lcGui) << "device report of" << m_campaignId << "loaded:" << m_queue.appended()
                      << "devices in" << m_elapsed.elapsed() << "ms";
    } else {
        qCWarning(lcGui) << "device report of" << m_campaignId << "failed:" << m_error->toString();
    }
    Q_EMIT progress(m_queue.appended(), m_total);
    Q_EMIT finished(ok);
}

} // namespace fotadesk
