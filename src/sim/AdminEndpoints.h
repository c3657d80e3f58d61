// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sim/SimContext.h"
#include "sim/SimRouter.h"
#include "sim/SimStats.h"

#include <functional>

namespace fotadesk::sim {

/// Test and benchmark controls outside the FOTA API (documented in docs/fotasim.md):
///   GET  /admin/health                 counts of devices and campaigns
///   GET  /admin/clock                  simulated now and time scale
///   POST /admin/clock                  {"advanceSeconds": N} | {"set": ISO} | {"timeScale": x}
///   GET  /admin/faults                 the active fault spec
///   POST /admin/faults                 {"faults": "latency=100,error503=0.1"}
///   POST /admin/campaigns/synthetic    {"devices": N, ...}: a campaign of N new licensed devices
///   POST /admin/devices/{imei}/reachability  {"reachable": bool}: the device answers (or not)
///   GET  /admin/stats                  request counts by route and status
///   POST /admin/stats/reset
///   POST /admin/tokens/expire          every bearer token and session expires now
///   POST /admin/state/save             write --state now
class AdminEndpoints final
{
public:
    AdminEndpoints(SimContext& context, SimStats& stats, std::function<bool(QString*)> save);
    void install(SimRouter& router);

    SimResponse health(const SimRequest& request);
    SimResponse getClock(const SimRequest& request);
    SimResponse setClock(const SimRequest& request);
    SimResponse getFaults(const SimRequest& request);
    SimResponse setFaults(const SimRequest& request);
    SimResponse syntheticCampaign(const SimRequest& request);
    SimResponse setReachability(const SimRequest& request);

private:
    SimContext& m_ctx;
    SimStats& m_stats;
    std::function<bool(QString*)> m_save;
};

} // namespace fotadesk::sim
