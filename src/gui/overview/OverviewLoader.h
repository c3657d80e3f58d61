// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/wire/WireTypes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

namespace fotadesk {

class CampaignHistoryPager;
class CampaignModel;
class Clock;
class ConnectionState;
class FotaClient;

/// Keeps the overview's data fresh: all campaigns of the account (the campaign
/// history of every status, one chain per status read concurrently, pages
/// upserted into the CampaignModel as they arrive), the license usage (first
/// license page + subscription), at an interval the user picks.
///
/// - refresh() starts a refresh unless one is running. When every call
///   succeeded, campaigns no longer listed are dropped, updatedUtc() moves and
///   the data is fresh. When one failed, nothing already shown is dropped: the
///   data is marked stale (isStale(), lastError()) and stays until a refresh
///   succeeds.
/// - Auto-refresh: every interval (0: off). After a failure the next attempt
///   waits longer — interval × 2^(failures), at least the server's
///   Retry-After, at most maxBackoffMs() — and returns to the interval after a
///   success ("backoff when the server struggles").
/// - campaignStatusChanged() reports a campaign whose status differs from the
///   one shown before (the change notifications build on it).
class OverviewLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewLoader)

public:
    struct LicenseUsage
    {
        std::optional<qint64> totalLicenses; ///< licenses report
        qint64 assignedLicenses = 0;         ///< licenses report
        std::optional<wire::Subscription> subscription;
        [[nodiscard]] bool isKnown() const { return totalLicenses.has_value() || subscription; }
    };

    OverviewLoader(FotaClient* client, CampaignModel* model, const Clock& clock,
                   QObject* parent = nullptr);
    ~OverviewLoader() override;

    /// Outcomes are reported to `connection` (status bar) too; may be null. When the
    /// connection comes back (Offline, then any request answered) while the data is stale,
    /// the loader refreshes at once rather than at its backed-off time, so the stale banner
    /// clears as soon as the data can be read again.
    void setConnectionState(ConnectionState* connection);

    /// Auto-refresh interval in ms; 0 turns it off. Restarts the timer.
    void setIntervalMs(int ms);
    [[nodiscard]] int intervalMs() const { return m_intervalMs; }
    void setMaxBackoffMs(int ms) { m_maxBackoffMs = ms; }
    [[nodiscard]] int maxBackoffMs() const { return m_maxBackoffMs; }
    /// The delay before the next automatic refresh (-1: none planned).
    [[nodiscard]] int nextDelayMs() const;
    [[nodiscard]] int consecutiveFailures() const { return m_failures; }

    [[nodiscard]] bool isRefreshing() const { return m_refreshing; }
    /// True after a failed refresh: what is shown is from updatedUtc().
    [[nodiscard]] bool isStale() const { return m_stale; }
    /// The last successful refresh (invalid before the first).
    [[nodiscard]] QDateTime updatedUtc() const { return m_updatedUtc; }
    [[nodiscard]] const std::optional<ApiError>& lastError() const { return m_lastError; }
    [[nodiscard]] const LicenseUsage& licenseUsage() const { return m_license; }
    [[nodiscard]] CampaignModel* model() const { return m_model; }

public Q_SLOTS:
    void refresh();
    /// Stops a running refresh (data stays as it is).
    void cancel();

Q_SIGNALS:
    void refreshStarted();
    /// After every refresh; `ok` false: the data is stale (lastError()).
    void refreshFinished(bool ok);
    void staleChanged(bool stale);
    void licenseUsageChanged();
    /// Campaign pages read so far in the running refresh.
    void progress(int pages, qint64 campaigns);
    void campaignStatusChanged(const QString& campaignId, const QString& oldStatus,
                               const QString& newStatus);

private:
    void onPage(const QList<wire::Campaign>& campaigns);
    void partDone(const std::optional<ApiError>& error);
    void finishRefresh();
    void schedule();

    FotaClient* m_client;
    CampaignModel* m_model;
    const Clock& m_clock;
    ConnectionState* m_connection = nullptr;
    bool m_offline = false; ///< the connection state said Offline last
    QPointer<CampaignHistoryPager> m_pager;
    QTimer m_timer;
    int m_intervalMs = 0;
    int m_maxBackoffMs = 10 * 60 * 1000;
    int m_failures = 0;
    int m_pending = 0; ///< calls of the running refresh not finished yet
    bool m_refreshing = false;
    bool m_stale = false;
    bool m_cancelled = false;
    QDateTime m_updatedUtc;
    std::optional<ApiError> m_lastError;    ///< of the last finished refresh
    std::optional<ApiError> m_refreshError; ///< first error of the running refresh
    QSet<QString> m_seen;
    bool m_campaignsComplete = false;
    LicenseUsage m_license;
    LicenseUsage m_newLicense;
};

} // namespace fotadesk
