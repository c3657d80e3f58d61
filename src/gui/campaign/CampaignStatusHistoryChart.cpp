// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/campaign/CampaignStatusHistoryChart.h"

#include "core/DisplayFormat.h"
#include "core/StatusGroup.h"
#include "models/StatusGroupStyle.h"
#include "store/StatusSnapshot.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk {

CampaignStatusHistoryChart::CampaignStatusHistoryChart(QWidget* parent)
    // QChartView(QWidget*) makes a default chart that setChart() would release but
    // never delete (a whole leaked QChart per view, found by LeakSanitizer): give
    // the view its one chart up front; the view owns and deletes it.
    : QChartView(new QChart, parent)
    , m_chart(chart())
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setLocale(QLocale()); // month and AM/PM names of the user's language
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(240, 160);
    setAccessibleName(tr("Progress over time"));
    setHistory({});
}

CampaignStatusHistoryChart::~CampaignStatusHistoryChart() = default;

void CampaignStatusHistoryChart::setHistory(const QList<StatusSnapshot>& history)
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_points = int(history.size());
    if (history.size() < 2) {
        m_chart->setTitle(history.isEmpty()
                              ? tr("Progress over time: no snapshot yet")
                              : tr("Progress over time: one snapshot so far — each refresh adds "
                                   "one"));
    } else {
        m_chart->setTitle(tr("Progress over time (%Ln snapshot(s))", nullptr, int(history.size())));
    }

    auto* xAxis = new QDateTimeAxis;
    auto* yAxis = new QValueAxis;
    yAxis->setLabelFormat(u"%d"_s);
    yAxis->setTitleText(tr("Devices"));
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);

    qint64 maxCount = 1;
    qint64 first = 0;
    qint64 last = 0;
    for (StatusGroup group : StatusGroupStyle::groups()) {
        bool any = false;
        for (const StatusSnapshot& s : history)
            any = any || s.count(group) > 0;
        if (!any)
            continue;
        auto* series = new QLineSeries;
        series->setName(StatusClassifier::groupLabel(group));
        QPen pen(StatusGroupStyle::color(group));
        pen.setWidthF(2.0);
        series->setPen(pen);
        series->setPointsVisible(true);
        for (const StatusSnapshot& s : history) {
            const qint64 x = s.takenUtc.toMSecsSinceEpoch();
            series->append(qreal(x), qreal(s.count(group)));
            maxCount = std::max(maxCount, s.count(group));
            first = first == 0 ? x : std::min(first, x);
            last = std::max(last, x);
        }
        m_chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    if (first == 0) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        first = now.toMSecsSinceEpoch() - 3600 * 1000;
        last = now.toMSecsSinceEpoch();
    }
    if (last - first < 60 * 1000) {
        first -= 30 * 60 * 1000;
        last += 30 * 60 * 1000;
    }
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(first);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(last);
    // In the user's locale, as every other date of the app; the axis shows local time. Within
    // one day the labels are times and the day is said once, in the title: four date-times did
    // not fit a narrow chart ("05.12.2026…" four times).
    const QString time = DisplayFormat::timeFormat(DisplayFormat::Seconds::Hide);
    if (from.date() == to.date()) {
        xAxis->setFormat(time);
        xAxis->setTitleText(tr("Snapshot time (local, %1)").arg(DisplayFormat::date(from.date())));
    } else {
        xAxis->setFormat(DisplayFormat::dateFormat() + u' ' + time);
        xAxis->setTitleText(tr("Snapshot time (local)"));
    }
    xAxis->setRange(from, to);
    xAxis->setTickCount(4);
    yAxis->setRange(0, qreal(maxCount) * 1.1);
    yAxis->applyNiceNumbers();
}

} // namespace fotadesk
