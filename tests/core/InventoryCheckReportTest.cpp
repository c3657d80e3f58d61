// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A checked list's figures: counts per verdict, list order kept, stale warnings, and which
// unlicensed devices the campaign's auto-assign covers within the licences left.

#include "core/InventoryCheckReport.h"

#include "support/CsvReadBack.h"

#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

namespace {

const PackageFacts kPackage{u"ACME Modems"_s, u"AX100"_s, u"R2.1.0"_s, u"R2.2.0"_s, u"LWM2M"_s};

DeviceCheck verdict(DeviceVerdict v, const QString& firmware = {})
{
    DeviceCheck c;
    c.verdict = v;
    c.firmware = firmware;
    return c;
}

DeviceCheck stale(qint64 days)
{
    DeviceCheck c;
    c.notConnectedLong = true;
    c.daysSinceConnection = days;
    return c;
}

/// a1 accepted, n1 needs only a licence, x1 not in account, n2 needs only a licence,
/// f1 firmware R1.0 (and no licence: a licence would not help), a2 accepted but stale,
/// n3 needs only a licence.
InventoryCheckReport sample(bool autoAssign, std::optional<qint64> left)
{
    InventoryCheckReport r;
    const DeviceCheck accepted;
    r.add(u"a1"_s, accepted);
    r.add(u"n1"_s, verdict(DeviceVerdict::NoLicense), accepted);
    r.add(u"x1"_s, verdict(DeviceVerdict::NotInAccount));
    r.add(u"n2"_s, verdict(DeviceVerdict::NoLicense), accepted);
    r.add(u"f1"_s, verdict(DeviceVerdict::NoLicense, u"R1.0"_s),
          verdict(DeviceVerdict::FirmwareNotFrom, u"R1.0"_s));
    r.add(u"a2"_s, stale(90));
    r.add(u"n3"_s, verdict(DeviceVerdict::NoLicense), accepted);
    r.finish(autoAssign, left);
    return r;
}

QStringList ids(const QList<CheckedDevice>& devices)
{
    QStringList out;
    for (const auto& d : devices)
        out << d.deviceId;
    return out;
}

} // namespace

class InventoryCheckReportTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsAndOrderWithoutAutoAssign()
    {
        const InventoryCheckReport r = sample(false, 100);
        QCOMPARE(r.total(), 7);
        QCOMPARE(r.acceptedDevices(), (QStringList{u"a1"_s, u"a2"_s}));
        QCOMPARE(ids(r.refusedDevices()),
                 (QStringList{u"n1"_s, u"x1"_s, u"n2"_s, u"f1"_s, u"n3"_s}));
        QCOMPARE(r.count(DeviceVerdict::NoLicense), 4);
        QCOMPARE(r.count(DeviceVerdict::NotInAccount), 1);
        QCOMPARE(r.count(DeviceVerdict::WillBeAccepted), 2);
        QCOMPARE(r.acceptedCount() + r.refusedCount(), r.total());
        QVERIFY(!r.allAccepted());
        QCOMPARE(r.licensesFromPool(), 0);
        // f1 needs more than a licence: assigning one would not get it in.
        QCOMPARE(r.licensableDevices(), (QStringList{u"n1"_s, u"n2"_s, u"n3"_s}));
        QCOMPARE(ids(r.staleDevices()), QStringList{u"a2"_s});
        QCOMPARE(ids(r.devicesWith(DeviceVerdict::NoLicense)),
                 (QStringList{u"n1"_s, u"n2"_s, u"f1"_s, u"n3"_s}));
    }

    void autoAssignCoversTheFirstDevicesWithinThePool()
    {
        const InventoryCheckReport r = sample(true, 2);
        QCOMPARE(r.licensesFromPool(), 2);
        QCOMPARE(r.acceptedDevices(), (QStringList{u"a1"_s, u"n1"_s, u"n2"_s, u"a2"_s}));
        QCOMPARE(ids(r.refusedDevices()), (QStringList{u"x1"_s, u"f1"_s, u"n3"_s}));
        QCOMPARE(r.count(DeviceVerdict::NoLicense), 2); // f1 and n3
        QCOMPARE(r.licensableDevices(), QStringList{u"n3"_s});
        QVERIFY(!r.allAccepted());
    }

    void autoAssignWithEnoughLicencesLeavesOnlyOtherReasons()
    {
        const InventoryCheckReport r = sample(true, 10);
        QCOMPARE(r.licensesFromPool(), 3);
        QCOMPARE(r.count(DeviceVerdict::NoLicense), 1); // f1: another firmware as well
        QCOMPARE(ids(r.refusedDevices()), (QStringList{u"x1"_s, u"f1"_s}));
    }

    void unknownPoolCoversNothing()
    {
        const InventoryCheckReport r = sample(true, std::nullopt);
        QCOMPARE(r.licensesFromPool(), 0);
        QCOMPARE(r.refusedCount(), 5);
    }

    void refusedCsvHasTheReasonOfEveryRefusedDevice()
    {
        const InventoryCheckReport r = sample(false, 0);
        const test::CsvReadBack back = test::readCsvBack(r.refusedCsv(kPackage));
        QVERIFY(back.bom && back.crlf);
        QCOMPARE(back.rows.size(), 1 + r.refusedCount());
        QCOMPARE(back.rows.first(), (QStringList{u"deviceId"_s, u"reason"_s, u"detail"_s}));
        QCOMPARE(back.rows.at(2),
                 (QStringList{u"x1"_s, u"not-in-account"_s,
                              DeviceInventoryCheck::label(DeviceVerdict::NotInAccount)}));
        QCOMPARE(back.rows.at(1).at(1), u"no-license"_s);
    }

    void anEmptyListIsAllAccepted()
    {
        InventoryCheckReport r;
        r.finish(true, 5);
        QCOMPARE(r.total(), 0);
        QVERIFY(r.allAccepted());
    }
};

QTEST_GUILESS_MAIN(InventoryCheckReportTest)
#include "InventoryCheckReportTest.moc"
