// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/DraftIssue.h"
#include "core/TimeWindow.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <bitset>

namespace fotadesk {

/// Consecutive dates on which a list of local windows maps to the same UTC hours.
struct UtcHoursSegment
{
    QDate firstDate;
    QDate lastDate; ///< inclusive
    /// Sorted, overlaps merged: what to send for these dates. Empty while the local list is not
    /// empty means "no slot on these dates" (a clock change skipped the hours), NOT "any hour".
    QList<TimeWindow> utcWindows;
    int utcOffsetSeconds = 0; ///< the zone's offset at the first window's start on firstDate

    friend bool operator==(const UtcHoursSegment&, const UtcHoursSegment&) = default;
};

/// The result of TimeWindowList::localToUtc().
struct LocalToUtcConversion
{
    /// One segment per run of dates with identical UTC hours, in date order; empty when an
    /// error prevented the conversion. More than one segment = daylight-saving time (or another
    /// offset change) moves the UTC hours during the date range.
    QList<UtcHoursSegment> segments;
    /// Errors ("zone-invalid", "date-range-invalid", "date-range-too-long", any window error,
    /// "window-vanishes-in-utc") and warnings ("dst-shifts-utc-hours" with index = the segment
    /// that starts the new hours, "zone-offset-not-whole-hour"). Field: TimeWindows.
    DraftIssues issues;

    [[nodiscard]] bool isValid() const { return !segments.isEmpty() && !hasErrors(issues); }
    /// True when the UTC hours are not the same on every date of the range.
    [[nodiscard]] bool shiftsDuringRange() const { return segments.size() > 1; }
    /// The UTC windows that apply on `date` (empty outside the range).
    [[nodiscard]] QList<TimeWindow> utcWindowsOn(QDate date) const;
    /// The UTC hours inside the local window on every date of the range (never upgrades
    /// outside the local window; may miss some local hours around a clock change). Empty when
    /// no hour qualifies: do not send an empty list, it means "any hour".
    [[nodiscard]] QList<TimeWindow> utcHoursOnEveryDate() const;
    /// The UTC hours inside the local window on at least one date (covers every local hour;
    /// may upgrade up to the shift outside the local window on some dates).
    [[nodiscard]] QList<TimeWindow> utcHoursOnAnyDate() const;
};

/// A UTC window shown in a site's local time: start and end are QDateTimes in the zone.
struct LocalInterval
{
    QDateTime start;
    QDateTime end;

    /// "02:00–06:00 CET", "23:00–03:00 (next day) EST"; the abbreviation is the zone's at start.
    [[nodiscard]] QString toDisplayString() const;
};

/// Rules over a list of daily time windows (campaignTimeWindowList). All hours are whole
/// hours; on the wire they are UTC (the vendor leaves the zone unspecified, so FotaDesk
/// shows and sends UTC, and converts from a site's local time when asked).
///
/// Semantics: an empty list means "no restriction: any hour"; a device may be upgraded at
/// hour h when some window has startTime <= h < endTime.
class TimeWindowList
{
public:
    TimeWindowList() = delete;

    enum class MergeAdjacent : bool
    {
        No,
        Yes
    };

    /// Every finding about a list, field TimeWindows:
    /// - each invalid window: its TimeWindow::validationCode() (error, index = the window);
    /// - "window-duplicate": the same window twice (error, index = later, otherIndex = earlier);
    /// - "window-overlap": two windows share hours (error, index = later, otherIndex = earlier);
    /// - "windows-empty": an empty list (warning: "no window = any hour").
    /// Touching windows (1–5 and 5–8) are fine and not reported.
    static DraftIssues validate(const QList<TimeWindow>& windows);

    /// Turns a window given by its start and end hour into valid windows. A window across
    /// midnight (start > end, e.g. 22→2) becomes two windows, the part before midnight first:
    /// {22–24, 0–2}; an end hour of 0 means midnight (22→0 is {22–24}); a normal window
    /// stays one window. Returns an empty list when start == end (no hours: ambiguous between
    /// "nothing" and "all day", so the caller must ask) or an hour is out of range
    /// (start 0–23, end 0–24).
    static QList<TimeWindow> splitAcrossMidnight(int startHour, int endHour);

    /// Sorted by start then end, exact duplicates dropped, overlapping windows merged into one;
    /// touching windows (1–5, 5–8) merged only with MergeAdjacent::Yes. Invalid windows are not
    /// merged: they are kept unchanged after the valid ones (validate() reports them).
    static QList<TimeWindow> normalised(QList<TimeWindow> windows,
                                        MergeAdjacent merge = MergeAdjacent::No);

    /// The hours of the day (bit h = hour h..h+1) covered by the valid windows. An empty list
    /// gives no bits: use allowsHour() for the "no window = any hour" rule.
    static std::bitset<24> coverage(const QList<TimeWindow>& windows);
    /// True when a device may be upgraded at `hour` (0–23): an empty list allows every hour.
    static bool allowsHour(const QList<TimeWindow>& windows, int hour);
    /// The fewest windows covering exactly the given hours (bit h = hour h), sorted; touching
    /// hours join (hours 1, 2, 3 -> 1–4). The inverse of coverage() for a normalised list.
    static QList<TimeWindow> fromCoverage(const std::bitset<24>& hours);
    /// "01:00–05:00, 22:00–24:00 UTC", or "any hour (no time window)" for an empty list.
    static QString toDisplayString(const QList<TimeWindow>& windows);

    /// Converts windows given in a site's local time (whole local hours, validated like UTC
    /// windows) to UTC hours for every date in [startDate, endDate] (at most 3660 days).
    ///
    /// For each date, a local window [s, e) starts at local s:00 of that date and ends at
    /// local e:00 (e = 24: the next day's 00:00); both instants are converted with the zone's
    /// rules for that instant, so a window on a transition day is exact (Berlin 01–05 on the
    /// last Sunday of March is 00–03 UTC). A local hour that does not exist (spring-forward gap)
    /// is taken as the first instant after the gap; a local hour that exists twice (fall-back)
    /// as its first occurrence. A window that wraps past UTC midnight is split (23–24, 0–3).
    /// Zones with a non-whole-hour offset (Asia/Kolkata +05:30) give UTC windows narrowed to
    /// the whole UTC hours inside the local window, with the warning
    /// "zone-offset-not-whole-hour" (error "window-vanishes-in-utc" if nothing is left).
    /// Each change of UTC hours between consecutive dates gives a "dst-shifts-utc-hours"
    /// warning naming the first date with the new hours, the old and the new UTC hours.
    static LocalToUtcConversion localToUtc(const QList<TimeWindow>& localWindows,
                                           const QTimeZone& zone, QDate startDate, QDate endDate);

    /// The reverse, for display: each UTC window on the UTC date `utcDate` as an interval in
    /// the site's local time (an invalid zone or window gives no interval for it).
    static QList<LocalInterval> utcToLocal(const QList<TimeWindow>& utcWindows,
                                           const QTimeZone& zone, QDate utcDate);
    /// utcToLocal() as one line: "02:00–06:00 CET, 23:00–01:00 (next day) CET".
    static QString utcToLocalDisplayString(const QList<TimeWindow>& utcWindows,
                                           const QTimeZone& zone, QDate utcDate);

    /// The longest date range localToUtc() converts.
    static constexpr int kMaxConversionDays = 3660;
};

} // namespace fotadesk
