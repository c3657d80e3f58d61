// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/RolloutPlan.h"

#include "core/RolloutGateCheck.h"
#include "core/RolloutSplit.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPlan = R"({
  "name": "Meter 2.1",
  "firmware": {"name": "FW-A", "protocol": "lwm2m"},
  "devices": "devices.csv",
  "schedule": {"startDate": "2026-12-10", "durationDays": 3, "windows": ["1-5", "22-24"]},
  "waves": [{"name": "pilot", "count": 20}, {"percent": 25, "windows": ["2-4"]}, {"rest": true}],
  "gate": {"minFinalDevices": 10, "minSuccessPercent": 90, "maxFailurePercent": 5,
           "excludedReasons": ["device unreachable"], "soakHours": 24},
  "retryableReasons": ["battery too low"],
  "autoAdvance": false,
  "requireApproval": true
})";

QStringList devices(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << u"3520990000%1"_s.arg(i, 5, 10, QChar(u'0'));
    return out;
}

WaveDevice dev(const QString& id, const QString& status, const QString& reason = {})
{
    return {id, status, reason};
}

} // namespace

class RolloutPlanTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAFullPlan();
    void errorsSayWhereAndHow_data();
    void errorsSayWhereAndHow();
    void syntaxErrorHasLineAndColumn();
    void canonicalJsonRoundTripsAndHashChanges();
    void splitIsDeterministicAndComplete();
    void splitLeavesOutRefusedAndRefusesGaps();
    void gatePassesAndFailsWithFigures();
    void excludedReasonsCountNeither();
};

void RolloutPlanTest::parsesAFullPlan()
{
    const auto parsed = RolloutPlan::parse(kPlan, u"plan.json"_s);
    QVERIFY2(parsed.plan, qPrintable(parsed.errors.join(u'\n')));
    const RolloutPlan& p = *parsed.plan;
    QCOMPARE(p.name, u"Meter 2.1"_s);
    QCOMPARE(p.protocol, u"LWM2M"_s);
    QCOMPARE(p.waves.size(), 3);
    QCOMPARE(p.waves.at(0).count, 20);
    QCOMPARE(p.waves.at(1).percent, 25.0);
    QVERIFY(p.waves.at(2).rest);
    QCOMPARE(p.gate.soakSeconds, 24 * 3600);
    QVERIFY(!p.autoAdvance);
    QVERIFY(p.requireApproval);
    // A wave's own windows over the rollout's dates.
    const RolloutSchedule s = p.scheduleOf(1);
    QCOMPARE(s.windows->size(), 1);
    QCOMPARE(s.windows->first(), (TimeWindow{2, 4}));
    QCOMPARE(*s.durationDays, 3);
    QCOMPARE(p.campaignName(2), u"Meter 2.1 \u2014 wave 2"_s);
    QCOMPARE(p.waveLabel(0), u"pilot"_s);
    QCOMPARE(p.waveLabel(1), u"wave 2"_s);
}

void RolloutPlanTest::errorsSayWhereAndHow_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray base = R"("name": "x", "firmware": {"name": "F"}, "devices": "d.txt")";
    QTest::newRow("unknown member")
        << "{" + base + R"(, "waves": [{"rest": true}], "autoAdvnce": true})"
        << u"plan.json: autoAdvnce: is not a member"_s;
    QTest::newRow("two sizes") << "{" + base + R"(, "waves": [{"count": 2, "percent": 5}]})"
                               << u"plan.json: waves[0]: give exactly one of"_s;
    QTest::newRow("percent range") << "{" + base + R"(, "waves": [{"percent": 120}]})"
                                   << u"waves[0].percent: must be a number from 0.001 to 100"_s;
    QTest::newRow("rest not last") << "{" + base + R"(, "waves": [{"rest": true}, {"count": 1}]})"
                                   << u"waves[0].rest: only the last wave"_s;
    QTest::newRow("no waves") << "{" + base + "}" << u"waves: must be a list"_s;
    QTest::newRow("bad window") << "{" + base +
                                       R"(, "waves": [{"rest": true, "windows": ["5-1"]}]})"
                                << u"waves[0].windows: must be a list of UTC hour ranges"_s;
    QTest::newRow("gate member") << "{" + base +
                                        R"(, "waves": [{"rest": true}], "gate": {"minSucess": 9}})"
                                 << u"gate.minSucess: is not a member"_s;
    QTest::newRow("no firmware") << R"({"name": "x", "devices": "d", "waves": [{"rest": true}]})"_ba
                                 << u"firmware: is missing"_s;
}

void RolloutPlanTest::errorsSayWhereAndHow()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto parsed = RolloutPlan::parse(json, u"plan.json"_s);
    QVERIFY(!parsed.plan);
    QVERIFY2(parsed.errors.join(u'\n').contains(expected), qPrintable(parsed.errors.join(u'\n')));
}

void RolloutPlanTest::syntaxErrorHasLineAndColumn()
{
    const auto parsed = RolloutPlan::parse("{\n  \"name\": \"x\",\n  \"waves\" []\n}", u"p.json"_s);
    QVERIFY(!parsed.plan);
    QVERIFY2(parsed.errors.value(0).startsWith(u"p.json:3:"_s), qPrintable(parsed.errors.value(0)));
}

void RolloutPlanTest::canonicalJsonRoundTripsAndHashChanges()
{
    const RolloutPlan p = *RolloutPlan::parse(kPlan, u"plan.json"_s).plan;
    const QByteArray canonical = QJsonDocument(p.toJson()).toJson();
    const auto again = RolloutPlan::parse(canonical, u"canonical"_s);
    QVERIFY2(again.plan, qPrintable(again.errors.join(u'\n')));
    QCOMPARE(QJsonDocument(again.plan->toJson()).toJson(), canonical);
    const QStringList list = devices(10);
    QCOMPARE(again.plan->hash(list), p.hash(list));
    QCOMPARE(p.hash(list).size(), 64);
    RolloutPlan changed = p;
    changed.gate.maxFailurePercent = 6;
    QVERIFY(changed.hash(list) != p.hash(list));
    QVERIFY(p.hash(devices(11)) != p.hash(list));
}

void RolloutPlanTest::splitIsDeterministicAndComplete()
{
    const RolloutPlan p = *RolloutPlan::parse(kPlan, u"plan.json"_s).plan;
    const QStringList list = devices(100);
    const RolloutSplit s = RolloutSplit::split(p, list);
    QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
    QCOMPARE(s.waves.size(), 3);
    QCOMPARE(s.waves.at(0).size(), 20);
    QCOMPARE(s.waves.at(1).size(), 20); // 25 % of the 80 that remain
    QCOMPARE(s.waves.at(2).size(), 60);
    QStringList all;
    for (const QStringList& w : s.waves)
        all += w;
    QCOMPARE(all, list); // in order, none twice, none missing
    QCOMPARE(RolloutSplit::split(p, list).waves, s.waves);
    // A percentage of a few devices rounds up, never to zero.
    RolloutWave w;
    w.percent = 10;
    QCOMPARE(RolloutSplit::sizeOf(w, 3), 1);
    QCOMPARE(RolloutSplit::sizeOf(w, 0), 0);
}

void RolloutPlanTest::splitLeavesOutRefusedAndRefusesGaps()
{
    const RolloutPlan p = *RolloutPlan::parse(kPlan, u"plan.json"_s).plan;
    QStringList list = devices(30);
    const QSet<QString> refused{list.at(0), list.at(5)};
    list << list.at(3); // a duplicate counts once
    const RolloutSplit s = RolloutSplit::split(p, list, refused);
    QVERIFY(s.errors.isEmpty());
    QSet<QString> seen;
    qsizetype n = 0;
    for (const QStringList& w : s.waves) {
        for (const QString& id : w) {
            QVERIFY(!refused.contains(id));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            ++n;
        }
    }
    QCOMPARE(n, 28);

    RolloutPlan gaps = p;
    gaps.waves.removeLast(); // 20 + 25 % leave devices in no wave
    const RolloutSplit g = RolloutSplit::split(gaps, devices(100));
    QVERIFY(g.waves.isEmpty());
    QVERIFY2(g.errors.join(u' ').contains(u"60 devices would be in no wave"_s),
             qPrintable(g.errors.join(u' ')));
    RolloutPlan empty = p;
    empty.waves.insert(2, empty.waves.at(2)); // a wave after "rest"-like coverage
    empty.waves[1] = RolloutWave{{}, 1000, {}, false, {}, {}};
    const RolloutSplit e = RolloutSplit::split(empty, devices(30));
    QVERIFY2(e.errors.join(u' ').contains(u"wave 3 would be empty"_s),
             qPrintable(e.errors.join(u' ')));
}

void RolloutPlanTest::gatePassesAndFailsWithFigures()
{
    RolloutGate gate;
    gate.minFinalDevices = 4;
    gate.minSuccessPercent = 75;
    gate.maxFailurePercent = 25;
    QList<WaveDevice> wave{dev(u"1"_s, u"UpgradeSuccess"_s), dev(u"2"_s, u"UpgradeSuccess"_s),
                           dev(u"3"_s, u"UpgradeSuccess"_s),
                           dev(u"4"_s, u"UpgradeFailed"_s, u"Install failed: battery too low"_s),
                           dev(u"5"_s, u"UpgradePending"_s)};
    RolloutGateCheck c = RolloutGateCheck::evaluate(gate, wave);
    QVERIFY(c.passed);
    QCOMPARE(c.succeeded, 3);
    QCOMPARE(c.failed, 1);
    QCOMPARE(c.notFinal, 1);
    QCOMPARE(*c.figures.at(1).actual, 75.0);

    wave[2] = dev(u"3"_s, u"UpgradeFailed"_s, u"Device rejected the firmware package"_s);
    c = RolloutGateCheck::evaluate(gate, wave);
    QVERIFY(!c.passed);
    const auto* failed = c.firstFailed();
    QVERIFY(failed);
    QCOMPARE(failed->code, u"minSuccessPercent"_s);
    QCOMPARE(*failed->actual, 50.0);
    QCOMPARE(failed->devices, (QStringList{u"3"_s, u"4"_s}));
    QVERIFY(RolloutGateCheck::describe(*failed).contains(u"success rate: 50.0 %"_s));
    // Stored and read back unchanged.
    const RolloutGateCheck back = RolloutGateCheck::fromJson(c.toJson());
    QCOMPARE(back.toJson(), c.toJson());

    gate.minFinalDevices = 5; // one is still pending
    c = RolloutGateCheck::evaluate(gate, wave);
    QCOMPARE(c.firstFailed()->code, u"minFinalDevices"_s);
    QCOMPARE(c.firstFailed()->devices, QStringList{u"5"_s});
}

void RolloutPlanTest::excludedReasonsCountNeither()
{
    RolloutGate gate;
    gate.maxFailurePercent = 10;
    gate.excludedReasons = {u"DEVICE UNREACHABLE"_s};
    const QList<WaveDevice> wave{
        dev(u"1"_s, u"UpgradeSuccess"_s), dev(u"2"_s, u"UpgradeSuccess"_s),
        dev(u"3"_s, u"UpgradeFailed"_s, u"Download failed: device unreachable"_s)};
    RolloutGateCheck c = RolloutGateCheck::evaluate(gate, wave);
    QVERIFY(c.passed);
    QCOMPARE(c.excluded, 1);
    QCOMPARE(*c.figures.first().actual, 0.0);
    gate.excludedReasons.clear();
    c = RolloutGateCheck::evaluate(gate, wave);
    QVERIFY(!c.passed);
    QCOMPARE(c.firstFailed()->devices, QStringList{u"3"_s});
    // Nothing countable: the figure cannot be read, and the gate does not pass on it.
    gate.excludedReasons = {u"unreachable"_s};
    c = RolloutGateCheck::evaluate(gate, {wave.at(2)});
    QVERIFY(!c.passed);
    QVERIFY(!c.figures.first().actual);
}

QTEST_GUILESS_MAIN(RolloutPlanTest)
#include "RolloutPlanTest.moc"
