// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/DisplayFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::DisplayFormat)
};

bool isC(const QLocale& locale)
{
    return locale.language() == QLocale::C;
}

} // namespace

QString DisplayFormat::dateFormat(const QLocale& locale)
{
    if (isC(locale))
        return u"yyyy-MM-dd"_s;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // "dd.MM.yy" -> "dd.MM.yyyy": two-digit years are ambiguous in logs and reports.
    // Compiled once: tables ask for a format per cell they paint.
    static const QRegularExpression twoDigitYear(u"(?<!y)yy(?!y)"_s);
    if (!format.contains(u"yyyy"_s))
        format.replace(twoDigitYear, u"yyyy"_s);
    return format;
}

QString DisplayFormat::timeFormat(Seconds seconds, const QLocale& locale)
{
    if (isC(locale))
        return seconds == Seconds::Show ? u"HH:mm:ss"_s : u"HH:mm"_s;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (seconds == Seconds::Show && !format.contains(u's')) {
        const qsizetype minutes = format.indexOf(u"mm"_s);
        if (minutes >= 0)
            format.insert(minutes + 2, u":ss"_s);
    }
    return format;
}

QString DisplayFormat::date(QDate date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, dateFormat(locale)) : QString();
}

QString DisplayFormat::time(QTime time, Seconds seconds, const QLocale& locale)
{
    return time.isValid() ? locale.toString(time, timeFormat(seconds, locale)) : QString();
}

QString DisplayFormat::dateTime(const QDateTime& dateTime, Seconds seconds, const QLocale& locale)
{
    if (!dateTime.isValid())
        return {};
    return locale.toString(dateTime, dateFormat(locale) + u' ' + timeFormat(seconds, locale));
}

QString DisplayFormat::withUtc(const QDateTime& moment, const QTimeZone& zone, Seconds seconds,
                               const QLocale& locale)
{
    if (!moment.isValid())
        return {};
    const QDateTime utc = moment.toUTC();
    const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime();
    // UTC itself (or a zone at UTC's offset then, e.g. London in winter): once is enough.
    if (local.offsetFromUtc() == 0)
        return Tr::tr("%1 UTC").arg(dateTime(utc, seconds, locale));
    const QString utcText = utc.date() == local.date() ? time(utc.time(), seconds, locale)
                                                       : dateTime(utc, seconds, locale);
    return Tr::tr("%1 (%2 UTC)").arg(dateTime(local, seconds, locale), utcText);
}

QString DisplayFormat::hour(int hour)
{
    return u"%1:00"_s.arg(hour, 2, 10, QLatin1Char('0'));
}

QString DisplayFormat::hourRange(int startHour, int endHour)
{
    return hour(startHour) + u'\u2013' + hour(endHour);
}

} // namespace fotadesk
