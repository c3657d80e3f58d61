// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// ImeiRangePlanner (pure): the ranges after a first page cover every remaining
// key exactly once (read with the report's cursor semantics, they give back the
// rest of the report: no gap, no overlap), bounds are contiguous 15-digit keys,
// a dense report is cut so that no range needs more requests than an even share,
// and unusable input gives one open range (sequential paging).

#include "api/ImeiRangePlanner.h"

#include <QTest>

#include <algorithm>
#include <vector>

using namespace fotadesk;
using namespace Qt::StringLiterals;

namespace {

using Keys = std::vector<quint64>;

/// A deterministic key set: `count` keys from `start`, `spacing` apart, with up to
/// `jitter` added to each gap (a simple LCG), kept below fifteen nines.
Keys makeKeys(quint64 start, qint64 count, quint64 spacing, quint64 jitter, quint64 seed = 7)
{
    Keys keys;
    keys.reserve(std::size_t(count));
    quint64 key = start;
    quint64 state = seed;
    for (qint64 i = 0; i < count && key <= ImeiRangePlanner::MaxKey; ++i) {
        keys.push_back(key);
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        key += spacing + (jitter ? (state >> 33) % (jitter + 1) : 0);
    }
    return keys;
}

QString text(quint64 key)
{
    return ImeiRangePlanner::keyText(key);
}

struct ReadResult
{
    Keys keys;
    int maxRequests = 0;
};

/// Reads the ranges as the pager does: a page is the next `pageSize` keys above the
/// cursor; the part beyond the range's upper bound is dropped and ends the range.
ReadResult readRanges(const Keys& all, const QList<ImeiRange>& plan, int pageSize)
{
    ReadResult result;
    for (const ImeiRange& range : plan) {
        bool ok = false;
        quint64 cursor = ImeiRangePlanner::keyValue(range.lowerCursor, &ok);
        Q_ASSERT(ok);
        const bool open = range.upperInclusive.isEmpty();
        const quint64 upper = open ? 0 : ImeiRangePlanner::keyValue(range.upperInclusive, &ok);
        int requests = 0;
        for (;;) {
            ++requests;
            auto it = std::upper_bound(all.begin(), all.end(), cursor);
            const auto end = it + std::min<std::ptrdiff_t>(pageSize, all.end() - it);
            const bool more = end != all.end();
            bool passed = false;
            for (; it != end; ++it) {
                if (!open && *it > upper) {
                    passed = true;
                    break;
                }
                result.keys.push_back(*it);
                cursor = *it;
            }
            if (passed || !more || (!open && cursor >= upper))
                break;
        }
        result.maxRequests = std::max(result.maxRequests, requests);
    }
    return result;
}

} // namespace

class ImeiRangePlannerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coversTheRestExactlyOnce_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<int>("minRanges");
        QTest::addColumn<int>("maxRequests"); // per range; 0: not bounded (uneven key space)
        // kind 0: one dense TAC (consecutive serials: spacing 10 +- check digit)
        // kind 1: random gaps; kind 2: 20% in one TAC, 80% in another far above;
        // kind 3: dense, beginning with 0; kind 4: dense near fifteen nines
        QTest::newRow("dense 100k, 6 at once") << 0 << qint64(100'000) << 6 << 6 << 17;
        QTest::newRow("dense 100k, 8 at once") << 0 << qint64(100'000) << 8 << 8 << 13;
        QTest::newRow("dense 10k, 6 at once") << 0 << qint64(10'000) << 6 << 4 << 2;
        QTest::newRow("dense 2,500, 6 at once") << 0 << qint64(2'500) << 6 << 2 << 1;
        QTest::newRow("random gaps 50k") << 1 << qint64(50'000) << 6 << 6 << 0;
        QTest::newRow("two TACs 30k") << 2 << qint64(30'000) << 6 << 2 << 0;
        QTest::newRow("leading zero 20k") << 3 << qint64(20'000) << 6 << 6 << 4;
        QTest::newRow("near the top 30k") << 4 << qint64(30'000) << 6 << 1 << 0;
    }
    void coversTheRestExactlyOnce()
    {
        QFETCH(int, kind);
        QFETCH(qint64, total);
        QFETCH(int, concurrency);
        QFETCH(int, minRanges);
        QFETCH(int, maxRequests);
        const int pageSize = 1000;
        Keys all;
        switch (kind) {
        case 0:
            all = makeKeys(864276990000003ULL, total, 9, 2);
            break;
        case 1:
            all = makeKeys(352000000000000ULL, total, 1, 40'000);
            break;
        case 2: {
            all = makeKeys(356938035600000ULL, total / 5, 10, 0);
            const Keys high = makeKeys(864276990000003ULL, total - total / 5, 10, 0);
            all.insert(all.end(), high.begin(), high.end());
            break;
        }
        case 3:
            all = makeKeys(10000000000000ULL, total, 10, 0);
            break;
        default:
            all = makeKeys(ImeiRangePlanner::MaxKey - quint64(total) * 10 + 50, total, 10, 0);
            break;
        }
        total = qint64(all.size());
        QStringList firstPage;
        for (int i = 0; i < pageSize; ++i)
            firstPage << text(all[std::size_t(i)]);

        const QList<ImeiRange> plan =
            ImeiRangePlanner::plan({firstPage, total, pageSize, concurrency});
        QVERIFY2(plan.size() >= minRanges, qPrintable(QString::number(plan.size())));
        QVERIFY(plan.size() <= concurrency + 1);
        QCOMPARE(plan.constFirst().lowerCursor, firstPage.constLast());
        QVERIFY(plan.constLast().upperInclusive.isEmpty());
        for (qsizetype i = 0; i + 1 < plan.size(); ++i) {
            QCOMPARE(plan.at(i).upperInclusive.size(), 15);
            QCOMPARE(plan.at(i + 1).lowerCursor, plan.at(i).upperInclusive);
            QVERIFY(plan.at(i).lowerCursor < plan.at(i).upperInclusive);
        }

        const ReadResult read = readRanges(all, plan, pageSize);
        const Keys rest(all.begin() + pageSize, all.end());
        QCOMPARE(read.keys.size(), rest.size());
        QVERIFY(read.keys == rest); // in range order = key order: no gap, no overlap
        if (maxRequests > 0)
            QVERIFY2(read.maxRequests <= maxRequests,
                     qPrintable(u"a range needed %1 requests"_s.arg(read.maxRequests)));
    }

    void oneOpenRangeWhenNotWorthSplitting_data()
    {
        QTest::addColumn<QStringList>("firstPage");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("concurrency");
        const QStringList dense{u"864276990000003"_s, u"864276990000011"_s, u"864276990000029"_s};
        QTest::newRow("total unknown") << dense << qint64(-1) << 6;
        QTest::newRow("one page left") << dense << qint64(3 + 3) << 6;
        QTest::newRow("one request at a time") << dense << qint64(100'000) << 1;
        QTest::newRow("one id") << QStringList{u"864276990000003"_s} << qint64(100'000) << 6;
        QTest::newRow("not numeric") << QStringList{u"abc"_s, u"abd"_s} << qint64(100'000) << 6;
        QTest::newRow("16 digits")
            << QStringList{u"1"_s, u"8642769900000031"_s} << qint64(100'000) << 6;
        QTest::newRow("decreasing")
            << QStringList{u"864276990000029"_s, u"864276990000003"_s} << qint64(100'000) << 6;
    }
    void oneOpenRangeWhenNotWorthSplitting()
    {
        QFETCH(QStringList, firstPage);
        QFETCH(qint64, total);
        QFETCH(int, concurrency);
        const QList<ImeiRange> plan =
            ImeiRangePlanner::plan({firstPage, total, int(firstPage.size()), concurrency});
        QCOMPARE(plan.size(), 1);
        QCOMPARE(plan.constFirst().lowerCursor, firstPage.constLast());
        QVERIFY(plan.constFirst().upperInclusive.isEmpty());
    }

    void keyText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("padded");
        QTest::newRow("imei") << u"864276990000003"_s << true << u"864276990000003"_s;
        QTest::newRow("zero") << u"0"_s << true << u"000000000000000"_s;
        QTest::newRow("leading zero") << u"010000000000009"_s << true << u"010000000000009"_s;
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("16 digits") << u"1234567890123456"_s << false << QString();
        QTest::newRow("letters") << u"12a"_s << false << QString();
        QTest::newRow("sign") << u"-1"_s << false << QString();
    }
    void keyText()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QString, padded);
        bool parsed = !ok;
        const quint64 value = ImeiRangePlanner::keyValue(input, &parsed);
        QCOMPARE(parsed, ok);
        if (ok)
            QCOMPARE(ImeiRangePlanner::keyText(value), padded);
    }
};

QTEST_GUILESS_MAIN(ImeiRangePlannerTest)
#include "ImeiRangePlannerTest.moc"
