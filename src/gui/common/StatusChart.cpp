// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/common/StatusChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

/// The smallest of 1, 2, 5, 10, 20, 50, ... that divides [0, max] into at most 5 steps.
qint64 niceStep(qint64 max)
{
    for (qint64 base = 1;; base *= 10) {
        for (qint64 m : {1, 2, 5}) {
            if (max <= 5 * base * m)
                return base * m;
        }
    }
}

} // namespace

StatusChart::StatusChart(Style style, QWidget* parent)
    // QChartView(QWidget*) makes a default chart that setChart() would release but
    // never delete (a whole leaked QChart per view, found by LeakSanitizer): give
    // the view its one chart up front; the view owns and deletes it.
    : QChartView(new QChart, parent)
    , m_style(style)
    , m_chart(chart())
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(style == Style::Donut ? Qt::AlignRight : Qt::AlignBottom);
    m_chart->legend()->setVisible(style == Style::Donut);
    QFont legendFont = m_chart->legend()->font();
    legendFont.setPointSizeF(std::max(7.0, legendFont.pointSizeF() * 0.9));
    m_chart->legend()->setFont(legendFont);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(240, 160);
    // The series and axes come with the first entries (setEntries): an empty chart shows its
    // title alone, and the overview's window maps without building them (bench/cold_start).
}

StatusChart::~StatusChart() = default;

void StatusChart::setTitle(const QString& title)
{
    m_chart->setTitle(title);
    setAccessibleName(title);
}

qint64 StatusChart::total() const
{
    qint64 sum = 0;
    for (const Entry& e : m_entries)
        sum += e.count;
    return sum;
}

void StatusChart::setEntries(const QList<Entry>& entries)
{
    if (entries == m_entries && (m_pie || m_bars))
        return;
    bool sameShape = entries.size() == m_entries.size();
    for (qsizetype i = 0; sameShape && i < entries.size(); ++i) {
        sameShape = entries[i].label == m_entries[i].label &&
                    entries[i].group == m_entries[i].group &&
                    (m_style == Style::Bars || (entries[i].count > 0) == (m_entries[i].count > 0));
    }
    m_entries = entries;
    if (sameShape && (m_pie || m_bars))
        updateValues();
    else
        rebuild();
}

QString StatusChart::sliceLabel(const Entry& entry, qint64 total) const
{
    const QLocale locale;
    const double share = total > 0 ? 100.0 * double(entry.count) / double(total) : 0.0;
    return tr("%1 %2 · %3%")
        .arg(entry.label, locale.toString(entry.count), locale.toString(share, 'f', 1));
}

void StatusChart::rebuild()
{
    m_chart->removeAllSeries(); // deletes them
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis);
    delete m_categoryAxis;
    delete m_valueAxis;
    m_categoryAxis = nullptr;
    m_valueAxis = nullptr;
    m_pie = nullptr;
    m_bars = nullptr;

    const qint64 sum = total();
    if (m_style == Style::Donut) {
        m_pie = new QPieSeries;
        m_pie->setHoleSize(0.45);
        m_pie->setPieSize(0.9);
        for (const Entry& e : std::as_const(m_entries)) {
            if (e.count <= 0)
                continue;
            auto* slice = m_pie->append(sliceLabel(e, sum), qreal(e.count));
            const QColor c = StatusGroupStyle::color(e.group);
            slice->setColor(c);
            slice->setBorderColor(c.darker(115));
            slice->setLabelVisible(false);
        }
        m_chart->addSeries(m_pie);
        if (m_pie->count() == 0) {
            // An empty donut: one grey ring that says "nothing yet".
            auto* slice = m_pie->append(tr("No devices yet"), 1);
            slice->setColor(QColor(0xd0, 0xd0, 0xd0));
        }
        return;
    }

    m_bars = new QHorizontalStackedBarSeries;
    m_bars->setBarWidth(0.7);
    m_categoryAxis = new QBarCategoryAxis;
    m_valueAxis = new QValueAxis;
    m_valueAxis->setLabelFormat(u"%d"_s);
    QStringList categories;
    QList<StatusGroup> groupsPresent;
    for (const Entry& e : std::as_const(m_entries)) {
        categories.append(e.label);
        if (!groupsPresent.contains(e.group))
            groupsPresent.append(e.group);
    }
    for (StatusGroup g : std::as_const(groupsPresent)) {
        auto* set = new QBarSet(StatusClassifier::groupLabel(g));
        set->setColor(StatusGroupStyle::color(g));
        set->setBorderColor(StatusGroupStyle::color(g).darker(115));
        for (const Entry& e : std::as_const(m_entries))
            set->append(e.group == g ? qreal(e.count) : 0.0);
        m_bars->append(set);
    }
    m_bars->setLabelsVisible(true);
    m_bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_bars->setLabelsFormat(u"@value"_s);
    m_chart->addSeries(m_bars);
    m_categoryAxis->append(categories);
    QFont small = m_categoryAxis->labelsFont();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    m_categoryAxis->setLabelsFont(small);
    m_chart->addAxis(m_categoryAxis, Qt::AlignLeft);
    m_chart->addAxis(m_valueAxis, Qt::AlignBottom);
    m_bars->attachAxis(m_categoryAxis);
    m_bars->attachAxis(m_valueAxis);
    updateValues();
}

void StatusChart::updateValues()
{
    const qint64 sum = total();
    if (m_pie) {
        int slice = 0;
        const auto slices = m_pie->slices();
        for (const Entry& e : std::as_const(m_entries)) {
            if (e.count <= 0)
                continue;
            if (slice < slices.size()) {
                slices[slice]->setValue(qreal(e.count));
                slices[slice]->setLabel(sliceLabel(e, sum));
            }
            ++slice;
        }
        return;
    }
    if (!m_bars)
        return;
    qint64 max = 0;
    const auto sets = m_bars->barSets();
    for (QBarSet* set : sets) {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            const Entry& e = m_entries[i];
            const bool mine = set->label() == StatusClassifier::groupLabel(e.group);
            const qreal v = mine ? qreal(e.count) : 0.0;
            if (set->at(int(i)) != v)
                set->replace(int(i), v);
        }
    }
    for (const Entry& e : std::as_const(m_entries))
        max = std::max(max, e.count);
    // Whole numbers on the axis: a round maximum and at most 6 ticks.
    qint64 top = std::max<qint64>(max, 1);
    const qint64 step = niceStep(top);
    top = ((top + step - 1) / step) * step;
    m_valueAxis->setRange(0, qreal(top));
    m_valueAxis->setTickCount(int(top / step) + 1);
}

void StatusChart::renderTo(QPainter* painter, const QRectF& target)
{
    // Lay the chart out at a logical size with the target's aspect ratio, render the scene
    // into the target (vector output on a PDF), then put the chart back.
    const QRectF oldGeometry = m_chart->geometry();
    const qreal logicalWidth = 640.0;
    const qreal logicalHeight =
        target.width() > 0 ? logicalWidth * target.height() / target.width() : 360.0;
    const QRectF logical(0, 0, logicalWidth, logicalHeight);
    m_chart->setGeometry(logical);
    m_chart->layout()->activate();
    scene()->render(painter, target, m_chart->mapRectToScene(logical), Qt::KeepAspectRatio);
    m_chart->setGeometry(oldGeometry);
}

} // namespace fotadesk
