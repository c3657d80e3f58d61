// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Rollouts page's timeline for a wave sent as one campaign per time-zone band: a row per
// band under the wave's row, each with its campaign, devices and UTC window, each opening its
// own campaign; a wave of one campaign keeps its single row. The app's plan review lists each
// band's request with its daylight-saving shifts.

#include "gui/rollouts/RolloutPlanDialog.h"
#include "gui/rollouts/RolloutTimeline.h"

#include <QApplication>
#include <QJsonArray>
#include <QTest>
#include <QTreeWidget>

using namespace fotadesk;
using namespace Qt::StringLiterals;

class RolloutTimelineBandsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bandsAreRowsUnderTheirWave();
    void planReviewShowsEachBandAndItsDaylightSaving();
};

void RolloutTimelineBandsTest::bandsAreRowsUnderTheirWave()
{
    const auto parsed = RolloutPlan::parse(
        R"({"name": "Z", "firmware": {"name": "FW"}, "devices": "d.csv",
            "schedule": {"localWindows": ["1-5"]}, "waves": [{"count": 2}, {"rest": true}]})",
        u"plan.json"_s);
    QVERIFY(parsed.plan);
    RolloutRecord r;
    r.plan = *parsed.plan;
    RolloutWaveRecord first{
        1, 0, {u"1"_s, u"2"_s}, RolloutWaveRecord::State::Running, {}, u"c-ny"_s, {}, {}};
    RolloutWaveRecord second{2, 0, {u"3"_s}, RolloutWaveRecord::State::Planned, {}, {}, {}, {}};
    r.waves << first << second;
    const auto request = [](int start, int end) {
        return QJsonObject{{u"startDate"_s, u"2027-01-10"_s},
                           {u"endDate"_s, u"2027-01-13"_s},
                           {u"campaignTimeWindowList"_s,
                            QJsonArray{QJsonObject{{u"startTime"_s, start}, {u"endTime"_s, end}}}}};
    };
    r.bandCampaigns << RolloutBandCampaign{1,        0, u"UTC-05:00"_s, {u"1"_s}, request(6, 10),
                                           u"c-ny"_s}
                    << RolloutBandCampaign{
                           1, 1, u"UTC+09:00"_s, {u"2"_s}, request(16, 20), u"c-tokyo"_s};

    QTreeWidget view;
    RolloutTimeline::setUp(&view);
    RolloutTimeline::fill(&view, r, {});
    QTreeWidgetItem* wave1 = view.topLevelItem(0);
    QVERIFY(wave1);
    QCOMPARE(wave1->text(RolloutTimeline::CampaignColumn),
             u"one campaign per time-zone band (2)"_s);
    QCOMPARE(wave1->childCount(), 2);
    QTreeWidgetItem* tokyo = wave1->child(1);
    QCOMPARE(tokyo->text(RolloutTimeline::StepColumn), u"Time zone UTC+09:00"_s);
    QCOMPARE(tokyo->text(RolloutTimeline::CampaignColumn), u"c-tokyo"_s);
    QCOMPARE(tokyo->data(0, RolloutTimeline::CampaignRole).toString(), u"c-tokyo"_s);
    QCOMPARE(tokyo->data(0, RolloutTimeline::WaveRole).toInt(), 1);
    QCOMPARE(tokyo->text(RolloutTimeline::DevicesColumn), u"1"_s);
    QVERIFY2(tokyo->text(RolloutTimeline::DatesColumn).endsWith(u", 16:00–20:00 UTC"_s),
             qPrintable(tokyo->text(RolloutTimeline::DatesColumn)));
    QVERIFY(wave1->isExpanded());
    // Wave 2 has no bands journaled yet: its row alone (its gate rows aside), no campaigns.
    QTreeWidgetItem* wave2 = nullptr;
    for (int i = 1; i < view.topLevelItemCount(); ++i) {
        if (view.topLevelItem(i)->data(0, RolloutTimeline::WaveRole).toInt() == 2 &&
            view.topLevelItem(i)->data(0, RolloutTimeline::CampaignRole).isValid())
            wave2 = view.topLevelItem(i);
    }
    QVERIFY(wave2);
    for (int i = 0; i < wave2->childCount(); ++i)
        QVERIFY(!wave2->child(i)->text(RolloutTimeline::StepColumn).startsWith(u"Time zone"_s));
}

void RolloutTimelineBandsTest::planReviewShowsEachBandAndItsDaylightSaving()
{
    // Berlin changes to summer time on 29 March 2026, within the wave's dates.
    const auto parsed = RolloutPlan::parse(
        R"({"name": "Z", "firmware": {"name": "FW"}, "devices": "d.csv",
            "schedule": {"startDate": "2026-03-27", "durationDays": 5, "localWindows": ["1-5"]},
            "waves": [{"rest": true}]})",
        u"plan.json"_s);
    QVERIFY(parsed.plan);
    RolloutRecord r;
    r.plan = *parsed.plan;
    r.waves << RolloutWaveRecord{1, 0, {u"1"_s, u"2"_s}, {}, {}, {}, {}, {}};
    r.deviceZones = {{u"1"_s, u"Europe/Berlin"_s}, {u"2"_s, u"Asia/Tokyo"_s}};
    const QString text = RolloutPlanDialog::review(r, QDate(2026, 3, 1));
    QVERIFY2(text.contains(u"  Time zone UTC+01:00/+02:00 (Europe/Berlin):"_s), qPrintable(text));
    QVERIFY2(text.contains(u"  Time zone UTC+09:00 (Asia/Tokyo):"_s), qPrintable(text));
    QVERIFY2(text.contains(u"daylight-saving time in Europe/Berlin"_s), qPrintable(text));
    QVERIFY2(text.contains(u"\"campaignName\": \"Z \u2014 wave 1 (UTC+09:00)\""_s),
             qPrintable(text));
}

QTEST_MAIN(RolloutTimelineBandsTest)
#include "RolloutTimelineBandsTest.moc"
