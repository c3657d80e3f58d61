// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

class QNetworkAccessManager;

namespace fotadesk::sim {

class SimClock;
class SimState;
class SimStats;
struct SimCampaign;

/// Delivers what ThingSpace's callbacks would: when an account has a callback URL, the status
/// changes of its campaigns and of their devices are POSTed to it, so that a user sees what
/// their own server would receive (docs/fotasim.md, "Callbacks": the body is fotasim's own, not
/// the vendor's).
///
/// The lifecycle is a pure function of the simulated time (CampaignLifecycle), so changes are
/// found by looking: every `intervalMs` of real time (and on poll()) each campaign of an account
/// with a URL is compared with what was last seen. A URL seen for the first time (or changed)
/// starts from what is true then, without a flood of the past; a campaign created afterwards
/// announces itself; its devices announce changes after their first status. Up to 1,000 events
/// per POST, delivered at most once (no retry), counted in /admin/stats ("callbacks").
///
/// Only loopback URLs (127.0.0.0/8, ::1, localhost) are called: fotasim never sends to another
/// host; other URLs are kept and reported, not called.
class CallbackNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackNotifier)

public:
    static constexpr int MaxEventsPerPost = 1000;

    CallbackNotifier(SimState& state, SimClock& clock, SimStats& stats, int intervalMs,
                     QObject* parent = nullptr);
    ~CallbackNotifier() override;

    /// Compares now with what was seen and POSTs the differences.
    void poll();

    /// The account's URL was just set (or deleted): what is true now is the starting point;
    /// campaigns created from now on announce themselves.
    void registered(int account);

    /// True for a URL fotasim calls (a loopback host).
    [[nodiscard]] static bool isDeliverable(const QString& url);

private:
    struct Seen
    {
        QString campaignStatus;
        QHash<quint64, QString> devices; ///< IMEI -> status
        bool finished = false; ///< terminal and every device reported after it: never looked at
    };
    struct Account
    {
        QString url;
        QHash<QString, Seen> campaigns;
        bool warned = false;
    };

    void baseline(int account, Account& seen, const QString& url);
    void look(const SimCampaign& campaign, qint64 nowMs, Seen& seen, bool announce,
              QJsonArray& events);
    void post(const QString& accountName, const QString& url, const QJsonArray& events);

    SimState& m_state;
    SimClock& m_clock;
    SimStats& m_stats;
    QTimer m_timer;
    QNetworkAccessManager* m_network = nullptr;
    QHash<int, Account> m_accounts; ///< by account index
};

} // namespace fotadesk::sim
