// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// CampaignStatusHistoryChart: the time axis says the day once when every snapshot is of the
// same local day (its labels are times), and date and time on each label across days; one
// point per snapshot and group.

#include "gui/campaign/CampaignStatusHistoryChart.h"

#include "core/DisplayFormat.h"
#include "core/StatusGroup.h"
#include "store/StatusSnapshot.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

class CampaignStatusHistoryChartTest final : public QObject
{
    Q_OBJECT

    static StatusSnapshot snapshot(const QDateTime& localTime, qint64 pending, qint64 succeeded)
    {
        StatusSnapshot s;
        s.takenUtc = localTime.toUTC();
        s.groupCounts[std::size_t(StatusGroup::Pending)] = pending;
        s.groupCounts[std::size_t(StatusGroup::Succeeded)] = succeeded;
        s.total = pending + succeeded;
        return s;
    }

    static QDateTimeAxis* timeAxis(CampaignStatusHistoryChart& chart)
    {
        const auto axes = chart.chart()->axes(Qt::Horizontal);
        return axes.isEmpty() ? nullptr : qobject_cast<QDateTimeAxis*>(axes.first());
    }

private Q_SLOTS:
    void oneDayIsSaidOnceInTheTitle()
    {
        const QDate day(2026, 12, 5);
        CampaignStatusHistoryChart chart;
        chart.setHistory({snapshot(QDateTime(day, QTime(9, 0)), 10, 0),
                          snapshot(QDateTime(day, QTime(13, 0)), 4, 6),
                          snapshot(QDateTime(day, QTime(18, 30)), 0, 10)});
        QCOMPARE(chart.pointCount(), 3);
        QDateTimeAxis* axis = timeAxis(chart);
        QVERIFY(axis);
        QCOMPARE(axis->format(), DisplayFormat::timeFormat(DisplayFormat::Seconds::Hide));
        QVERIFY2(axis->titleText().contains(DisplayFormat::date(day)),
                 qPrintable(axis->titleText()));
    }

    void severalDaysShowDateAndTimeOnEachLabel()
    {
        CampaignStatusHistoryChart chart;
        chart.setHistory({snapshot(QDateTime(QDate(2026, 12, 5), QTime(9, 0)), 10, 0),
                          snapshot(QDateTime(QDate(2026, 12, 7), QTime(9, 0)), 0, 10)});
        QDateTimeAxis* axis = timeAxis(chart);
        QVERIFY(axis);
        QCOMPARE(axis->format(), DisplayFormat::dateFormat() + u' ' +
                                     DisplayFormat::timeFormat(DisplayFormat::Seconds::Hide));
        QVERIFY(!axis->titleText().contains(DisplayFormat::date(QDate(2026, 12, 5))));
    }
};

QTEST_MAIN(CampaignStatusHistoryChartTest)
#include "CampaignStatusHistoryChartTest.moc"
