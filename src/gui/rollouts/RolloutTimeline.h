// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gui/rollouts/RolloutRunner.h"
#include "store/Rollout.h"

#include <QCoreApplication>
#include <QHash>

class QTreeWidget;
class QTreeWidgetItem;

namespace fotadesk {

/// Fills the Rollouts page's timeline: a row per wave in the order they run (its campaign,
/// devices, progress, dates, state) and after each wave its gate (passed, failed or not read
/// yet) with the figures it read; under a failed figure, the devices behind it.
class RolloutTimeline final
{
    Q_DECLARE_TR_FUNCTIONS(RolloutTimeline)

public:
    enum Column
    {
        StepColumn,
        // Second: at 1280 px the last column was cut ("running (CampaignSchedu…"); the
        // state is what is looked for first, the dates can be cut.
        StateColumn,
        CampaignColumn,
        DevicesColumn,
        ProgressColumn,
        DatesColumn,
        ColumnCount
    };
    /// Item data: the wave's number (UserRole, column 0) and campaign id (UserRole, column 1).
    static constexpr int WaveRole = Qt::UserRole;
    static constexpr int CampaignRole = Qt::UserRole + 1;

    static void setUp(QTreeWidget* view);
    static void fill(QTreeWidget* view, const RolloutRecord& r,
                     const QHash<int, WaveProgress>& progress);
    /// The held rollout's failing figure and its wave (nullptr: not held).
    static const RolloutGateCheck::Figure* heldFigure(const RolloutRecord& r, int* wave);

private:
    /// The rows of a wave's time-zone band campaigns under its row (none: one campaign).
    static void addBands(QTreeWidgetItem* waveItem, const RolloutRecord& r,
                         const RolloutWaveRecord& w);
};

} // namespace fotadesk
