// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sim/SimContext.h"
#include "sim/SimRouter.h"

namespace fotadesk::sim {

/// Campaigns V3: schedule (POST /campaigns/firmware/{acc}), add/remove devices
/// (PUT /campaigns/firmware/{acc}/{id}, also without /firmware), change dates
/// (PUT .../{id}/dates), get (GET /campaigns/{acc}/{id}), cancel (DELETE).
class CampaignEndpoints final
{
public:
    explicit CampaignEndpoints(SimContext& context)
        : m_ctx(context)
    {}
    void install(SimRouter& router);

    SimResponse create(const SimRequest& request);
    SimResponse changeDevices(const SimRequest& request);
    SimResponse changeDates(const SimRequest& request);
    SimResponse get(const SimRequest& request);
    SimResponse cancel(const SimRequest& request);

private:
    /// Why a device may not join (Ok when it may); may license it (autoAssign).
    JoinResult eligibility(const SimCampaign& campaign, int account, Imei imei, bool autoAssign);
    /// PilotLimitExceeded when the pilot gate holds the campaign back.
    std::optional<SimResponse> checkPilotGate(int account, const QString& firmwareName,
                                              qsizetype devices) const;

    SimContext& m_ctx;
};

} // namespace fotadesk::sim
