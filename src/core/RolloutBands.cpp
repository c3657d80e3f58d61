// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/RolloutBands.h"

#include "core/DeviceZones.h"
#include "core/DisplayFormat.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::RolloutBands)
};

/// Zones share a band exactly when their conversions agree date by date.
QString keyOf(const QList<UtcHoursSegment>& segments)
{
    QString key;
    for (const UtcHoursSegment& s : segments) {
        key +=
            u"%1|%2|%3|"_s.arg(s.firstDate.toString(Qt::ISODate), s.lastDate.toString(Qt::ISODate))
                .arg(s.utcOffsetSeconds);
        for (const TimeWindow& w : s.utcWindows)
            key += u"%1-%2,"_s.arg(w.startTime).arg(w.endTime);
        key += u';';
    }
    return key;
}

QString labelOf(const QList<UtcHoursSegment>& segments)
{
    QString label = RolloutBands::offsetLabel(segments.value(0).utcOffsetSeconds);
    int last = segments.value(0).utcOffsetSeconds;
    for (const UtcHoursSegment& s : segments) {
        if (s.utcOffsetSeconds != last) {
            label += u'/' + RolloutBands::offsetLabel(s.utcOffsetSeconds).mid(3);
            last = s.utcOffsetSeconds;
        }
    }
    return label;
}

} // namespace

QString RolloutBands::offsetLabel(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    const int abs = std::abs(seconds);
    return u"UTC%1%2:%3"_s.arg(sign)
        .arg(abs / 3600, 2, 10, QLatin1Char('0'))
        .arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

RolloutBands RolloutBands::compute(const QStringList& devices,
                                   const QHash<QString, QString>& zoneOf,
                                   const QList<TimeWindow>& localWindows, QDate startDate,
                                   QDate endDate)
{
    RolloutBands result;
    QHash<QString, LocalToUtcConversion> conversions; // zone id -> its conversion
    QHash<QString, qsizetype> bandOfKey;
    QStringList missing;
    for (const QString& device : devices) {
        const QString zone = zoneOf.value(device);
        if (zone.isEmpty()) {
            missing << device;
            continue;
        }
        auto it = conversions.find(zone);
        if (it == conversions.end()) {
            it = conversions.insert(zone, TimeWindowList::localToUtc(localWindows,
                                                                     DeviceZones::zoneFor(zone),
                                                                     startDate, endDate));
            for (const DraftIssue& issue : it->issues) {
                if (issue.isError())
                    result.errors << Tr::tr("%1: %2").arg(zone, issue.message);
            }
        }
        if (!it->isValid())
            continue;
        const QString key = keyOf(it->segments);
        auto band = bandOfKey.find(key);
        if (band == bandOfKey.end()) {
            RolloutBand b;
            b.segments = it->segments;
            b.label = labelOf(it->segments);
            b.utcWindows = it->utcHoursOnEveryDate();
            for (const DraftIssue& issue : it->issues) {
                if (issue.code == u"dst-shifts-utc-hours" ||
                    issue.code == u"zone-offset-not-whole-hour" ||
                    issue.code == u"window-vanishes-in-utc")
                    b.warnings << issue.message;
            }
            band = bandOfKey.insert(key, result.bands.size());
            result.bands << b;
        }
        RolloutBand& b = result.bands[*band];
        if (!b.zones.contains(zone))
            b.zones << zone;
        b.devices << device;
    }
    if (!missing.isEmpty())
        result.errors << Tr::tr("%n device(s) have no time zone (%1); give each a time zone or "
                                "site in the device list, or set the plan's \"defaultZone\".",
                                nullptr, int(missing.size()))
                             .arg(missing.mid(0, 5).join(u", "_s) +
                                  (missing.size() > 5 ? u", …"_s : QString()));
    for (RolloutBand& b : result.bands) {
        b.zones.sort();
        if (b.utcWindows.isEmpty()) {
            result.errors
                << Tr::tr("The band %1 (%2) has no UTC hour inside the local window "
                          "%3 on every date from %4 to %5: a clock change moves it. "
                          "Give the wave dates on one side of the change, or a "
                          "wider local window.")
                       .arg(b.label, b.zones.join(u", "_s),
                            TimeWindowList::toDisplayString(localWindows).remove(u" UTC"_s),
                            DisplayFormat::date(startDate), DisplayFormat::date(endDate));
        } else if (b.segments.size() > 1) {
            b.warnings << Tr::tr("The band's campaign sends %1: the hours inside the local window "
                                 "on every date of the campaign.")
                              .arg(TimeWindowList::toDisplayString(b.utcWindows));
        }
    }
    std::stable_sort(result.bands.begin(), result.bands.end(),
                     [](const RolloutBand& a, const RolloutBand& b) {
                         const int oa = a.segments.value(0).utcOffsetSeconds;
                         const int ob = b.segments.value(0).utcOffsetSeconds;
                         return oa != ob ? oa < ob : a.label < b.label;
                     });
    // Names must differ (a campaign is found again by its name): two bands with the same label
    // (their offsets change on different dates) are numbered.
    QHash<QString, int> seen;
    for (RolloutBand& b : result.bands) {
        const int n = ++seen[b.label];
        if (n > 1)
            b.label += u" #%1"_s.arg(n);
    }
    if (!result.errors.isEmpty())
        result.bands.clear();
    return result;
}

} // namespace fotadesk
