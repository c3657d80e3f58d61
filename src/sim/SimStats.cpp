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
    return QJsonObject{{u"total"_s, static_cast<double>(m_total)},
                       {u"byRoute"_s, routes},
                       {u"byStatus"_s, statuses},
                       {u"faults"_s, faults},
                       {u"delayedNow"_s, m_delayed},
                       {u"maxConcurrentDelayed"_s, m_maxDelayed}};
}

} // namespace fotadesk::sim
