// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/overview/OverviewLoader.h"

#include "api/CampaignHistoryPager.h"
#include "api/FotaClient.h"
#include "core/Clock.h"
#include "gui/common/GuiLogging.h"
#include "gui/shell/ConnectionState.h"
#include "models/CampaignModel.h"

#include <algorithm>

namespace fotadesk {

OverviewLoader::OverviewLoader(FotaClient* client, CampaignModel* model, const Clock& clock,
                               QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OverviewLoader::refresh);
}

OverviewLoader::~OverviewLoader()
{
    if (m_pager)
        m_pager->cancel();
}

void OverviewLoader::setIntervalMs(int ms)
{
    m_intervalMs = std::max(0, ms);
    if (!m_refreshing)
        schedule();
}

void OverviewLoader::setConnectionState(ConnectionState* connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    if (!connection)
        return;
    m_offline = connection->state() == ConnectionState::State::Offline;
    connect(connection, &ConnectionState::changed, this, [this](ConnectionState::State state) {
        const bool back = m_offline && state == ConnectionState::State::Connected;
        m_offline = state == ConnectionState::State::Offline;
        // Later, not inside the request's own finished() (which may be this loader's).
        if (back)
            QTimer::singleShot(0, this, [this] {
                if (m_stale && !m_refreshing)
                    refresh();
            });
    });
}

int OverviewLoader::nextDelayMs() const
{
    return m_timer.isActive() ? m_timer.interval() : -1;
}

void OverviewLoader::schedule()
{
    m_timer.stop();
    if (m_intervalMs <= 0)
        return;
    qint64 delay = m_intervalMs;
    if (m_failures > 0) {
        // The server struggles (or is out of reach): wait twice as long after each failure.
        delay = qint64(m_intervalMs) << std::min(m_failures, 10);
        if (m_lastError && m_lastError->retryAfterMs())
            delay = std::max(delay, *m_lastError->retryAfterMs());
        delay = std::min<qint64>(delay, std::max(m_maxBackoffMs, m_intervalMs));
    }
    m_timer.start(int(delay));
}

void OverviewLoader::refresh()
{
    if (m_refreshing || !m_client)
        return;
    m_timer.stop();
    m_refreshing = true;
    m_cancelled = false;
    m_refreshError.reset();
    m_seen.clear();
    m_campaignsComplete = false;
    m_newLicense = {};
    m_pending = 3;
    Q_EMIT refreshStarted();

    auto* pager = new CampaignHistoryPager(m_client, {}, this);
    pager->setCollect(false);
    m_pager = pager;
    connect(pager, &CampaignHistoryPager::pageArrived, this,
            [this](const QList<wire::Campaign>& campaigns, const QString&) { onPage(campaigns); });
    connect(pager, &Pager::progress, this,
            [this](qint64 items, qint64, int pages) { Q_EMIT progress(pages, items); });
    connect(pager, &ApiJob::finished, this, [this, pager] {
        m_campaignsComplete = pager->succeeded();
        partDone(pager->succeeded() ? std::nullopt : std::optional<ApiError>(pager->error()));
    });
    pager->start();

    auto* licenses = m_client->licensePage();
    connect(licenses, &ApiJob::finished, this, [this, licenses] {
        if (licenses->succeeded()) {
            m_newLicense.totalLicenses = licenses->result().totalLicenses;
            m_newLicense.assignedLicenses = licenses->result().assignedLicenses;
        }
        partDone(licenses->succeeded() ? std::nullopt : std::optional<ApiError>(licenses->error()));
    });
    auto* subscription = m_client->subscription();
    connect(subscription, &ApiJob::finished, this, [this, subscription] {
        if (subscription->succeeded())
            m_newLicense.subscription = subscription->result();
        partDone(subscription->succeeded() ? std::nullopt
                                           : std::optional<ApiError>(subscription->error()));
    });
}

void OverviewLoader::cancel()
{
    if (!m_refreshing)
        return;
    m_cancelled = true;
    if (m_pager)
        m_pager->cancel();
}

void OverviewLoader::onPage(const QList<wire::Campaign>& campaigns)
{
    if (campaigns.isEmpty())
        return;
    QList<std::tuple<QString, QString, QString>> changes;
    for (const wire::Campaign& c : campaigns) {
        m_seen.insert(c.id);
        const int row = m_model->rowOf(c.id);
        if (row >= 0) {
            const QString& old = m_model->campaignAt(row).status;
            if (old != c.status)
                changes.append({c.id, old, c.status});
        }
    }
    m_model->appendPage(campaigns);
    for (const auto& [id, oldStatus, newStatus] : std::as_const(changes))
        Q_EMIT campaignStatusChanged(id, oldStatus, newStatus);
}

void OverviewLoader::partDone(const std::optional<ApiError>& error)
{
    if (error && !m_refreshError)
        m_refreshError = error;
    if (--m_pending > 0)
        return;
    finishRefresh();
}

void OverviewLoader::finishRefresh()
{
    m_refreshing = false;
    const bool ok = !m_refreshError.has_value();
    if (m_campaignsComplete)
        m_model->retainOnly(m_seen); // only a complete listing may drop campaigns
    if (m_newLicense.isKnown()) {
        // Keep what this refresh learnt, and the previous values of the call that failed.
        if (!m_newLicense.totalLicenses && m_license.totalLicenses) {
            m_newLicense.totalLicenses = m_license.totalLicenses;
            m_newLicense.assignedLicenses = m_license.assignedLicenses;
        }
        if (!m_newLicense.subscription)
            m_newLicense.subscription = m_license.subscription;
        m_license = m_newLicense;
        Q_EMIT licenseUsageChanged();
    }
    const bool wasStale = m_stale;
    if (ok) {
        m_failures = 0;
        m_lastError.reset();
        m_updatedUtc = m_clock.nowUtc();
        m_stale = false;
        if (m_connection)
            m_connection->noteAnswer(m_updatedUtc);
        qCInfo(lcGui) << "overview refreshed:" << m_model->rowCount() << "campaigns";
    } else {
        if (m_refreshError->kind() != ApiError::Kind::Cancelled)
            ++m_failures;
        m_lastError = m_refreshError;
        m_stale = true;
        if (m_connection && m_refreshError->kind() != ApiError::Kind::Cancelled)
            m_connection->noteError(*m_refreshError);
        qCWarning(lcGui) << "overview refresh failed:" << m_refreshError->toString();
    }
    if (wasStale != m_stale)
        Q_EMIT staleChanged(m_stale);
    schedule();
    Q_EMIT refreshFinished(ok);
}

} // namespace fotadesk
