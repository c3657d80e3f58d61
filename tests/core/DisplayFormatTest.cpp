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
        QCOMPARE(DisplayFormat::dateTime(t, DisplayFormat::Seconds::Hide, l), dateTime);
        QCOMPARE(DisplayFormat::dateTime(t, DisplayFormat::Seconds::Show, l), dateTimeSeconds);
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
