// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The time-window editor's daylight-saving warning, driven as the schedule page drives it:
// it appears (naming the zone, the day of the change and the local hours before and after)
// exactly when the site's zone changes its UTC offset between the campaign's start and end
// dates, follows every change of zone, dates and windows live, and stays hidden otherwise.

#include "gui/create/TimeWindowEditor.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimeZone>

using namespace fotadesk;
using namespace Qt::StringLiterals;

class TimeWindowEditorTest final : public QObject
{
    Q_OBJECT

    static QTimeZone zone(const char* id)
    {
        const QTimeZone z(QByteArray{id});
        if (!z.isValid())
            qFatal("time zone %s is not installed (package tzdata)", id);
        return z;
    }

    /// Whether the warning label would be on screen with the editor.
    static bool labelShown(const TimeWindowEditor& editor)
    {
        const auto* label = editor.findChild<QLabel*>(u"dstLabel"_s);
        return label && label->isVisibleTo(&editor) && !label->text().isEmpty();
    }

private Q_SLOTS:
    void hourSpinBoxesWrapAround()
    {
        // Up from 23:00 is 00:00 (start) and up from 24:00 is 01:00 (end), by keyboard, the
        // focus staying in the box.
        TimeWindowEditor editor;
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto* from = editor.findChild<QSpinBox*>(u"fromSpin"_s);
        auto* to = editor.findChild<QSpinBox*>(u"toSpin"_s);
        QVERIFY(from && to);
        from->setFocus();
        from->setValue(23);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        QCOMPARE(from->value(), 0);
        QCOMPARE(from->text(), u"00:00"_s); // hours written as everywhere else
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(from->value(), 23);
        QCOMPARE(QApplication::focusWidget(), from);
        to->setFocus();
        to->setValue(24);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        QCOMPARE(to->value(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(to->value(), 24);
        QCOMPARE(QApplication::focusWidget(), to);
        // Typed as the number: "7" is 07:00.
        to->selectAll();
        QTest::keyClicks(QApplication::focusWidget(), u"7"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(to->value(), 7);
        QCOMPARE(to->text(), u"07:00"_s);
    }

    void overlapOffersMerge()
    {
        // The overlap problem says "merge them"; the editor offers the button that does, and
        // it takes the windows to the union of their hours.
        TimeWindowEditor editor;
        editor.show();
        auto* merge = editor.findChild<QPushButton*>(u"mergeButton"_s);
        QVERIFY(merge);
        editor.setWindows({TimeWindow{1, 5}});
        QVERIFY(!merge->isVisible());
        QVERIFY(editor.addWindow(3, 8));
        QVERIFY(editor.hasErrors());
        QVERIFY(merge->isVisible());
        QTest::mouseClick(merge, Qt::LeftButton);
        QCOMPARE(editor.windows(), (QList<TimeWindow>{TimeWindow{1, 8}}));
        QVERIFY(!editor.hasErrors());
        QVERIFY(!merge->isVisible());
        // Touching windows (1–5, 5–8) are no overlap: nothing to offer.
        editor.setWindows({TimeWindow{1, 5}, TimeWindow{5, 8}});
        QVERIFY(!merge->isVisible());
    }

    void springForwardInBerlin()
    {
        TimeWindowEditor editor;
        editor.setSiteTimeZone(zone("Europe/Berlin"));
        editor.setWindows({{1, 5}});
        editor.setDateRange(QDate(2027, 3, 1), QDate(2027, 4, 30));
        const QString warning = editor.dstWarning();
        QVERIFY2(warning.contains(u"Europe/Berlin"_s), qPrintable(warning));
        QVERIFY2(warning.contains(u"2027-03-28"_s), qPrintable(warning)); // last Sunday of March
        QVERIFY2(warning.contains(u"03:00\u201307:00 CEST"_s), qPrintable(warning)); // after
        QVERIFY2(warning.contains(u"02:00\u201306:00 CET"_s), qPrintable(warning));  // before
        QVERIFY(labelShown(editor));
        QCOMPARE(editor.findChild<QLabel*>(u"dstLabel"_s)->text(), warning);
    }

    void fallBackInNewYork()
    {
        TimeWindowEditor editor;
        editor.setSiteTimeZone(zone("America/New_York"));
        editor.setWindows({{6, 10}});
        editor.setDateRange(QDate(2027, 10, 20), QDate(2027, 11, 20));
        const QString warning = editor.dstWarning();
        QVERIFY2(warning.contains(u"2027-11-07"_s), qPrintable(warning)); // first Sunday of Nov
        QVERIFY2(warning.contains(u"01:00\u201305:00 EST"_s), qPrintable(warning));
        QVERIFY2(warning.contains(u"02:00\u201306:00 EDT"_s), qPrintable(warning));
        QVERIFY(labelShown(editor));
    }

    void noWarningWithoutAChange_data()
    {
        QTest::addColumn<QByteArray>("zoneId");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::newRow("Berlin, summer only")
            << "Europe/Berlin"_ba << QDate(2027, 5, 1) << QDate(2027, 9, 30);
        QTest::newRow("Berlin, one day")
            << "Europe/Berlin"_ba << QDate(2027, 3, 28) << QDate(2027, 3, 28);
        QTest::newRow("UTC, a whole year") << "UTC"_ba << QDate(2027, 1, 1) << QDate(2027, 12, 31);
        QTest::newRow("Tokyo, no daylight-saving time")
            << "Asia/Tokyo"_ba << QDate(2027, 1, 1) << QDate(2027, 12, 31);
        QTest::newRow("end before start")
            << "Europe/Berlin"_ba << QDate(2027, 4, 30) << QDate(2027, 3, 1);
    }

    void noWarningWithoutAChange()
    {
        QFETCH(QByteArray, zoneId);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        TimeWindowEditor editor;
        editor.setSiteTimeZone(zone(zoneId.constData()));
        editor.setWindows({{1, 5}});
        editor.setDateRange(start, end);
        QCOMPARE(editor.dstWarning(), QString());
        QVERIFY(!labelShown(editor));
    }

    void noWarningWithoutWindows()
    {
        TimeWindowEditor editor;
        editor.setSiteTimeZone(zone("Europe/Berlin"));
        editor.setDateRange(QDate(2027, 3, 1), QDate(2027, 4, 30));
        editor.setWindows({});
        QCOMPARE(editor.dstWarning(), QString());
        QVERIFY(!labelShown(editor));
    }

    void followsZoneDatesAndWindowsLive()
    {
        TimeWindowEditor editor;
        editor.setSiteTimeZone(zone("UTC"));
        editor.setWindows({{1, 5}});
        editor.setDateRange(QDate(2027, 3, 1), QDate(2027, 4, 30));
        QVERIFY(editor.dstWarning().isEmpty());

        editor.setSiteTimeZone(zone("Europe/London")); // the engineer picks the site's zone
        QVERIFY2(editor.dstWarning().contains(u"Europe/London"_s), qPrintable(editor.dstWarning()));
        QVERIFY(labelShown(editor));

        QVERIFY(editor.applyPreset(u"nights-22-06"_s)); // new windows: the hours in the text follow
        QVERIFY(!editor.dstWarning().contains(u"01:00\u201305:00"_s));
        QVERIFY(!editor.dstWarning().isEmpty());

        editor.setDateRange(QDate(2027, 4, 1), QDate(2027, 4, 30)); // after the change
        QVERIFY(editor.dstWarning().isEmpty());
        QVERIFY(!labelShown(editor));

        editor.setDateRange(QDate(2027, 10, 1), QDate(2027, 11, 30)); // autumn change
        QVERIFY2(editor.dstWarning().contains(u"2027-10-31"_s), qPrintable(editor.dstWarning()));
        QVERIFY(labelShown(editor));
    }
};

QTEST_MAIN(TimeWindowEditorTest)
#include "TimeWindowEditorTest.moc"
