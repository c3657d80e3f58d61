// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>

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

    /// The format strings used above (QDate/QTime::toString syntax).
    static QString dateFormat(const QLocale& locale = QLocale());
    static QString timeFormat(Seconds seconds, const QLocale& locale = QLocale());
};

} // namespace fotadesk
