// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared by the tests in this folder (header only): the fixed simulated "now"
// and helpers to find demo devices by what they are.

#include "sim/DemoData.h"
#include "sim/SimState.h"

#include <QDateTime>
#include <QStringList>

#include <functional>

namespace fotadesk::test {

/// fotasim runs with a frozen clock at this instant (a Monday), seed 1.
inline const QString kSimNow = QStringLiteral("2026-03-02T08:00:00Z");
inline const QString kAccount = QStringLiteral("0000123456-00001");
inline const QString kOtherAccount = QStringLiteral("0000123456-00002");

inline QStringList simArgs(const QStringList& more = {})
{
    return QStringList{QStringLiteral("--now"),        kSimNow,
                       QStringLiteral("--time-scale"), QStringLiteral("0"),
                       QStringLiteral("--seed"),       QStringLiteral("1")} +
           more;
}

inline qint64 simNowMs()
{
    return QDateTime::fromString(kSimNow, Qt::ISODate).toMSecsSinceEpoch();
}

/// The same demo world fotasim builds (deterministic from seed and now).
inline const sim::SimState& demoState()
{
    static const sim::SimState state = sim::DemoData::create(1, simNowMs());
    return state;
}

/// Up to `count` demo device IMEIs that match, in fleet order.
inline QStringList demoDevices(const std::function<bool(const sim::SimDevice&)>& match, int count)
{
    QStringList ids;
    for (const sim::SimDevice& d : demoState().devices()) {
        if (ids.size() >= count)
            break;
        if (match(d))
            ids.append(d.imei.toString());
    }
    return ids;
}

/// Free devices (in no campaign) of a model, licensed or not.
inline QStringList freeDevices(int model, bool licensed, int count, int account = 0)
{
    return demoDevices(
        [=](const sim::SimDevice& d) {
            // Devices any campaign of their model's package accepts: FOTA-eligible, on the
            // model's protocol (the demo fleet has others too, see DemoData).
            return d.model == model && d.account == account && d.campaigns.isEmpty() &&
                   (d.licensedAtMs != 0) == licensed && d.fotaEligible && d.protocol.isEmpty() &&
                   d.firmware == demoState().models()[static_cast<size_t>(model)].baseFirmware;
        },
        count);
}

/// Model indexes of the demo data.
enum DemoModel
{
    BG96 = 0,
    ME910 = 1,
    HL7800 = 2,
    GM01Q = 3,
    AX100 = 4,
    AX200 = 5,
    MiFi = 6,
    R717 = 7
};

inline const QString kAx100Firmware = QStringLiteral("ACMEModems_AX100_R2.1.0_R2.2.0");

} // namespace fotadesk::test
