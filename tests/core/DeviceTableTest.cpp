// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/DeviceTable.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <limits>
#include <memory>

using fotadesk::DeviceListCounts;
using fotadesk::DeviceOperationResult;
using fotadesk::DeviceTable;
using fotadesk::Imei;
using fotadesk::ImeiError;
using fotadesk::RejectedDevice;
using Kind = fotadesk::DeviceTable::Kind;
using RowState = fotadesk::DeviceTable::RowState;
using namespace Qt::StringLiterals;

namespace {

/// The i-th test IMEI: a valid 15-digit value built from a 14-digit body.
Imei imeiNo(std::uint64_t i)
{
    return Imei::completeFrom14(35'693'803'000'000ULL + i);
}

std::vector<Imei> imeis(const QList<int>& numbers)
{
    std::vector<Imei> out;
    for (int n : numbers)
        out.push_back(imeiNo(std::uint64_t(n)));
    return out;
}

RejectedDevice rejected(const QString& text, int line)
{
    return RejectedDevice::fromParse(Imei::parse(QStringView(text)), text, line);
}

/// Every row as "imei-or-text:state" (and ":reason" of an operation), in row order.
QStringList rowsOf(const DeviceTable& table)
{
    static const char* const states[] = {"valid",    "unlicensed", "duplicate",
                                         "rejected", "succeeded",  "failed"};
    QStringList out;
    for (int r = 0; r < table.rowCount(); ++r) {
        const RejectedDevice* rej = table.rejectedAt(r);
        QString row = (rej ? rej->text : table.imeiAt(r).toString()) + u':' +
                      QLatin1StringView(states[int(table.rowStateAt(r))]);
        if (table.reasonIdAt(r) != 0)
            row += u':' + table.reasonTable().at(table.reasonIdAt(r));
        out.append(row);
    }
    return out;
}

/// Writes down what the table tells its observer, one line a call.
class Recorder final : public DeviceTable::Observer
{
public:
    void beginInsert(int first, int last) override { add(u"insert %1-%2"_s.arg(first).arg(last)); }
    void endInsert() override { add(u"inserted"_s); }
    void beginRemove(int first, int last) override { add(u"remove %1-%2"_s.arg(first).arg(last)); }
    void endRemove() override { add(u"removed"_s); }
    void beginReset() override { add(u"reset"_s); }
    void endReset() override { add(u"was reset"_s); }
    void rowsChanged(int first, int last) override { add(u"changed %1-%2"_s.arg(first).arg(last)); }
    void countsUpdated(const DeviceListCounts& counts) override
    {
        lastCounts = counts;
        add(u"counts"_s);
    }
    void undoAvailabilityChanged(bool available) override
    {
        add(available ? u"undo on"_s : u"undo off"_s);
    }

    QStringList events;
    DeviceListCounts lastCounts;

private:
    void add(const QString& event) { events.append(event); }
};

/// Checks the index against the columns: every row once, ordered by (IMEI, row), rejected last.
bool indexIsConsistent(const DeviceTable& table)
{
    const auto& byImei = table.rowsByImei();
    if (int(byImei.size()) != table.rowCount())
        return false;
    std::vector<std::uint32_t> seen(byImei);
    std::sort(seen.begin(), seen.end());
    for (std::size_t i = 0; i < seen.size(); ++i) {
        if (seen[i] != i)
            return false;
    }
    auto key = [&](std::uint32_t row) {
        return table.kindAt(int(row)) == Kind::Rejected ? std::numeric_limits<std::uint64_t>::max()
                                                        : table.valueAt(int(row));
    };
    for (std::size_t i = 1; i < byImei.size(); ++i) {
        const auto a = std::make_pair(key(byImei[i - 1]), byImei[i - 1]);
        const auto b = std::make_pair(key(byImei[i]), byImei[i]);
        if (!(a < b))
            return false;
    }
    return true;
}

} // namespace

class DeviceTableTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void appendIsOneInsertion();
    void duplicates_data();
    void duplicates();
    void appendTextsKeepsOrder_data();
    void appendTextsKeepsOrder();
    void appendImportResult();
    void indexFindsEveryRowOfAnImei_data();
    void indexFindsEveryRowOfAnImei();
    void removeAndUndo_data();
    void removeAndUndo();
    void removingTheOriginalPromotesADuplicate();
    void removeImeisAndMergeDuplicates();
    void onlyTheLastRemovalIsUndone();
    void undoIsDroppedByTheNextChange_data();
    void undoIsDroppedByTheNextChange();
    void checkDigitFix_data();
    void checkDigitFix();
    void fixMissingCheckDigits_data();
    void fixMissingCheckDigits();
    void licensesAndOperationResults();
    void deviceIds();
    void columnsAreCompact();
    void linesKeptThroughDedupeRemovalAndUndo();
    void extraColumnsKeptAndMatchedByName();
    void extraColumnsFollowRemovalAndUndo();
    void editRejectedRevalidates();
    void editRejectedIsUndoneAndDroppedByTheNextChange();
    void appendImportResultKeepsLinesAndCells();
    void worksWithoutObserver();
    void clearResets();

private:
    std::unique_ptr<DeviceTable> m_table;
    Recorder m_recorder;
};

void DeviceTableTest::init()
{
    m_table = std::make_unique<DeviceTable>();
    m_recorder.events.clear();
    m_recorder.lastCounts = {};
    m_table->setObserver(&m_recorder);
}

void DeviceTableTest::cleanup()
{
    m_table.reset();
}

void DeviceTableTest::appendIsOneInsertion()
{
    std::vector<Imei> list;
    for (std::uint64_t i = 0; i < 5000; ++i)
        list.push_back(imeiNo(i * 7 % 5000));
    m_table->appendImport(list, {rejected(u"12345"_s, 7), rejected(u"3.56938E+14"_s, 9)});

    QCOMPARE(m_recorder.events, (QStringList{u"insert 0-5001"_s, u"inserted"_s, u"counts"_s}));
    const DeviceListCounts c = m_table->counts();
    QCOMPARE(c.rows, 5002);
    QCOMPARE(c.valid, 5000);
    QCOMPARE(c.rejected, 2);
    QCOMPARE(c.duplicates, 0);
    QCOMPARE(m_recorder.lastCounts, c);
    QCOMPARE(m_table->imeiAt(1), imeiNo(7));
    QVERIFY(m_table->imeiAt(5000).isNull());
    QCOMPARE(m_table->rejectedAt(5000)->text, u"12345"_s);
    QCOMPARE(m_table->rejectedAt(5001)->error, ImeiError::ScientificNotation);
    QCOMPARE(m_table->rejectedAt(0), nullptr);
    QVERIFY(indexIsConsistent(*m_table));

    // An empty append is no change at all.
    m_recorder.events.clear();
    m_table->appendImeis({});
    QCOMPARE(m_recorder.events, QStringList{});
}

void DeviceTableTest::duplicates_data()
{
    QTest::addColumn<QList<int>>("first");
    QTest::addColumn<QList<int>>("second");
    QTest::addColumn<QList<int>>("duplicateRows");

    QTest::newRow("none") << QList<int>{1, 2} << QList<int>{3} << QList<int>{};
    QTest::newRow("within one batch") << QList<int>{1, 2, 1, 1} << QList<int>{} << QList<int>{2, 3};
    QTest::newRow("against the list") << QList<int>{1, 2} << QList<int>{2, 3} << QList<int>{2};
    QTest::newRow("both") << QList<int>{5} << QList<int>{6, 5, 6} << QList<int>{2, 3};
    // Few new values against a long list take the binary-search path.
    QList<int> many;
    for (int i = 0; i < 100; ++i)
        many.append(i);
    QTest::newRow("few against many") << many << QList<int>{50, 200, 99} << QList<int>{100, 102};
}

void DeviceTableTest::duplicates()
{
    QFETCH(QList<int>, first);
    QFETCH(QList<int>, second);
    QFETCH(QList<int>, duplicateRows);
    m_table->appendImeis(imeis(first));
    m_table->appendImeis(imeis(second));
    QList<int> dups;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->kindAt(r) == Kind::Duplicate)
            dups.append(r);
    }
    QCOMPARE(dups, duplicateRows);
    QCOMPARE(m_table->counts().duplicates, duplicateRows.size());
    QCOMPARE(m_table->counts().valid, m_table->rowCount() - duplicateRows.size());
    QVERIFY(indexIsConsistent(*m_table));
}

void DeviceTableTest::appendTextsKeepsOrder_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<int>("insertions");

    const QString valid = imeiNo(1).toString();
    const QString fourteen = valid.left(14);
    QTest::newRow("valid only") << QStringList{valid} << QStringList{valid + u":valid"_s} << 1;
    QTest::newRow("mixed keeps order")
        << QStringList{u"abc"_s, valid, fourteen, u" "_s, valid}
        << QStringList{u"abc:rejected"_s, valid + u":valid"_s, fourteen + u":rejected"_s,
                       valid + u":duplicate"_s}
        << 3;
    QTest::newRow("imeisv") << QStringList{valid + u"1"_s} << QStringList{valid + u"1:rejected"_s}
                            << 1;
    QTest::newRow("blank only") << QStringList{u""_s, u"  "_s} << QStringList{} << 0;
}

void DeviceTableTest::appendTextsKeepsOrder()
{
    QFETCH(QStringList, texts);
    QFETCH(QStringList, rows);
    QFETCH(int, insertions);
    QCOMPARE(m_table->appendTexts(texts, 1), rows.size());
    QCOMPARE(rowsOf(*m_table), rows);
    QCOMPARE(m_recorder.events.count(u"inserted"_s), insertions);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (const RejectedDevice* rej = m_table->rejectedAt(r)) {
            QCOMPARE(rej->line, int(texts.indexOf(rej->text)) + 1);
            QVERIFY(!rej->message.isEmpty());
        }
    }
}

void DeviceTableTest::appendImportResult()
{
    fotadesk::ImeiImportResult result;
    result.imeis = {imeiNo(1), imeiNo(2)};
    result.duplicates = {{5, imeiNo(1)}};
    result.duplicateCount = 1;
    result.rejected = {{7, u"1234"_s, fotadesk::ImeiRejectReason::InvalidImei, ImeiError::TooShort},
                       {8, u""_s, fotadesk::ImeiRejectReason::MissingField, ImeiError::None}};
    result.rejectedCount = 2;
    m_table->appendImportResult(result);
    QCOMPARE(
        rowsOf(*m_table),
        (QStringList{imeiNo(1).toString() + u":valid"_s, imeiNo(2).toString() + u":valid"_s,
                     imeiNo(1).toString() + u":duplicate"_s, u"1234:rejected"_s, u":rejected"_s}));
    QCOMPARE(m_table->rejectedAt(3)->line, 7);
    QCOMPARE(m_table->rejectedAt(3)->error, ImeiError::TooShort);
    QCOMPARE(m_table->rejectedAt(4)->error, ImeiError::Empty); // not an IMEI error
    QCOMPARE(m_table->rejectedAt(4)->code, u"missing-field"_s);
    QCOMPARE(m_recorder.events.count(u"inserted"_s), 1);
}

void DeviceTableTest::indexFindsEveryRowOfAnImei_data()
{
    QTest::addColumn<QList<int>>("numbers");
    QTest::addColumn<int>("wanted");
    QTest::addColumn<int>("matches");

    QTest::newRow("absent") << QList<int>{1, 2, 3} << 9 << 0;
    QTest::newRow("once") << QList<int>{3, 1, 2} << 1 << 1;
    QTest::newRow("three times") << QList<int>{4, 1, 4, 2, 4} << 4 << 3;
    QTest::newRow("smallest") << QList<int>{9, 8, 0, 7} << 0 << 1;
}

void DeviceTableTest::indexFindsEveryRowOfAnImei()
{
    QFETCH(QList<int>, numbers);
    QFETCH(int, wanted);
    QFETCH(int, matches);
    m_table->appendImport(imeis(numbers), {rejected(u"junk"_s, 1)});
    QVERIFY(indexIsConsistent(*m_table));
    QCOMPARE(int(m_table->rowsByImei().back()), m_table->rowCount() - 1); // rejected last

    // The index answers lookups by IMEI: operation results and removals by IMEI.
    const int matched = m_table->applyOperationResults({{imeiNo(std::uint64_t(wanted)), true, {}}});
    QCOMPARE(matched, matches > 0 ? 1 : 0);
    int succeeded = 0;
    for (int r = 0; r < m_table->rowCount(); ++r)
        succeeded += m_table->rowStateAt(r) == RowState::OperationSucceeded ? 1 : 0;
    QCOMPARE(succeeded, matches);
    const std::vector<Imei> gone{imeiNo(std::uint64_t(wanted))};
    QCOMPARE(m_table->removeImeis(gone), matches);
    QCOMPARE(m_table->rowCount(), numbers.size() + 1 - matches);
    QVERIFY(indexIsConsistent(*m_table));
}

void DeviceTableTest::removeAndUndo_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<int>>("remove");
    QTest::addColumn<QStringList>("events");

    QTest::newRow("one row") << 10 << QList<int>{4}
                             << QStringList{u"remove 4-4"_s, u"removed"_s, u"undo on"_s,
                                            u"counts"_s};
    QTest::newRow("three ranges, unsorted input, back to front")
        << 20 << QList<int>{15, 1, 2, 9, 16, 2}
        << QStringList{u"remove 15-16"_s, u"removed"_s, u"remove 9-9"_s, u"removed"_s,
                       u"remove 1-2"_s,   u"removed"_s, u"undo on"_s,    u"counts"_s};
    QTest::newRow("out of range rows ignored")
        << 5 << QList<int>{-1, 3, 99}
        << QStringList{u"remove 3-3"_s, u"removed"_s, u"undo on"_s, u"counts"_s};
    QList<int> every;
    for (int r = 0; r < 200; r += 2)
        every.append(r);
    QTest::newRow("many ranges reset")
        << 200 << every
        << QStringList{u"reset"_s, u"was reset"_s, u"changed 0-101"_s, u"undo on"_s, u"counts"_s};
}

void DeviceTableTest::removeAndUndo()
{
    QFETCH(int, rows);
    QFETCH(QList<int>, remove);
    QFETCH(QStringList, events);

    std::vector<Imei> list;
    for (int i = 0; i < rows; ++i)
        list.push_back(imeiNo(std::uint64_t(i * 7 % rows))); // not in value order
    list.push_back(list.front());                            // one duplicate at the end
    m_table->appendImport(list, {rejected(u"junk"_s, 3)});
    QList<DeviceOperationResult> results; // reasons on some rows, to be restored too
    for (int i = 1; i < rows; i += 3)
        results.append({imeiNo(std::uint64_t(i)), i % 2 == 0, u"why %1"_s.arg(i)});
    m_table->applyOperationResults(results);
    const QStringList before = rowsOf(*m_table);
    const DeviceListCounts countsBefore = m_table->counts();
    const std::vector<std::uint32_t> indexBefore = m_table->rowsByImei();
    m_recorder.events.clear();

    QSet<int> unique;
    for (int r : remove) {
        if (r >= 0 && r < m_table->rowCount())
            unique.insert(r);
    }
    QCOMPARE(m_table->removeDeviceRows(remove), unique.size());
    QCOMPARE(m_recorder.events, events);
    QStringList expected;
    for (int r = 0; r < before.size(); ++r) {
        if (!unique.contains(r))
            expected.append(before.at(r));
    }
    // Removing row 0 promotes the duplicate at the end.
    if (unique.contains(0))
        expected[expected.size() - 2].replace(u":duplicate"_s, u":valid"_s);
    QCOMPARE(rowsOf(*m_table), expected);
    QVERIFY(indexIsConsistent(*m_table));
    QVERIFY(m_table->canUndoRemoval());

    m_recorder.events.clear();
    QVERIFY(m_table->undoRemoval());
    QCOMPARE(m_recorder.events.last(), u"undo off"_s);
    QCOMPARE(rowsOf(*m_table), before);
    QCOMPARE(m_table->counts(), countsBefore);
    QCOMPARE(m_table->rowsByImei(), indexBefore);
    QVERIFY(!m_table->canUndoRemoval());
    QVERIFY(!m_table->undoRemoval());
}

void DeviceTableTest::removingTheOriginalPromotesADuplicate()
{
    m_table->appendImeis(imeis({1, 2, 1}));
    QCOMPARE(m_table->counts().duplicates, 1);
    m_recorder.events.clear();
    m_table->removeRowRange(0, 1);
    QCOMPARE(m_recorder.events, (QStringList{u"remove 0-0"_s, u"removed"_s, u"changed 0-1"_s,
                                             u"undo on"_s, u"counts"_s}));
    QCOMPARE(m_table->counts().duplicates, 0);
    QCOMPARE(m_table->rowStateAt(1), RowState::Valid);
    QVERIFY(m_table->undoRemoval());
    QCOMPARE(m_table->rowStateAt(0), RowState::Valid);
    QCOMPARE(m_table->rowStateAt(2), RowState::Duplicate);
    QCOMPARE(m_table->removeRowRange(2, 5), 0); // beyond the end: nothing
    QCOMPARE(m_table->rowCount(), 3);
}

void DeviceTableTest::removeImeisAndMergeDuplicates()
{
    m_table->appendImeis(imeis({1, 2, 3, 2, 2, 4}));
    QCOMPARE(m_table->mergeDuplicates(), 2);
    QCOMPARE(m_table->rowCount(), 4);
    QCOMPARE(m_table->counts().duplicates, 0);
    QVERIFY(m_table->undoRemoval());
    QCOMPARE(m_table->rowCount(), 6);

    QCOMPARE(m_table->removeImeis(imeis({2, 4, 99})), 4); // three rows of 2, one of 4
    QCOMPARE(rowsOf(*m_table),
             (QStringList{imeiNo(1).toString() + u":valid"_s, imeiNo(3).toString() + u":valid"_s}));
    QCOMPARE(m_table->mergeDuplicates(), 0);
    QVERIFY(m_table->canUndoRemoval()); // merging nothing keeps the removal's undo
}

void DeviceTableTest::onlyTheLastRemovalIsUndone()
{
    m_table->appendImeis(imeis({1, 2, 3, 4}));
    m_table->removeDeviceRows({0});
    m_recorder.events.clear();
    m_table->removeDeviceRows({0});
    QVERIFY(!m_recorder.events.contains(u"undo on"_s)); // was available already
    QVERIFY(m_table->undoRemoval());
    QCOMPARE(rowsOf(*m_table),
             (QStringList{imeiNo(2).toString() + u":valid"_s, imeiNo(3).toString() + u":valid"_s,
                          imeiNo(4).toString() + u":valid"_s}));
    QVERIFY(!m_table->undoRemoval());
}

void DeviceTableTest::undoIsDroppedByTheNextChange_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<bool>("undoKept");

    QTest::newRow("append") << 0 << false;
    QTest::newRow("clear") << 1 << false;
    QTest::newRow("check digits fixed") << 2 << false;
    QTest::newRow("licenses") << 3 << true;
    QTest::newRow("operation results") << 4 << true;
}

void DeviceTableTest::undoIsDroppedByTheNextChange()
{
    QFETCH(int, change);
    QFETCH(bool, undoKept);
    m_table->appendTexts({imeiNo(1).toString(), imeiNo(2).toString(), imeiNo(3).toString(),
                          imeiNo(4).toString().left(14)});
    m_table->removeDeviceRows({1});
    QVERIFY(m_table->canUndoRemoval());
    m_recorder.events.clear();
    switch (change) {
    case 0:
        m_table->appendImeis(imeis({5}));
        break;
    case 1:
        m_table->clear();
        break;
    case 2:
        QCOMPARE(m_table->fixMissingCheckDigits().fixed, 1);
        break;
    case 3:
        m_table->setLicensedImeis(imeis({1}));
        break;
    case 4:
        m_table->applyOperationResults({{imeiNo(1), false, u"no"_s}});
        break;
    }
    QCOMPARE(m_table->canUndoRemoval(), undoKept);
    QCOMPARE(m_recorder.events.contains(u"undo off"_s), !undoKept);
}

void DeviceTableTest::checkDigitFix_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("suggestion");
    QTest::addColumn<QString>("fixed");

    const QString full = imeiNo(42).toString();
    const QString fourteen = full.left(14);
    QTest::newRow("from the text")
        << int(ImeiError::MissingCheckDigit) << fourteen << QString() << full;
    QTest::newRow("suggestion first")
        << int(ImeiError::MissingCheckDigit) << u"garbled"_s << full << full;
    QTest::newRow("text when the suggestion is no IMEI")
        << int(ImeiError::MissingCheckDigit) << fourteen << u"x"_s << full;
    QTest::newRow("other errors are not fixed")
        << int(ImeiError::BadCheckDigit) << fourteen + u"9"_s << full << QString();
    QTest::newRow("nothing to complete")
        << int(ImeiError::MissingCheckDigit) << u"abc"_s << QString() << QString();
}

void DeviceTableTest::checkDigitFix()
{
    QFETCH(int, error);
    QFETCH(QString, text);
    QFETCH(QString, suggestion);
    QFETCH(QString, fixed);
    const std::optional<Imei> imei = DeviceTable::checkDigitFix(ImeiError(error), text, suggestion);
    QCOMPARE(imei ? imei->toString() : QString(), fixed);
}

void DeviceTableTest::fixMissingCheckDigits_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<int>("fixed");
    QTest::addColumn<int>("merged");
    QTest::addColumn<QStringList>("rows");

    const QString a = imeiNo(10).toString();
    const QString b = imeiNo(11).toString();
    const QString c = imeiNo(12).toString();
    QTest::newRow("nothing to fix")
        << QStringList{a, u"x"_s} << 0 << 0 << QStringList{a + u":valid"_s, u"x:rejected"_s};
    QTest::newRow("one completed")
        << QStringList{b.left(14)} << 1 << 0 << QStringList{b + u":valid"_s};
    QTest::newRow("listed already: merged, the earlier row stays")
        << QStringList{a, a.left(14), b.left(14), u"x"_s, c.left(13)} << 2 << 1
        << QStringList{a + u":valid"_s, b + u":valid"_s, u"x:rejected"_s,
                       c.left(13) + u":rejected"_s};
    QTest::newRow("the same 14 digits twice") << QStringList{c.left(14), u"y"_s, c.left(14)} << 2
                                              << 1 << QStringList{c + u":valid"_s, u"y:rejected"_s};
}

void DeviceTableTest::fixMissingCheckDigits()
{
    QFETCH(QStringList, texts);
    QFETCH(int, fixed);
    QFETCH(int, merged);
    QFETCH(QStringList, rows);
    m_table->appendTexts(texts, 1);
    m_table->appendImeis(imeis({99}));
    m_table->removeRowRange(m_table->rowCount() - 1, 1);
    QVERIFY(m_table->canUndoRemoval());
    const DeviceTable::FixResult fix = m_table->fixMissingCheckDigits();
    QCOMPARE(fix.fixed, fixed);
    QCOMPARE(fix.merged, merged);
    QCOMPARE(rowsOf(*m_table), rows);
    QCOMPARE(m_table->counts().duplicates, 0);
    QVERIFY(indexIsConsistent(*m_table));
    // A fix drops the undo of the last removal; its merge is not undoable either.
    QCOMPARE(m_table->canUndoRemoval(), fixed == 0);
    QCOMPARE(m_table->fixMissingCheckDigits().fixed, 0);
}

void DeviceTableTest::licensesAndOperationResults()
{
    m_table->appendImport(imeis({1, 2, 3, 3}), {rejected(u"z"_s, 1)});
    m_recorder.events.clear();
    m_table->setLicensedImeis(imeis({2}));
    QCOMPARE(m_recorder.events, (QStringList{u"changed 0-4"_s, u"counts"_s}));
    QCOMPARE(m_table->counts().unlicensed, 2); // 1 and 3; the duplicate 3 is not counted
    QCOMPARE(m_table->rowStateAt(0), RowState::Unlicensed);
    QCOMPARE(m_table->rowStateAt(4), RowState::Rejected);
    m_table->clearLicenseState();
    QCOMPARE(m_table->counts().unlicensed, 0);

    m_recorder.events.clear();
    QCOMPARE(m_table->applyOperationResults({{imeiNo(2), true, u"ok"_s},
                                             {imeiNo(3), false, u"refused"_s},
                                             {imeiNo(42), false, u"unknown"_s}}),
             2);
    QCOMPARE(m_recorder.events, (QStringList{u"changed 1-3"_s, u"counts"_s}));
    QCOMPARE(m_table->counts().failed, 2); // both rows of 3
    QCOMPARE(m_table->failedImeis(), imeis({3}));
    QCOMPARE(m_table->reasonTable().at(m_table->reasonIdAt(2)), u"refused"_s);
    m_table->applyOperationResults({{imeiNo(1), true, u"ok"_s}});
    QCOMPARE(m_table->reasonIdAt(0), m_table->reasonIdAt(1)); // "ok" is interned once
    QCOMPARE(m_table->reasonTable(), (QStringList{QString(), u"ok"_s, u"refused"_s}));
    m_table->clearOperationResults();
    QCOMPARE(m_table->counts().failed, 0);
    QCOMPARE(m_table->reasonIdAt(2), 0);
    QCOMPARE(m_table->rowStateAt(2), RowState::Valid);
    // Counts are announced only when they change.
    m_recorder.events.clear();
    m_table->clearOperationResults();
    QCOMPARE(m_recorder.events, QStringList{u"changed 0-4"_s});
}

void DeviceTableTest::deviceIds()
{
    m_table->appendImport(imeis({3, 1, 3}), {rejected(u"12"_s, 1)});
    const QStringList expected{imeiNo(3).toString(), imeiNo(1).toString()};
    QCOMPARE(m_table->validDeviceIds(), expected);
    QCOMPARE(DeviceTable::deviceIds(m_table->validImeis()), expected);
}

void DeviceTableTest::columnsAreCompact()
{
    constexpr int rows = 200'000;
    std::vector<Imei> list;
    list.reserve(rows);
    for (int i = 0; i < rows; ++i)
        list.push_back(imeiNo(std::uint64_t(i) * 7919U % 10'000'000U));
    m_table->appendImeis(list);
    const double perRow = double(m_table->storageBytes()) / rows;
    qInfo("device table storage: %.2f bytes per row", perRow);
    // 8 (IMEI) + 1 (state) + 2 (reason) + 4 (source line) + 4 (index slot); a
    // one-column list has no other cells, so they cost nothing.
    QVERIFY2(perRow >= 19.0, qPrintable(QString::number(perRow)));
    QVERIFY2(perRow <= 20.0, qPrintable(QString::number(perRow)));
    QCOMPARE(m_table->counts().valid + m_table->counts().duplicates, rows);
}

namespace {

/// Every row as "line:imei-or-text:kind" (and ":cell|cell" when it has other cells).
QStringList detailsOf(const DeviceTable& table)
{
    static const char* const kinds[] = {"valid", "rejected", "duplicate"};
    QStringList out;
    for (int r = 0; r < table.rowCount(); ++r) {
        const RejectedDevice* rej = table.rejectedAt(r);
        QString row = QString::number(table.lineAt(r)) + u':' +
                      (rej ? rej->text : table.imeiAt(r).toString()) + u':' +
                      QLatin1StringView(kinds[int(table.kindAt(r))]);
        QStringList cells;
        for (int c = 0; c < table.extraColumnCount(); ++c)
            cells.append(table.extraCellAt(r, c));
        if (!cells.isEmpty())
            row += u':' + cells.join(u'|');
        out.append(row);
    }
    return out;
}

QString id(int n)
{
    return imeiNo(std::uint64_t(n)).toString();
}

} // namespace

void DeviceTableTest::linesKeptThroughDedupeRemovalAndUndo()
{
    fotadesk::DeviceRows rows;
    rows.imeis = imeis({1, 2, 1});
    rows.imeiLines = {2, 3, 5};
    rows.rejected = {rejected(u"12345"_s, 4)};
    m_table->appendRows(rows);
    const QStringList all{u"2:"_s + id(1) + u":valid"_s, u"3:"_s + id(2) + u":valid"_s,
                          u"5:"_s + id(1) + u":duplicate"_s, u"4:12345:rejected"_s};
    QCOMPARE(detailsOf(*m_table), all);

    // Removing the original promotes the duplicate, which keeps its own line.
    QCOMPARE(m_table->removeDeviceRows({0}), 1);
    QCOMPARE(detailsOf(*m_table), (QStringList{all[1], u"5:"_s + id(1) + u":valid"_s, all[3]}));
    QVERIFY(m_table->undoRemoval());
    QCOMPARE(detailsOf(*m_table), all);

    QCOMPARE(m_table->mergeDuplicates(), 1);
    QCOMPARE(detailsOf(*m_table), (QStringList{all[0], all[1], all[3]}));
    QVERIFY(m_table->undoRemoval());
    QCOMPARE(detailsOf(*m_table), all);

    // Typed rows have no line; pasted ones the lines of the paste.
    m_table->appendTexts({id(7)});
    m_table->appendTexts({id(8), u"x"_s}, 10);
    QCOMPARE(detailsOf(*m_table).mid(4),
             (QStringList{u"0:"_s + id(7) + u":valid"_s, u"10:"_s + id(8) + u":valid"_s,
                          u"11:x:rejected"_s}));
    QVERIFY(indexIsConsistent(*m_table));
}

void DeviceTableTest::extraColumnsKeptAndMatchedByName()
{
    m_table->appendImeis(imeis({9})); // a typed row: no other cells
    QCOMPARE(m_table->extraColumnCount(), 0);
    m_recorder.events.clear();
    fotadesk::DeviceRows rows;
    rows.imeis = imeis({1, 2});
    rows.imeiLines = {2, 3};
    rows.rejected = {rejected(u"junk"_s, 4)};
    rows.cells = {
        {u"Pump 1"_s, u"Berlin"_s}, {u"Pump 2"_s, u"Madrid"_s}, {u"Pump 3"_s, u"Paris"_s}};
    rows.columnNames = {u"Device name"_s, u"Site"_s};
    m_table->appendRows(rows);
    // New columns change the shape of every row: a reset, not an insertion.
    QCOMPARE(m_recorder.events.mid(0, 2), (QStringList{u"reset"_s, u"was reset"_s}));
    QCOMPARE(m_table->extraColumnNames(), (QStringList{u"Device name"_s, u"Site"_s}));
    QCOMPARE(detailsOf(*m_table), (QStringList{u"0:"_s + id(9) + u":valid:|"_s,
                                               u"2:"_s + id(1) + u":valid:Pump 1|Berlin"_s,
                                               u"3:"_s + id(2) + u":valid:Pump 2|Madrid"_s,
                                               u"4:junk:rejected:Pump 3|Paris"_s}));

    // A second file: "site" is the same column (by name), "Owner" a new one.
    fotadesk::DeviceRows more;
    more.imeis = imeis({3});
    more.imeiLines = {2};
    more.cells = {{u"Rome"_s, u"Ann"_s}};
    more.columnNames = {u"site"_s, u"Owner"_s};
    m_recorder.events.clear();
    m_table->appendRows(more);
    QCOMPARE(m_table->extraColumnNames(), (QStringList{u"Device name"_s, u"Site"_s, u"Owner"_s}));
    QCOMPARE(detailsOf(*m_table).last(), u"2:"_s + id(3) + u":valid:|Rome|Ann"_s);
    // Rows without the new column show it empty.
    QCOMPARE(m_table->extraCellAt(1, 2), QString());

    // The same columns again: an insertion, not a reset.
    m_recorder.events.clear();
    more.columnNames = {u"Owner"_s};
    more.cells = {{u"Bob"_s}};
    more.imeis = imeis({4});
    m_table->appendRows(more);
    QCOMPARE(m_recorder.events.first(), u"insert 5-5"_s);
    QCOMPARE(m_table->extraCellAt(5, 2), u"Bob"_s);
    QVERIFY(indexIsConsistent(*m_table));
}

void DeviceTableTest::extraColumnsFollowRemovalAndUndo()
{
    fotadesk::DeviceRows rows;
    QList<int> numbers;
    for (int i = 0; i < 40; ++i) {
        numbers.append(i);
        rows.imeiLines.push_back(std::uint32_t(i + 2));
        rows.cells.push_back({u"site %1"_s.arg(i)});
    }
    rows.imeis = imeis(numbers);
    rows.columnNames = {u"Site"_s};
    m_table->appendRows(rows);
    const QStringList before = detailsOf(*m_table);

    // A few ranges (one signal each) and many ranges (a reset) take the same path back.
    for (const QList<int>& remove :
         {QList<int>{0, 1, 7}, QList<int>{1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23}}) {
        QCOMPARE(m_table->removeDeviceRows(remove), remove.size());
        QStringList expected = before;
        for (auto it = remove.crbegin(); it != remove.crend(); ++it)
            expected.removeAt(*it);
        QCOMPARE(detailsOf(*m_table), expected);
        QVERIFY(m_table->undoRemoval());
        QCOMPARE(detailsOf(*m_table), before);
    }
    QVERIFY(indexIsConsistent(*m_table));
}

void DeviceTableTest::editRejectedRevalidates()
{
    fotadesk::DeviceRows rows;
    rows.imeis = imeis({1});
    rows.imeiLines = {2};
    rows.rejected = {rejected(u"12345"_s, 3), rejected(u"junk"_s, 4), rejected(u"?"_s, 5)};
    rows.cells = {{u"Berlin"_s}, {u"Madrid"_s}, {u"Paris"_s}, {u"Rome"_s}};
    rows.columnNames = {u"Site"_s};
    m_table->appendRows(rows);
    QCOMPARE(m_table->counts().rejected, 3);

    // Not a rejected row: nothing to correct.
    QCOMPARE(m_table->editRejected(0, id(5)), std::nullopt);
    QCOMPARE(m_table->editRejected(99, id(5)), std::nullopt);

    // A valid IMEI makes a normal row that keeps its line and other cells.
    m_recorder.events.clear();
    QCOMPARE(m_table->editRejected(1, u" "_s + id(2) + u" "_s), Kind::Valid);
    QCOMPARE(detailsOf(*m_table)[1], u"3:"_s + id(2) + u":valid:Madrid"_s);
    QCOMPARE(m_table->counts().valid, 2);
    QCOMPARE(m_table->counts().rejected, 2);
    QVERIFY(m_recorder.events.contains(u"counts"_s));
    QVERIFY(m_table->validImeis() == imeis({1, 2}));

    // An IMEI listed earlier: the row becomes a duplicate.
    QCOMPARE(m_table->editRejected(2, id(1)), Kind::Duplicate);
    QCOMPARE(detailsOf(*m_table)[2], u"4:"_s + id(1) + u":duplicate:Paris"_s);
    QCOMPARE(m_table->counts().duplicates, 1);

    // Still not an IMEI: rejected with the new reason.
    const QString fourteen = id(3).left(14);
    QCOMPARE(m_table->editRejected(3, fourteen), Kind::Rejected);
    QCOMPARE(m_table->rejectedAt(3)->text, fourteen);
    QCOMPARE(m_table->rejectedAt(3)->code, u"missing-check-digit"_s);
    QCOMPARE(m_table->rejectedAt(3)->line, 5);
    QCOMPARE(m_table->counts().rejected, 1);
    QVERIFY(indexIsConsistent(*m_table));
}

void DeviceTableTest::editRejectedIsUndoneAndDroppedByTheNextChange()
{
    m_table->appendImeis(imeis({1}));
    m_table->appendImport({}, {rejected(u"12345"_s, 3)});
    QVERIFY(!m_table->canUndoRemoval());
    m_recorder.events.clear();
    QCOMPARE(m_table->editRejected(1, id(2)), Kind::Valid);
    QVERIFY(m_recorder.events.contains(u"undo on"_s));
    QVERIFY(m_table->canUndoRemoval());
    QVERIFY(m_table->undoRemoval());
    QCOMPARE(m_table->kindAt(1), Kind::Rejected);
    QCOMPARE(m_table->rejectedAt(1)->text, u"12345"_s);
    QCOMPARE(m_table->lineAt(1), 3U);
    QCOMPARE(m_table->counts().rejected, 1);
    QCOMPARE(m_table->counts().valid, 1);
    QVERIFY(!m_table->canUndoRemoval());
    QVERIFY(indexIsConsistent(*m_table));

    // Any later change drops the edit's undo.
    QCOMPARE(m_table->editRejected(1, u"abc"_s), Kind::Rejected);
    QVERIFY(m_table->canUndoRemoval());
    m_table->appendImeis(imeis({4}));
    QVERIFY(!m_table->canUndoRemoval());
    QCOMPARE(m_table->rejectedAt(1)->text, u"abc"_s);
}

void DeviceTableTest::appendImportResultKeepsLinesAndCells()
{
    fotadesk::ImeiImportResult result;
    result.imeis = {imeiNo(1), imeiNo(2)};
    result.imeiLines = {2, 4};
    result.duplicates = {{5, imeiNo(1)}};
    result.rejected = {{3, u"bad"_s, fotadesk::ImeiRejectReason::InvalidImei, ImeiError::NonDigit}};
    result.otherColumnNames = {u"Site"_s};
    result.imeiCells = {{u"A"_s}, {u"B"_s}};
    result.duplicateCells = {{u"C"_s}};
    result.rejectedCells = {{u"D"_s}};
    m_table->appendImportResult(result);
    QCOMPARE(detailsOf(*m_table),
             (QStringList{u"2:"_s + id(1) + u":valid:A"_s, u"4:"_s + id(2) + u":valid:B"_s,
                          u"5:"_s + id(1) + u":duplicate:C"_s, u"3:bad:rejected:D"_s}));
}

void DeviceTableTest::worksWithoutObserver()
{
    DeviceTable table;
    table.appendTexts({imeiNo(1).toString(), imeiNo(1).toString(), imeiNo(2).toString().left(14)});
    QCOMPARE(table.counts().duplicates, 1);
    QCOMPARE(table.fixMissingCheckDigits().fixed, 1);
    QCOMPARE(table.mergeDuplicates(), 1);
    QVERIFY(table.undoRemoval());
    QCOMPARE(table.rowCount(), 3);
    QVERIFY(m_recorder.events.isEmpty());
}

void DeviceTableTest::clearResets()
{
    m_table->appendImeis(imeis({1, 2}));
    m_table->applyOperationResults({{imeiNo(1), false, u"no"_s}});
    m_table->removeDeviceRows({0});
    m_recorder.events.clear();
    m_table->clear();
    QCOMPARE(m_recorder.events,
             (QStringList{u"reset"_s, u"was reset"_s, u"undo off"_s, u"counts"_s}));
    QCOMPARE(m_table->rowCount(), 0);
    QCOMPARE(m_table->counts(), DeviceListCounts{});
    QCOMPARE(m_table->reasonTable(), QStringList{QString()});
    QVERIFY(m_table->rowsByImei().empty());
    QVERIFY(!m_table->canUndoRemoval());
}

QTEST_GUILESS_MAIN(DeviceTableTest)
#include "DeviceTableTest.moc"
