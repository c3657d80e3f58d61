#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace fotadesk::sim {

/// Request counts by route ("POST /api/fota/v3/campaigns/firmware/{}") and by
/// status, and counts of injected faults — served by GET /admin/stats so that
/// client tests can prove e.g. "no duplicate create".
class SimStats final
{
public:
    void record(const QString& route, int status);
    void recordFault(const QString& kind);
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
    int m_delayed = 0;
    int m_maxDelayed = 0;
};

} // namespace fotadesk::sim
