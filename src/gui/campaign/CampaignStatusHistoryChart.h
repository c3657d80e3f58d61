// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QChartView>
#include <QList>

class QChart;
class QDateTimeAxis;
class QValueAxis;

namespace fotadesk {

struct StatusSnapshot;

/// Progress of a campaign over time: one line per status group (in the group's
/// colour) through the device counts of every stored snapshot (SnapshotStore
/// history), on a time axis in local time. With fewer than two snapshots
/// it says so in its title instead of drawing a lonely dot.
class CampaignStatusHistoryChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignStatusHistoryChart)

public:
    explicit CampaignStatusHistoryChart(QWidget* parent = nullptr);
    ~CampaignStatusHistoryChart() override;

    /// Snapshots oldest first (counts only are used).
    void setHistory(const QList<StatusSnapshot>& history);
    [[nodiscard]] int pointCount() const { return m_points; }

private:
    QChart* m_chart;
    int m_points = 0;
};

} // namespace fotadesk
