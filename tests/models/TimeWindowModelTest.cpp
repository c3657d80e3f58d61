// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/TimeWindowModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using fotadesk::TimeWindow;
using fotadesk::TimeWindowModel;
using namespace Qt::StringLiterals;

class TimeWindowModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void validationPerRow_data();
    void validationPerRow();
    void editingRevalidates();
    void editingRejectsOutOfRange_data();
    void editingRejectsOutOfRange();
    void acrossMidnightBecomesTwoRows_data();
    void acrossMidnightBecomesTwoRows();
    void insertAndRemoveRows();
    void localTimeBesideUtc_data();
    void localTimeBesideUtc();
    void flagsAndHeaders();

private:
    std::unique_ptr<TimeWindowModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TimeWindowModelTest::init()
{
    m_model = std::make_unique<TimeWindowModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TimeWindowModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TimeWindowModelTest::validationPerRow_data()
{
    QTest::addColumn<QList<TimeWindow>>("windows");
    QTest::addColumn<QList<bool>>("rowHasError");
    QTest::addColumn<QStringList>("listCodes");

    QTest::newRow("fine") << QList<TimeWindow>{{1, 5}, {5, 8}} << QList<bool>{false, false}
                          << QStringList{};
    QTest::newRow("overlap marks both rows")
        << QList<TimeWindow>{{1, 5}, {4, 8}, {20, 22}} << QList<bool>{true, true, false}
        << QStringList{u"window-overlap"_s};
    QTest::newRow("backwards") << QList<TimeWindow>{{6, 2}} << QList<bool>{true}
                               << QStringList{u"window-crosses-midnight"_s};
    QTest::newRow("empty list warns")
        << QList<TimeWindow>{} << QList<bool>{} << QStringList{u"windows-empty"_s};
}

void TimeWindowModelTest::validationPerRow()
{
    QFETCH(QList<TimeWindow>, windows);
    QFETCH(QList<bool>, rowHasError);
    QFETCH(QStringList, listCodes);
    m_model->setWindows(windows);
    QCOMPARE(m_model->rowCount(), windows.size());
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex check = m_model->index(r, TimeWindowModel::CheckColumn);
        QCOMPARE(check.data(TimeWindowModel::HasErrorRole).toBool(), rowHasError.at(r));
        QCOMPARE(check.data(Qt::ForegroundRole).isValid(), rowHasError.at(r));
        if (rowHasError.at(r))
            QVERIFY(!check.data(TimeWindowModel::IssueCodesRole).toStringList().isEmpty());
    }
    QStringList codes = fotadesk::issueCodes(m_model->issues());
    codes.removeDuplicates();
    QCOMPARE(codes, listCodes);
    QCOMPARE(m_model->hasErrors(), rowHasError.contains(true));
    QCOMPARE(m_model->windows(), windows);
}

void TimeWindowModelTest::editingRevalidates()
{
    m_model->setWindows({{1, 5}, {6, 8}});
    QVERIFY(!m_model->hasErrors());
    QSignalSpy changed(m_model.get(), &TimeWindowModel::windowsChanged);
    QVERIFY(m_model->setData(m_model->index(1, TimeWindowModel::StartColumn), 3));
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_model->hasErrors());
    QCOMPARE(m_model->windows().at(1), (TimeWindow{3, 8}));
    QVERIFY(m_model->index(0, 0).data(TimeWindowModel::HasErrorRole).toBool());
    QVERIFY(m_model->setData(m_model->index(1, TimeWindowModel::StartColumn), 5));
    QVERIFY(!m_model->hasErrors());
    // Shown as hours are written everywhere ("05:00"), edited as the number.
    QCOMPARE(m_model->index(1, TimeWindowModel::StartColumn).data().toString(), u"05:00"_s);
    QCOMPARE(m_model->index(1, TimeWindowModel::EndColumn).data().toString(), u"08:00"_s);
    QCOMPARE(m_model->index(1, TimeWindowModel::StartColumn).data(Qt::EditRole).toInt(), 5);
    QCOMPARE(
        m_model->index(1, TimeWindowModel::StartColumn).data(TimeWindowModel::RawValueRole).toInt(),
        5);
}

void TimeWindowModelTest::editingRejectsOutOfRange_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("start 0") << int(TimeWindowModel::StartColumn) << QVariant(0) << true;
    QTest::newRow("end 24") << int(TimeWindowModel::EndColumn) << QVariant(24) << true;
    QTest::newRow("negative") << int(TimeWindowModel::StartColumn) << QVariant(-1) << false;
    QTest::newRow("25") << int(TimeWindowModel::EndColumn) << QVariant(25) << false;
    QTest::newRow("text") << int(TimeWindowModel::EndColumn) << QVariant(u"late"_s) << false;
    QTest::newRow("local column") << int(TimeWindowModel::LocalColumn) << QVariant(3) << false;
}

void TimeWindowModelTest::editingRejectsOutOfRange()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(bool, accepted);
    m_model->setWindows({{1, 5}});
    QCOMPARE(m_model->setData(m_model->index(0, column), value), accepted);
}

void TimeWindowModelTest::acrossMidnightBecomesTwoRows_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QList<TimeWindow>>("expected");
    QTest::newRow("22 to 2") << 22 << 2 << QList<TimeWindow>{{22, 24}, {0, 2}};
    QTest::newRow("1 to 5") << 1 << 5 << QList<TimeWindow>{{1, 5}};
    QTest::newRow("same hour") << 3 << 3 << QList<TimeWindow>{};
}

void TimeWindowModelTest::acrossMidnightBecomesTwoRows()
{
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QList<TimeWindow>, expected);
    QCOMPARE(m_model->addAcrossMidnight(start, end), expected.size());
    QCOMPARE(m_model->windows(), expected);
}

void TimeWindowModelTest::insertAndRemoveRows()
{
    QVERIFY(m_model->insertRows(0, 2));
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(m_model->hasErrors()); // two identical default windows
    QVERIFY(m_model->removeRows(1, 1));
    QVERIFY(!m_model->hasErrors());
    QVERIFY(!m_model->removeRows(1, 1));
    QCOMPARE(m_model->addWindow({20, 22}), 1);
    QCOMPARE(m_model->windows(), (QList<TimeWindow>{{1, 5}, {20, 22}}));
}

void TimeWindowModelTest::localTimeBesideUtc_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("contains");
    QTest::addColumn<bool>("shifts");

    QTest::newRow("Berlin winter") << QByteArray("Europe/Berlin") << QDate(2026, 1, 10)
                                   << QDate(2026, 1, 20) << u"02:00"_s << false;
    QTest::newRow("Berlin summer") << QByteArray("Europe/Berlin") << QDate(2026, 7, 10)
                                   << QDate(2026, 7, 20) << u"03:00"_s << false;
    QTest::newRow("Berlin across DST") << QByteArray("Europe/Berlin") << QDate(2026, 3, 20)
                                       << QDate(2026, 4, 5) << u"03:00"_s << true;
    QTest::newRow("New York") << QByteArray("America/New_York") << QDate(2026, 1, 10)
                              << QDate(2026, 1, 11) << u"20:00"_s << false;
    QTest::newRow("UTC") << QByteArray("UTC") << QDate(2026, 3, 20) << QDate(2026, 4, 5)
                         << u"01:00"_s << false;
}

void TimeWindowModelTest::localTimeBesideUtc()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, contains);
    QFETCH(bool, shifts);
    m_model->setWindows({{1, 5}});
    QVERIFY(m_model->index(0, TimeWindowModel::LocalColumn).data().toString().isEmpty());
    m_model->setDateRange(start, end);
    m_model->setSiteTimeZone(QTimeZone(zone));
    const QModelIndex local = m_model->index(0, TimeWindowModel::LocalColumn);
    QVERIFY2(local.data().toString().contains(contains), qPrintable(local.data().toString()));
    QCOMPARE(local.data(TimeWindowModel::LocalShiftsRole).toBool(), shifts);
    QVERIFY(local.data(TimeWindowModel::RawValueRole).toDateTime().isValid());
    QVERIFY(m_model->headerData(TimeWindowModel::LocalColumn, Qt::Horizontal)
                .toString()
                .contains(QString::fromLatin1(zone)));
}

void TimeWindowModelTest::flagsAndHeaders()
{
    m_model->setWindows({{1, 5}});
    QVERIFY(m_model->flags(m_model->index(0, TimeWindowModel::StartColumn)) & Qt::ItemIsEditable);
    QVERIFY(m_model->flags(m_model->index(0, TimeWindowModel::EndColumn)) & Qt::ItemIsEditable);
    QVERIFY(
        !(m_model->flags(m_model->index(0, TimeWindowModel::LocalColumn)) & Qt::ItemIsEditable));
    QCOMPARE(m_model->headerData(TimeWindowModel::StartColumn, Qt::Horizontal).toString(),
             u"Start (UTC)"_s);
    QCOMPARE(m_model->index(0, 0).data(TimeWindowModel::WindowRole).value<TimeWindow>(),
             (TimeWindow{1, 5}));
}

QTEST_GUILESS_MAIN(TimeWindowModelTest)
#include "TimeWindowModelTest.moc"
