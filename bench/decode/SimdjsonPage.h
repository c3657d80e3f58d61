// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"

#include <QByteArray>

#include <optional>

namespace fotadesk::bench {

/// The report page read with simdjson's On Demand API into the same wire types, accepting
/// the same shape as wire::readCampaignDevicePageDirect (the contract's members, null
/// optionals; nullopt for anything else), but with escapes and UTF-8 text too. Built only
/// when libsimdjson-dev is installed: bench_decode measures it against the hand-written
/// reader that the client uses.
std::optional<wire::CampaignDevicePage> readPageWithSimdjson(const QByteArray& body);

} // namespace fotadesk::bench
