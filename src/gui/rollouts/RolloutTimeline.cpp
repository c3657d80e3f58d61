// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/rollouts/RolloutTimeline.h"

#include "core/DisplayFormat.h"
#include "core/TimeWindowList.h"
#include "gui/rollouts/RolloutText.h"
#include "workflow/RolloutAdvance.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

QString waveState(RolloutWaveRecord::State state)
{
    using S = RolloutWaveRecord::State;
    switch (state) {
    case S::Planned:
        return RolloutTimeline::tr("planned");
    case S::Creating:
        return RolloutTimeline::tr("being created");
    case S::Running:
        return RolloutTimeline::tr("running");
    case S::Ended:
        return RolloutTimeline::tr("ended, gate waits");
    case S::Passed:
        return RolloutTimeline::tr("gate passed");
    case S::Failed:
        return RolloutTimeline::tr("gate failed");
    case S::Approved:
        return RolloutTimeline::tr("next wave approved");
    }
    return {};
}

QString dates(const QJsonObject& request)
{
    const QDate start = QDate::fromString(request.value(u"startDate"_s).toString(), Qt::ISODate);
    const QDate end = QDate::fromString(request.value(u"endDate"_s).toString(), Qt::ISODate);
    if (!start.isValid())
        return {};
    return RolloutTimeline::tr("%1 – %2").arg(DisplayFormat::date(start), DisplayFormat::date(end));
}

void addGate(QTreeWidget* view, const RolloutRecord& r, const RolloutWaveRecord& w, bool last)
{
    if (last && !w.gate)
        return; // the last wave needs no gate
    auto* gate = new QTreeWidgetItem(view);
    gate->setData(0, RolloutTimeline::WaveRole, w.number);
    if (!w.gate) {
        gate->setText(0, RolloutTimeline::tr("Gate after wave %1").arg(w.number));
        gate->setText(RolloutTimeline::StateColumn, RolloutTimeline::tr("not read yet"));
        const RolloutGate g = r.plan.gateAfter(w.number - 1);
        if (g.soakSeconds > 0)
            gate->setToolTip(0, RolloutTimeline::tr("Read %Ln hour(s) after the wave ends.", "",
                                                    int(g.soakSeconds / 3600)));
        return;
    }
    const RolloutGateCheck& check = *w.gate;
    gate->setText(0, check.passed
                         ? RolloutTimeline::tr("Gate after wave %1: passed").arg(w.number)
                         : RolloutTimeline::tr("Gate after wave %1: FAILED").arg(w.number));
    gate->setText(RolloutTimeline::DevicesColumn, QString::number(check.total));
    gate->setText(RolloutTimeline::ProgressColumn,
                  RolloutTimeline::tr("%1 succeeded, %2 failed, %3 excluded, %4 not final")
                      .arg(check.succeeded)
                      .arg(check.failed)
                      .arg(check.excluded)
                      .arg(check.notFinal));
    gate->setText(RolloutTimeline::StateColumn,
                  check.passed ? RolloutTimeline::tr("passed") : RolloutTimeline::tr("failed"));
    for (const RolloutGateCheck::Figure& f : check.figures) {
        auto* figure = new QTreeWidgetItem(gate);
        figure->setText(
            0, (f.passed ? RolloutTimeline::tr("ok: %1") : RolloutTimeline::tr("FAILED: %1"))
                   .arg(RolloutText::figure(f)));
        figure->setFirstColumnSpanned(true);
        figure->setData(0, RolloutTimeline::WaveRole, w.number);
        if (!f.passed && !f.devices.isEmpty()) {
            auto* devices = new QTreeWidgetItem(figure);
            devices->setText(
                0, RolloutTimeline::tr("%Ln device(s) behind it: %1", "", int(f.devices.size()))
                       .arg(f.devices.mid(0, 5).join(u", "_s) +
                            (f.devices.size() > 5 ? u", …"_s : QString())));
            devices->setToolTip(0, f.devices.mid(0, 50).join(u'\n'));
            devices->setData(0, RolloutTimeline::WaveRole, w.number);
            devices->setFirstColumnSpanned(true);
        }
    }
    gate->setExpanded(true); // the figures it read, passed or not
    for (int i = 0; i < gate->childCount(); ++i)
        gate->child(i)->setExpanded(!check.passed); // the devices behind a failed figure
}

} // namespace

void RolloutTimeline::addBands(QTreeWidgetItem* waveItem, const RolloutRecord& r,
                               const RolloutWaveRecord& w)
{
    // A wave of several time-zone bands: one row a band, each opening its own campaign.
    const QList<RolloutBandCampaign> bands = r.bandsOf(w.number);
    if (bands.isEmpty())
        return;
    waveItem->setText(CampaignColumn, tr("one campaign per time-zone band (%1)").arg(bands.size()));
    for (const RolloutBandCampaign& b : bands) {
        auto* band = new QTreeWidgetItem(waveItem);
        band->setText(StepColumn, tr("Time zone %1").arg(b.label));
        band->setData(0, WaveRole, w.number);
        band->setData(0, CampaignRole, b.campaignId);
        band->setText(CampaignColumn,
                      b.campaignId.isEmpty() ? tr("not created yet") : b.campaignId);
        band->setText(DevicesColumn, QString::number(b.devices.size()));
        QList<TimeWindow> windows;
        for (const QJsonValue& v : b.request.value(u"campaignTimeWindowList"_s).toArray())
            windows << TimeWindow{v[u"startTime"_s].toInt(), v[u"endTime"_s].toInt()};
        // The band's dates and its UTC window (its local night converted).
        band->setText(DatesColumn,
                      u"%1, %2"_s.arg(dates(b.request), TimeWindowList::toDisplayString(windows)));
        if (!b.campaignId.isEmpty())
            band->setToolTip(CampaignColumn, tr("Enter or double-click opens the campaign."));
    }
    waveItem->setExpanded(true);
}

void RolloutTimeline::setUp(QTreeWidget* view)
{
    view->setColumnCount(ColumnCount);
    QStringList labels(ColumnCount);
    labels[StepColumn] = tr("Wave or gate");
    labels[StateColumn] = tr("State");
    labels[CampaignColumn] = tr("Campaign");
    labels[DevicesColumn] = tr("Devices");
    labels[ProgressColumn] = tr("Progress");
    labels[DatesColumn] = tr("Dates");
    view->setHeaderLabels(labels);
    view->setRootIsDecorated(true);
    view->setAllColumnsShowFocus(true);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The gate's figures and devices span the row: they do not widen the first column.
    view->header()->setSectionResizeMode(StepColumn, QHeaderView::Interactive);
    view->header()->resizeSection(StepColumn, 230);
    view->header()->setStretchLastSection(true);
}

void RolloutTimeline::fill(QTreeWidget* view, const RolloutRecord& r,
                           const QHash<int, WaveProgress>& progress)
{
    const int selected = view->currentItem() ? view->currentItem()->data(0, WaveRole).toInt() : 0;
    view->clear();
    const QList<int> order = RolloutAdvance::runOrder(r);
    for (qsizetype i = 0; i < order.size(); ++i) {
        const RolloutWaveRecord* w = r.wave(order.at(i));
        if (!w)
            continue;
        auto* item = new QTreeWidgetItem(view);
        item->setText(StepColumn, RolloutText::waveTitle(r, *w));
        item->setData(0, WaveRole, w->number);
        item->setText(CampaignColumn,
                      w->campaignId.isEmpty() ? tr("not created yet") : w->campaignId);
        item->setData(0, CampaignRole, w->campaignId);
        item->setText(DevicesColumn, QString::number(w->devices.size()));
        if (const auto p = progress.constFind(w->number); p != progress.constEnd()) {
            item->setText(ProgressColumn, tr("%1 of %2 final: %3 succeeded, %4 failed")
                                              .arg(p->finalCount)
                                              .arg(p->total)
                                              .arg(p->succeeded)
                                              .arg(p->failed));
        } else if (w->gate) {
            item->setText(ProgressColumn, tr("%1 succeeded, %2 failed")
                                              .arg(w->gate->succeeded)
                                              .arg(w->gate->failed + w->gate->excluded));
        }
        item->setText(DatesColumn, dates(w->request));
        QString state = waveState(w->state);
        if (const auto p = progress.constFind(w->number);
            p != progress.constEnd() && !p->campaignStatus.isEmpty())
            state += u" (%1)"_s.arg(p->campaignStatus);
        item->setText(StateColumn, state);
        item->setToolTip(StateColumn, state);
        if (!w->campaignId.isEmpty())
            item->setToolTip(CampaignColumn, tr("Enter or double-click opens the campaign."));
        if (w->number == selected)
            view->setCurrentItem(item);
        addBands(item, r, *w);
        addGate(view, r, *w, i == order.size() - 1);
    }
    if (!view->currentItem() && view->topLevelItemCount() > 0)
        view->setCurrentItem(view->topLevelItem(0));
}

const RolloutGateCheck::Figure* RolloutTimeline::heldFigure(const RolloutRecord& r, int* wave)
{
    if (r.state != RolloutRecord::State::Held)
        return nullptr;
    for (const RolloutWaveRecord& w : r.waves) {
        if (w.state == RolloutWaveRecord::State::Failed && w.gate) {
            if (const RolloutGateCheck::Figure* f = w.gate->firstFailed()) {
                *wave = w.number;
                return f;
            }
        }
    }
    return nullptr;
}

} // namespace fotadesk
