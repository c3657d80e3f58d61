// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/TimeWindow.h"

#include <QTest>

using fotadesk::TimeWindow;
using namespace Qt::StringLiterals;

class TimeWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validation_data();
    void validation();
    void containsAndHours();
    void overlaps_data();
    void overlaps();
    void display();
};

void TimeWindowTest::validation_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("code");

    QTest::newRow("1-5") << 1 << 5 << QString();
    QTest::newRow("0-24") << 0 << 24 << QString();
    QTest::newRow("23-24") << 23 << 24 << QString();
    QTest::newRow("0-1") << 0 << 1 << QString();
    QTest::newRow("start -1") << -1 << 5 << u"window-start-out-of-range"_s;
    QTest::newRow("start 24") << 24 << 24 << u"window-start-out-of-range"_s;
    QTest::newRow("end 0") << 0 << 0 << u"window-end-out-of-range"_s;
    QTest::newRow("end 25") << 3 << 25 << u"window-end-out-of-range"_s;
    QTest::newRow("empty") << 5 << 5 << u"window-empty"_s;
    QTest::newRow("across midnight") << 22 << 2 << u"window-crosses-midnight"_s;
}

void TimeWindowTest::validation()
{
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, code);
    const TimeWindow w{start, end};
    QCOMPARE(w.validationCode(), code);
    QCOMPARE(w.isValid(), code.isEmpty());
    QCOMPARE(w.validationError().isEmpty(), code.isEmpty());
    if (!code.isEmpty()) // the sentence names the offending hour
        QVERIFY2(
            w.validationError().contains(QString::number(start < 0 || start > 23 ? start : end)),
            qPrintable(w.validationError()));
}

void TimeWindowTest::containsAndHours()
{
    const TimeWindow w{1, 5};
    QVERIFY(!w.contains(0));
    QVERIFY(w.contains(1));
    QVERIFY(w.contains(4));
    QVERIFY(!w.contains(5));
    QCOMPARE(w.hours(), 4);
    QCOMPARE(TimeWindow{}.hours(), 24);
    QVERIFY(TimeWindow{}.isValid());
}

void TimeWindowTest::overlaps_data()
{
    QTest::addColumn<int>("s1");
    QTest::addColumn<int>("e1");
    QTest::addColumn<int>("s2");
    QTest::addColumn<int>("e2");
    QTest::addColumn<bool>("overlap");
    QTest::newRow("disjoint") << 1 << 3 << 4 << 6 << false;
    QTest::newRow("touching") << 1 << 5 << 5 << 8 << false;
    QTest::newRow("sharing one hour") << 1 << 5 << 4 << 8 << true;
    QTest::newRow("contained") << 0 << 24 << 6 << 7 << true;
    QTest::newRow("equal") << 2 << 3 << 2 << 3 << true;
    QTest::newRow("invalid never overlaps") << 22 << 2 << 0 << 24 << false;
}

void TimeWindowTest::overlaps()
{
    QFETCH(int, s1);
    QFETCH(int, e1);
    QFETCH(int, s2);
    QFETCH(int, e2);
    QFETCH(bool, overlap);
    const TimeWindow a{s1, e1};
    const TimeWindow b{s2, e2};
    QCOMPARE(a.overlaps(b), overlap);
    QCOMPARE(b.overlaps(a), overlap);
}

void TimeWindowTest::display()
{
    QCOMPARE((TimeWindow{1, 5}).toDisplayString(), u"01:00\u201305:00 UTC"_s);
    QCOMPARE((TimeWindow{22, 24}).toHoursString(), u"22:00\u201324:00"_s);
}

QTEST_GUILESS_MAIN(TimeWindowTest)
#include "TimeWindowTest.moc"
