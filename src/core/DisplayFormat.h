// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace fotadesk {

/// Dates and times as the user reads them: in the conventions of the default locale
/// (QLocale(), which AppLanguage sets from the chosen language), with four-digit years; with the
/// C locale (no language chosen, as in the tests) in ISO 8601 form ("2026-03-01 08:00").
/// Wire formats (requests, CSV exports, logs) do not use this: they stay ISO 8601.
class DisplayFormat final
{
public:
    enum class Seconds
    {
        Hide,
        Show
    };

    /// The date, e.g. "01.03.2026" (de), "3/1/2026" (en_US), "2026-03-01" (C).
    static QString date(QDate date, const QLocale& locale = QLocale());
    /// The time of day, e.g. "08:05" (de), "8:05 AM" (en_US), "08:05" (C).
    static QString time(QTime time, Seconds seconds = Seconds::Hide,
                        const QLocale& locale = QLocale());
    /// Date and time in the QDateTime's own zone: no conversion happens here.
    static QString dateTime(const QDateTime& dateTime, Seconds seconds = Seconds::Hide,
                            const QLocale& locale = QLocale());

    /// A moment in `zone` with its UTC equivalent beside it: the one pattern wherever both are
    /// shown. "01.03.2026 15:05 (14:05 UTC)"; the UTC part carries its date only when the day
    /// differs ("01.03.2026 00:30 (28.02.2026 23:30 UTC)"); when the zone is at UTC's offset then,
    /// only "01.03.2026 14:05 UTC". An invalid zone: the system's. Empty for an invalid moment.
    static QString withUtc(const QDateTime& moment, const QTimeZone& zone,
                           Seconds seconds = Seconds::Hide, const QLocale& locale = QLocale());

    /// An hour of the day as time windows and hour fields write it: "01:00", "24:00" (the end
    /// of the day). The same in every language: the service's hours are UTC hours, and a
    /// 12-hour clock cannot write 24:00.
    static QString hour(int hour);
    /// A range of hours: "01:00–05:00".
    static QString hourRange(int startHour, int endHour);

    /// The format strings used above (QDate/QTime::toString syntax).
    static QString dateFormat(const QLocale& locale = QLocale());
    static QString timeFormat(Seconds seconds, const QLocale& locale = QLocale());
};

} // namespace fotadesk
