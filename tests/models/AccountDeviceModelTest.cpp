// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The account's inventory as a table: pages append as one insertion each (rows appear in the
// order they came, the model tester sees consistent signals), the filters keep exactly the
// rows asked for (alone and combined), the filter choices are the distinct values, sorting is
// numeric for IMEIs and the CSV has one line per device shown.

#include "models/AccountDeviceModel.h"

#include "core/CsvWriter.h"
#include "core/Timestamp.h"
#include "models/AccountDeviceFilterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace fotadesk;
using namespace Qt::StringLiterals;

namespace {

using Field = AccountDeviceModel::Field;

const QDateTime kNow(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());

wire::AccountDevice device(const QString& id, const QString& make, const QString& model,
                           const QString& firmware, const QString& protocol, bool eligible,
                           bool licensed, int daysAgo)
{
    wire::AccountDevice d;
    d.deviceId = id;
    d.mdn = u"201"_s + id.right(7);
    d.make = make;
    d.model = model;
    d.firmware = firmware;
    d.protocol = protocol;
    d.fotaEligible = eligible;
    d.licenseAssigned = licensed;
    d.status = u"Active"_s;
    if (daysAgo >= 0)
        d.refreshTime = Timestamp::parse(Timestamp::format(kNow.addDays(-daysAgo)));
    return d;
}

/// Three pages of a small fleet.
QList<QList<wire::AccountDevice>> pages()
{
    return {
        {device(u"490154203237518"_s, u"Quectel"_s, u"BG96"_s, u"A06"_s, u"LWM2M"_s, true, true, 1),
         device(u"351756051523999"_s, u"Quectel"_s, u"BG96"_s, u"A07"_s, u"LWM2M"_s, true, false,
                2),
         device(u"35175605152401"_s, u"Telit"_s, u"ME910"_s, u"M0B"_s, u"LWM2M"_s, false, true,
                200)},
        {device(u"990000862471854"_s, u"Quectel"_s, u"BG96"_s, u"A06"_s, u"HTTP"_s, true, true, 40),
         device(u"356938035643809"_s, u"Inseego"_s, u"MiFi"_s, u"M1100"_s, u"OMADM"_s, true, true,
                -1)},
        {device(u"012345678901237"_s, u"Quectel"_s, u"BG96"_s, u"A06"_s, u"LWM2M"_s, true, false,
                100)},
    };
}

QStringList shownIds(const AccountDeviceFilterModel& filter)
{
    QStringList ids = filter.shownDeviceIds();
    ids.sort();
    return ids;
}

} // namespace

class AccountDeviceModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesAppendAsOneInsertionEach()
    {
        AccountDeviceModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy values(&model, &AccountDeviceModel::valuesChanged);
        const auto all = pages();
        for (const auto& page : all)
            model.appendDevices(page);
        model.appendDevices({}); // an empty page is no insertion
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(inserted.at(1).at(1).toInt(), 3);
        QCOMPARE(inserted.at(1).at(2).toInt(), 4);
        // The third page brought no new make, model, firmware or protocol.
        QCOMPARE(values.size(), 2);
        QCOMPARE(model.index(3, AccountDeviceModel::ImeiColumn).data().toString(),
                 u"990000862471854"_s);
        QCOMPARE(model.index(3, AccountDeviceModel::ProtocolColumn).data().toString(), u"HTTP"_s);
        QCOMPARE(model.index(2, AccountDeviceModel::EligibleColumn).data().toString(), u"No"_s);
        QCOMPARE(model.index(2, AccountDeviceModel::LicensedColumn).data().toString(), u"Yes"_s);
        // The last connection in the display zone, in the locale's format (C: ISO form).
        model.setDisplayTimeZone(QTimeZone("Europe/Berlin"));
        QCOMPARE(model.index(0, AccountDeviceModel::LastConnectionColumn).data().toString(),
                 u"2026-11-19 13:00"_s);
        QVERIFY(!model.index(4, AccountDeviceModel::LastConnectionColumn)
                     .data(AccountDeviceModel::RawValueRole)
                     .isValid());
        QCOMPARE(model.distinctValues(Field::Make),
                 (QStringList{u"Inseego"_s, u"Quectel"_s, u"Telit"_s}));
        QCOMPARE(model.distinctValues(Field::Firmware),
                 (QStringList{u"A06"_s, u"A07"_s, u"M0B"_s, u"M1100"_s}));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.distinctValues(Field::Make).isEmpty());
    }

    void filtersKeepExactlyTheRowsAskedFor()
    {
        AccountDeviceModel model;
        AccountDeviceFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const auto& page : pages())
            model.appendDevices(page);
        QCOMPARE(filter.rowCount(), 6);
        QVERIFY(!filter.isFiltering());

        filter.setValue(Field::Model, u"BG96"_s);
        filter.setValue(Field::Firmware, u"A06"_s);
        QVERIFY(filter.isFiltering());
        QCOMPARE(shownIds(filter),
                 (QStringList{u"012345678901237"_s, u"490154203237518"_s, u"990000862471854"_s}));
        filter.setValue(Field::Protocol, u"LWM2M"_s);
        QCOMPARE(shownIds(filter), (QStringList{u"012345678901237"_s, u"490154203237518"_s}));
        filter.setLicensed(false);
        QCOMPARE(shownIds(filter), (QStringList{u"012345678901237"_s}));
        filter.setLicensed(std::nullopt);
        // Not connected for more than 30 days: 100 days ago, not 1 day ago.
        filter.setNotConnectedFor(30, kNow);
        QCOMPARE(shownIds(filter), (QStringList{u"012345678901237"_s}));

        // Everything off again, then one filter each.
        for (Field f : {Field::Make, Field::Model, Field::Firmware, Field::Protocol})
            filter.setValue(f, {});
        filter.setNotConnectedFor(-1, kNow);
        QCOMPARE(filter.rowCount(), 6);
        filter.setEligible(false);
        QCOMPARE(shownIds(filter), (QStringList{u"35175605152401"_s}));
        filter.setEligible(std::nullopt);
        // A device without a last connection counts as not connected.
        filter.setNotConnectedFor(150, kNow);
        QCOMPARE(shownIds(filter), (QStringList{u"35175605152401"_s, u"356938035643809"_s}));
        filter.setNotConnectedFor(-1, kNow);
        filter.setImeiText(u"3517-5605"_s);
        QCOMPARE(shownIds(filter), (QStringList{u"351756051523999"_s, u"35175605152401"_s}));
        filter.setImeiText({});
        filter.setValue(Field::Make, u"Nokia"_s); // nobody
        QCOMPARE(filter.rowCount(), 0);

        // Rows that arrive later are filtered as they come.
        filter.setValue(Field::Make, u"Telit"_s);
        model.appendDevices({device(u"353456789012348"_s, u"Telit"_s, u"ME910"_s, u"M0B"_s,
                                    u"LWM2M"_s, true, true, 3),
                             device(u"353456789012355"_s, u"Quectel"_s, u"BG96"_s, u"A06"_s,
                                    u"LWM2M"_s, true, true, 3)});
        QCOMPARE(shownIds(filter), (QStringList{u"35175605152401"_s, u"353456789012348"_s}));
    }

    void sortsImeisAsNumbersAndTimesAsTimes()
    {
        AccountDeviceModel model;
        AccountDeviceFilterModel filter;
        filter.setSourceModel(&model);
        for (const auto& page : pages())
            model.appendDevices(page);
        filter.sort(AccountDeviceModel::ImeiColumn, Qt::AscendingOrder);
        // As numbers: the 14-digit id before the 15-digit ones that start with 35 (as text it
        // would sort after 351756051523999).
        QCOMPARE(filter.index(0, 0).data().toString(), u"012345678901237"_s);
        QCOMPARE(filter.index(1, 0).data().toString(), u"35175605152401"_s);
        QCOMPARE(filter.index(2, 0).data().toString(), u"351756051523999"_s);
        filter.sort(AccountDeviceModel::LastConnectionColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, 0).data().toString(), u"356938035643809"_s); // none: first
        QCOMPARE(filter.index(1, 0).data().toString(), u"35175605152401"_s);  // 200 days ago
        QCOMPARE(filter.index(5, 0).data().toString(), u"490154203237518"_s); // yesterday
    }

    void csvHasOneLinePerDevice()
    {
        AccountDeviceModel model;
        model.appendDevices(pages().first());
        CsvWriter out(CsvWriter::Bom::Omit);
        AccountDeviceModel::writeCsvHeader(out);
        model.writeCsvRow(out, 2);
        const QString text = QString::fromUtf8(out.take());
        const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), u"imei,mdn,make,model,firmware,protocol,fotaEligible,"
                              u"licenseAssigned,status,lastConnection"_s);
        QCOMPARE(lines.at(1), u"35175605152401,2015152401,Telit,ME910,M0B,LWM2M,false,true,"
                              u"Active,2026-05-04T12:00:00.000Z"_s);
    }
};

QTEST_GUILESS_MAIN(AccountDeviceModelTest)
#include "AccountDeviceModelTest.moc"
