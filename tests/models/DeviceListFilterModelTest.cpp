// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/DeviceListFilterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using fotadesk::DeviceListFilterModel;
using fotadesk::DeviceListModel;
using fotadesk::Imei;
using fotadesk::RejectedDevice;
using RowState = fotadesk::DeviceListModel::RowState;
using namespace Qt::StringLiterals;

namespace {

Imei imeiNo(std::uint64_t i)
{
    return Imei::completeFrom14(35'693'803'000'000ULL + i);
}

RejectedDevice rejected(const QString& text, int line)
{
    return RejectedDevice::fromParse(Imei::parse(QStringView(text)), text, line);
}

/// The filter's meaning, spelled out through data(): the oracle the fast
/// proxy must agree with.
QList<int> referenceRows(const DeviceListModel& model, const QString& text,
                         const QList<RowState>& states)
{
    QString digits;
    bool digitMode = !text.isEmpty();
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (!(c.isSpace() || c == u'-' || c == u'.' || c == u'/'))
            digitMode = false;
    }
    digitMode = digitMode && !digits.isEmpty();
    QList<int> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto state = RowState(model.index(r, 0).data(DeviceListModel::StateRole).toInt());
        if (!states.isEmpty() && !states.contains(state))
            continue;
        const bool rejectedRow = model.index(r, 0).data(DeviceListModel::KindRole).toInt() ==
                                 int(DeviceListModel::Kind::Rejected);
        const QString imeiText = model.index(r, DeviceListModel::ImeiColumn).data().toString();
        const bool match = text.isEmpty() ||
                           model.index(r, DeviceListModel::StateColumn)
                               .data()
                               .toString()
                               .contains(text, Qt::CaseInsensitive) ||
                           model.index(r, DeviceListModel::ReasonColumn)
                               .data()
                               .toString()
                               .contains(text, Qt::CaseInsensitive) ||
                           (rejectedRow && imeiText.contains(text, Qt::CaseInsensitive)) ||
                           (!rejectedRow && digitMode && imeiText.contains(digits));
        if (match)
            rows.append(r);
    }
    return rows;
}

QList<int> proxyRows(const DeviceListFilterModel& proxy)
{
    QList<int> rows;
    for (int r = 0; r < proxy.rowCount(); ++r)
        rows.append(proxy.mapToSource(proxy.index(r, 0)).row());
    return rows;
}

QList<int> sorted(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

class DeviceListFilterModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void filterAgreesWithReference_data();
    void filterAgreesWithReference();
    void typingNarrowsAndClearingRestores();
    void stateFilter_data();
    void stateFilter();
    void sortByImei_data();
    void sortByImei();
    void sortByStateAndLineIsStable();
    void sourceAppendWhileFiltered();
    void sourceRemovalAndUndoWhileFiltered();
    void sourceDataChangeWhileFiltered();
    void mappingRoundTrips();
    void sourceRowsOfASelection();
    void filterMatchesOtherColumns();
    void sortByOtherColumn();

private:
    void fill();

    std::unique_ptr<DeviceListModel> m_model;
    std::unique_ptr<DeviceListFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void DeviceListFilterModelTest::init()
{
    m_model = std::make_unique<DeviceListModel>();
    m_proxy = std::make_unique<DeviceListFilterModel>();
    m_proxy->setSourceModel(m_model.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill();
}

void DeviceListFilterModelTest::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
}

void DeviceListFilterModelTest::fill()
{
    // 300 IMEIs in scrambled order, some repeated, some rejected lines, some
    // unlicensed, some with operation results.
    std::vector<Imei> list;
    for (std::uint64_t i = 0; i < 300; ++i)
        list.push_back(imeiNo(i * 37 % 300));
    list.push_back(imeiNo(5));
    list.push_back(imeiNo(7));
    m_model->appendImport(list, {rejected(u"3569380300001"_s, 4), rejected(u"hello, world"_s, 9),
                                 rejected(u"35693803000000"_s, 12)});
    std::vector<Imei> licensed;
    for (std::uint64_t i = 0; i < 300; i += 3)
        licensed.push_back(imeiNo(i));
    m_model->setLicensedImeis(licensed);
    m_model->applyOperationResults({{imeiNo(10), false, u"Device does not exist."_s},
                                    {imeiNo(11), true, u"Device added Successfully"_s}});
}

void DeviceListFilterModelTest::filterAgreesWithReference_data()
{
    QTest::addColumn<QString>("text");
    const QString some = imeiNo(123).toString();
    QTest::newRow("empty") << QString();
    QTest::newRow("one digit") << u"3"_s;
    QTest::newRow("two digits") << u"35"_s;
    QTest::newRow("middle digits") << some.mid(6, 5);
    QTest::newRow("last digits") << some.right(4);
    QTest::newRow("whole IMEI") << some;
    QTest::newRow("with separators") << some.left(2) + u" "_s + some.mid(2, 4) + u"-"_s;
    QTest::newRow("no match") << u"99999999"_s;
    QTest::newRow("state label") << u"duplicate"_s;
    QTest::newRow("label upper case") << u"REJECTED"_s;
    QTest::newRow("operation reason") << u"does not exist"_s;
    QTest::newRow("license note") << u"license"_s;
    QTest::newRow("rejected text") << u"hello"_s;
    QTest::newRow("rejected digits") << u"3569380300001"_s;
    QTest::newRow("reason of rejection") << u"check digit"_s;
    QTest::newRow("text no match") << u"zzz"_s;
}

void DeviceListFilterModelTest::filterAgreesWithReference()
{
    QFETCH(QString, text);
    m_proxy->setFilterText(text);
    const QList<int> expected = referenceRows(*m_model, text, {});
    QCOMPARE(proxyRows(*m_proxy), expected);
    if (text.isEmpty())
        QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
}

void DeviceListFilterModelTest::typingNarrowsAndClearingRestores()
{
    const QString some = imeiNo(77).toString();
    QSignalSpy resets(m_proxy.get(), &QAbstractItemModel::modelReset);
    QString typed;
    for (QChar c : some) {
        typed += c;
        m_proxy->setFilterText(typed);
        QCOMPARE(proxyRows(*m_proxy), referenceRows(*m_model, typed, {}));
    }
    QCOMPARE(resets.size(), some.size());
    QVERIFY(m_proxy->rowCount() >= 1);
    // Backspace widens again.
    m_proxy->setFilterText(some.left(3));
    QCOMPARE(proxyRows(*m_proxy), referenceRows(*m_model, some.left(3), {}));
    // Switching from digits to text in one step is not a narrowing.
    m_proxy->setFilterText(some.left(3) + u"x"_s);
    QCOMPARE(proxyRows(*m_proxy), referenceRows(*m_model, some.left(3) + u"x"_s, {}));
    m_proxy->setFilterText(QString());
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
}

void DeviceListFilterModelTest::stateFilter_data()
{
    QTest::addColumn<QList<RowState>>("states");
    QTest::addColumn<QString>("text");
    QTest::newRow("rejected") << QList<RowState>{RowState::Rejected} << QString();
    QTest::newRow("duplicates") << QList<RowState>{RowState::Duplicate} << QString();
    QTest::newRow("unlicensed or failed")
        << QList<RowState>{RowState::Unlicensed, RowState::OperationFailed} << QString();
    QTest::newRow("valid with digits") << QList<RowState>{RowState::Valid} << u"80"_s;
    QTest::newRow("all") << QList<RowState>{} << QString();
}

void DeviceListFilterModelTest::stateFilter()
{
    QFETCH(QList<RowState>, states);
    QFETCH(QString, text);
    m_proxy->setFilterText(text);
    m_proxy->setStateFilter(states);
    QCOMPARE(m_proxy->stateFilter(), states);
    QCOMPARE(proxyRows(*m_proxy), referenceRows(*m_model, text, states));
    // Narrowing a state set goes through the incremental path too.
    if (states.size() > 1) {
        m_proxy->setStateFilter({states.first()});
        QCOMPARE(proxyRows(*m_proxy), referenceRows(*m_model, text, {states.first()}));
    }
}

void DeviceListFilterModelTest::sortByImei_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("text");
    QTest::newRow("ascending") << Qt::AscendingOrder << QString();
    QTest::newRow("descending") << Qt::DescendingOrder << QString();
    QTest::newRow("ascending filtered") << Qt::AscendingOrder << u"1"_s;
}

void DeviceListFilterModelTest::sortByImei()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, text);
    m_proxy->setFilterText(text);
    m_proxy->sort(DeviceListModel::ImeiColumn, order);
    QCOMPARE(m_proxy->sortColumn(), int(DeviceListModel::ImeiColumn));
    const QList<int> rows = proxyRows(*m_proxy);
    QCOMPARE(sorted(rows), referenceRows(*m_model, text, {}));
    // Valid values in order; rejected rows (value 0 in the raw role) at the far end.
    QList<quint64> values;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const quint64 v = m_proxy->index(r, DeviceListModel::ImeiColumn)
                              .data(DeviceListModel::RawValueRole)
                              .value<quint64>();
        if (v != 0)
            values.append(v);
        else
            QVERIFY(order == Qt::AscendingOrder ? r >= values.size() : values.isEmpty());
    }
    QList<quint64> expected = values;
    std::sort(expected.begin(), expected.end());
    if (order == Qt::DescendingOrder)
        std::reverse(expected.begin(), expected.end());
    QCOMPARE(values, expected);
    // Filtering more keeps the order.
    m_proxy->setFilterText(text + u"2"_s);
    QCOMPARE(sorted(proxyRows(*m_proxy)), referenceRows(*m_model, text + u"2"_s, {}));
}

void DeviceListFilterModelTest::sortByStateAndLineIsStable()
{
    m_proxy->sort(DeviceListModel::StateColumn);
    int previousState = -1;
    int previousRow = -1;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex idx = m_proxy->index(r, DeviceListModel::StateColumn);
        const int state = idx.data(DeviceListModel::RawValueRole).toInt();
        const int sourceRow = m_proxy->mapToSource(idx).row();
        QVERIFY(state >= previousState);
        if (state == previousState)
            QVERIFY(sourceRow > previousRow);
        previousState = state;
        previousRow = sourceRow;
    }
    m_proxy->sort(DeviceListModel::LineColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, DeviceListModel::LineColumn).data().toInt(), 12);
    QCOMPARE(m_proxy->index(1, DeviceListModel::LineColumn).data().toInt(), 9);
    m_proxy->sort(DeviceListModel::ReasonColumn);
    QString previous;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QString reason = m_proxy->index(r, DeviceListModel::ReasonColumn).data().toString();
        QVERIFY2(QString::localeAwareCompare(previous, reason) <= 0, qPrintable(reason));
        previous = reason;
    }
    m_proxy->sort(-1);
    QCOMPARE(proxyRows(*m_proxy), referenceRows(*m_model, {}, {}));
}

void DeviceListFilterModelTest::sourceAppendWhileFiltered()
{
    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    m_proxy->setFilterText(u"0"_s);
    const std::vector<Imei> more{imeiNo(1000), imeiNo(1001), imeiNo(2222)};
    m_model->appendImeis(more);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(proxyRows(*m_proxy), referenceRows(*m_model, u"0"_s, {}));

    // Sorted: the proxy resets and still agrees.
    m_proxy->sort(DeviceListModel::ImeiColumn);
    m_model->appendTexts({imeiNo(3000).toString(), u"junk0"_s});
    QCOMPARE(sorted(proxyRows(*m_proxy)), referenceRows(*m_model, u"0"_s, {}));
}

void DeviceListFilterModelTest::sourceRemovalAndUndoWhileFiltered()
{
    m_proxy->setFilterText(u"1"_s);
    // Remove every visible row through the proxy, as the editor's "remove" does.
    const QList<int> visible = m_proxy->allSourceRows();
    QVERIFY(!visible.isEmpty());
    m_model->removeDeviceRows(visible);
    QCOMPARE(proxyRows(*m_proxy), referenceRows(*m_model, u"1"_s, {}));
    m_model->undoRemoval();
    QCOMPARE(proxyRows(*m_proxy), referenceRows(*m_model, u"1"_s, {}));
    QCOMPARE(m_proxy->allSourceRows(), visible);
    // A few rows only: ranged signals rather than a reset.
    m_model->removeDeviceRows({0, 1});
    QCOMPARE(proxyRows(*m_proxy), referenceRows(*m_model, u"1"_s, {}));
    m_model->undoRemoval();
    QCOMPARE(proxyRows(*m_proxy), referenceRows(*m_model, u"1"_s, {}));
}

void DeviceListFilterModelTest::sourceDataChangeWhileFiltered()
{
    m_proxy->setStateFilter({RowState::Unlicensed});
    const int before = m_proxy->rowCount();
    QVERIFY(before > 0);
    m_model->clearLicenseState();
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setStateFilter({});
    m_proxy->setFilterText(u"Failed"_s);
    QCOMPARE(proxyRows(*m_proxy), referenceRows(*m_model, u"Failed"_s, {}));
    m_model->applyOperationResults({{imeiNo(20), false, u"timeout"_s}});
    QCOMPARE(proxyRows(*m_proxy), referenceRows(*m_model, u"Failed"_s, {}));
    // A change that does not move rows in or out is forwarded as dataChanged.
    QSignalSpy changed(m_proxy.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy resets(m_proxy.get(), &QAbstractItemModel::modelReset);
    m_model->applyOperationResults({{imeiNo(20), false, u"timeout again"_s}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(resets.size(), 0);
}

void DeviceListFilterModelTest::mappingRoundTrips()
{
    m_proxy->setFilterText(u"5"_s);
    m_proxy->sort(DeviceListModel::ImeiColumn, Qt::DescendingOrder);
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex p = m_proxy->index(r, 1);
        const QModelIndex s = m_proxy->mapToSource(p);
        QCOMPARE(m_proxy->mapFromSource(s), p);
        QCOMPARE(p.data(), s.data());
    }
    // A hidden source row maps to nothing.
    const QList<int> visible = m_proxy->allSourceRows();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (!visible.contains(r)) {
            QVERIFY(!m_proxy->mapFromSource(m_model->index(r, 0)).isValid());
            break;
        }
    }
}

void DeviceListFilterModelTest::sourceRowsOfASelection()
{
    m_proxy->sort(DeviceListModel::ImeiColumn, Qt::DescendingOrder);
    const QModelIndexList selection{m_proxy->index(0, 0), m_proxy->index(0, 2),
                                    m_proxy->index(5, 1)};
    const QList<int> rows = m_proxy->sourceRows(selection);
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(0) < rows.at(1));
    QVERIFY(rows.contains(m_proxy->mapToSource(m_proxy->index(5, 0)).row()));
}

namespace {

void appendSites(DeviceListModel& model)
{
    fotadesk::DeviceRows rows;
    rows.imeis = {imeiNo(101), imeiNo(102), imeiNo(103)};
    rows.imeiLines = {2, 3, 4};
    rows.rejected = {rejected(u"junk"_s, 5)};
    rows.cells = {{u"Madrid Norte"_s}, {u"Berlin"_s}, {u"madrid sur"_s}, {u"Madrid 12"_s}};
    rows.columnNames = {u"Site"_s};
    model.appendRows(rows);
}

} // namespace

void DeviceListFilterModelTest::filterMatchesOtherColumns()
{
    const int before = m_model->rowCount();
    appendSites(*m_model);
    m_proxy->setFilterText(u"MADRID"_s);
    QCOMPARE(m_proxy->allSourceRows(), (QList<int>{before, before + 2, before + 3}));
    // Typing on narrows the rows found in the other column too.
    m_proxy->setFilterText(u"MADRID N"_s);
    QCOMPARE(m_proxy->allSourceRows(), QList<int>{before});
    // Digits look in the other columns as well as in the IMEIs.
    m_proxy->setFilterText(u"12"_s);
    QVERIFY(m_proxy->allSourceRows().contains(before + 3));
    m_proxy->setFilterText(u"Berlin"_s);
    QCOMPARE(m_proxy->allSourceRows(), QList<int>{before + 1});
    QCOMPARE(m_proxy->index(0, DeviceListModel::ColumnCount).data().toString(), u"Berlin"_s);
    QCOMPARE(m_proxy->index(0, DeviceListModel::LineColumn).data().toInt(), 3);
}

void DeviceListFilterModelTest::sortByOtherColumn()
{
    m_model->clear();
    appendSites(*m_model);
    m_proxy->sort(DeviceListModel::ColumnCount, Qt::AscendingOrder);
    QStringList sites;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        sites.append(m_proxy->index(r, DeviceListModel::ColumnCount).data().toString());
    QCOMPARE(sites.first(), u"Berlin"_s);
    QCOMPARE(m_proxy->sortColumn(), int(DeviceListModel::ColumnCount));
}

QTEST_GUILESS_MAIN(DeviceListFilterModelTest)
#include "DeviceListFilterModelTest.moc"
