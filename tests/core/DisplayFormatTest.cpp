// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/DisplayFormat.h"

#include <QTest>
#include <QTimeZone>

using fotadesk::DisplayFormat;
using namespace Qt::StringLiterals;

class DisplayFormatTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("dateTime");
        QTest::addColumn<QString>("dateTimeSeconds");
        QTest::newRow("C: ISO 8601")
            << u"C"_s << u"2026-03-01"_s << u"2026-03-01 08:05"_s << u"2026-03-01 08:05:09"_s;
        QTest::newRow("de_DE") << u"de_DE"_s << u"01.03.2026"_s << u"01.03.2026 08:05"_s
                               << u"01.03.2026 08:05:09"_s;
        QTest::newRow("en_US") << u"en_US"_s << u"3/1/2026"_s << u"3/1/2026 8:05 AM"_s
                               << u"3/1/2026 8:05:09 AM"_s;
        QTest::newRow("es_ES") << u"es_ES"_s << u"1/3/2026"_s << u"1/3/2026 8:05"_s
                               << u"1/3/2026 8:05:09"_s;
    }

    void formats()
    {
        QFETCH(QString, locale);
        QFETCH(QString, date);
        QFETCH(QString, dateTime);
        QFETCH(QString, dateTimeSeconds);
        const QLocale l(locale);
        const QDateTime t(QDate(2026, 3, 1), QTime(8, 5, 9), QTimeZone::utc());
        QCOMPARE(DisplayFormat::date(t.date(), l), date);
        const auto plain = [](QString s) { return s.replace(QChar(0x202F), u' '); };
        QCOMPARE(plain(DisplayFormat::dateTime(t, DisplayFormat::Seconds::Hide, l)), dateTime);
        QCOMPARE(plain(DisplayFormat::dateTime(t, DisplayFormat::Seconds::Show, l)),
                 dateTimeSeconds);
    }

    // One pattern for a moment with its UTC equivalent (DisplayFormat::withUtc), in the four
    // locales the app is read in. Qt may write the space before AM/PM as a narrow no-break
    // space: compared as a plain space.
    void withUtc_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("sameDay");
        QTest::addColumn<QString>("otherDay");
        QTest::addColumn<QString>("inUtc");
        QTest::addColumn<QString>("seconds");
        QTest::newRow("C") << u"C"_s << u"08:05"_s << u"2026-03-01 09:05 (08:05 UTC)"_s
                           << u"2026-03-01 00:30 (2026-02-28 23:30 UTC)"_s
                           << u"2026-03-01 08:05 UTC"_s << u"2026-03-01 09:05:09 (08:05:09 UTC)"_s;
        QTest::newRow("en_US") << u"en_US"_s << u"8:05 AM"_s << u"3/1/2026 9:05 AM (8:05 AM UTC)"_s
                               << u"3/1/2026 12:30 AM (2/28/2026 11:30 PM UTC)"_s
                               << u"3/1/2026 8:05 AM UTC"_s
                               << u"3/1/2026 9:05:09 AM (8:05:09 AM UTC)"_s;
        QTest::newRow("de_DE") << u"de_DE"_s << u"08:05"_s << u"01.03.2026 09:05 (08:05 UTC)"_s
                               << u"01.03.2026 00:30 (28.02.2026 23:30 UTC)"_s
                               << u"01.03.2026 08:05 UTC"_s
                               << u"01.03.2026 09:05:09 (08:05:09 UTC)"_s;
        QTest::newRow("es_ES") << u"es_ES"_s << u"8:05"_s << u"1/3/2026 9:05 (8:05 UTC)"_s
                               << u"1/3/2026 0:30 (28/2/2026 23:30 UTC)"_s << u"1/3/2026 8:05 UTC"_s
                               << u"1/3/2026 9:05:09 (8:05:09 UTC)"_s;
    }

    void withUtc()
    {
        QFETCH(QString, locale);
        QFETCH(QString, time);
        QFETCH(QString, sameDay);
        QFETCH(QString, otherDay);
        QFETCH(QString, inUtc);
        QFETCH(QString, seconds);
        const QLocale l(locale);
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        const auto plain = [](QString s) {
            return s.replace(QChar(0x202F), u' ').replace(QChar(0x00A0), u' ');
        };
        const QDateTime morning(QDate(2026, 3, 1), QTime(8, 5, 9), QTimeZone::utc());
        const QDateTime lateEvening(QDate(2026, 2, 28), QTime(23, 30), QTimeZone::utc());
        QCOMPARE(plain(DisplayFormat::time(morning.time(), DisplayFormat::Seconds::Hide, l)), time);
        QCOMPARE(plain(DisplayFormat::withUtc(morning, berlin, DisplayFormat::Seconds::Hide, l)),
                 sameDay);
        QCOMPARE(
            plain(DisplayFormat::withUtc(lateEvening, berlin, DisplayFormat::Seconds::Hide, l)),
            otherDay);
        QCOMPARE(plain(DisplayFormat::withUtc(morning, QTimeZone::utc(),
                                              DisplayFormat::Seconds::Hide, l)),
                 inUtc);
        QCOMPARE(plain(DisplayFormat::withUtc(morning, berlin, DisplayFormat::Seconds::Show, l)),
                 seconds);
        // The moment's own zone does not matter, only the one asked for.
        QCOMPARE(plain(DisplayFormat::withUtc(morning.toTimeZone(QTimeZone("Asia/Tokyo")), berlin,
                                              DisplayFormat::Seconds::Hide, l)),
                 sameDay);
        QVERIFY(DisplayFormat::withUtc(QDateTime(), berlin).isEmpty());
    }

    void hoursAreTheSameInEveryLanguage()
    {
        const QLocale before;
        for (const QString& name : {u"C"_s, u"en_US"_s, u"de_DE"_s, u"es_ES"_s}) {
            QLocale::setDefault(QLocale(name));
            QCOMPARE(DisplayFormat::hour(1), u"01:00"_s);
            QCOMPARE(DisplayFormat::hour(0), u"00:00"_s);
            QCOMPARE(DisplayFormat::hour(24), u"24:00"_s);
            QCOMPARE(DisplayFormat::hourRange(1, 5), u"01:00–05:00"_s);
            QCOMPARE(DisplayFormat::hourRange(22, 24), u"22:00–24:00"_s);
        }
        QLocale::setDefault(before);
    }

    void englishUsesFourDigitYearsAndItsOwnOrder()
    {
        const QLocale us(u"en_US"_s);
        const QDateTime t(QDate(2026, 3, 1), QTime(20, 5), QTimeZone::utc());
        const QString text = DisplayFormat::dateTime(t, DisplayFormat::Seconds::Hide, us);
        QVERIFY2(text.startsWith(u"3/1/2026 8:05"_s), qPrintable(text));
        QVERIFY2(text.contains(u"PM"_s), qPrintable(text));
        QVERIFY(DisplayFormat::dateFormat(us).contains(u"yyyy"_s));
    }

    void defaultLocaleIsUsed()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(u"de_DE"_s));
        QCOMPARE(DisplayFormat::date(QDate(2026, 12, 24)), u"24.12.2026"_s);
        QCOMPARE(DisplayFormat::time(QTime(7, 30)), u"07:30"_s);
        QLocale::setDefault(before);
    }

    void invalidIsEmpty()
    {
        QVERIFY(DisplayFormat::date(QDate()).isEmpty());
        QVERIFY(DisplayFormat::time(QTime()).isEmpty());
        QVERIFY(DisplayFormat::dateTime(QDateTime()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(DisplayFormatTest)
#include "DisplayFormatTest.moc"
