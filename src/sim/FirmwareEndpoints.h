// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sim/SimContext.h"
#include "sim/SimRouter.h"

namespace fotadesk::sim {

/// Firmware V3: list packages (GET /firmware/{acc}?protocol=LWM2M|OMD-DM|all),
/// synchronize device versions (PUT /firmware/{acc}/devices, at most 100
/// devices), ask one device to report asynchronously (PUT /firmware/{acc}/async/{id}).
class FirmwareEndpoints final
{
public:
    static constexpr int MaxSyncDevices = 100;

    explicit FirmwareEndpoints(SimContext& context)
        : m_ctx(context)
    {}
    void install(SimRouter& router);

    SimResponse list(const SimRequest& request);
    SimResponse synchronize(const SimRequest& request);
    SimResponse reportAsync(const SimRequest& request);

private:
    SimContext& m_ctx;
};

} // namespace fotadesk::sim
