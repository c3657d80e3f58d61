// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/DeviceListModel.h"

#include "support/CsvReadBack.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using fotadesk::DeviceListCounts;
using fotadesk::DeviceListModel;
using fotadesk::DeviceOperationResult;
using fotadesk::Imei;
using fotadesk::RejectedDevice;
using namespace Qt::StringLiterals;

namespace {

/// The i-th test IMEI: a valid 15-digit value built from a 14-digit body.
Imei imeiNo(std::uint64_t i)
{
    return Imei::completeFrom14(35'693'803'000'000ULL + i);
}

std::vector<Imei> imeis(std::initializer_list<std::uint64_t> numbers)
{
    std::vector<Imei> out;
    for (std::uint64_t n : numbers)
        out.push_back(imeiNo(n));
    return out;
}

RejectedDevice rejected(const QString& text, int line)
{
    return RejectedDevice::fromParse(Imei::parse(QStringView(text)), text, line);
}

QStringList column(const DeviceListModel& model, int col)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, col).data().toString());
    return out;
}

} // namespace

class DeviceListModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void appendIsOneInsertion();
    void duplicatesAreDetected_data();
    void duplicatesAreDetected();
    void appendTextsKeepsOrderAndReasons_data();
    void appendTextsKeepsOrderAndReasons();
    void removeAndUndo_data();
    void removeAndUndo();
    void removingTheOriginalPromotesADuplicate();
    void removeImeisAndMergeDuplicates();
    void undoIsDroppedByTheNextChange();
    void fixMissingCheckDigits();
    void licenses();
    void operationResults();
    void csvExport();
    void csvQuotesAndDefusesFormulas();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void rolesAndHeaders();
    void storageIsCompact();
    void clearResets();
    void linesAndOtherColumnsAreShown();
    void otherColumnsGoIntoEveryExport();
    void rejectedRowIsEditedInPlace();

private:
    std::unique_ptr<DeviceListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void DeviceListModelTest::init()
{
    m_model = std::make_unique<DeviceListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void DeviceListModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void DeviceListModelTest::appendIsOneInsertion()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy counts(m_model.get(), &DeviceListModel::countsChanged);
    std::vector<Imei> list;
    for (std::uint64_t i = 0; i < 5000; ++i)
        list.push_back(imeiNo(i));
    m_model->appendImport(list, {rejected(u"12345"_s, 7), rejected(u"3.56938E+14"_s, 9)});

    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 5001);
    QCOMPARE(counts.size(), 1);
    const DeviceListCounts c = m_model->counts();
    QCOMPARE(c.rows, 5002);
    QCOMPARE(c.valid, 5000);
    QCOMPARE(c.rejected, 2);
    QCOMPARE(c.duplicates, 0);
    QCOMPARE(counts.at(0).at(0).value<DeviceListCounts>(), c);
    // Rejected rows come after the valid ones, with their line and reason.
    QCOMPARE(m_model->index(5000, DeviceListModel::ImeiColumn).data().toString(), u"12345"_s);
    QCOMPARE(m_model->index(5000, DeviceListModel::LineColumn).data().toInt(), 7);
    QCOMPARE(m_model->index(5001, 0).data(DeviceListModel::ErrorCodeRole).toString(),
             fotadesk::imeiErrorCode(fotadesk::ImeiError::ScientificNotation));
    QVERIFY(!m_model->index(5000, DeviceListModel::ReasonColumn).data().toString().isEmpty());
    QCOMPARE(m_model->index(0, 0).data().toString(), imeiNo(0).toString());
}

void DeviceListModelTest::duplicatesAreDetected_data()
{
    QTest::addColumn<QList<int>>("first");
    QTest::addColumn<QList<int>>("second");
    QTest::addColumn<QList<int>>("duplicateRows");

    QTest::newRow("none") << QList<int>{1, 2} << QList<int>{3} << QList<int>{};
    QTest::newRow("within one batch") << QList<int>{1, 2, 1, 1} << QList<int>{} << QList<int>{2, 3};
    QTest::newRow("against the list") << QList<int>{1, 2} << QList<int>{2, 3} << QList<int>{2};
    QTest::newRow("both") << QList<int>{5} << QList<int>{6, 5, 6} << QList<int>{2, 3};
}

void DeviceListModelTest::duplicatesAreDetected()
{
    QFETCH(QList<int>, first);
    QFETCH(QList<int>, second);
    QFETCH(QList<int>, duplicateRows);
    auto toImeis = [](const QList<int>& numbers) {
        std::vector<Imei> out;
        for (int n : numbers)
            out.push_back(imeiNo(std::uint64_t(n)));
        return out;
    };
    m_model->appendImeis(toImeis(first));
    m_model->appendImeis(toImeis(second));
    QList<int> dups;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->rowStateAt(r) == DeviceListModel::RowState::Duplicate)
            dups.append(r);
    }
    QCOMPARE(dups, duplicateRows);
    QCOMPARE(m_model->counts().duplicates, duplicateRows.size());
    QCOMPARE(m_model->counts().valid, m_model->rowCount() - duplicateRows.size());
}

void DeviceListModelTest::appendTextsKeepsOrderAndReasons_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("states");

    const QString valid = imeiNo(1).toString();
    const QString fourteen = valid.left(14);
    QTest::newRow("valid only") << QStringList{valid} << QStringList{u"Valid"_s};
    QTest::newRow("mixed keeps order")
        << QStringList{u"abc"_s, valid, fourteen, u" "_s, valid}
        << QStringList{u"Rejected"_s, u"Valid"_s, u"Rejected"_s, u"Duplicate"_s};
    QTest::newRow("imeisv") << QStringList{valid + u"1"_s} << QStringList{u"Rejected"_s};
}

void DeviceListModelTest::appendTextsKeepsOrderAndReasons()
{
    QFETCH(QStringList, texts);
    QFETCH(QStringList, states);
    m_model->appendTexts(texts, 1);
    QCOMPARE(column(*m_model, DeviceListModel::StateColumn), states);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->kindAt(r) == DeviceListModel::Kind::Rejected) {
            QVERIFY(m_model->index(r, DeviceListModel::LineColumn).data().toInt() >= 1);
            QVERIFY(!m_model->index(r, DeviceListModel::ReasonColumn).data().toString().isEmpty());
        }
    }
}

void DeviceListModelTest::removeAndUndo_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<int>>("remove");
    QTest::addColumn<int>("rowsRemovedSignals");
    QTest::addColumn<int>("resets");

    QTest::newRow("one row") << 10 << QList<int>{4} << 1 << 0;
    QTest::newRow("one range") << 10 << QList<int>{2, 3, 4, 5} << 1 << 0;
    QTest::newRow("three ranges, unsorted input") << 20 << QList<int>{15, 1, 2, 9, 16, 2} << 3 << 0;
    QTest::newRow("first and last") << 10 << QList<int>{0, 9} << 2 << 0;
    QList<int> every;
    for (int r = 0; r < 200; r += 2)
        every.append(r);
    QTest::newRow("many ranges reset") << 200 << every << 0 << 1;
    QList<int> all;
    for (int r = 0; r < 30; ++r)
        all.append(r);
    QTest::newRow("everything") << 30 << all << 1 << 0;
}

void DeviceListModelTest::removeAndUndo()
{
    QFETCH(int, rows);
    QFETCH(QList<int>, remove);
    QFETCH(int, rowsRemovedSignals);
    QFETCH(int, resets);

    std::vector<Imei> list;
    for (int i = 0; i < rows; ++i)
        list.push_back(imeiNo(std::uint64_t(i * 7 % rows))); // not in value order
    m_model->appendImport(list, {rejected(u"junk"_s, 3)});
    const QStringList before = column(*m_model, 0);
    const DeviceListCounts countsBefore = m_model->counts();

    QSignalSpy removedSpy(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy resetSpy(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy undoSpy(m_model.get(), &DeviceListModel::undoAvailableChanged);
    QSet<int> unique(remove.begin(), remove.end());
    QCOMPARE(m_model->removeDeviceRows(remove), unique.size());
    QCOMPARE(removedSpy.size(), rowsRemovedSignals);
    QCOMPARE(resetSpy.size(), resets);
    QCOMPARE(m_model->rowCount(), rows + 1 - unique.size());
    QStringList expected;
    for (int r = 0; r < before.size(); ++r) {
        if (!unique.contains(r))
            expected.append(before.at(r));
    }
    QCOMPARE(column(*m_model, 0), expected);
    QVERIFY(m_model->canUndoRemoval());
    QCOMPARE(undoSpy.size(), 1);

    QVERIFY(m_model->undoRemoval());
    QCOMPARE(column(*m_model, 0), before);
    QCOMPARE(m_model->counts(), countsBefore);
    QVERIFY(!m_model->canUndoRemoval());
    QVERIFY(!m_model->undoRemoval());
    // The by-IMEI index is intact: it still lists every row once, in value order.
    const auto& byImei = m_model->rowsByImei();
    QCOMPARE(int(byImei.size()), m_model->rowCount());
    for (std::size_t i = 1; i + 1 < byImei.size(); ++i)
        QVERIFY(m_model->valueAt(int(byImei[i - 1])) < m_model->valueAt(int(byImei[i])));
}

void DeviceListModelTest::removingTheOriginalPromotesADuplicate()
{
    m_model->appendImeis(imeis({1, 2, 1}));
    QCOMPARE(m_model->counts().duplicates, 1);
    m_model->removeDeviceRows({0});
    QCOMPARE(m_model->counts().duplicates, 0);
    QCOMPARE(m_model->counts().valid, 2);
    QCOMPARE(m_model->rowStateAt(1), DeviceListModel::RowState::Valid);
    QVERIFY(m_model->undoRemoval());
    QCOMPARE(m_model->rowStateAt(0), DeviceListModel::RowState::Valid);
    QCOMPARE(m_model->rowStateAt(2), DeviceListModel::RowState::Duplicate);
}

void DeviceListModelTest::removeImeisAndMergeDuplicates()
{
    m_model->appendImeis(imeis({1, 2, 3, 2, 2, 4}));
    QCOMPARE(m_model->counts().duplicates, 2);
    QCOMPARE(m_model->mergeDuplicates(), 2);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->counts().duplicates, 0);
    QVERIFY(m_model->undoRemoval());
    QCOMPARE(m_model->rowCount(), 6);

    const std::vector<Imei> gone = imeis({2, 4, 99});
    QCOMPARE(m_model->removeImeis(gone), 4); // three rows of 2, one of 4
    QCOMPARE(column(*m_model, 0), (QStringList{imeiNo(1).toString(), imeiNo(3).toString()}));
}

void DeviceListModelTest::undoIsDroppedByTheNextChange()
{
    m_model->appendImeis(imeis({1, 2, 3}));
    m_model->removeDeviceRows({1});
    QVERIFY(m_model->canUndoRemoval());
    QSignalSpy undoSpy(m_model.get(), &DeviceListModel::undoAvailableChanged);
    m_model->appendImeis(imeis({4}));
    QVERIFY(!m_model->canUndoRemoval());
    QCOMPARE(undoSpy.size(), 1);
    QCOMPARE(undoSpy.at(0).at(0).toBool(), false);
}

void DeviceListModelTest::fixMissingCheckDigits()
{
    const QString a = imeiNo(10).toString();
    const QString b = imeiNo(11).toString();
    const QString c = imeiNo(12).toString();
    // a is listed already; its 14-digit form will become a duplicate and be merged.
    m_model->appendTexts({a, a.left(14), b.left(14), u"x"_s, c.left(13)}, 1);
    QCOMPARE(m_model->counts().rejected, 4);

    const DeviceListModel::FixResult fix = m_model->fixMissingCheckDigits();
    QCOMPARE(fix.fixed, 2);
    QCOMPARE(fix.merged, 1);
    QCOMPARE(column(*m_model, 0), (QStringList{a, b, u"x"_s, c.left(13)}));
    QCOMPARE(m_model->counts().valid, 2);
    QCOMPARE(m_model->counts().rejected, 2);
    QCOMPARE(m_model->counts().duplicates, 0);
    // Nothing more to fix.
    QCOMPARE(m_model->fixMissingCheckDigits().fixed, 0);
}

void DeviceListModelTest::licenses()
{
    m_model->appendImeis(imeis({1, 2, 3, 3}));
    const std::vector<Imei> licensed = imeis({2});
    m_model->setLicensedImeis(licensed);
    QCOMPARE(m_model->counts().unlicensed, 2); // 1 and 3; the duplicate 3 is not counted
    QCOMPARE(m_model->rowStateAt(0), DeviceListModel::RowState::Unlicensed);
    QCOMPARE(m_model->rowStateAt(1), DeviceListModel::RowState::Valid);
    QVERIFY(m_model->index(0, 0).data(DeviceListModel::UnlicensedRole).toBool());
    QVERIFY(!m_model->index(0, DeviceListModel::ReasonColumn).data().toString().isEmpty());
    m_model->clearLicenseState();
    QCOMPARE(m_model->counts().unlicensed, 0);
}

void DeviceListModelTest::operationResults()
{
    m_model->appendImeis(imeis({1, 2, 3}));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const int matched = m_model->applyOperationResults({
        {imeiNo(1), true, u"Device added Successfully"_s},
        {imeiNo(3), false, u"No license attached to device"_s},
        {imeiNo(42), false, u"not in the list"_s},
    });
    QCOMPARE(matched, 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->counts().failed, 1);
    QCOMPARE(m_model->rowStateAt(0), DeviceListModel::RowState::OperationSucceeded);
    QCOMPARE(m_model->rowStateAt(2), DeviceListModel::RowState::OperationFailed);
    QCOMPARE(m_model->index(2, DeviceListModel::ReasonColumn).data().toString(),
             u"No license attached to device"_s);
    QCOMPARE(m_model->failedImeis(), imeis({3}));
    m_model->clearOperationResults();
    QCOMPARE(m_model->counts().failed, 0);
    QCOMPARE(m_model->rowStateAt(2), DeviceListModel::RowState::Valid);
}

void DeviceListModelTest::csvExport()
{
    m_model->appendImport(imeis({1, 2, 1}), {rejected(u"12345"_s, 4)});
    const QByteArray valid = m_model->toCsv(DeviceListModel::CsvScope::ValidImeis);
    QCOMPARE(valid, "\xEF\xBB\xBFimei\r\n" + imeiNo(1).toString().toLatin1() + "\r\n" +
                        imeiNo(2).toString().toLatin1() + "\r\n");

    const QList<QByteArray> lines = m_model->toCsv(DeviceListModel::CsvScope::AllRows).split('\n');
    QCOMPARE(lines.size(), 6); // header, 4 rows, trailing empty
    QCOMPARE(lines.at(0), QByteArray("\xEF\xBB\xBFimei,state,reason,line\r"));
    QVERIFY(lines.at(3).startsWith(QByteArray(imeiNo(1).toString().toLatin1() + ",Duplicate,")));
    QVERIFY(lines.at(4).startsWith("12345,Rejected,"));
    QVERIFY(lines.at(4).endsWith(",4\r"));
    QCOMPARE(m_model->validImeis(), imeis({1, 2}));
}

void DeviceListModelTest::csvQuotesAndDefusesFormulas()
{
    m_model->appendImport({}, {rejected(u"a,\"b\""_s, 1), rejected(u"=HYPERLINK(1)"_s, 2)});
    const QByteArray csv = m_model->toCsv(DeviceListModel::CsvScope::AllRows);
    QVERIFY(csv.contains("\r\n\"a,\"\"b\"\"\",Rejected,"));
    QVERIFY(csv.contains("\r\n'=HYPERLINK(1),Rejected,"));
}

void DeviceListModelTest::csvRoundTrip_data()
{
    QTest::addColumn<QStringList>("rejectedTexts");
    QTest::newRow("formulas") << QStringList{u"=1+1"_s, u"@SUM(A1)"_s, u"+1 555 0100"_s, u"-2+3"_s,
                                             u"\t=1"_s};
    QTest::newRow("numbers and markers") << QStringList{u"-5"_s, u"+12"_s, u"'=x"_s, u"'abc"_s};
    QTest::newRow("quotes, commas, line breaks")
        << QStringList{u"a,\"b\""_s, u"x\r\ny"_s, u"x\ny"_s, u"a;b"_s, u"Zürich"_s};
    QTest::newRow("none") << QStringList{};
}

void DeviceListModelTest::csvRoundTrip()
{
    // Every row the list shows comes back from its CSV through the importer: the
    // valid and duplicate IMEIs, and the rejected texts as they were typed.
    QFETCH(QStringList, rejectedTexts);
    QList<RejectedDevice> rejects;
    for (const QString& text : rejectedTexts)
        rejects.append(rejected(text, int(rejects.size()) + 10));
    // In the order an import builds a list: unique IMEIs, then duplicates, then rejected.
    m_model->appendImport(imeis({1, 2, 3, 1}), rejects);

    const QByteArray all = m_model->toCsv(DeviceListModel::CsvScope::AllRows);
    if (rejectedTexts.contains(u"=1+1"_s))
        QVERIFY(all.contains("\r\n'=1+1,Rejected,"));
    const auto back = fotadesk::test::readCsvBack(all);
    QVERIFY(back.bom);
    QVERIFY(back.crlf);
    QCOMPARE(back.unsafeCells, QStringList());
    QCOMPARE(back.rows.size(), m_model->rowCount() + 1);
    QCOMPARE(back.rows.first(), (QStringList{u"imei"_s, u"state"_s, u"reason"_s, u"line"_s}));
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QStringList& cells = back.rows.at(r + 1);
        QCOMPARE(cells.at(0), column(*m_model, DeviceListModel::ImeiColumn).at(r));
        QCOMPARE(cells.at(1), column(*m_model, DeviceListModel::StateColumn).at(r));
        QCOMPARE(cells.at(2), column(*m_model, DeviceListModel::ReasonColumn).at(r));
    }

    DeviceListModel again;
    const auto imported = fotadesk::test::importCsvBack(all);
    QVERIFY(imported.ok());
    again.appendImportResult(imported);
    for (const int col : {int(DeviceListModel::ImeiColumn), int(DeviceListModel::StateColumn),
                          int(DeviceListModel::ReasonColumn)})
        QCOMPARE(column(again, col), column(*m_model, col));

    // The list to send: the valid IMEIs, once each.
    const QByteArray valid = m_model->toCsv(DeviceListModel::CsvScope::ValidImeis);
    const auto validBack = fotadesk::test::importCsvBack(valid);
    QVERIFY(validBack.ok());
    QCOMPARE(std::vector<Imei>(validBack.imeis.begin(), validBack.imeis.end()),
             m_model->validImeis());
    QCOMPARE(validBack.rejectedCount, 0);
}

void DeviceListModelTest::rolesAndHeaders()
{
    m_model->appendImport(imeis({1}), {rejected(u"1234567890123"_s, 2)});
    const QModelIndex imei = m_model->index(0, DeviceListModel::ImeiColumn);
    QCOMPARE(imei.data(DeviceListModel::RawValueRole).value<quint64>(), imeiNo(1).value());
    QCOMPARE(imei.data(DeviceListModel::ImeiValueRole).value<quint64>(), imeiNo(1).value());
    QCOMPARE(m_model->index(1, 0).data(DeviceListModel::RawValueRole).value<quint64>(), 0U);
    QCOMPARE(
        m_model->index(1, DeviceListModel::StateColumn).data(DeviceListModel::RawValueRole).toInt(),
        int(DeviceListModel::RowState::Rejected));
    QCOMPARE(m_model->index(1, 0).data(DeviceListModel::KindRole).toInt(),
             int(DeviceListModel::Kind::Rejected));
    QVERIFY(m_model->index(1, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(!m_model->index(0, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(m_model->headerData(DeviceListModel::ImeiColumn, Qt::Horizontal).toString(),
             u"IMEI"_s);
    QCOMPARE(m_model->imeiAt(0), imeiNo(1));
    QVERIFY(m_model->imeiAt(1).isNull());
}

void DeviceListModelTest::storageIsCompact()
{
    // The tester walks every row on insertion; measure without it.
    m_tester.reset();
    constexpr int rows = 200'000;
    std::vector<Imei> list;
    list.reserve(rows);
    for (int i = 0; i < rows; ++i)
        list.push_back(imeiNo(std::uint64_t(i) * 7919U % 10'000'000U));
    m_model->appendImeis(list);
    const double perRow = double(m_model->storageBytes()) / rows;
    qInfo("device list storage: %.2f bytes per row", perRow);
    // 15 bytes of columns (IMEI, state, reason id, source line) + 4 of the index.
    QVERIFY2(perRow <= 20.0, qPrintable(QString::number(perRow)));
}

namespace {

fotadesk::DeviceRows siteRows()
{
    fotadesk::DeviceRows rows;
    rows.imeis = imeis({1, 2, 1});
    rows.imeiLines = {2, 3, 6};
    rows.rejected = {rejected(u"12345"_s, 4)};
    rows.cells = {{u"Pump 1"_s, u"Berlin"_s},
                  {u"Pump 2"_s, u"Madrid"_s},
                  {u"Pump 5"_s, u"Rome"_s},
                  {u"Pump 3"_s, u"=Paris"_s}};
    rows.columnNames = {u"Device name"_s, QString()};
    return rows;
}

} // namespace

void DeviceListModelTest::linesAndOtherColumnsAreShown()
{
    m_model->appendImeis(imeis({9})); // typed: no line, no other cells
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->appendRows(siteRows());
    QCOMPARE(reset.size(), 1); // the columns changed
    QCOMPARE(m_model->columnCount(), DeviceListModel::ColumnCount + 2);
    // The header names come from the file; a column without a name is numbered.
    QCOMPARE(m_model->headerData(DeviceListModel::ColumnCount, Qt::Horizontal).toString(),
             u"Device name"_s);
    QCOMPARE(m_model->headerData(DeviceListModel::ColumnCount + 1, Qt::Horizontal).toString(),
             u"Column 2"_s);
    QCOMPARE(column(*m_model, DeviceListModel::LineColumn),
             (QStringList{QString(), u"2"_s, u"3"_s, u"6"_s, u"4"_s}));
    QCOMPARE(column(*m_model, DeviceListModel::ColumnCount + 1),
             (QStringList{QString(), u"Berlin"_s, u"Madrid"_s, u"Rome"_s, u"=Paris"_s}));
    QCOMPARE(m_model->index(3, DeviceListModel::LineColumn).data(DeviceListModel::RawValueRole),
             QVariant(qint64(6)));
}

void DeviceListModelTest::otherColumnsGoIntoEveryExport()
{
    m_model->appendRows(siteRows());
    const QByteArray bom = "\xEF\xBB\xBF";
    const QByteArray one = imeiNo(1).toString().toLatin1();
    const QByteArray two = imeiNo(2).toString().toLatin1();
    QCOMPARE(m_model->toCsv(DeviceListModel::CsvScope::ValidImeis),
             QByteArray(bom + "imei,line,Device name,Column 2\r\n" + one + ",2,Pump 1,Berlin\r\n" +
                        two + ",3,Pump 2,Madrid\r\n"));
    const QList<QByteArray> all = m_model->toCsv(DeviceListModel::CsvScope::AllRows).split('\n');
    QCOMPARE(all.at(0), QByteArray(bom + "imei,state,reason,line,Device name,Column 2\r"));
    QVERIFY(all.at(3).startsWith(QByteArray(one + ",Duplicate,")));
    QVERIFY(all.at(3).endsWith(",6,Pump 5,Rome\r"));
    // The formula-like cell is defused on the way out.
    QVERIFY(all.at(4).endsWith(",4,Pump 3,'=Paris\r"));
    const QList<QByteArray> rejectedOnly =
        m_model->toCsv(DeviceListModel::CsvScope::RejectedRows).split('\n');
    QCOMPARE(rejectedOnly.size(), 3); // header, the rejected row, trailing empty
    QVERIFY(rejectedOnly.at(1).startsWith("12345,Rejected,"));
    QVERIFY(rejectedOnly.at(1).endsWith(",4,Pump 3,'=Paris\r"));
}

void DeviceListModelTest::rejectedRowIsEditedInPlace()
{
    m_model->appendRows(siteRows());
    const QModelIndex rejectedCell = m_model->index(3, DeviceListModel::ImeiColumn);
    QVERIFY(m_model->flags(rejectedCell).testFlag(Qt::ItemIsEditable));
    QVERIFY(!m_model->flags(m_model->index(0, DeviceListModel::ImeiColumn))
                 .testFlag(Qt::ItemIsEditable));
    QVERIFY(!m_model->flags(m_model->index(3, DeviceListModel::LineColumn))
                 .testFlag(Qt::ItemIsEditable));
    QVERIFY(
        !m_model->setData(m_model->index(0, DeviceListModel::ImeiColumn), imeiNo(3).toString()));

    QSignalSpy counts(m_model.get(), &DeviceListModel::countsChanged);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(rejectedCell, u"12346"_s)); // still too short
    QCOMPARE(m_model->kindAt(3), DeviceListModel::Kind::Rejected);
    QCOMPARE(rejectedCell.data().toString(), u"12346"_s);
    QVERIFY(!changed.isEmpty());

    QVERIFY(m_model->setData(rejectedCell, imeiNo(3).toString()));
    QCOMPARE(m_model->kindAt(3), DeviceListModel::Kind::Valid);
    QCOMPARE(rejectedCell.data().toString(), imeiNo(3).toString());
    QCOMPARE(m_model->index(3, DeviceListModel::LineColumn).data().toInt(), 4);
    QCOMPARE(m_model->index(3, DeviceListModel::ColumnCount + 1).data().toString(), u"=Paris"_s);
    QVERIFY(!counts.isEmpty());
    QCOMPARE(m_model->counts().valid, 3);
    QCOMPARE(m_model->counts().rejected, 0);
    QVERIFY(m_model->canUndoRemoval());
    QVERIFY(m_model->undoRemoval());
    QCOMPARE(m_model->kindAt(3), DeviceListModel::Kind::Rejected);
    QCOMPARE(m_model->counts().rejected, 1);
}

void DeviceListModelTest::clearResets()
{
    m_model->appendImeis(imeis({1, 2}));
    m_model->removeDeviceRows({0});
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->counts(), DeviceListCounts{});
    QVERIFY(!m_model->canUndoRemoval());
}

QTEST_GUILESS_MAIN(DeviceListModelTest)
#include "DeviceListModelTest.moc"
