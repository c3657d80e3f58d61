// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/CampaignModel.h"

#include "models/CampaignFilterModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using fotadesk::CampaignFilterModel;
using fotadesk::CampaignModel;
using fotadesk::StatusGroup;
using fotadesk::wire::Campaign;
using namespace Qt::StringLiterals;

namespace {

Campaign campaign(const QString& id, const QString& status, QDate start, QDate end,
                  const QString& name = {})
{
    Campaign c;
    c.id = id;
    c.accountName = u"0000123456-00001"_s;
    c.campaignName = name;
    c.firmwareName = u"ACME_AX100"_s;
    c.firmwareFrom = u"R1"_s;
    c.firmwareTo = u"R2"_s;
    c.protocol = u"LWM2M"_s;
    c.make = u"ACME"_s;
    c.model = u"AX100"_s;
    c.startDate = start;
    c.endDate = end;
    c.status = status;
    c.timeWindows = {{1, 5}};
    return c;
}

QStringList ids(const QAbstractItemModel& m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.index(r, CampaignModel::IdColumn).data().toString());
    return out;
}

} // namespace

class CampaignModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pagesAppendAndUpsert();
    void countsByGroup();
    void rolesAndBadges();
    void unknownStatusIsKeptVerbatim();
    void retainOnly();
    void filter_data();
    void filter();
    void sortByStartDate();

private:
    void fill();

    std::unique_ptr<CampaignModel> m_model;
    std::unique_ptr<CampaignFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void CampaignModelTest::init()
{
    m_model = std::make_unique<CampaignModel>();
    m_proxy = std::make_unique<CampaignFilterModel>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void CampaignModelTest::cleanup()
{
    m_proxyTester.reset();
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
}

void CampaignModelTest::fill()
{
    m_model->appendPage({
        campaign(u"c1"_s, u"CampaignRequestPending"_s, QDate(2026, 1, 1), QDate(2026, 1, 10),
                 u"Depot 7 modem refresh"_s),
        campaign(u"c2"_s, u"CampaignScheduled"_s, QDate(2026, 2, 1), QDate(2026, 2, 5)),
    });
    m_model->appendPage({
        campaign(u"c3"_s, u"CampaignEnded"_s, QDate(2025, 6, 1), QDate(2025, 6, 3)),
        campaign(u"c4"_s, u"CampaignAborted"_s, QDate(2025, 12, 20), QDate(2026, 1, 2)),
        campaign(u"c5"_s, u"CampaignWeird"_s, QDate(2026, 3, 1), QDate(2026, 3, 2)),
    });
}

void CampaignModelTest::pagesAppendAndUpsert()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    fill();
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(ids(*m_model), (QStringList{u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s, u"c5"_s}));
    // c2 seen again under another status (it moved between two pages): one row.
    m_model->appendPage(
        {campaign(u"c2"_s, u"CampaignEnded"_s, QDate(2026, 2, 1), QDate(2026, 2, 5)),
         campaign(u"c6"_s, u"CampaignFailed"_s, QDate(2026, 2, 1), QDate(2026, 2, 5)),
         campaign(u"c6"_s, u"CampaignEnded"_s, QDate(2026, 2, 1), QDate(2026, 2, 5))});
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->campaignAt(m_model->rowOf(u"c2"_s)).status, u"CampaignEnded"_s);
    QCOMPARE(m_model->campaignAt(m_model->rowOf(u"c6"_s)).status, u"CampaignEnded"_s);
    QCOMPARE(m_model->rowOf(u"nope"_s), -1);
}

void CampaignModelTest::countsByGroup()
{
    QSignalSpy counts(m_model.get(), &CampaignModel::countsChanged);
    fill();
    QCOMPARE(counts.size(), 2);
    QCOMPARE(m_model->count(StatusGroup::Pending), 1);
    QCOMPARE(m_model->count(StatusGroup::InProgress), 1);
    QCOMPARE(m_model->count(StatusGroup::Ended), 1);
    QCOMPARE(m_model->count(StatusGroup::Cancelled), 1);
    QCOMPARE(m_model->count(StatusGroup::Unknown), 1);
    QCOMPARE(m_model->count(StatusGroup::Failed), 0);
    m_model->upsert(
        campaign(u"c1"_s, u"CampaignRequestFailed"_s, QDate(2026, 1, 1), QDate(2026, 1, 10)));
    QCOMPARE(m_model->count(StatusGroup::Pending), 0);
    QCOMPARE(m_model->count(StatusGroup::Failed), 1);
}

void CampaignModelTest::rolesAndBadges()
{
    fill();
    const int r = m_model->rowOf(u"c1"_s);
    QCOMPARE(m_model->index(r, CampaignModel::NameColumn).data().toString(),
             u"Depot 7 modem refresh"_s);
    QCOMPARE(m_model->index(m_model->rowOf(u"c2"_s), CampaignModel::NameColumn).data().toString(),
             u"c2"_s);
    QCOMPARE(
        m_model->index(r, CampaignModel::StatusColumn).data(CampaignModel::StatusGroupRole).toInt(),
        int(StatusGroup::Pending));
    QCOMPARE(m_model->index(r, 0).data(CampaignModel::StatusRole).toString(),
             u"CampaignRequestPending"_s);
    QVERIFY(m_model->index(r, CampaignModel::StatusColumn)
                .data(Qt::DecorationRole)
                .value<QColor>()
                .isValid());
    QCOMPARE(
        m_model->index(r, CampaignModel::StartColumn).data(CampaignModel::RawValueRole).toDate(),
        QDate(2026, 1, 1));
    QVERIFY(m_model->index(r, CampaignModel::WindowsColumn).data().toString().contains(u"01:00"_s));
    QVERIFY(m_model->index(r, CampaignModel::FirmwareColumn).data().toString().contains(u"R1"_s));
    QCOMPARE(m_model->index(r, CampaignModel::MakeModelColumn).data().toString(), u"ACME AX100"_s);
    QCOMPARE(m_model->index(r, 0).data(CampaignModel::CampaignRole).value<Campaign>().id, u"c1"_s);
}

void CampaignModelTest::unknownStatusIsKeptVerbatim()
{
    fill();
    const int r = m_model->rowOf(u"c5"_s);
    QCOMPARE(m_model->index(r, CampaignModel::StatusColumn).data().toString(), u"CampaignWeird"_s);
    QCOMPARE(m_model->groupAt(r), StatusGroup::Unknown);
}

void CampaignModelTest::retainOnly()
{
    fill();
    QCOMPARE(m_model->retainOnly({u"c2"_s, u"c4"_s}), 3);
    QCOMPARE(ids(*m_model), (QStringList{u"c2"_s, u"c4"_s}));
    QCOMPARE(m_model->rowOf(u"c4"_s), 1);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->count(StatusGroup::InProgress), 0);
}

void CampaignModelTest::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<StatusGroup>>("groups");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("expected");

    const QStringList all{u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s, u"c5"_s};
    QTest::newRow("nothing set") << QString() << QList<StatusGroup>{} << QDate() << QDate() << all;
    QTest::newRow("name words") << u"depot refresh"_s << QList<StatusGroup>{} << QDate() << QDate()
                                << QStringList{u"c1"_s};
    QTest::newRow("raw status") << u"weird"_s << QList<StatusGroup>{} << QDate() << QDate()
                                << QStringList{u"c5"_s};
    QTest::newRow("groups") << QString()
                            << QList<StatusGroup>{StatusGroup::Ended, StatusGroup::Cancelled}
                            << QDate() << QDate() << QStringList{u"c3"_s, u"c4"_s};
    QTest::newRow("dates overlap january") << QString() << QList<StatusGroup>{} << QDate(2026, 1, 1)
                                           << QDate(2026, 1, 31) << QStringList{u"c1"_s, u"c4"_s};
    QTest::newRow("open start") << QString() << QList<StatusGroup>{} << QDate()
                                << QDate(2025, 12, 31) << QStringList{u"c3"_s, u"c4"_s};
    QTest::newRow("all three") << u"acme"_s << QList<StatusGroup>{StatusGroup::Pending}
                               << QDate(2026, 1, 5) << QDate() << QStringList{u"c1"_s};
}

void CampaignModelTest::filter()
{
    QFETCH(QString, text);
    QFETCH(QList<StatusGroup>, groups);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, expected);
    fill();
    m_proxy->setSearchText(text);
    m_proxy->setStatusGroups(groups);
    m_proxy->setDateRange(from, to);
    QCOMPARE(ids(*m_proxy), expected);
}

void CampaignModelTest::sortByStartDate()
{
    fill();
    m_proxy->sort(CampaignModel::StartColumn);
    QCOMPARE(ids(*m_proxy), (QStringList{u"c3"_s, u"c4"_s, u"c1"_s, u"c2"_s, u"c5"_s}));
    // A page arriving later lands in order.
    m_model->appendPage(
        {campaign(u"c0"_s, u"CampaignEnded"_s, QDate(2020, 1, 1), QDate(2020, 1, 2))});
    QCOMPARE(ids(*m_proxy).first(), u"c0"_s);
}

QTEST_GUILESS_MAIN(CampaignModelTest)
#include "CampaignModelTest.moc"
