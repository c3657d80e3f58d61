// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace fotadesk::sim {

/// What became of a callback POST (CallbackNotifier).
enum class CallbackOutcome : std::uint8_t
{
    Delivered,   ///< 2xx
    Failed,      ///< refused, unreachable, timed out, not 2xx
    NotLoopback, ///< a registered URL fotasim does not call
};

/// Request counts by route ("POST /api/fota/v3/campaigns/firmware/{}") and by
/// status, and counts of injected faults — served by GET /admin/stats so that
/// client tests can prove e.g. "no duplicate create".
class SimStats final
{
public:
    void record(const QString& route, int status);
    void recordFault(const QString& kind);
    /// One callback POST of `events` events (NotLoopback: a URL seen, nothing sent).
    void recordCallback(CallbackOutcome outcome, int events);
    void reset();
    /// A delayed (latency) answer starts / ends waiting: tracks how many overlap.
    void enterDelayed();
    void leaveDelayed();
    [[nodiscard]] int maxConcurrentDelayed() const { return m_maxDelayed; }
    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] qint64 count(const QString& route) const { return m_byRoute.value(route); }
    [[nodiscard]] QJsonObject toJson() const;

private:
    qint64 m_total = 0;
    QHash<QString, qint64> m_byRoute;
    QHash<int, qint64> m_byStatus;
    QHash<QString, qint64> m_faults;
    qint64 m_callbackPosts = 0;
    qint64 m_callbackFailed = 0;
    qint64 m_callbackEvents = 0;
    qint64 m_callbackNotLoopback = 0;
    int m_delayed = 0;
    int m_maxDelayed = 0;
};

} // namespace fotadesk::sim
