// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/TimeWindowList.h"

#include <QTest>

using fotadesk::DraftField;
using fotadesk::DraftIssue;
using fotadesk::DraftIssues;
using fotadesk::IssueSeverity;
using fotadesk::TimeWindow;
using fotadesk::TimeWindowList;
using fotadesk::UtcHoursSegment;
using namespace Qt::StringLiterals;

namespace {

/// "1:5,22:24" -> {{1,5},{22,24}}; "" -> {}.
QList<TimeWindow> windows(const QString& text)
{
    QList<TimeWindow> out;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& p : parts) {
        const QStringList se = p.split(QLatin1Char(':'));
        out.append(TimeWindow{se.at(0).toInt(), se.at(1).toInt()});
    }
    return out;
}

QString text(const QList<TimeWindow>& list)
{
    QStringList parts;
    for (const TimeWindow& w : list)
        parts.append(QStringLiteral("%1:%2").arg(w.startTime).arg(w.endTime));
    return parts.join(QLatin1Char(','));
}

/// "code@index/otherIndex;..."
QString describe(const DraftIssues& issues)
{
    QStringList parts;
    for (const DraftIssue& i : issues)
        parts.append(QStringLiteral("%1@%2/%3").arg(i.code).arg(i.index).arg(i.otherIndex));
    return parts.join(QLatin1Char(';'));
}

/// "2026-03-27..2026-03-28=0:4;..."
QString describe(const QList<UtcHoursSegment>& segments)
{
    QStringList parts;
    for (const UtcHoursSegment& s : segments) {
        parts.append(s.firstDate.toString(Qt::ISODate) + u".."_s +
                     s.lastDate.toString(Qt::ISODate) + u"="_s + text(s.utcWindows));
    }
    return parts.join(QLatin1Char(';'));
}

QDate date(const QString& iso)
{
    return QDate::fromString(iso, Qt::ISODate);
}

} // namespace

class TimeWindowListTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void validateMessagesNameBothWindows();
    void splitAcrossMidnight_data();
    void splitAcrossMidnight();
    void splitResultIsValid();
    void normalised_data();
    void normalised();
    void coverage_data();
    void coverage();
    void fromCoverage_data();
    void fromCoverage();
    void allowsHour_data();
    void allowsHour();
    void displayString_data();
    void displayString();
    void localToUtc_data();
    void localToUtc();
    void localToUtcErrors_data();
    void localToUtcErrors();
    void dstWarningNamesDatesAndHours();
    void utcWindowsOn();
    void everyAndAnyDate_data();
    void everyAndAnyDate();
    void utcToLocal_data();
    void utcToLocal();
    void roundTripAwayFromTransitions_data();
    void roundTripAwayFromTransitions();
};

void TimeWindowListTest::validate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one window") << u"1:5"_s << QString();
    QTest::newRow("whole day") << u"0:24"_s << QString();
    QTest::newRow("touching is fine") << u"1:5,5:8"_s << QString();
    QTest::newRow("split midnight pair") << u"22:24,0:2"_s << QString();
    QTest::newRow("empty list") << QString() << u"windows-empty@-1/-1"_s;
    QTest::newRow("duplicate") << u"1:5,1:5"_s << u"window-duplicate@1/0"_s;
    QTest::newRow("triplicate") << u"1:5,1:5,1:5"_s
                                << u"window-duplicate@1/0;window-duplicate@2/0"_s;
    QTest::newRow("overlap") << u"1:5,3:8"_s << u"window-overlap@1/0"_s;
    QTest::newRow("contained") << u"0:24,6:7"_s << u"window-overlap@1/0"_s;
    QTest::newRow("chain") << u"1:3,2:4,3:5"_s << u"window-overlap@1/0;window-overlap@2/1"_s;
    QTest::newRow("overlap unsorted")
        << u"10:12,1:5,4:11"_s << u"window-overlap@2/0;window-overlap@2/1"_s;
    QTest::newRow("crosses midnight") << u"22:2"_s << u"window-crosses-midnight@0/-1"_s;
    QTest::newRow("empty window") << u"5:5"_s << u"window-empty@0/-1"_s;
    QTest::newRow("start negative") << u"-1:5"_s << u"window-start-out-of-range@0/-1"_s;
    QTest::newRow("start 24") << u"24:24"_s << u"window-start-out-of-range@0/-1"_s;
    QTest::newRow("end 25") << u"0:25"_s << u"window-end-out-of-range@0/-1"_s;
    QTest::newRow("end 0") << u"3:0"_s << u"window-end-out-of-range@0/-1"_s;
    QTest::newRow("invalid not overlapped") << u"22:2,1:5"_s << u"window-crosses-midnight@0/-1"_s;
    QTest::newRow("second invalid") << u"1:5,7:30"_s << u"window-end-out-of-range@1/-1"_s;
}

void TimeWindowListTest::validate()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const DraftIssues issues = TimeWindowList::validate(windows(input));
    QCOMPARE(describe(issues), expected);
    for (const DraftIssue& i : issues) {
        QCOMPARE(i.field, DraftField::TimeWindows);
        QVERIFY2(!i.message.isEmpty(), qPrintable(i.code));
        const IssueSeverity want =
            i.code == u"windows-empty"_s ? IssueSeverity::Warning : IssueSeverity::Error;
        QCOMPARE(i.severity, want);
    }
    QCOMPARE(fotadesk::hasErrors(issues),
             !expected.isEmpty() && expected != u"windows-empty@-1/-1"_s);
}

void TimeWindowListTest::validateMessagesNameBothWindows()
{
    const DraftIssues overlap = TimeWindowList::validate(windows(u"1:5,3:8"_s));
    QCOMPARE(overlap.size(), 1);
    QVERIFY2(overlap.first().message.contains(u"Window 2"_s), qPrintable(overlap.first().message));
    QVERIFY(overlap.first().message.contains(u"window 1"_s));
    QVERIFY(overlap.first().message.contains(u"01:00\u201308:00"_s)); // the merge suggestion

    const DraftIssues dup = TimeWindowList::validate(windows(u"0:2,1:5,1:5"_s));
    QCOMPARE(describe(dup), u"window-overlap@1/0;window-overlap@2/0;window-duplicate@2/1"_s);
    QVERIFY(dup.at(2).message.contains(u"Window 3"_s));
    QVERIFY(dup.at(2).message.contains(u"window 2"_s));

    const DraftIssues midnight = TimeWindowList::validate(windows(u"22:2"_s));
    QVERIFY2(midnight.first().message.contains(u"22:00\u201324:00, 00:00\u201302:00"_s),
             qPrintable(midnight.first().message));
}

void TimeWindowListTest::splitAcrossMidnight_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("expected");

    QTest::newRow("22 to 2") << 22 << 2 << u"22:24,0:2"_s;
    QTest::newRow("23 to 1") << 23 << 1 << u"23:24,0:1"_s;
    QTest::newRow("22 to 0 = midnight") << 22 << 0 << u"22:24"_s;
    QTest::newRow("22 to 24") << 22 << 24 << u"22:24"_s;
    QTest::newRow("0 to 24") << 0 << 24 << u"0:24"_s;
    QTest::newRow("normal") << 1 << 5 << u"1:5"_s;
    QTest::newRow("23 to 22") << 23 << 22 << u"23:24,0:22"_s;
    QTest::newRow("same hour") << 5 << 5 << QString();
    QTest::newRow("zero to zero") << 0 << 0 << QString();
    QTest::newRow("start negative") << -1 << 3 << QString();
    QTest::newRow("start 24") << 24 << 2 << QString();
    QTest::newRow("end 25") << 3 << 25 << QString();
}

void TimeWindowListTest::splitAcrossMidnight()
{
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, expected);
    QCOMPARE(text(TimeWindowList::splitAcrossMidnight(start, end)), expected);
}

void TimeWindowListTest::splitResultIsValid()
{
    // Every representable pair either splits into a valid, issue-free list covering exactly
    // the hours from start to end (mod 24), or gives nothing.
    for (int s = 0; s <= 23; ++s) {
        for (int e = 0; e <= 24; ++e) {
            const QList<TimeWindow> split = TimeWindowList::splitAcrossMidnight(s, e);
            if (s == e) {
                QVERIFY(split.isEmpty());
                continue;
            }
            QVERIFY(!fotadesk::hasErrors(TimeWindowList::validate(split)));
            const int end = e == 0 ? 24 : e;
            const int hours = end > s ? end - s : 24 - s + end;
            QCOMPARE(int(TimeWindowList::coverage(split).count()), hours);
            QVERIFY(TimeWindowList::coverage(split).test(std::size_t(s)));
        }
    }
}

void TimeWindowListTest::normalised_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("mergeAdjacent");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("sorted") << u"3:5,1:2"_s << false << u"1:2,3:5"_s;
    QTest::newRow("same start sorts by end") << u"1:5,1:2"_s << false << u"1:5"_s;
    QTest::newRow("duplicates dropped") << u"3:5,1:2,1:2"_s << false << u"1:2,3:5"_s;
    QTest::newRow("overlap merged") << u"1:5,3:8"_s << false << u"1:8"_s;
    QTest::newRow("chain merged") << u"3:5,1:3,2:4"_s << false << u"1:5"_s;
    QTest::newRow("contained") << u"6:7,0:24"_s << false << u"0:24"_s;
    QTest::newRow("touching kept") << u"5:8,1:5"_s << false << u"1:5,5:8"_s;
    QTest::newRow("touching merged") << u"5:8,1:5"_s << true << u"1:8"_s;
    QTest::newRow("gap kept when merging") << u"1:5,6:8"_s << true << u"1:5,6:8"_s;
    QTest::newRow("midnight pair not joined") << u"22:24,0:2"_s << true << u"0:2,22:24"_s;
    QTest::newRow("invalid kept last") << u"22:2,3:5,1:2"_s << false << u"1:2,3:5,22:2"_s;
}

void TimeWindowListTest::normalised()
{
    QFETCH(QString, input);
    QFETCH(bool, mergeAdjacent);
    QFETCH(QString, expected);
    const auto merge =
        mergeAdjacent ? TimeWindowList::MergeAdjacent::Yes : TimeWindowList::MergeAdjacent::No;
    const QList<TimeWindow> out = TimeWindowList::normalised(windows(input), merge);
    QCOMPARE(text(out), expected);
    // Same coverage, and a normalised valid list validates without overlap/duplicate errors.
    QCOMPARE(TimeWindowList::coverage(out), TimeWindowList::coverage(windows(input)));
    for (const DraftIssue& i : TimeWindowList::validate(out))
        QVERIFY2(i.code != u"window-overlap"_s && i.code != u"window-duplicate"_s,
                 qPrintable(i.message));
}

void TimeWindowListTest::coverage_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("hours"); // 24 chars, '1' = covered, hour 0 first

    QTest::newRow("empty") << QString() << u"000000000000000000000000"_s;
    QTest::newRow("1-3 and 22-24") << u"1:3,22:24"_s << u"011000000000000000000011"_s;
    QTest::newRow("whole day") << u"0:24"_s << u"111111111111111111111111"_s;
    QTest::newRow("overlap counted once") << u"1:5,3:6"_s << u"011111000000000000000000"_s;
    QTest::newRow("invalid ignored") << u"22:2,5:6"_s << u"000001000000000000000000"_s;
}

void TimeWindowListTest::coverage()
{
    QFETCH(QString, input);
    QFETCH(QString, hours);
    const std::bitset<24> bits = TimeWindowList::coverage(windows(input));
    QString got;
    for (std::size_t h = 0; h < 24; ++h)
        got.append(bits.test(h) ? QLatin1Char('1') : QLatin1Char('0'));
    QCOMPARE(got, hours);
}

void TimeWindowListTest::fromCoverage_data()
{
    QTest::addColumn<QString>("hours"); // 24 chars, '1' = covered, hour 0 first
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << u"000000000000000000000000"_s << QString();
    QTest::newRow("all") << u"111111111111111111111111"_s << u"0:24"_s;
    QTest::newRow("edges") << u"100000000000000000000001"_s << u"0:1,23:24"_s;
    QTest::newRow("runs") << u"011100110000000000000000"_s << u"1:4,6:8"_s;
}

void TimeWindowListTest::fromCoverage()
{
    QFETCH(QString, hours);
    QFETCH(QString, expected);
    std::bitset<24> bits;
    for (std::size_t h = 0; h < 24; ++h)
        bits.set(h, hours.at(qsizetype(h)) == QLatin1Char('1'));
    const QList<TimeWindow> out = TimeWindowList::fromCoverage(bits);
    QCOMPARE(text(out), expected);
    QCOMPARE(TimeWindowList::coverage(out), bits);
}

void TimeWindowListTest::allowsHour_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("hour");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("no window = any hour 0") << QString() << 0 << true;
    QTest::newRow("no window = any hour 23") << QString() << 23 << true;
    QTest::newRow("inside") << u"1:3"_s << 2 << true;
    QTest::newRow("start inclusive") << u"1:3"_s << 1 << true;
    QTest::newRow("end exclusive") << u"1:3"_s << 3 << false;
    QTest::newRow("hour 24 is not an hour") << QString() << 24 << false;
    QTest::newRow("negative hour") << QString() << -1 << false;
}

void TimeWindowListTest::allowsHour()
{
    QFETCH(QString, input);
    QFETCH(int, hour);
    QFETCH(bool, allowed);
    QCOMPARE(TimeWindowList::allowsHour(windows(input), hour), allowed);
}

void TimeWindowListTest::displayString_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << u"any hour (no time window)"_s;
    QTest::newRow("two") << u"1:5,22:24"_s << u"01:00\u201305:00, 22:00\u201324:00 UTC"_s;
}

void TimeWindowListTest::displayString()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TimeWindowList::toDisplayString(windows(input)), expected);
}

void TimeWindowListTest::localToUtc_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("segments");
    QTest::addColumn<QString>("warnings"); // codes with segment index

    // Europe/Berlin 2026: CET->CEST on Sunday 29 March 01:00 UTC, back on Sunday 25 October.
    QTest::newRow("Berlin spring night window")
        << u"1:5"_s << "Europe/Berlin"_ba << u"2026-03-27"_s << u"2026-03-31"_s
        << u"2026-03-27..2026-03-28=0:4;2026-03-29..2026-03-29=0:3;"
           "2026-03-30..2026-03-31=0:3,23:24"_s
        << u"dst-shifts-utc-hours@1/0;dst-shifts-utc-hours@2/1"_s;
    QTest::newRow("Berlin autumn night window")
        << u"1:5"_s << "Europe/Berlin"_ba << u"2026-10-23"_s << u"2026-10-27"_s
        << u"2026-10-23..2026-10-24=0:3,23:24;2026-10-25..2026-10-25=0:4,23:24;"
           "2026-10-26..2026-10-27=0:4"_s
        << u"dst-shifts-utc-hours@1/0;dst-shifts-utc-hours@2/1"_s;
    QTest::newRow("Berlin spring day window")
        << u"10:14"_s << "Europe/Berlin"_ba << u"2026-03-27"_s << u"2026-03-31"_s
        << u"2026-03-27..2026-03-28=9:13;2026-03-29..2026-03-31=8:12"_s
        << u"dst-shifts-utc-hours@1/0"_s;
    QTest::newRow("Berlin skipped hour")
        << u"2:3"_s << "Europe/Berlin"_ba << u"2026-03-28"_s << u"2026-03-30"_s
        << u"2026-03-28..2026-03-28=1:2;2026-03-29..2026-03-29=;2026-03-30..2026-03-30=0:1"_s
        << u"window-vanishes-in-utc@0/-1;dst-shifts-utc-hours@1/0;dst-shifts-utc-hours@2/1"_s;
    QTest::newRow("Berlin repeated hour")
        << u"2:3"_s << "Europe/Berlin"_ba << u"2026-10-24"_s << u"2026-10-26"_s
        << u"2026-10-24..2026-10-24=0:1;2026-10-25..2026-10-25=0:2;2026-10-26..2026-10-26=1:2"_s
        << u"dst-shifts-utc-hours@1/0;dst-shifts-utc-hours@2/1"_s;
    QTest::newRow("Berlin summer, no change")
        << u"1:5,12:13"_s << "Europe/Berlin"_ba << u"2026-06-01"_s << u"2026-08-31"_s
        << u"2026-06-01..2026-08-31=0:3,10:11,23:24"_s << QString();
    QTest::newRow("Berlin whole year")
        << u"10:14"_s << "Europe/Berlin"_ba << u"2026-01-01"_s << u"2026-12-31"_s
        << u"2026-01-01..2026-03-28=9:13;2026-03-29..2026-10-24=8:12;"
           "2026-10-25..2026-12-31=9:13"_s
        << u"dst-shifts-utc-hours@1/0;dst-shifts-utc-hours@2/1"_s;
    // America/New_York 2026: EST->EDT on Sunday 8 March 07:00 UTC, back on Sunday 1 November.
    QTest::newRow("New York spring")
        << u"1:5"_s << "America/New_York"_ba << u"2026-03-07"_s << u"2026-03-09"_s
        << u"2026-03-07..2026-03-07=6:10;2026-03-08..2026-03-08=6:9;2026-03-09..2026-03-09=5:9"_s
        << u"dst-shifts-utc-hours@1/0;dst-shifts-utc-hours@2/1"_s;
    QTest::newRow("New York autumn evening")
        << u"20:24"_s << "America/New_York"_ba << u"2026-10-30"_s << u"2026-11-02"_s
        << u"2026-10-30..2026-10-31=0:4;2026-11-01..2026-11-02=1:5"_s
        << u"dst-shifts-utc-hours@1/0"_s;
    QTest::newRow("New York winter wraps UTC midnight")
        << u"18:22"_s << "America/New_York"_ba << u"2026-01-10"_s << u"2026-01-20"_s
        << u"2026-01-10..2026-01-20=0:3,23:24"_s << QString();
    QTest::newRow("UTC identity") << u"1:5,22:24"_s << "UTC"_ba << u"2026-03-01"_s
                                  << u"2026-11-30"_s << u"2026-03-01..2026-11-30=1:5,22:24"_s
                                  << QString();
    QTest::newRow("Tokyo, no DST")
        << u"1:5"_s << "Asia/Tokyo"_ba << u"2026-03-01"_s << u"2026-11-30"_s
        << u"2026-03-01..2026-11-30=16:20"_s << QString();
    QTest::newRow("Kolkata half hour narrowed")
        << u"1:5"_s << "Asia/Kolkata"_ba << u"2026-05-01"_s << u"2026-05-02"_s
        << u"2026-05-01..2026-05-02=20:23"_s << u"zone-offset-not-whole-hour@-1/-1"_s;
    QTest::newRow("no window") << QString() << "Europe/Berlin"_ba << u"2026-03-28"_s
                               << u"2026-03-30"_s << u"2026-03-28..2026-03-30="_s
                               << u"windows-empty@-1/-1"_s;
    QTest::newRow("one day") << u"0:24"_s << "Europe/Berlin"_ba << u"2026-07-01"_s
                             << u"2026-07-01"_s << u"2026-07-01..2026-07-01=0:24"_s << QString();
}

void TimeWindowListTest::localToUtc()
{
    QFETCH(QString, local);
    QFETCH(QByteArray, zone);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, segments);
    QFETCH(QString, warnings);

    const QTimeZone tz(zone);
    QVERIFY2(tz.isValid(), zone.constData());
    const auto result = TimeWindowList::localToUtc(windows(local), tz, date(from), date(to));
    QCOMPARE(describe(result.segments), segments);
    QCOMPARE(describe(result.issues), warnings);
    QVERIFY(result.isValid());
    QCOMPARE(result.shiftsDuringRange(), result.segments.size() > 1);
    for (const DraftIssue& i : result.issues) {
        QCOMPARE(i.severity, IssueSeverity::Warning);
        QCOMPARE(i.field, DraftField::TimeWindows);
        QVERIFY(!i.message.isEmpty());
    }
    // Segments tile the range without gaps and in order.
    QCOMPARE(result.segments.first().firstDate, date(from));
    QCOMPARE(result.segments.last().lastDate, date(to));
    for (int s = 1; s < result.segments.size(); ++s)
        QCOMPARE(result.segments.at(s).firstDate, result.segments.at(s - 1).lastDate.addDays(1));
}

void TimeWindowListTest::localToUtcErrors_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("errors");

    QTest::newRow("unknown zone") << u"1:5"_s << "Mars/Olympus_Mons"_ba << u"2026-01-01"_s
                                  << u"2026-01-02"_s << u"zone-invalid@-1/-1"_s;
    QTest::newRow("end before start") << u"1:5"_s << "Europe/Berlin"_ba << u"2026-01-02"_s
                                      << u"2026-01-01"_s << u"date-range-invalid@-1/-1"_s;
    QTest::newRow("no start date") << u"1:5"_s << "Europe/Berlin"_ba << QString() << u"2026-01-01"_s
                                   << u"date-range-invalid@-1/-1"_s;
    QTest::newRow("range too long") << u"1:5"_s << "Europe/Berlin"_ba << u"2020-01-01"_s
                                    << u"2035-01-01"_s << u"date-range-too-long@-1/-1"_s;
    QTest::newRow("invalid local window") << u"22:2"_s << "Europe/Berlin"_ba << u"2026-01-01"_s
                                          << u"2026-01-02"_s << u"window-crosses-midnight@0/-1"_s;
    QTest::newRow("overlapping local windows")
        << u"1:5,4:6"_s << "Europe/Berlin"_ba << u"2026-01-01"_s << u"2026-01-02"_s
        << u"window-overlap@1/0"_s;
    QTest::newRow("Kolkata one hour vanishes")
        << u"1:2"_s << "Asia/Kolkata"_ba << u"2026-05-01"_s << u"2026-05-02"_s
        << u"zone-offset-not-whole-hour@-1/-1;window-vanishes-in-utc@0/-1"_s;
}

void TimeWindowListTest::localToUtcErrors()
{
    QFETCH(QString, local);
    QFETCH(QByteArray, zone);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, errors);
    const auto result =
        TimeWindowList::localToUtc(windows(local), QTimeZone(zone), date(from), date(to));
    QCOMPARE(describe(result.issues), errors);
    QVERIFY(!result.isValid());
    QVERIFY(result.segments.isEmpty());
    QVERIFY(fotadesk::hasErrors(result.issues));
}

void TimeWindowListTest::dstWarningNamesDatesAndHours()
{
    const auto result = TimeWindowList::localToUtc(windows(u"1:5"_s), QTimeZone("Europe/Berlin"),
                                                   date(u"2026-03-27"_s), date(u"2026-03-31"_s));
    QCOMPARE(result.issues.size(), 2);
    const QString& first = result.issues.at(0).message;
    QVERIFY2(first.contains(u"2026-03-29"_s), qPrintable(first));
    QVERIFY(first.contains(u"Europe/Berlin"_s));
    QVERIFY(first.contains(u"00:00\u201303:00 UTC"_s));            // the new hours
    QVERIFY(first.contains(u"instead of 00:00\u201304:00 UTC"_s)); // the old hours
    const QString& second = result.issues.at(1).message;
    QVERIFY2(second.contains(u"2026-03-30"_s), qPrintable(second));
    QVERIFY(second.contains(u"00:00\u201303:00, 23:00\u201324:00 UTC"_s));
    QVERIFY(second.contains(u"UTC+02:00 instead of UTC+01:00"_s));
    QCOMPARE(result.segments.at(0).utcOffsetSeconds, 3600);
    QCOMPARE(result.segments.at(2).utcOffsetSeconds, 7200);
}

void TimeWindowListTest::utcWindowsOn()
{
    const auto result = TimeWindowList::localToUtc(windows(u"10:14"_s), QTimeZone("Europe/Berlin"),
                                                   date(u"2026-03-27"_s), date(u"2026-03-31"_s));
    QCOMPARE(text(result.utcWindowsOn(date(u"2026-03-27"_s))), u"9:13"_s);
    QCOMPARE(text(result.utcWindowsOn(date(u"2026-03-28"_s))), u"9:13"_s);
    QCOMPARE(text(result.utcWindowsOn(date(u"2026-03-29"_s))), u"8:12"_s);
    QCOMPARE(text(result.utcWindowsOn(date(u"2026-03-31"_s))), u"8:12"_s);
    QVERIFY(result.utcWindowsOn(date(u"2026-04-01"_s)).isEmpty());
    QVERIFY(result.utcWindowsOn(date(u"2026-03-26"_s)).isEmpty());
}

void TimeWindowListTest::everyAndAnyDate_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("every");
    QTest::addColumn<QString>("any");
    QTest::newRow("Berlin spring night") << u"1:5"_s << "Europe/Berlin"_ba << u"2026-03-27"_s
                                         << u"2026-03-31"_s << u"0:3"_s << u"0:4,23:24"_s;
    QTest::newRow("Berlin year, day window") << u"10:14"_s << "Europe/Berlin"_ba << u"2026-01-01"_s
                                             << u"2026-12-31"_s << u"9:12"_s << u"8:13"_s;
    QTest::newRow("stable") << u"10:14"_s << "Asia/Tokyo"_ba << u"2026-01-01"_s << u"2026-12-31"_s
                            << u"1:5"_s << u"1:5"_s;
    QTest::newRow("nothing on every date") << u"2:3"_s << "Europe/Berlin"_ba << u"2026-03-28"_s
                                           << u"2026-03-30"_s << QString() << u"0:2"_s;
}

void TimeWindowListTest::everyAndAnyDate()
{
    QFETCH(QString, local);
    QFETCH(QByteArray, zone);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, every);
    QFETCH(QString, any);
    const auto result =
        TimeWindowList::localToUtc(windows(local), QTimeZone(zone), date(from), date(to));
    QVERIFY(result.isValid());
    QCOMPARE(text(result.utcHoursOnEveryDate()), every);
    QCOMPARE(text(result.utcHoursOnAnyDate()), any);
}

void TimeWindowListTest::utcToLocal_data()
{
    QTest::addColumn<QString>("utc");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("utcDate");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Berlin winter")
        << u"0:4"_s << "Europe/Berlin"_ba << u"2026-01-15"_s << u"01:00\u201305:00 CET"_s;
    QTest::newRow("Berlin summer")
        << u"0:4"_s << "Europe/Berlin"_ba << u"2026-07-15"_s << u"02:00\u201306:00 CEST"_s;
    QTest::newRow("Berlin ends at local midnight")
        << u"22:23,23:24"_s << "Europe/Berlin"_ba << u"2026-01-15"_s
        << u"23:00\u201324:00 CET, 00:00\u201301:00 CET"_s;
    QTest::newRow("Berlin spring day")
        << u"0:4"_s << "Europe/Berlin"_ba << u"2026-03-29"_s << u"01:00\u201306:00 CET"_s;
    QTest::newRow("New York previous local day")
        << u"0:4"_s << "America/New_York"_ba << u"2026-01-15"_s << u"19:00\u201323:00 EST"_s;
    QTest::newRow("New York crosses local midnight")
        << u"2:6"_s << "America/New_York"_ba << u"2026-01-15"_s
        << u"21:00\u201301:00 (next day) EST"_s;
    QTest::newRow("New York summer") << u"2:6"_s << "America/New_York"_ba << u"2026-07-15"_s
                                     << u"22:00\u201302:00 (next day) EDT"_s;
    QTest::newRow("invalid window skipped")
        << u"22:2,1:2"_s << "UTC"_ba << u"2026-01-15"_s << u"01:00\u201302:00 UTC"_s;
    QTest::newRow("invalid zone") << u"1:2"_s << "Mars/Olympus_Mons"_ba << u"2026-01-15"_s
                                  << QString();
}

void TimeWindowListTest::utcToLocal()
{
    QFETCH(QString, utc);
    QFETCH(QByteArray, zone);
    QFETCH(QString, utcDate);
    QFETCH(QString, expected);
    QCOMPARE(TimeWindowList::utcToLocalDisplayString(windows(utc), QTimeZone(zone), date(utcDate)),
             expected);
}

void TimeWindowListTest::roundTripAwayFromTransitions_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("day");
    QTest::newRow("Berlin winter") << "Europe/Berlin"_ba << u"2026-02-10"_s;
    QTest::newRow("Berlin summer") << "Europe/Berlin"_ba << u"2026-07-10"_s;
    QTest::newRow("New York winter") << "America/New_York"_ba << u"2026-02-10"_s;
    QTest::newRow("New York summer") << "America/New_York"_ba << u"2026-07-10"_s;
}

void TimeWindowListTest::roundTripAwayFromTransitions()
{
    // Local hours -> UTC -> local hours gives the same set of local hours back.
    QFETCH(QByteArray, zone);
    QFETCH(QString, day);
    const QTimeZone tz(zone);
    const QDate d = date(day);
    for (int s = 0; s < 24; ++s) {
        for (int e = s + 1; e <= 24; ++e) {
            const auto conv = TimeWindowList::localToUtc({TimeWindow{s, e}}, tz, d, d);
            QVERIFY(conv.isValid());
            std::bitset<24> localHours;
            for (const auto& interval :
                 TimeWindowList::utcToLocal(conv.segments.first().utcWindows, tz, d)) {
                for (QDateTime t = interval.start; t < interval.end; t = t.addSecs(3600))
                    localHours.set(std::size_t(t.time().hour()));
            }
            QCOMPARE(localHours, TimeWindowList::coverage({TimeWindow{s, e}}));
        }
    }
}

QTEST_GUILESS_MAIN(TimeWindowListTest)
#include "TimeWindowListTest.moc"
