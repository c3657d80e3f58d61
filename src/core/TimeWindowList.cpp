// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/TimeWindowList.h"

#include "core/DisplayFormat.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace fotadesk {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::TimeWindowList)
};

DraftIssue issue(IssueSeverity severity, const QString& code, const QString& message,
                 int index = -1, int otherIndex = -1)
{
    DraftIssue i;
    i.field = DraftField::TimeWindows;
    i.severity = severity;
    i.code = code;
    i.message = message;
    i.index = index;
    i.otherIndex = otherIndex;
    return i;
}

constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

constexpr qint64 ceilDiv(qint64 a, qint64 b)
{
    return -floorDiv(-a, b);
}

constexpr qint64 floorMod(qint64 a, qint64 b)
{
    return a - floorDiv(a, b) * b;
}

QString hoursList(const QList<TimeWindow>& windows)
{
    QStringList parts;
    parts.reserve(windows.size());
    for (const TimeWindow& w : windows)
        parts.append(w.toHoursString());
    return parts.join(QStringLiteral(", "));
}

QString formatOffset(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int abs = seconds < 0 ? -seconds : seconds;
    return QStringLiteral("UTC%1%2:%3")
        .arg(sign)
        .arg(abs / 3600, 2, 10, QLatin1Char('0'))
        .arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

int offsetAt(const QTimeZone& zone, qint64 utcSecs)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC));
}

/// The UTC instant (seconds since the epoch) of local wall time `hour`:00 on `date` (hour may
/// be 24). Gap: the first instant after it; fold: the first occurrence.
qint64 wallToUtcSecs(const QTimeZone& zone, QDate date, int hour)
{
    const qint64 wall =
        QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() + qint64(hour) * kHour;
    const int before = offsetAt(zone, wall - kDay);
    const int after = offsetAt(zone, wall + kDay);
    std::optional<qint64> best;
    for (const int o : {before, after}) {
        const qint64 utc = wall - o;
        if (offsetAt(zone, utc) == o && (!best || utc < *best))
            best = utc;
    }
    return best ? *best : wall - before;
}

struct DayResult
{
    QList<TimeWindow> utc;
    int offset = 0;
    bool notWholeHour = false;
    QList<int> vanished; ///< local window indexes with no whole UTC hour on this date
};

DayResult convertDay(const QList<TimeWindow>& local, const QTimeZone& zone, QDate date)
{
    DayResult day;
    bool offsetSet = false;
    for (int i = 0; i < local.size(); ++i) {
        const TimeWindow& w = local.at(i);
        const qint64 s = wallToUtcSecs(zone, date, w.startTime);
        const qint64 e = wallToUtcSecs(zone, date, w.endTime);
        if (!offsetSet) {
            day.offset = offsetAt(zone, s);
            offsetSet = true;
        }
        if (floorMod(s, kHour) != 0 || floorMod(e, kHour) != 0)
            day.notWholeHour = true;
        const qint64 sH = ceilDiv(s, kHour);
        const qint64 eH = floorDiv(e, kHour);
        const qint64 len = eH - sH;
        if (len <= 0) {
            day.vanished.append(i);
            continue;
        }
        if (len >= 24) {
            day.utc.append(TimeWindow{0, 24});
            continue;
        }
        const int h = static_cast<int>(floorMod(sH, 24));
        const int end = h + static_cast<int>(len);
        if (end <= 24) {
            day.utc.append(TimeWindow{h, end});
        } else {
            day.utc.append(TimeWindow{h, 24});
            day.utc.append(TimeWindow{0, end - 24});
        }
    }
    if (!offsetSet)
        day.offset = offsetAt(zone, wallToUtcSecs(zone, date, 0));
    day.utc = TimeWindowList::normalised(day.utc);
    return day;
}

} // namespace

QList<TimeWindow> LocalToUtcConversion::utcWindowsOn(QDate date) const
{
    for (const UtcHoursSegment& s : segments) {
        if (date >= s.firstDate && date <= s.lastDate)
            return s.utcWindows;
    }
    return {};
}

QList<TimeWindow> LocalToUtcConversion::utcHoursOnEveryDate() const
{
    if (segments.isEmpty())
        return {};
    std::bitset<24> hours;
    hours.set();
    for (const UtcHoursSegment& s : segments)
        hours &= TimeWindowList::coverage(s.utcWindows);
    return TimeWindowList::fromCoverage(hours);
}

QList<TimeWindow> LocalToUtcConversion::utcHoursOnAnyDate() const
{
    std::bitset<24> hours;
    for (const UtcHoursSegment& s : segments)
        hours |= TimeWindowList::coverage(s.utcWindows);
    return TimeWindowList::fromCoverage(hours);
}

QString LocalInterval::toDisplayString() const
{
    if (!start.isValid() || !end.isValid())
        return {};
    QString endText;
    const QDate startDay = start.date();
    if (end.date() == startDay.addDays(1) && end.time() == QTime(0, 0))
        endText = QStringLiteral("24:00");
    else if (end.date() == startDay)
        endText = end.toString(QStringLiteral("HH:mm"));
    else
        endText = Tr::tr("%1 (next day)").arg(end.toString(QStringLiteral("HH:mm")));
    return start.toString(QStringLiteral("HH:mm")) + QStringLiteral("\u2013") + endText +
           QLatin1Char(' ') + start.timeZoneAbbreviation();
}

DraftIssues TimeWindowList::validate(const QList<TimeWindow>& windows)
{
    DraftIssues issues;
    if (windows.isEmpty()) {
        issues.append(issue(IssueSeverity::Warning, QStringLiteral("windows-empty"),
                            Tr::tr("No time window: devices may be upgraded at any hour of the day "
                                   "(UTC).")));
        return issues;
    }
    for (int i = 0; i < windows.size(); ++i) {
        const TimeWindow& w = windows.at(i);
        const QString code = w.validationCode();
        if (code.isEmpty())
            continue;
        QString message = Tr::tr("Window %1: %2").arg(i + 1).arg(w.validationError());
        if (code == QLatin1String("window-crosses-midnight")) {
            message = Tr::tr("Window %1 (%2 to %3) crosses midnight: split it into %4.")
                          .arg(i + 1)
                          .arg(w.startTime)
                          .arg(w.endTime)
                          .arg(hoursList(splitAcrossMidnight(w.startTime, w.endTime)));
        }
        issues.append(issue(IssueSeverity::Error, code, message, i));
    }
    for (int j = 1; j < windows.size(); ++j) {
        const TimeWindow& b = windows.at(j);
        if (!b.isValid())
            continue;
        bool duplicateReported = false;
        for (int i = 0; i < j; ++i) {
            const TimeWindow& a = windows.at(i);
            if (!a.isValid())
                continue;
            if (a == b) {
                if (!duplicateReported) {
                    issues.append(
                        issue(IssueSeverity::Error, QStringLiteral("window-duplicate"),
                              Tr::tr("Window %1 (%2) is the same as window %3: remove one "
                                     "of them.")
                                  .arg(j + 1)
                                  .arg(b.toDisplayString())
                                  .arg(i + 1),
                              j, i));
                    duplicateReported = true;
                }
            } else if (a.overlaps(b)) {
                const TimeWindow merged{std::min(a.startTime, b.startTime),
                                        std::max(a.endTime, b.endTime)};
                issues.append(
                    issue(IssueSeverity::Error, QStringLiteral("window-overlap"),
                          Tr::tr("Window %1 (%2) overlaps window %3 (%4): merge them into "
                                 "one window (%5).")
                              .arg(j + 1)
                              .arg(b.toDisplayString())
                              .arg(i + 1)
                              .arg(a.toDisplayString())
                              .arg(merged.toDisplayString()),
                          j, i));
            }
        }
    }
    return issues;
}

QList<TimeWindow> TimeWindowList::splitAcrossMidnight(int startHour, int endHour)
{
    if (startHour < 0 || startHour > 23 || endHour < 0 || endHour > 24 || startHour == endHour)
        return {};
    if (endHour == 0)
        endHour = 24;
    if (startHour < endHour)
        return {TimeWindow{startHour, endHour}};
    return {TimeWindow{startHour, 24}, TimeWindow{0, endHour}};
}

QList<TimeWindow> TimeWindowList::normalised(QList<TimeWindow> windows, MergeAdjacent merge)
{
    QList<TimeWindow> valid;
    QList<TimeWindow> invalid;
    for (const TimeWindow& w : std::as_const(windows))
        (w.isValid() ? valid : invalid).append(w);
    std::sort(valid.begin(), valid.end(), [](const TimeWindow& a, const TimeWindow& b) {
        return a.startTime != b.startTime ? a.startTime < b.startTime : a.endTime < b.endTime;
    });
    QList<TimeWindow> out;
    out.reserve(valid.size() + invalid.size());
    for (const TimeWindow& w : std::as_const(valid)) {
        if (!out.isEmpty()) {
            TimeWindow& last = out.last();
            const bool joins = w.startTime < last.endTime ||
                               (merge == MergeAdjacent::Yes && w.startTime == last.endTime);
            if (joins) {
                last.endTime = std::max(last.endTime, w.endTime);
                continue;
            }
        }
        out.append(w);
    }
    out.append(invalid);
    return out;
}

std::bitset<24> TimeWindowList::coverage(const QList<TimeWindow>& windows)
{
    std::bitset<24> bits;
    for (const TimeWindow& w : windows) {
        if (!w.isValid())
            continue;
        for (int h = w.startTime; h < w.endTime; ++h)
            bits.set(static_cast<std::size_t>(h));
    }
    return bits;
}

QList<TimeWindow> TimeWindowList::fromCoverage(const std::bitset<24>& hours)
{
    QList<TimeWindow> out;
    int h = 0;
    while (h < 24) {
        if (!hours.test(static_cast<std::size_t>(h))) {
            ++h;
            continue;
        }
        const int start = h;
        while (h < 24 && hours.test(static_cast<std::size_t>(h)))
            ++h;
        out.append(TimeWindow{start, h});
    }
    return out;
}

bool TimeWindowList::allowsHour(const QList<TimeWindow>& windows, int hour)
{
    if (hour < 0 || hour > 23)
        return false;
    return windows.isEmpty() || coverage(windows).test(static_cast<std::size_t>(hour));
}

QString TimeWindowList::toDisplayString(const QList<TimeWindow>& windows)
{
    if (windows.isEmpty())
        return Tr::tr("any hour (no time window)");
    return hoursList(windows) + QStringLiteral(" UTC");
}

LocalToUtcConversion TimeWindowList::localToUtc(const QList<TimeWindow>& localWindows,
                                                const QTimeZone& zone, QDate startDate,
                                                QDate endDate)
{
    LocalToUtcConversion result;
    if (!zone.isValid()) {
        result.issues.append(
            issue(IssueSeverity::Error, QStringLiteral("zone-invalid"),
                  Tr::tr("The site's time zone is not known: choose a zone such as "
                         "Europe/Berlin or America/New_York.")));
    }
    if (!startDate.isValid() || !endDate.isValid() || endDate < startDate) {
        result.issues.append(issue(IssueSeverity::Error, QStringLiteral("date-range-invalid"),
                                   Tr::tr("The local time window cannot be converted: give a start "
                                          "date and an end date that is not before it.")));
    } else if (startDate.daysTo(endDate) >= kMaxConversionDays) {
        result.issues.append(
            issue(IssueSeverity::Error, QStringLiteral("date-range-too-long"),
                  Tr::tr("The date range %1 to %2 is longer than %3 days: shorten the "
                         "campaign.")
                      .arg(DisplayFormat::date(startDate), DisplayFormat::date(endDate))
                      .arg(kMaxConversionDays)));
    }
    const DraftIssues windowIssues = validate(localWindows);
    result.issues.append(windowIssues);
    if (hasErrors(result.issues))
        return result;

    const QString zoneName = QString::fromLatin1(zone.id());
    QList<int> vanishedCount(localWindows.size(), 0); // dates on which each window vanished
    QList<QDate> vanishedDate(localWindows.size());
    bool notWholeHour = false;
    int dayCount = 0;
    for (QDate d = startDate; d <= endDate; d = d.addDays(1)) {
        ++dayCount;
        const DayResult day = convertDay(localWindows, zone, d);
        notWholeHour = notWholeHour || day.notWholeHour;
        for (const int i : day.vanished) {
            if (vanishedCount[i]++ == 0)
                vanishedDate[i] = d;
        }
        if (!result.segments.isEmpty() && result.segments.last().utcWindows == day.utc) {
            result.segments.last().lastDate = d;
            continue;
        }
        result.segments.append(UtcHoursSegment{d, d, day.utc, day.offset});
    }

    if (notWholeHour) {
        result.issues.append(
            issue(IssueSeverity::Warning, QStringLiteral("zone-offset-not-whole-hour"),
                  Tr::tr("The time zone %1 is %2, not a whole number of hours from UTC: the UTC "
                         "windows were narrowed to the whole UTC hours inside the local window.")
                      .arg(zoneName, formatOffset(result.segments.first().utcOffsetSeconds))));
    }
    for (int i = 0; i < localWindows.size(); ++i) {
        if (vanishedCount[i] == 0)
            continue;
        const bool always = vanishedCount[i] == dayCount;
        const QString message =
            always ? Tr::tr("Window %1 (%2 %3) holds no whole UTC hour: make it longer.")
                         .arg(i + 1)
                         .arg(localWindows.at(i).toHoursString(), zoneName)
                   : Tr::tr("Window %1 (%2 %3) does not exist on %4 day(s) from %5 (a clock change "
                            "skips those hours): devices get no upgrade slot from it then.")
                         .arg(i + 1)
                         .arg(localWindows.at(i).toHoursString(), zoneName)
                         .arg(vanishedCount[i])
                         .arg(DisplayFormat::date(vanishedDate[i]));
        result.issues.append(issue(always ? IssueSeverity::Error : IssueSeverity::Warning,
                                   QStringLiteral("window-vanishes-in-utc"), message, i));
    }
    if (hasErrors(result.issues)) {
        result.segments.clear();
        return result;
    }
    for (int s = 1; s < result.segments.size(); ++s) {
        const UtcHoursSegment& before = result.segments.at(s - 1);
        const UtcHoursSegment& now = result.segments.at(s);
        result.issues.append(issue(
            IssueSeverity::Warning, QStringLiteral("dst-shifts-utc-hours"),
            Tr::tr(
                "The UTC hours change during the campaign (daylight-saving time in %1): from %2, "
                "the local window %3 is %4 instead of %5 (%6 instead of %7).")
                .arg(zoneName, DisplayFormat::date(now.firstDate), hoursList(localWindows),
                     toDisplayString(now.utcWindows), toDisplayString(before.utcWindows),
                     formatOffset(now.utcOffsetSeconds), formatOffset(before.utcOffsetSeconds)),
            s, s - 1));
    }
    return result;
}

QList<LocalInterval> TimeWindowList::utcToLocal(const QList<TimeWindow>& utcWindows,
                                                const QTimeZone& zone, QDate utcDate)
{
    QList<LocalInterval> out;
    if (!zone.isValid() || !utcDate.isValid())
        return out;
    const QDateTime midnight(utcDate, QTime(0, 0), Qt::UTC);
    for (const TimeWindow& w : utcWindows) {
        if (!w.isValid())
            continue;
        out.append(LocalInterval{midnight.addSecs(w.startTime * kHour).toTimeZone(zone),
                                 midnight.addSecs(w.endTime * kHour).toTimeZone(zone)});
    }
    return out;
}

QString TimeWindowList::utcToLocalDisplayString(const QList<TimeWindow>& utcWindows,
                                                const QTimeZone& zone, QDate utcDate)
{
    QStringList parts;
    const QList<LocalInterval> intervals = utcToLocal(utcWindows, zone, utcDate);
    for (const LocalInterval& i : intervals)
        parts.append(i.toDisplayString());
    return parts.join(QStringLiteral(", "));
}

} // namespace fotadesk
