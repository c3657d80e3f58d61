// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/TimeWindow.h"
#include "core/TimeWindowList.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace fotadesk {

/// The devices of a wave whose zones keep the same UTC offsets over the campaign's dates: one
/// campaign, whose UTC windows are the plan's local windows converted for those dates.
struct RolloutBand
{
    QString label;                   ///< "UTC+01:00"; "UTC+01:00/+02:00" when the offset changes
    QStringList zones;               ///< the zone ids of its devices, sorted
    QStringList devices;             ///< in the wave's order
    QList<TimeWindow> utcWindows;    ///< what its campaign sends
    QList<UtcHoursSegment> segments; ///< the UTC hours per run of dates (more than one: DST)
    QStringList warnings;            ///< daylight-saving shifts: which date, how the window moves
};

/// A wave split into time-zone bands (docs/rollouts.md, "Sites in several time zones"). The
/// local windows are converted by TimeWindowList::localToUtc() — the create form's conversion
/// and daylight-saving check — once per band. A campaign has one list of UTC windows for all
/// its dates, so when a clock change moves the UTC hours within the dates, the band sends the
/// UTC hours that lie inside the local window on EVERY date (never upgrading outside the local
/// night) and says so; none left is an error.
struct RolloutBands
{
    QList<RolloutBand> bands; ///< ordered by UTC offset, west to east
    QStringList errors;       ///< then bands is empty

    /// `zoneOf` maps device ids to zone ids (DeviceZones); a device without one is an error.
    static RolloutBands compute(const QStringList& devices, const QHash<QString, QString>& zoneOf,
                                const QList<TimeWindow>& localWindows, QDate startDate,
                                QDate endDate);
    /// "UTC+01:00" for an offset in seconds.
    static QString offsetLabel(int seconds);
};

} // namespace fotadesk
