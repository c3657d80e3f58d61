// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The pre-flight rule, one row per verdict and per precedence between two reasons.

#include "core/DeviceInventoryCheck.h"

#include <QSet>
#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(fotadesk::DeviceVerdict)
Q_DECLARE_METATYPE(fotadesk::InventoryRecord)

namespace {

const PackageFacts kPackage{u"ACME Modems"_s, u"AX100"_s, u"R2.1.0"_s, u"R2.2.0"_s, u"LWM2M"_s};
const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);

InventoryRecord good()
{
    InventoryRecord r;
    r.deviceId = u"490154203237518"_s;
    r.make = u"ACME Modems"_s;
    r.model = u"AX100"_s;
    r.firmware = u"R2.1.0"_s;
    r.protocol = u"LWM2M"_s;
    r.fotaEligible = true;
    r.licenseAssigned = true;
    r.lastConnection = kNow.addDays(-1);
    return r;
}

} // namespace

class DeviceInventoryCheckTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void staleIsAWarningOnly_data();
    void staleIsAWarningOnly();
    void protocolSpellings_data();
    void protocolSpellings();
    void codesRoundTrip();
    void explainNamesTheFirmware();
};

void DeviceInventoryCheckTest::classify_data()
{
    QTest::addColumn<bool>("present");
    QTest::addColumn<InventoryRecord>("record");
    QTest::addColumn<DeviceVerdict>("verdict");
    using V = DeviceVerdict;
    const auto with = [](auto change) {
        InventoryRecord r = good();
        change(r);
        return r;
    };
    QTest::newRow("accepted") << true << good() << V::WillBeAccepted;
    QTest::newRow("not in account") << false << InventoryRecord() << V::NotInAccount;
    QTest::newRow("other make") << true << with([](InventoryRecord& r) { r.make = u"Telit"_s; })
                                << V::OtherModel;
    QTest::newRow("other model") << true << with([](InventoryRecord& r) { r.model = u"AX200"_s; })
                                 << V::OtherModel;
    QTest::newRow("model differs in case")
        << true << with([](InventoryRecord& r) { r.model = u"ax100"_s; }) << V::OtherModel;
    QTest::newRow("not eligible") << true
                                  << with([](InventoryRecord& r) { r.fotaEligible = false; })
                                  << V::NotEligible;
    QTest::newRow("eligibility unknown")
        << true << with([](InventoryRecord& r) { r.fotaEligible.reset(); }) << V::NotEligible;
    QTest::newRow("HTTP device") << true << with([](InventoryRecord& r) { r.protocol = u"HTTP"_s; })
                                 << V::OtherProtocol;
    QTest::newRow("NONE device") << true << with([](InventoryRecord& r) { r.protocol = u"NONE"_s; })
                                 << V::OtherProtocol;
    QTest::newRow("no license") << true
                                << with([](InventoryRecord& r) { r.licenseAssigned = false; })
                                << V::NoLicense;
    QTest::newRow("already at firmwareTo")
        << true << with([](InventoryRecord& r) { r.firmware = u"R2.2.0"_s; }) << V::AlreadyAtTarget;
    QTest::newRow("older firmware")
        << true << with([](InventoryRecord& r) { r.firmware = u"R2.0.5"_s; }) << V::FirmwareNotFrom;
    QTest::newRow("newer firmware")
        << true << with([](InventoryRecord& r) { r.firmware = u"R2.3.0"_s; }) << V::FirmwareNotFrom;
    QTest::newRow("firmware unknown")
        << true << with([](InventoryRecord& r) { r.firmware.clear(); }) << V::FirmwareNotFrom;
    // The service's order: the first reason that applies is the one it gives.
    QTest::newRow("other model before not eligible") << true << with([](InventoryRecord& r) {
        r.model = u"AX200"_s;
        r.fotaEligible = false;
    }) << V::OtherModel;
    QTest::newRow("not eligible before other protocol") << true << with([](InventoryRecord& r) {
        r.fotaEligible = false;
        r.protocol = u"HTTP"_s;
    }) << V::NotEligible;
    QTest::newRow("other protocol before no license") << true << with([](InventoryRecord& r) {
        r.protocol = u"HTTP"_s;
        r.licenseAssigned = false;
    }) << V::OtherProtocol;
    QTest::newRow("no license before firmware") << true << with([](InventoryRecord& r) {
        r.licenseAssigned = false;
        r.firmware = u"R2.0.5"_s;
    }) << V::NoLicense;
}

void DeviceInventoryCheckTest::classify()
{
    QFETCH(bool, present);
    QFETCH(InventoryRecord, record);
    QFETCH(DeviceVerdict, verdict);
    const DeviceCheck c =
        DeviceInventoryCheck::classify(kPackage, present ? &record : nullptr, kNow);
    QCOMPARE(c.verdict, verdict);
    QCOMPARE(c.accepted(), verdict == DeviceVerdict::WillBeAccepted);
    if (present)
        QCOMPARE(c.firmware, record.firmware);
}

void DeviceInventoryCheckTest::staleIsAWarningOnly_data()
{
    QTest::addColumn<qint64>("hoursAgo");
    QTest::addColumn<int>("staleDays");
    QTest::addColumn<bool>("stale");
    QTest::addColumn<qint64>("days");
    QTest::newRow("yesterday") << 24LL << 30 << false << 1LL;
    QTest::newRow("exactly 30 days") << 30 * 24LL << 30 << false << 30LL;
    QTest::newRow("30 days and an hour") << 30 * 24LL + 1 << 30 << true << 30LL;
    QTest::newRow("four months") << 120 * 24LL << 30 << true << 120LL;
    QTest::newRow("four months, N = 180") << 120 * 24LL << 180 << false << 120LL;
    QTest::newRow("unknown") << -1LL << 30 << false << -1LL;
}

void DeviceInventoryCheckTest::staleIsAWarningOnly()
{
    QFETCH(qint64, hoursAgo);
    QFETCH(int, staleDays);
    QFETCH(bool, stale);
    QFETCH(qint64, days);
    InventoryRecord r = good();
    r.lastConnection = hoursAgo < 0 ? QDateTime() : kNow.addSecs(-hoursAgo * 3600);
    const DeviceCheck c = DeviceInventoryCheck::classify(kPackage, &r, kNow, staleDays);
    QCOMPARE(c.verdict, DeviceVerdict::WillBeAccepted);
    QCOMPARE(c.notConnectedLong, stale);
    QCOMPARE(c.daysSinceConnection, days);
}

void DeviceInventoryCheckTest::protocolSpellings_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("device");
    QTest::addColumn<bool>("same");
    QTest::newRow("OMD-DM package, OMADM device") << u"OMD-DM"_s << u"OMADM"_s << true;
    QTest::newRow("OMD-DM package, OMDADM device") << u"OMD-DM"_s << u"OMDADM"_s << true;
    QTest::newRow("lwm2m lower case") << u"LWM2M"_s << u"lwm2m "_s << true;
    QTest::newRow("OMD-DM package, LWM2M device") << u"OMD-DM"_s << u"LWM2M"_s << false;
    QTest::newRow("LWM2M package, unknown protocol") << u"LWM2M"_s << QString() << false;
}

void DeviceInventoryCheckTest::protocolSpellings()
{
    QFETCH(QString, package);
    QFETCH(QString, device);
    QFETCH(bool, same);
    PackageFacts p = kPackage;
    p.protocol = package;
    InventoryRecord r = good();
    r.protocol = device;
    QCOMPARE(DeviceInventoryCheck::classify(p, &r, kNow).verdict,
             same ? DeviceVerdict::WillBeAccepted : DeviceVerdict::OtherProtocol);
}

void DeviceInventoryCheckTest::codesRoundTrip()
{
    QSet<QString> codes;
    for (int i = 0; i < DeviceInventoryCheck::VerdictCount; ++i) {
        const auto v = static_cast<DeviceVerdict>(i);
        const QString code = DeviceInventoryCheck::code(v);
        QVERIFY(!code.isEmpty());
        QVERIFY(!DeviceInventoryCheck::label(v).isEmpty());
        codes.insert(code);
        QCOMPARE(DeviceInventoryCheck::fromCode(code), std::optional<DeviceVerdict>(v));
    }
    QCOMPARE(codes.size(), DeviceInventoryCheck::VerdictCount);
    QVERIFY(!DeviceInventoryCheck::fromCode(u"ready"_s).has_value());
}

void DeviceInventoryCheckTest::explainNamesTheFirmware()
{
    InventoryRecord r = good();
    r.firmware = u"R2.0.5"_s;
    r.lastConnection = kNow.addDays(-100);
    const DeviceCheck c = DeviceInventoryCheck::classify(kPackage, &r, kNow);
    const QString text = DeviceInventoryCheck::explain(c, kPackage);
    QVERIFY2(text.contains(u"R2.0.5"_s) && text.contains(u"R2.1.0"_s), qPrintable(text));
    QVERIFY2(text.contains(u"100"_s), qPrintable(text));
    r.firmware = u"R2.2.0"_s;
    QVERIFY(
        DeviceInventoryCheck::explain(DeviceInventoryCheck::classify(kPackage, &r, kNow), kPackage)
            .contains(u"R2.2.0"_s));
}

QTEST_GUILESS_MAIN(DeviceInventoryCheckTest)
#include "DeviceInventoryCheckTest.moc"
