// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/DemoData.h"

#include "api/wire/WireTypes.h"
#include "sim/CampaignLifecycle.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

namespace {

constexpr qint64 DayMs = 86'400'000;

struct ModelSpec
{
    const char* make;
    const char* model;
    quint32 tac;
    const char* protocol;
    const char* v0; ///< an older version some devices still run
    const char* v1; ///< base firmware
    const char* v2;
    const char* v3;
    int count;            ///< devices in the demo account
    double upgradedShare; ///< devices already on v2
    const char* note;
};

// Makes, models and TACs that look like a real IoT fleet.
const ModelSpec kModels[] = {
    {"Quectel", "BG96", 86427604, "LWM2M", "BG96MAR02A06M1G", "BG96MAR02A07M1G", "BG96MAR02A08M1G",
     "BG96MAR02A09M1G", 12000, 0.01, "Improves PSM wake-up reliability and eDRX timer handling."},
    {"Telit", "ME910C1-WW", 35284811, "LWM2M", "M0B.020002", "M0B.020004", "M0B.020006",
     "M0B.020010", 3000, 0.10, "Fixes LwM2M registration update after cell reselection."},
    {"Sierra Wireless", "HL7800", 35317308, "LWM2M", "R4.3.6.0", "R4.4.14.0", "R4.5.3.0",
     "R4.6.9.4", 2500, 0.10, "Adds Verizon LTE-M band 13 power class update; security fixes."},
    {"Sequans", "GM01Q", 35460411, "LWM2M", "5.3.2.0-49870", "5.4.1.0-51190", "5.5.0.1-52040",
     "5.6.0.0-53110", 1200, 0.10, "Lower idle current in PSM; updated root certificates."},
    {"ACME Modems", "AX100", 49015420, "LWM2M", "R2.0.5", "R2.1.0", "R2.2.0", "R2.3.0", 400, 0.10,
     "Depot refresh release: watchdog and modem firmware alignment."},
    {"ACME Modems", "AX200", 35693803, "LWM2M", "R3.0.1", "R3.0.4", "R3.1.0", "R3.2.1", 400, 0.10,
     "Faster GNSS cold start; fixes LwM2M object 5 state reporting."},
    {"Inseego", "MiFi 8800L", 99001161, "OMD-DM", "M1100.15", "M1100.18", "M1100.21", "M1100.24",
     900, 0.10, "Hotspot stability fixes; Wi-Fi 5 GHz channel list update."},
    {"Franklin Wireless", "R717", 35595710, "OMD-DM", "R717_V1.1.9", "R717_V1.2.7", "R717_V1.3.0",
     "R717_V1.3.4", 600, 0.10, "Battery reporting accuracy; OMA-DM session retry backoff."},
};

QString firmwareName(const ModelSpec& m, const char* from, const char* to)
{
    QString make = QString::fromLatin1(m.make);
    make.remove(u' ');
    QString model = QString::fromLatin1(m.model);
    model.remove(u' ');
    return make + u'_' + model + u'_' + QLatin1String(from) + u'_' + QLatin1String(to);
}

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/// A number in [0, 1) from the seed, the device and a salt (the fleet's variety is drawn
/// from these rather than from the generator, so the IMEIs stay those of earlier versions).
double draw(quint64 seed, Imei imei, quint64 salt)
{
    return static_cast<double>(mix(seed ^ mix(imei.value() ^ mix(salt))) >> 11) *
           (1.0 / 9007199254740992.0);
}

qint64 dayStart(const QDate& d)
{
    return QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

SimState DemoData::create(quint64 seed, qint64 nowMs)
{
    SimState s;
    s.seed = seed;
    QRandomGenerator rng(static_cast<quint32>(seed * 2654435761ULL + 17));
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();

    const int demo = s.addAccount(
        SimAccount{QLatin1String(DemoAccount), u"MRC"_s, 25000, {}, nowMs - 90 * DayMs});
    const int second = s.addAccount(
        SimAccount{QLatin1String(SecondAccount), u"MRC"_s, 1000, {}, nowMs - 200 * DayMs});

    // Models and firmware packages (v1 -> v2 and v2 -> v3).
    int modelNumber = 0;
    for (const ModelSpec& m : kModels) {
        s.addModel(DeviceModel{QLatin1String(m.make), QLatin1String(m.model), m.tac,
                               QLatin1String(m.protocol), QLatin1String(m.v1)});
        const qint64 launch1 = dayStart(today.addDays(-150 + modelNumber * 7)) + 15 * 3'600'000;
        const qint64 launch2 = dayStart(today.addDays(-21 + modelNumber * 2)) + 9 * 3'600'000;
        s.addFirmware(FirmwareRecord{firmwareName(m, m.v1, m.v2), QLatin1String(m.v1),
                                     QLatin1String(m.v2), launch1, QLatin1String(m.note),
                                     QLatin1String(m.make), QLatin1String(m.model),
                                     QLatin1String(m.protocol)});
        s.addFirmware(FirmwareRecord{
            firmwareName(m, m.v2, m.v3), QLatin1String(m.v2), QLatin1String(m.v3), launch2,
            modelNumber % 3 == 2 ? QString()
                                 : u"Maintenance release %1: carrier configuration update and "
                                   "stability fixes."_s.arg(QLatin1String(m.v3)),
            QLatin1String(m.make), QLatin1String(m.model), QLatin1String(m.protocol)});
        ++modelNumber;
    }

    // The fleet. The contract's example IMEIs come first.
    // The variety of a real account (demo account only; the contract's example IMEIs are
    // plain): 4% on an older firmware than v1, 1% on v3, 2% not FOTA-eligible, 1.5% on
    // another protocol (HTTP, or NONE), 3% not connected for 95 to 300 days.
    const auto vary = [&](SimDevice& d, bool upgraded) {
        const ModelSpec& m = kModels[d.model];
        const double f = draw(seed, d.imei, 11);
        if (!upgraded && f < 0.04)
            d.firmware = QLatin1String(m.v0);
        else if (!upgraded && f < 0.05)
            d.firmware = QLatin1String(m.v3);
        d.fotaEligible = draw(seed, d.imei, 12) >= 0.02;
        const double p = draw(seed, d.imei, 13);
        if (p < 0.005)
            d.protocol = u"NONE"_s;
        else if (p < 0.015)
            d.protocol = u"HTTP"_s;
        const double c = draw(seed, d.imei, 14);
        d.lastConnectionMs = c < 0.03
                                 ? nowMs - (95 + static_cast<qint64>(c / 0.03 * 205)) * DayMs
                                 : nowMs - static_cast<qint64>(draw(seed, d.imei, 15) * 3 * DayMs);
    };
    const auto add = [&](Imei imei, int model, int account, bool upgraded, bool licensed,
                         bool varied) {
        SimDevice d;
        d.imei = imei;
        d.model = model;
        d.account = account;
        d.firmware = upgraded ? QLatin1String(kModels[model].v2) : QLatin1String(kModels[model].v1);
        if (licensed)
            d.licensedAtMs = nowMs - (1 + static_cast<qint64>(rng.bounded(300))) * DayMs -
                             static_cast<qint64>(rng.bounded(86'400)) * 1000;
        d.createdAtMs = nowMs - (400 + static_cast<qint64>(draw(seed, imei, 10) * 500)) * DayMs;
        d.lastConnectionMs = nowMs - static_cast<qint64>(draw(seed, imei, 15) * 3 * DayMs);
        if (varied)
            vary(d, upgraded);
        return s.addDevice(d);
    };
    add(*Imei::fromString(u"490154203237518"), 4, demo, false, true, false);
    add(*Imei::fromString(u"356938035643809"), 4, demo, false, true, false);
    for (int mi = 0; mi < static_cast<int>(std::size(kModels)); ++mi) {
        const ModelSpec& m = kModels[mi];
        int made = 0;
        while (made < m.count) {
            const quint64 serial = rng.bounded(1'000'000U);
            const Imei imei =
                Imei::completeFrom14(static_cast<quint64>(m.tac) * 1'000'000ULL + serial);
            const bool upgraded = rng.generateDouble() < m.upgradedShare;
            const bool licensed = rng.generateDouble() < 0.92;
            if (add(imei, mi, demo, upgraded, licensed, true))
                ++made;
        }
    }
    // The second account: 500 HL7800.
    for (int made = 0; made < 500;) {
        const quint64 serial = rng.bounded(1'000'000U);
        const Imei imei = Imei::completeFrom14(35317309ULL * 1'000'000ULL + serial);
        if (add(imei, 2, second, false, true, false))
            ++made;
    }

    // Historical campaigns: pick eligible devices (licensed, on v1), each device in one campaign.
    QSet<quint64> used;
    const auto pick = [&](int account, int model, int count) {
        std::vector<CampaignDevice> list;
        for (const SimDevice& d : s.devices()) {
            if (static_cast<int>(list.size()) >= count)
                break;
            if (d.account != account || d.model != model || d.licensedAtMs == 0 ||
                d.firmware != QLatin1String(kModels[model].v1) || !d.fotaEligible ||
                !d.protocol.isEmpty() || used.contains(d.imei.value()))
                continue;
            used.insert(d.imei.value());
            list.push_back(CampaignDevice{d.imei, 0, JoinResult::Ok});
        }
        return list;
    };
    struct Plan
    {
        int account;
        int model;
        int devices;
        int startOffset; ///< days from today
        int days;
        QList<TimeWindow> windows;
        const char* name;
        QString fixedStatus;
        int cancelAfterDays; ///< -1: not cancelled; otherwise days after creation
        double failureRate;
    };
    const Plan plans[] = {
        {demo, 0, 10000, -45, 4, {TimeWindow{1, 5}}, "BG96 fleet upgrade A08", {}, -1, 0.04},
        {demo, 1, 600, -30, 3, {TimeWindow{0, 6}}, "Telit depot pilot", {}, -1, 0.08},
        {demo, 3, 300, -20, 2, {}, "Sequans meters wave 1", {}, -1, 0.03},
        {demo,
         1,
         900,
         -1,
         4,
         {TimeWindow{1, 5}, TimeWindow{20, 23}},
         "Telit wave 2 (running)",
         {},
         -1,
         0.06},
        {demo, 2, 700, 0, 3, {}, "HL7800 on-demand refresh", {}, -1, 0.05},
        {demo, 2, 400, 3, 3, {TimeWindow{2, 6}}, "HL7800 next week", {}, -1, 0.05},
        {demo, 6, 250, 5, 2, {TimeWindow{0, 4}}, "MiFi hotspot update", {}, -1, 0.05},
        {demo, 7, 200, 9, 3, {}, "R717 quarterly", status::Pending, -1, 0.05},
        {demo,
         4,
         150,
         2,
         2,
         {TimeWindow{1, 5}},
         "AX100 depot 7 (pre-scheduled)",
         status::PreScheduled,
         -1,
         0.05},
        {demo, 5, 120, 10, 2, {}, "AX200 cancelled before start", {}, 1, 0.05},
        {demo, 3, 400, -6, 8, {TimeWindow{0, 8}}, "Sequans wave 2 (aborted)", {}, 7, 0.05},
        {demo, 6, 200, -15, 2, {}, "MiFi wave 1", status::Failed, -1, 0.05},
        {demo, 7, 100, -12, 2, {}, "R717 rejected request", status::RequestFailed, -1, 0.05},
        {second, 2, 200, -10, 3, {}, "Second account refresh", {}, -1, 0.05},
        {second, 2, 100, 4, 2, {}, "Second account wave 2", {}, -1, 0.05},
    };
    for (const Plan& p : plans) {
        const ModelSpec& m = kModels[p.model];
        SimCampaign c;
        c.account = p.account;
        c.campaignName = QLatin1String(p.name);
        c.firmwareName = firmwareName(m, m.v1, m.v2);
        c.firmwareFrom = QLatin1String(m.v1);
        c.firmwareTo = QLatin1String(m.v2);
        c.protocol = QLatin1String(m.protocol);
        c.make = QLatin1String(m.make);
        c.model = QLatin1String(m.model);
        c.startDate = today.addDays(p.startOffset);
        c.endDate = c.startDate.addDays(p.days - 1);
        c.timeWindows = p.windows;
        c.autoAssignLicenseFlag = false;
        c.autoAddDevicesFlag = false;
        const qint64 created = p.startOffset <= 0
                                   ? dayStart(c.startDate) - 2 * DayMs + 10 * 3'600'000
                                   : nowMs - 2 * DayMs;
        c.createdAtMs = p.startOffset == 0 ? nowMs - 6 * 3'600'000 : created;
        c.fixedStatus = p.fixedStatus;
        c.failureRate = p.failureRate;
        c.devices = pick(p.account, p.model, p.devices);
        for (CampaignDevice& d : c.devices)
            d.addedAtMs = c.createdAtMs;
        if (p.cancelAfterDays >= 0) {
            c.cancelledAtMs =
                std::min(nowMs - 3'600'000, c.createdAtMs + p.cancelAfterDays * DayMs);
            c.cancelStatus = c.cancelledAtMs < CampaignLifecycle::startInstantMs(c)
                                 ? status::Cancelled
                                 : status::Aborted;
        }
        s.addCampaign(std::move(c));
    }
    // Devices upgraded by a campaign that is over have reported their new firmware long ago;
    // those of running campaigns show it only after a firmware sync (as on the real service).
    for (const SimDevice& d : s.devices()) {
        for (int index : d.campaigns) {
            const SimCampaign& c = *s.campaigns()[static_cast<size_t>(index)];
            const CampaignDevice* cd = SimState::findCampaignDevice(c, d.imei);
            if (!cd || !CampaignLifecycle::isTerminal(CampaignLifecycle::status(c, nowMs)) ||
                !CampaignLifecycle::upgraded(c, *cd, nowMs))
                continue;
            SimDevice* device = s.device(d.imei);
            device->reportedFirmware = c.firmwareTo;
            device->reportedAtMs = std::min(nowMs, CampaignLifecycle::endInstantMs(c));
        }
    }
    return s;
}

} // namespace fotadesk::sim
