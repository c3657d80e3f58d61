// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// DemoData and SimState: the demo world is what the issue asks for,
// deterministic from its seed, and survives a JSON round trip.

#include "sim/DemoData.h"

#include "core/Imei.h"
#include "sim/CampaignLifecycle.h"
#include "sim/SimState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using fotadesk::Imei;
using namespace fotadesk::sim;
using namespace Qt::StringLiterals;

namespace {
const qint64 kNow = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
}

class DemoDataTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountsAndFirmware();
    void fleetIsLargeValidAndMostlyLicensed();
    void campaignsInEveryStatus();
    void deterministicFromSeed();
    void stateRoundTripsThroughJson();
    void malformedStateIsRefused_data();
    void malformedStateIsRefused();
    void syntheticImeisAreFresh();
};

void DemoDataTest::accountsAndFirmware()
{
    const SimState s = DemoData::create(1, kNow);
    QVERIFY(s.accountIndex(u"0000123456-00001"_s) == 0);
    QVERIFY(s.accountIndex(u"0000123456-00002"_s) == 1);
    QSet<QString> makes;
    int lwm2m = 0;
    int omd = 0;
    for (const FirmwareRecord& f : s.firmware()) {
        makes.insert(f.make);
        lwm2m += f.protocol == u"LWM2M"_s ? 1 : 0;
        omd += f.protocol == u"OMD-DM"_s ? 1 : 0;
        QVERIFY(f.launchMs > 0 && f.launchMs < kNow);
        QVERIFY(!f.firmwareName.isEmpty() && f.firmwareFrom != f.firmwareTo);
    }
    QVERIFY(makes.size() >= 5);
    QVERIFY(lwm2m > 0);
    QVERIFY(omd > 0);
    QVERIFY(s.findFirmware(u"ACMEModems_AX100_R2.1.0_R2.2.0"_s)); // the contract's example
}

void DemoDataTest::fleetIsLargeValidAndMostlyLicensed()
{
    const SimState s = DemoData::create(1, kNow);
    QVERIFY(s.devices().size() >= 20000);
    int licensed = 0;
    QSet<quint32> tacs;
    for (const SimDevice& d : s.devices()) {
        QVERIFY(Imei::isValidValue(d.imei.value()));
        licensed += d.licensedAtMs != 0 ? 1 : 0;
        tacs.insert(d.imei.tac());
    }
    const double share = double(licensed) / double(s.devices().size());
    QVERIFY2(share > 0.85 && share < 0.97, qPrintable(QString::number(share)));
    QVERIFY(tacs.size() >= 8);
    QVERIFY(s.device(*Imei::fromString(u"490154203237518")));
    QVERIFY(s.device(*Imei::fromString(u"356938035643809")));
}

void DemoDataTest::campaignsInEveryStatus()
{
    const SimState s = DemoData::create(1, kNow);
    QSet<QString> statuses;
    size_t largest = 0;
    for (const auto& c : s.campaigns()) {
        statuses.insert(CampaignLifecycle::status(*c, kNow));
        largest = std::max(largest, c->devices.size());
        QVERIFY(std::is_sorted(
            c->devices.begin(), c->devices.end(),
            [](const CampaignDevice& a, const CampaignDevice& b) { return a.imei < b.imei; }));
    }
    for (const QString& st :
         {status::Pending, status::RequestFailed, status::Queued, status::PreScheduled,
          status::Scheduled, status::Cancelled, status::Aborted, status::Failed, status::Ended})
        QVERIFY2(statuses.contains(st), qPrintable(st));
    QVERIFY(largest >= 10000);
}

void DemoDataTest::deterministicFromSeed()
{
    const QByteArray a = QJsonDocument(DemoData::create(7, kNow).toJson()).toJson();
    const QByteArray b = QJsonDocument(DemoData::create(7, kNow).toJson()).toJson();
    const QByteArray c = QJsonDocument(DemoData::create(8, kNow).toJson()).toJson();
    QCOMPARE(a, b);
    QVERIFY(a != c);
}

void DemoDataTest::stateRoundTripsThroughJson()
{
    SimState s = DemoData::create(3, kNow);
    SimCampaign extra;
    extra.account = 0;
    extra.startDate = QDate(2026, 4, 1);
    extra.endDate = QDate(2026, 4, 2);
    extra.cancelledAtMs = kNow;
    extra.cancelStatus = status::Cancelled;
    s.addCampaign(std::move(extra));
    const QJsonObject json = s.toJson();
    QString error;
    const auto back = SimState::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJson(), json);
    QCOMPARE(back->devices().size(), s.devices().size());
    // Indexes are rebuilt: devices know their campaigns again.
    const SimDevice* d = back->device(back->campaigns().front()->devices.front().imei);
    QVERIFY(d && !d->campaigns.isEmpty());

    // A state written before the inventory (device rows of five members) still loads: its
    // devices are FOTA-eligible, on their model's protocol, and never reported.
    QJsonObject old = json;
    QJsonArray rows = old.value(u"devices"_s).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonArray row = rows.at(i).toArray();
        while (row.size() > 5)
            row.removeLast();
        rows.replace(i, row);
    }
    old.insert(u"devices"_s, rows);
    const auto older = SimState::fromJson(old, &error);
    QVERIFY2(older, qPrintable(error));
    for (const SimDevice& device : older->devices()) {
        QVERIFY(device.fotaEligible);
        QVERIFY(device.protocol.isEmpty());
        QCOMPARE(SimState::reportedFirmware(device), device.firmware);
    }
}

void DemoDataTest::malformedStateIsRefused_data()
{
    QTest::addColumn<QString>("member");
    QTest::newRow("no devices") << u"devices"_s;
    QTest::newRow("no campaigns") << u"campaigns"_s;
    QTest::newRow("no seed") << u"seed"_s;
}

void DemoDataTest::malformedStateIsRefused()
{
    QFETCH(QString, member);
    QJsonObject json = DemoData::create(1, kNow).toJson();
    json.remove(member);
    QString error;
    QVERIFY(!SimState::fromJson(json, &error));
    QVERIFY2(error.contains(member), qPrintable(error));
}

void DemoDataTest::syntheticImeisAreFresh()
{
    SimState s = DemoData::create(1, kNow);
    QSet<quint64> seen;
    for (int i = 0; i < 1000; ++i) {
        const Imei imei = s.nextSyntheticImei();
        QVERIFY(Imei::isValidValue(imei.value()));
        QVERIFY(!s.device(imei));
        QVERIFY(!seen.contains(imei.value()));
        seen.insert(imei.value());
    }
}

QTEST_GUILESS_MAIN(DemoDataTest)
#include "DemoDataTest.moc"
