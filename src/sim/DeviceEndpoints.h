// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"
#include "sim/SimContext.h"
#include "sim/SimRouter.h"

#include <utility>
#include <vector>

namespace fotadesk::sim {

/// Account devices V3, the account's inventory: GET /devices/{acc} (paged by
/// lastSeenDeviceId in IMEI order, ?protocol=LWM2M (default), OMD-DM or its SDK
/// spelling OMDADM, HTTP) and POST /devices/{acc} (the same facts for at most
/// 1,000 listed IMEIs; devices the account does not have are left out of the
/// answer). The firmware shown is what the device last reported
/// (SimState::reportedFirmware): an upgrade shows here after a firmware sync or
/// an async request. Timestamps: createTime, upgradeTime, updateTime and
/// refreshTime in the "2021-06-03 00:03:56.079 +0000 UTC" form of the vendor's
/// example, statusTime and lastConnectionTime ISO 8601.
class DeviceEndpoints final
{
public:
    static constexpr int MaxLookupDevices = 1000;

    explicit DeviceEndpoints(SimContext& context)
        : m_ctx(context)
    {}
    void install(SimRouter& router);

    SimResponse list(const SimRequest& request);
    SimResponse lookup(const SimRequest& request);

    /// The inventory protocol a ?protocol= filter selects (empty: not a filter value).
    static QString protocolForFilter(const QString& filter);

private:
    [[nodiscard]] wire::AccountDevice accountDevice(const SimDevice& device) const;
    [[nodiscard]] wire::InventoryDevice inventoryDevice(const SimDevice& device) const;
    /// The account's devices as (IMEI, index into SimState::devices()), sorted by IMEI.
    const std::vector<std::pair<quint64, int>>& sortedDevices(int account);

    SimContext& m_ctx;
    std::vector<std::pair<quint64, int>> m_sorted;
    int m_sortedAccount = -1;
    quint64 m_sortedRevision = 0;
    qsizetype m_sortedFleetSize = -1;
};

} // namespace fotadesk::sim
