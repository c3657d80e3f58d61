// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/SimStats.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

void SimStats::record(const QString& route, int status)
{
    ++m_total;
    ++m_byRoute[route];
    ++m_byStatus[status];
}

void SimStats::recordFault(const QString& kind)
{
    ++m_faults[kind];
}

void SimStats::enterDelayed()
{
    m_maxDelayed = std::max(m_maxDelayed, ++m_delayed);
}

void SimStats::leaveDelayed()
{
    --m_delayed;
}

void SimStats::reset()
{
    m_maxDelayed = m_delayed;
    m_total = 0;
    m_byRoute.clear();
    m_byStatus.clear();
    m_faults.clear();
    m_callbackPosts = m_callbackFailed = m_callbackEvents = m_callbackNotLoopback = 0;
}

void SimStats::recordCallback(CallbackOutcome outcome, int events)
{
    switch (outcome) {
    case CallbackOutcome::Delivered:
        ++m_callbackPosts;
        m_callbackEvents += events;
        break;
    case CallbackOutcome::Failed:
        ++m_callbackFailed;
        break;
    case CallbackOutcome::NotLoopback:
        ++m_callbackNotLoopback;
        break;
    }
}

QJsonObject SimStats::toJson() const
{
    QJsonObject routes;
    for (auto it = m_byRoute.cbegin(); it != m_byRoute.cend(); ++it)
        routes.insert(it.key(), static_cast<double>(it.value()));
    QJsonObject statuses;
    for (auto it = m_byStatus.cbegin(); it != m_byStatus.cend(); ++it)
        statuses.insert(QString::number(it.key()), static_cast<double>(it.value()));
    QJsonObject faults;
    for (auto it = m_faults.cbegin(); it != m_faults.cend(); ++it)
        faults.insert(it.key(), static_cast<double>(it.value()));
    return QJsonObject{
        {u"total"_s, static_cast<double>(m_total)},
        {u"byRoute"_s, routes},
        {u"byStatus"_s, statuses},
        {u"faults"_s, faults},
        {u"callbacks"_s,
         QJsonObject{{u"delivered"_s, static_cast<double>(m_callbackPosts)},
                     {u"failed"_s, static_cast<double>(m_callbackFailed)},
                     {u"events"_s, static_cast<double>(m_callbackEvents)},
                     {u"notLoopback"_s, static_cast<double>(m_callbackNotLoopback)}}},
        {u"delayedNow"_s, m_delayed},
        {u"maxConcurrentDelayed"_s, m_maxDelayed}};
}

} // namespace fotadesk::sim
