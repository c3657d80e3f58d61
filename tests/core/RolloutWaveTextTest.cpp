// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/RolloutWaveText.h"

#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

class RolloutWaveTextTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pilotPercentRest()
    {
        const RolloutWaveText t = RolloutWaveText::parse(u"pilot 5, 50 %, rest"_s);
        QVERIFY2(t.errors.isEmpty(), qPrintable(t.errors.join(u'\n')));
        QCOMPARE(t.waves.size(), 3);
        QCOMPARE(t.waves.at(0).name, u"pilot"_s);
        QCOMPARE(t.waves.at(0).count, std::optional<qint64>(5));
        QCOMPARE(t.waves.at(1).percent, std::optional<double>(50));
        QVERIFY(!t.waves.at(1).count);
        QVERIFY(t.waves.at(2).rest);
        QVERIFY(t.waves.at(2).name.isEmpty());
    }

    void ownDatesAndSeparators()
    {
        const RolloutWaveText t =
            RolloutWaveText::parse(u"early birds 20 from 2026-12-10 3 days; 12.5%\nRest,"_s);
        QVERIFY2(t.errors.isEmpty(), qPrintable(t.errors.join(u'\n')));
        QCOMPARE(t.waves.size(), 3);
        QCOMPARE(t.waves.at(0).name, u"early birds"_s);
        QCOMPARE(t.waves.at(0).count, std::optional<qint64>(20));
        QCOMPARE(t.waves.at(0).schedule.startDate, std::optional<QDate>(QDate(2026, 12, 10)));
        QCOMPARE(t.waves.at(0).schedule.durationDays, std::optional<int>(3));
        QCOMPARE(t.waves.at(1).percent, std::optional<double>(12.5));
        QVERIFY(t.waves.at(2).rest);
        // format() reads back as the same waves.
        const RolloutWaveText again = RolloutWaveText::parse(RolloutWaveText::format(t.waves));
        QVERIFY(again.errors.isEmpty());
        QCOMPARE(again.waves.size(), 3);
        QCOMPARE(again.waves.at(0).schedule.startDate, t.waves.at(0).schedule.startDate);
        QCOMPARE(again.waves.at(1).percent, t.waves.at(1).percent);
    }

    void errorsNameTheWaveAndTheFix_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no size") << u"pilot"_s << u"Wave 1 (\"pilot\"): give its size"_s;
        QTest::newRow("two sizes") << u"pilot 5 10 %"_s << u"give one size only"_s;
        QTest::newRow("rest first") << u"rest, 5"_s << u"only the last wave can take the rest"_s;
        QTest::newRow("percent") << u"150 %"_s << u"at most 100"_s;
        QTest::newRow("zero") << u"0, rest"_s << u"at least 1"_s;
        QTest::newRow("date") << u"5 from 2026-02-30"_s << u"write it as 2026-12-24"_s;
        QTest::newRow("empty wave") << u"5,,rest"_s << u"Wave 2 is empty"_s;
        QTest::newRow("nothing") << u" "_s << u"Give at least one wave"_s;
    }
    void errorsNameTheWaveAndTheFix()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const RolloutWaveText t = RolloutWaveText::parse(text);
        QVERIFY(t.waves.isEmpty());
        QVERIFY2(t.errors.join(u'\n').contains(expected), qPrintable(t.errors.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(RolloutWaveTextTest)
#include "RolloutWaveTextTest.moc"
