// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/DeviceStatusModel.h"

#include "core/Imei.h"
#include "models/DeviceStatusFilterModel.h"
#include "support/CsvReadBack.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using fotadesk::DeviceStatusFilterModel;
using fotadesk::DeviceStatusModel;
using fotadesk::Imei;
using fotadesk::StatusGroup;
using fotadesk::Timestamp;
using fotadesk::wire::DeviceStatus;
using namespace Qt::StringLiterals;

namespace {

QString imeiNo(std::uint64_t i)
{
    return Imei::completeFrom14(49'015'420'000'000ULL + i).toString();
}

DeviceStatus device(const QString& id, const QString& status, const QString& reason = {},
                    const QString& recent = {})
{
    DeviceStatus d;
    d.deviceId = id;
    d.status = status;
    d.resultReason = reason;
    d.updatedTime = Timestamp::parse(u"2026-01-15T12:00:00Z");
    if (!recent.isEmpty())
        d.recentAttemptTime = Timestamp::parse(recent);
    return d;
}

QList<DeviceStatus> page(int first, int count)
{
    static const QStringList statuses{u"UpgradePending"_s, u"UpgradeSuccess"_s,
                                      u"DownloadInstallSucceeded"_s, u"UpgradeFailed"_s,
                                      u"SomethingNew"_s};
    QList<DeviceStatus> out;
    for (int i = first; i < first + count; ++i) {
        const QString& status = statuses.at(i % statuses.size());
        out.append(device(imeiNo(std::uint64_t(i)), status,
                          status == u"UpgradeFailed"_s ? u"Download timed out"_s : QString()));
    }
    return out;
}

QStringList deviceIds(const QAbstractItemModel& m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.index(r, DeviceStatusModel::ImeiColumn).data().toString());
    return out;
}

} // namespace

class DeviceStatusModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pagesAreOneInsertionEach();
    void countsPerGroup();
    void timesInLocalAndUtc_data();
    void timesInLocalAndUtc();
    void timesFollowTheUsersLocale_data();
    void timesFollowTheUsersLocale();
    void oddValuesAreKept();
    void csvExport();
    void firmwareChecks();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void filter_data();
    void filter();
    void sortByImeiAndTime();
    void manyRowsStayCompact();
    void reserveKeepsRows();
    void outOfOrderPagesMakeAnOrderedTable();
    void overlappingPageGivesUpTheOrder();
    void oddTimesAndChecksMoveWithTheirRows();
    void swapKeepsTheOrderWithoutSorting();

private:
    std::unique_ptr<DeviceStatusModel> m_model;
    std::unique_ptr<DeviceStatusFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void DeviceStatusModelTest::init()
{
    m_model = std::make_unique<DeviceStatusModel>();
    m_model->setDisplayTimeZone(QTimeZone("Europe/Berlin"));
    m_proxy = std::make_unique<DeviceStatusFilterModel>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void DeviceStatusModelTest::cleanup()
{
    m_proxyTester.reset();
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
}

void DeviceStatusModelTest::pagesAreOneInsertionEach()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy counts(m_model.get(), &DeviceStatusModel::countsChanged);
    m_model->appendPage(page(0, 100));
    m_model->appendPage(page(100, 100));
    m_model->appendPage({});
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(counts.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 100);
    QCOMPARE(inserted.at(1).at(2).toInt(), 199);
    QCOMPARE(m_model->rowCount(), 200);
    QCOMPARE(m_model->index(150, 0).data().toString(), imeiNo(150));
    // Five statuses, one reason, "" and nothing else interned.
    QCOMPARE(m_model->strings().size(), 1 + 5 + 1);
}

void DeviceStatusModelTest::countsPerGroup()
{
    m_model->appendPage(page(0, 100));
    QCOMPARE(m_model->count(StatusGroup::Pending), 20);
    QCOMPARE(m_model->count(StatusGroup::Succeeded), 40);
    QCOMPARE(m_model->count(StatusGroup::Failed), 20);
    QCOMPARE(m_model->count(StatusGroup::Unknown), 20);
    qint64 total = 0;
    for (qint64 c : m_model->countsByGroup())
        total += c;
    QCOMPARE(total, 100);
    m_model->clear();
    QCOMPARE(m_model->count(StatusGroup::Succeeded), 0);
    QCOMPARE(m_model->rowCount(), 0);
}

void DeviceStatusModelTest::timesInLocalAndUtc_data()
{
    QTest::addColumn<QString>("recent");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("utc");
    QTest::newRow("winter") << u"2026-01-15T14:05:00Z"_s << u"2026-01-15 15:05 (14:05 UTC)"_s
                            << u"2026-01-15T14:05:00.000Z"_s;
    QTest::newRow("summer") << u"2026-07-15T14:05:00Z"_s << u"2026-07-15 16:05 (14:05 UTC)"_s
                            << u"2026-07-15T14:05:00.000Z"_s;
    QTest::newRow("other day") << u"2026-01-15 23:30:00.5 +0000 UTC"_s
                               << u"2026-01-16 00:30 (2026-01-15 23:30 UTC)"_s
                               << u"2026-01-15T23:30:00.500Z"_s;
}

void DeviceStatusModelTest::timesInLocalAndUtc()
{
    QFETCH(QString, recent);
    QFETCH(QString, display);
    QFETCH(QString, utc);
    m_model->appendPage({device(imeiNo(1), u"UpgradePending"_s, {}, recent)});
    const QModelIndex idx = m_model->index(0, DeviceStatusModel::RecentAttemptColumn);
    QCOMPARE(idx.data().toString(), display);
    QCOMPARE(idx.data(DeviceStatusModel::UtcTextRole).toString(), utc);
    QCOMPARE(idx.data(DeviceStatusModel::RawValueRole).toLongLong(),
             Timestamp::parse(recent).utc.toMSecsSinceEpoch());
    QVERIFY(idx.data(Qt::ToolTipRole).toString().contains(u"UTC"_s));
    QVERIFY(!m_model->index(0, DeviceStatusModel::NextAttemptColumn).data().isValid());
}

void DeviceStatusModelTest::timesFollowTheUsersLocale_data()
{
    QTest::addColumn<QString>("recent");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("localOnly");
    QTest::addColumn<QString>("tooltip");
    // The tooltip: the same pattern (DisplayFormat::withUtc) with seconds.
    QTest::newRow("same day") << u"2026-01-15T14:05:00Z"_s << u"15.01.2026 15:05 (14:05 UTC)"_s
                              << u"15.01.2026 15:05"_s << u"15.01.2026 15:05:00 (14:05:00 UTC)"_s;
    QTest::newRow("other day") << u"2026-01-15T23:30:00Z"_s
                               << u"16.01.2026 00:30 (15.01.2026 23:30 UTC)"_s
                               << u"16.01.2026 00:30"_s
                               << u"16.01.2026 00:30:00 (15.01.2026 23:30:00 UTC)"_s;
}

void DeviceStatusModelTest::timesFollowTheUsersLocale()
{
    QFETCH(QString, recent);
    QFETCH(QString, display);
    QFETCH(QString, localOnly);
    QFETCH(QString, tooltip);
    // What AppLanguage does for a German user: the default locale (DisplayFormat).
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    m_model->appendPage({device(imeiNo(1), u"UpgradePending"_s, {}, recent)});
    const QModelIndex idx = m_model->index(0, DeviceStatusModel::RecentAttemptColumn);
    const QString shown = idx.data().toString();
    const QString local = idx.data(DeviceStatusModel::LocalTextRole).toString();
    const QString shownTooltip = idx.data(Qt::ToolTipRole).toString();
    const QString wire = idx.data(DeviceStatusModel::UtcTextRole).toString();
    QLocale::setDefault(before);
    QCOMPARE(shown, display);
    QCOMPARE(local, localOnly);
    QCOMPARE(shownTooltip, tooltip);
    // The wire form stays ISO 8601, whatever the locale.
    QCOMPARE(wire, Timestamp::format(Timestamp::parse(recent).utc));
}

void DeviceStatusModelTest::oddValuesAreKept()
{
    DeviceStatus odd = device(u"not-an-imei"_s, u"  CampaignThing  "_s, u"Reason?"_s);
    odd.nextAttemptTime = Timestamp::parse(u"soon");
    m_model->appendPage({odd});
    QCOMPARE(m_model->index(0, DeviceStatusModel::ImeiColumn).data().toString(), u"not-an-imei"_s);
    QCOMPARE(m_model->index(0, 0).data(DeviceStatusModel::StatusRole).toString(),
             u"  CampaignThing  "_s);
    QCOMPARE(m_model->index(0, DeviceStatusModel::NextAttemptColumn).data().toString(), u"soon"_s);
    QCOMPARE(m_model->deviceStatusAt(0).nextAttemptTime.raw, u"soon"_s);
    QCOMPARE(m_model->groupAt(0), StatusGroup::Unknown);
}

void DeviceStatusModelTest::csvExport()
{
    m_model->appendPage({device(imeiNo(1), u"UpgradeFailed"_s, u"Timed out, retrying"_s,
                                u"2026-01-15T14:05:00Z"_s)});
    const QList<QByteArray> lines = m_model->toCsv().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
             QByteArray("\xEF\xBB\xBFimei,status,group,reason,updatedTime,recentAttemptTime,"
                        "nextAttemptTime,firmwareCheck,reportedFirmware,firmwareCheckReason\r"));
    QCOMPARE(lines.at(1), imeiNo(1).toLatin1() +
                              ",UpgradeFailed,failed,\"Timed out, retrying\","
                              "2026-01-15T12:00:00.000Z,2026-01-15T14:05:00.000Z,,,,\r");
}

void DeviceStatusModelTest::firmwareChecks()
{
    m_model->appendPage({device(imeiNo(1), u"UpgradeSuccess"_s),
                         device(imeiNo(2), u"UpgradeSuccess"_s),
                         device(imeiNo(3), u"UpgradeSuccess"_s),
                         device(imeiNo(4), u"UpgradeFailed"_s, u"Download failed"_s)});
    const auto cell = [this](int row, int role = Qt::DisplayRole) {
        return m_model->index(row, DeviceStatusModel::FirmwareCheckColumn).data(role);
    };
    QVERIFY(!m_model->hasFirmwareChecks());
    QVERIFY(!cell(0).isValid());
    QCOMPARE(m_model->headerData(DeviceStatusModel::FirmwareCheckColumn, Qt::Horizontal),
             QVariant(u"Firmware check"_s));

    fotadesk::FirmwareVerificationResult result;
    result.firmwareTo = u"R2.2.0"_s;
    result.devices = {
        {imeiNo(1), fotadesk::FirmwareVerdict::Verified, u"R2.2.0"_s, {}},
        {imeiNo(2), fotadesk::FirmwareVerdict::Mismatch, u"R2.3.0"_s, {}},
        {imeiNo(3), fotadesk::FirmwareVerdict::NotReported, {}, u"Device did not respond"_s},
        {imeiNo(9), fotadesk::FirmwareVerdict::Verified, u"R2.2.0"_s, {}}, // not in the report
    };
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setFirmwareChecks(result);
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_model->hasFirmwareChecks());
    QCOMPARE(cell(0).toString(), u"Verified"_s);
    QCOMPARE(cell(1).toString(), u"Mismatch: R2.3.0"_s);
    QCOMPARE(cell(2).toString(), u"Not reported yet"_s);
    QVERIFY(!cell(3).isValid()); // failed: not verified
    QCOMPARE(cell(1, DeviceStatusModel::RawValueRole).toString(), u"mismatch"_s);
    QVERIFY(cell(1, Qt::ToolTipRole).toString().contains(u"R2.2.0"_s));
    QVERIFY(cell(2, Qt::ToolTipRole).toString().contains(u"Device did not respond"_s));
    QVERIFY(cell(0, Qt::DecorationRole).isValid());
    QCOMPARE(m_model->firmwareVerdictAt(1), fotadesk::FirmwareVerdict::Mismatch);
    QCOMPARE(m_model->firmwareVerdictAt(3), std::nullopt);

    // The CSV carries the verdict's code and what the device reported (or why not).
    const auto back = fotadesk::test::readCsvBack(m_model->toCsv());
    QCOMPARE(back.rows.at(1).mid(7), (QStringList{u"verified"_s, u"R2.2.0"_s, QString()}));
    QCOMPARE(back.rows.at(2).mid(7), (QStringList{u"mismatch"_s, u"R2.3.0"_s, QString()}));
    QCOMPARE(back.rows.at(3).mid(7),
             (QStringList{u"not-reported"_s, QString(), u"Device did not respond"_s}));
    QCOMPARE(back.rows.at(4).mid(7), (QStringList{QString(), QString(), QString()}));

    // Rows that come later are not verified; clearing removes every verdict.
    m_model->appendPage({device(imeiNo(9), u"UpgradeSuccess"_s)});
    QVERIFY(!cell(4).isValid());
    QCOMPARE(cell(0).toString(), u"Verified"_s);
    m_model->clearFirmwareChecks();
    QVERIFY(!m_model->hasFirmwareChecks());
    QVERIFY(!cell(0).isValid());
}

void DeviceStatusModelTest::csvRoundTrip_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QByteArray>("written"); // in the file, after the id

    QTest::newRow("formula reason")
        << imeiNo(3) << u"UpgradeFailed"_s << u"=1+1"_s << ",UpgradeFailed,failed,'=1+1,"_ba;
    QTest::newRow("formula status")
        << imeiNo(3) << u"@SUM(A1)"_s << QString() << ",'@SUM(A1),unknown,,"_ba;
    QTest::newRow("formula id") << u"=1+1"_s << u"UpgradeFailed"_s << u"x"_s
                                << ",UpgradeFailed,failed,x,"_ba;
    QTest::newRow("quotes, comma, CRLF")
        << imeiNo(4) << u"UpgradeFailed"_s << u"say \"no\",\r\nthen retry"_s
        << ",\"say \"\"no\"\",\r\nthen retry\","_ba;
    QTest::newRow("spaces kept") << imeiNo(5) << u"  CampaignThing  "_s << u"-5"_s
                                 << ",\"  CampaignThing  \",unknown,-5,"_ba;
    QTest::newRow("non-ascii") << imeiNo(6) << u"UpgradeFailed"_s << u"Zürich −1"_s
                               << ",UpgradeFailed,failed,Z\xC3\xBC"_ba;
}

void DeviceStatusModelTest::csvRoundTrip()
{
    QFETCH(QString, id);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    QFETCH(QByteArray, written);
    m_model->appendPage({device(imeiNo(1), u"UpgradeSuccess"_s),
                         device(id, status, reason, u"2026-01-15T14:05:00Z"_s)});
    const QByteArray csv = m_model->toCsv();
    QVERIFY2(csv.contains(written), csv.constData());
    if (id.startsWith(u'='))
        QVERIFY(csv.contains("\r\n'=1+1,"));

    const auto back = fotadesk::test::readCsvBack(csv);
    QVERIFY(back.bom);
    QVERIFY(back.crlf);
    QCOMPARE(back.unsafeCells, QStringList());
    QCOMPARE(back.rows.size(), 3);
    for (int row = 0; row < 2; ++row) {
        const DeviceStatus d = m_model->deviceStatusAt(row);
        const QStringList expected{
            d.deviceId,
            d.status,
            fotadesk::StatusClassifier::groupCode(m_model->groupAt(row)),
            d.resultReason,
            d.updatedTime.raw,
            d.recentAttemptTime.raw,
            d.nextAttemptTime.raw,
            QString(), // not verified: no firmware check
            QString(),
            QString(),
        };
        QCOMPARE(back.rows.at(row + 1), expected);
    }
    QCOMPARE(back.rows.at(2).at(0), id);
    QCOMPARE(back.rows.at(2).at(1), status);
    QCOMPARE(back.rows.at(2).at(3), reason);

    // The importer takes the same devices back from the imei column.
    const auto imported = fotadesk::test::importCsvBack(csv);
    QVERIFY(imported.ok());
    const bool isImei = !id.startsWith(u'=');
    QCOMPARE(imported.imeis.size(), isImei ? 2 : 1);
    QCOMPARE(imported.imeis.first().toString(), imeiNo(1));
    if (isImei) {
        QCOMPARE(imported.imeis.last().toString(), id);
    } else {
        QCOMPARE(imported.rejected.size(), 1);
        QCOMPARE(imported.rejected.first().text, id);
    }
}

void DeviceStatusModelTest::filter_data()
{
    QTest::addColumn<QList<StatusGroup>>("groups");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("imei");
    QTest::addColumn<int>("expected");
    QTest::newRow("all") << QList<StatusGroup>{} << QString() << QString() << 50;
    QTest::newRow("failed") << QList<StatusGroup>{StatusGroup::Failed} << QString() << QString()
                            << 10;
    QTest::newRow("pending or unknown")
        << QList<StatusGroup>{StatusGroup::Pending, StatusGroup::Unknown} << QString() << QString()
        << 20;
    QTest::newRow("reason text") << QList<StatusGroup>{} << u"TIMED"_s << QString() << 10;
    QTest::newRow("raw status text")
        << QList<StatusGroup>{} << u"somethingnew"_s << QString() << 10;
    QTest::newRow("imei") << QList<StatusGroup>{} << QString() << imeiNo(7) << 1;
    QTest::newRow("imei with spaces")
        << QList<StatusGroup>{} << QString() << imeiNo(7).left(4) + u" "_s + imeiNo(7).mid(4) << 1;
    QTest::newRow("combined") << QList<StatusGroup>{StatusGroup::Succeeded} << QString()
                              << imeiNo(11) << 1;
    QTest::newRow("none") << QList<StatusGroup>{StatusGroup::Failed} << QString() << imeiNo(11)
                          << 0;
}

void DeviceStatusModelTest::filter()
{
    QFETCH(QList<StatusGroup>, groups);
    QFETCH(QString, reason);
    QFETCH(QString, imei);
    QFETCH(int, expected);
    m_model->appendPage(page(0, 50));
    m_proxy->setStatusGroups(groups);
    m_proxy->setReasonText(reason);
    m_proxy->setImeiText(imei);
    QCOMPARE(m_proxy->rowCount(), expected);
    // Pages arriving later are filtered too.
    m_model->appendPage(page(50, 50));
    QCOMPARE(m_proxy->rowCount(), imei.isEmpty() ? expected * 2 : expected);
}

void DeviceStatusModelTest::sortByImeiAndTime()
{
    m_model->appendPage({device(imeiNo(3), u"A"_s, {}, u"2026-01-03T00:00:00Z"_s),
                         device(imeiNo(1), u"A"_s, {}, u"2026-01-02T00:00:00Z"_s),
                         device(imeiNo(2), u"A"_s, {}, u"2026-01-01T00:00:00Z"_s)});
    m_proxy->sort(DeviceStatusModel::ImeiColumn);
    QCOMPARE(deviceIds(*m_proxy), (QStringList{imeiNo(1), imeiNo(2), imeiNo(3)}));
    m_proxy->sort(DeviceStatusModel::RecentAttemptColumn, Qt::DescendingOrder);
    QCOMPARE(deviceIds(*m_proxy), (QStringList{imeiNo(3), imeiNo(1), imeiNo(2)}));
}

void DeviceStatusModelTest::manyRowsStayCompact()
{
    m_tester.reset(); // it walks every row after each page
    m_proxyTester.reset();
    for (int p = 0; p < 100; ++p)
        m_model->appendPage(page(p * 1000, 1000));
    QCOMPARE(m_model->rowCount(), 100'000);
    QCOMPARE(m_model->count(StatusGroup::Failed), 20'000);
    const double perRow = double(m_model->storageBytes()) / 100'000;
    qInfo("device status storage: %.1f bytes per row", perRow);
    QVERIFY2(perRow <= 64.0, qPrintable(QString::number(perRow)));
}

void DeviceStatusModelTest::reserveKeepsRows()
{
    m_model->appendPage(page(0, 10));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->reserve(5000);
    QVERIFY(m_model->capacity() >= 5000);
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    const QList<DeviceStatus> expected = page(0, 10);
    for (int row = 0; row < 10; ++row)
        QCOMPARE(m_model->deviceIdAt(row), expected.at(row).deviceId);
    m_model->reserve(100); // never shrinks
    QVERIFY(m_model->capacity() >= 5000);
    m_model->appendPage(page(10, 4990));
    QCOMPARE(m_model->rowCount(), 5000);
    QCOMPARE(m_model->deviceIdAt(4999), imeiNo(4999));
}

void DeviceStatusModelTest::outOfOrderPagesMakeAnOrderedTable()
{
    // Range-parallel reading delivers pages (and 500-row slices of them) out of IMEI order.
    m_proxy->sort(DeviceStatusModel::ImeiColumn);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy lost(m_model.get(), &DeviceStatusModel::orderLost);
    m_model->appendPage(page(200, 100));
    m_model->appendPage(page(0, 100));
    m_model->appendPage(page(150, 50));
    m_model->appendPage(page(100, 50));
    QCOMPARE(inserted.size(), 4);
    QCOMPARE(inserted.at(1).at(1).toInt(), 0);   // before the first page
    QCOMPARE(inserted.at(2).at(1).toInt(), 100); // between the two
    QCOMPARE(inserted.at(3).at(1).toInt(), 100);
    QCOMPARE(inserted.at(3).at(2).toInt(), 149);
    QVERIFY(m_model->isImeiOrdered());
    QCOMPARE(lost.size(), 0);
    QStringList expected;
    for (const DeviceStatus& d : page(0, 300))
        expected.append(d.deviceId);
    for (int row = 0; row < 300; ++row)
        QCOMPARE(m_model->deviceIdAt(row), expected.at(row));
    // The proxy shows the model's own order: nothing to sort.
    QVERIFY(m_proxy->usesSourceOrder());
    QCOMPARE(m_proxy->sortColumn(), int(DeviceStatusModel::ImeiColumn));
    QCOMPARE(deviceIds(*m_proxy), expected);
    QCOMPARE(m_model->count(StatusGroup::Failed), 60);
}

void DeviceStatusModelTest::overlappingPageGivesUpTheOrder()
{
    m_proxy->sort(DeviceStatusModel::ImeiColumn);
    QSignalSpy lost(m_model.get(), &DeviceStatusModel::orderLost);
    m_model->appendPage(page(0, 10));
    m_model->appendPage(page(20, 10));
    // 15..24 overlaps 20..29: appended at the end, and the proxy sorts from now on.
    m_model->appendPage(page(15, 10));
    QCOMPARE(lost.size(), 1);
    QVERIFY(!m_model->isImeiOrdered());
    QCOMPARE(m_model->deviceIdAt(20), imeiNo(15));
    QVERIFY(!m_proxy->usesSourceOrder());
    QStringList shown = deviceIds(*m_proxy);
    QCOMPARE(shown.size(), 30);
    QStringList sorted = shown;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(shown, sorted);
    // A page in order but not in its place, later: still appended (the order is given up).
    m_model->appendPage(page(100, 2));
    QCOMPARE(m_model->deviceIdAt(31), imeiNo(101));
    QCOMPARE(lost.size(), 1);
    // clear() makes an empty, ordered table again, shown in the model's order.
    m_model->clear();
    QVERIFY(m_model->isImeiOrdered());
    QVERIFY(m_proxy->usesSourceOrder());
    // A page out of order within itself is appended as it is, and sorted by the proxy.
    m_model->appendPage({device(imeiNo(3), u"A"_s), device(imeiNo(1), u"A"_s)});
    QVERIFY(!m_model->isImeiOrdered());
    QCOMPARE(deviceIds(*m_proxy), (QStringList{imeiNo(1), imeiNo(3)}));
}

void DeviceStatusModelTest::oddTimesAndChecksMoveWithTheirRows()
{
    DeviceStatus late = device(imeiNo(10), u"UpgradeSuccess"_s);
    late.nextAttemptTime = Timestamp::parse(u"soon");
    m_model->appendPage({late, device(u"not-an-imei"_s, u"UpgradeSuccess"_s)});
    fotadesk::FirmwareVerificationResult result;
    result.firmwareTo = u"R2.2.0"_s;
    result.devices = {{imeiNo(10), fotadesk::FirmwareVerdict::Verified, u"R2.2.0"_s, {}}};
    m_model->setFirmwareChecks(result);
    // Inserted before both rows.
    m_model->appendPage(
        {device(imeiNo(1), u"UpgradeSuccess"_s), device(imeiNo(2), u"UpgradeSuccess"_s)});
    QVERIFY(m_model->isImeiOrdered());
    QCOMPARE(m_model->deviceIdAt(2), imeiNo(10));
    QCOMPARE(m_model->index(2, DeviceStatusModel::NextAttemptColumn).data().toString(), u"soon"_s);
    QVERIFY(!m_model->index(0, DeviceStatusModel::NextAttemptColumn).data().isValid() ||
            m_model->index(0, DeviceStatusModel::NextAttemptColumn).data().toString().isEmpty());
    QCOMPARE(m_model->firmwareVerdictAt(2), std::optional(fotadesk::FirmwareVerdict::Verified));
    QVERIFY(!m_model->firmwareVerdictAt(0).has_value());
    QCOMPARE(m_model->deviceIdAt(3), u"not-an-imei"_s); // other ids after the IMEIs
}

void DeviceStatusModelTest::swapKeepsTheOrderWithoutSorting()
{
    // The refresh: a second model read in the background, then handed to the proxy.
    m_proxy->sort(DeviceStatusModel::ImeiColumn);
    m_model->appendPage(page(0, 10));
    DeviceStatusModel refreshed;
    refreshed.appendPage(page(5, 10));
    refreshed.appendPage(page(0, 5));
    QVERIFY(refreshed.isImeiOrdered());
    m_proxyTester.reset();
    m_proxy->setSourceModel(&refreshed);
    QVERIFY(m_proxy->usesSourceOrder());
    QStringList expected;
    for (const DeviceStatus& d : page(0, 15))
        expected.append(d.deviceId);
    QCOMPARE(deviceIds(*m_proxy), expected);
    // Descending: the proxy sorts.
    m_proxy->sort(DeviceStatusModel::ImeiColumn, Qt::DescendingOrder);
    QVERIFY(!m_proxy->usesSourceOrder());
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(deviceIds(*m_proxy), expected);
    m_proxy->setSourceModel(m_model.get());
}

QTEST_GUILESS_MAIN(DeviceStatusModelTest)
#include "DeviceStatusModelTest.moc"
