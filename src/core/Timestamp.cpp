// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/Timestamp.h"

#include <QDate>

namespace fotadesk {

namespace {

// A hand-written scanner: this runs on every row of a report page (100,000
// rows per refresh), so no regular expressions and no allocations.

/// The value of `count` ASCII digits at `pos`, or -1.
int digitsAt(QStringView s, qsizetype pos, int count)
{
    if (pos < 0 || pos + count > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool charAt(QStringView s, qsizetype pos, char16_t expected)
{
    return pos < s.size() && s[pos].unicode() == expected;
}

/// Days from 1970-01-01 to the given proleptic Gregorian date (H. Hinnant's algorithm).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

bool isUpperAsciiWord(QStringView s)
{
    if (s.isEmpty() || s.size() > 6)
        return false;
    for (QChar c : s) {
        if (c.unicode() < u'A' || c.unicode() > u'Z')
            return false;
    }
    return true;
}

/// Parses the zone part after the seconds (and fraction): "Z", "+02:00",
/// "+0000", "+0000 UTC", " UTC", "+0200 CEST". Returns false when it is not one.
bool parseZone(QStringView z, int& offsetMinutes)
{
    offsetMinutes = 0;
    if (z.startsWith(u' '))
        z = z.mid(1);
    if (z.isEmpty())
        return false; // no zone: ambiguous, kept raw
    const char16_t first = z[0].unicode();
    if (first == u'Z' || first == u'z') {
        z = z.mid(1);
    } else if (first == u'+' || first == u'-') {
        const int hh = digitsAt(z, 1, 2);
        int mm = -1;
        qsizetype used = 0;
        if (charAt(z, 3, u':')) {
            mm = digitsAt(z, 4, 2);
            used = 6;
        } else {
            mm = digitsAt(z, 3, 2);
            used = 5;
        }
        if (hh < 0 || hh > 23 || mm < 0 || mm > 59)
            return false;
        offsetMinutes = (first == u'-' ? -1 : 1) * (hh * 60 + mm);
        z = z.mid(used);
    } else if (z == u"UTC" || z == u"GMT") {
        return true;
    } else {
        return false;
    }
    if (z.isEmpty())
        return true;
    // An optional zone abbreviation after the offset: "+0000 UTC" (Go's time.String()).
    return z.startsWith(u' ') && isUpperAsciiWord(z.mid(1));
}

} // namespace

Timestamp Timestamp::parse(QStringView text)
{
    Timestamp t;
    t.raw = text.toString();
    t.utc = parseUtc(text);
    return t;
}

QDateTime Timestamp::parseUtc(QStringView text)
{
    const QStringView s = text.trimmed();

    // YYYY-MM-DD[T ]hh:mm:ss
    if (s.size() < 19 || !charAt(s, 4, u'-') || !charAt(s, 7, u'-') || !charAt(s, 13, u':') ||
        !charAt(s, 16, u':'))
        return {};
    const char16_t sep = s[10].unicode();
    if (sep != u'T' && sep != u't' && sep != u' ')
        return {};
    const int year = digitsAt(s, 0, 4);
    const int month = digitsAt(s, 5, 2);
    const int day = digitsAt(s, 8, 2);
    const int hour = digitsAt(s, 11, 2);
    const int minute = digitsAt(s, 14, 2);
    const int second = digitsAt(s, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return {};
    if (!QDate::isValid(year, month, day) || hour > 23 || minute > 59 || second > 59)
        return {};

    // Optional fraction, 1 to 9 digits, truncated to milliseconds.
    qsizetype pos = 19;
    int msec = 0;
    if (charAt(s, pos, u'.') || charAt(s, pos, u',')) {
        ++pos;
        int count = 0;
        while (pos < s.size() && s[pos].unicode() >= u'0' && s[pos].unicode() <= u'9') {
            if (count < 3)
                msec = msec * 10 + (s[pos].unicode() - u'0');
            ++count;
            ++pos;
        }
        if (count == 0 || count > 9)
            return {};
        for (int i = count; i < 3; ++i)
            msec *= 10;
    }

    int offsetMinutes = 0;
    if (!parseZone(s.mid(pos), offsetMinutes))
        return {};

    const qint64 days =
        daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const qint64 msecs =
        ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60000LL + second * 1000LL + msec;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

QString Timestamp::format(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace fotadesk
