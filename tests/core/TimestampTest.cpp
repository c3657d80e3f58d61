// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/Timestamp.h"

#include <QTest>

using fotadesk::Timestamp;
using namespace Qt::StringLiterals;

class TimestampTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void format_data();
    void format();
    void formatParsesBack();
    void equalityIsByRaw();
};

void TimestampTest::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("utc"); // invalid = not parsed, kept raw

    const auto at = [](int y, int mo, int d, int h, int mi, int s, int ms) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
    };
    const QDateTime none;

    // The contract's examples.
    QTest::newRow("iso ms Z") << u"2022-08-05T21:05:27.129Z"_s << at(2022, 8, 5, 21, 5, 27, 129);
    QTest::newRow("iso Z") << u"2022-10-06T18:35:00Z"_s << at(2022, 10, 6, 18, 35, 0, 0);
    QTest::newRow("go ms") << u"2022-01-26 03:45:01.608 +0000 UTC"_s
                           << at(2022, 1, 26, 3, 45, 1, 608);
    QTest::newRow("go no fraction")
        << u"2022-01-26 03:45:01 +0000 UTC"_s << at(2022, 1, 26, 3, 45, 1, 0);

    // Offsets.
    QTest::newRow("iso +02:00") << u"2022-10-06T18:35:00+02:00"_s << at(2022, 10, 6, 16, 35, 0, 0);
    QTest::newRow("iso -05:30") << u"2022-10-06T18:35:00-05:30"_s << at(2022, 10, 7, 0, 5, 0, 0);
    QTest::newRow("iso +0100 no colon")
        << u"2022-10-06T00:30:00+0100"_s << at(2022, 10, 5, 23, 30, 0, 0);
    QTest::newRow("iso +00:00") << u"2022-10-06T18:35:00.5+00:00"_s
                                << at(2022, 10, 6, 18, 35, 0, 500);
    QTest::newRow("go +0200 CEST")
        << u"2022-07-01 12:00:00.000 +0200 CEST"_s << at(2022, 7, 1, 10, 0, 0, 0);
    QTest::newRow("go -0700 MST crosses new year")
        << u"2022-12-31 20:00:00 -0700 MST"_s << at(2023, 1, 1, 3, 0, 0, 0);
    QTest::newRow("space then Z") << u"2022-01-26 03:45:01 Z"_s << at(2022, 1, 26, 3, 45, 1, 0);
    QTest::newRow("UTC word only")
        << u"2022-01-26 03:45:01.1 UTC"_s << at(2022, 1, 26, 3, 45, 1, 100);
    QTest::newRow("lower-case t and z")
        << u"2022-08-05t21:05:27z"_s << at(2022, 8, 5, 21, 5, 27, 0);

    // Fractional digits 1..9, truncated (not rounded) to milliseconds.
    QTest::newRow("fraction 1") << u"2022-08-05T21:05:27.1Z"_s << at(2022, 8, 5, 21, 5, 27, 100);
    QTest::newRow("fraction 2") << u"2022-08-05T21:05:27.12Z"_s << at(2022, 8, 5, 21, 5, 27, 120);
    QTest::newRow("fraction 3") << u"2022-08-05T21:05:27.123Z"_s << at(2022, 8, 5, 21, 5, 27, 123);
    QTest::newRow("fraction 4") << u"2022-08-05T21:05:27.1239Z"_s << at(2022, 8, 5, 21, 5, 27, 123);
    QTest::newRow("fraction 6") << u"2022-01-26 03:45:01.608999 +0000 UTC"_s
                                << at(2022, 1, 26, 3, 45, 1, 608);
    QTest::newRow("fraction 9") << u"2022-01-26 03:45:01.999999999 +0000 UTC"_s
                                << at(2022, 1, 26, 3, 45, 1, 999);
    QTest::newRow("fraction 10 digits") << u"2022-01-26 03:45:01.9999999999 +0000 UTC"_s << none;
    QTest::newRow("dot without digits") << u"2022-08-05T21:05:27.Z"_s << none;

    // Calendar edges.
    QTest::newRow("leap day") << u"2024-02-29T00:00:00Z"_s << at(2024, 2, 29, 0, 0, 0, 0);
    QTest::newRow("epoch") << u"1970-01-01T00:00:00Z"_s << at(1970, 1, 1, 0, 0, 0, 0);
    QTest::newRow("before epoch") << u"1969-12-31T23:59:59.999Z"_s
                                  << at(1969, 12, 31, 23, 59, 59, 999);
    QTest::newRow("last second") << u"2099-12-31T23:59:59Z"_s << at(2099, 12, 31, 23, 59, 59, 0);
    QTest::newRow("surrounding spaces")
        << u"  2022-10-06T18:35:00Z \n"_s << at(2022, 10, 6, 18, 35, 0, 0);

    // Anything else is kept raw (utc invalid).
    QTest::newRow("empty") << QString() << none;
    QTest::newRow("blank") << u"   "_s << none;
    QTest::newRow("garbage") << u"yesterday"_s << none;
    QTest::newRow("date only") << u"2022-10-06"_s << none;
    QTest::newRow("no zone") << u"2022-10-06T18:35:00"_s << none;
    QTest::newRow("not a leap day") << u"2023-02-29T00:00:00Z"_s << none;
    QTest::newRow("month 13") << u"2022-13-06T18:35:00Z"_s << none;
    QTest::newRow("hour 24") << u"2022-10-06T24:00:00Z"_s << none;
    QTest::newRow("minute 60") << u"2022-10-06T18:60:00Z"_s << none;
    QTest::newRow("leap second") << u"2016-12-31T23:59:60Z"_s << none;
    QTest::newRow("offset hour 24") << u"2022-10-06T18:35:00+24:00"_s << none;
    QTest::newRow("offset without minutes") << u"2022-10-06T18:35:00+02"_s << none;
    QTest::newRow("trailing junk") << u"2022-10-06T18:35:00Zjunk"_s << none;
    QTest::newRow("lower-case zone word") << u"2022-01-26 03:45:01 +0000 utc"_s << none;
    QTest::newRow("epoch millis") << u"1659733527129"_s << none;
    QTest::newRow("slashes") << u"2022/10/06 18:35:00 +0000 UTC"_s << none;
    QTest::newRow("arabic-indic digits") << u"\u0662022-10-06T18:35:00Z"_s << none;
    QTest::newRow("truncated") << u"2022-10-06T18:3"_s << none;
    QTest::newRow("go monotonic suffix") << u"2022-01-26 03:45:01 +0000 UTC m=+0.001"_s << none;
}

void TimestampTest::parse()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, utc);
    const Timestamp t = Timestamp::parse(text);
    QCOMPARE(t.raw, text); // always kept verbatim
    QCOMPARE(t.isNull(), text.isEmpty());
    QCOMPARE(t.isValid(), utc.isValid());
    QCOMPARE(Timestamp::parseUtc(text).isValid(), utc.isValid());
    if (utc.isValid()) {
        QCOMPARE(Timestamp::parseUtc(text), utc);
        QCOMPARE(t.utc, utc);
        QCOMPARE(t.utc.timeSpec(), Qt::UTC);
        QCOMPARE(t.utc.toMSecsSinceEpoch(), utc.toMSecsSinceEpoch());
    }
}

void TimestampTest::format_data()
{
    QTest::addColumn<QDateTime>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("utc ms") << QDateTime(QDate(2022, 8, 5), QTime(21, 5, 27, 129), Qt::UTC)
                            << u"2022-08-05T21:05:27.129Z"_s;
    QTest::newRow("whole second") << QDateTime(QDate(2022, 10, 6), QTime(18, 35), Qt::UTC)
                                  << u"2022-10-06T18:35:00.000Z"_s;
    QTest::newRow("offset converted to Z")
        << QDateTime(QDate(2022, 10, 6), QTime(18, 35), Qt::OffsetFromUTC, 7200)
        << u"2022-10-06T16:35:00.000Z"_s;
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TimestampTest::format()
{
    QFETCH(QDateTime, value);
    QFETCH(QString, text);
    QCOMPARE(Timestamp::format(value), text);
}

void TimestampTest::formatParsesBack()
{
    const QDateTime value(QDate(2030, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    const Timestamp back = Timestamp::parse(Timestamp::format(value));
    QVERIFY(back.isValid());
    QCOMPARE(back.utc, value);
}

void TimestampTest::equalityIsByRaw()
{
    // Two spellings of one instant are different wire values (kept as they came).
    const Timestamp a = Timestamp::parse(u"2022-10-06T18:35:00Z");
    const Timestamp b = Timestamp::parse(u"2022-10-06 18:35:00 +0000 UTC");
    QCOMPARE(a.utc, b.utc);
    QVERIFY(!(a == b));
    QVERIFY(a == Timestamp::parse(u"2022-10-06T18:35:00Z"));
}

QTEST_GUILESS_MAIN(TimestampTest)
#include "TimestampTest.moc"
