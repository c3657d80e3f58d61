// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sim/SimState.h"

#include <QString>

namespace fotadesk::sim {

/// The demo world, deterministic from a seed and the simulated "now":
/// account 0000123456-00001 (and 0000123456-00002 for cross-account checks),
/// eight device models (LWM2M and OMD-DM) with realistic TACs and two firmware
/// packages each, a fleet of about 21,000 devices (valid Luhn IMEIs; ~92%
/// licensed), and historical campaigns in every status — one of them with
/// 10,000 devices. The contract's example IMEIs 490154203237518 and
/// 356938035643809 are in the fleet.
class DemoData final
{
public:
    static constexpr auto DemoAccount = "0000123456-00001";
    static constexpr auto SecondAccount = "0000123456-00002";

    static SimState create(quint64 seed, qint64 nowMs);
};

} // namespace fotadesk::sim
