#pragma once

#include "sim/SimContext.h"
#include "sim/SimRouter.h"

namespace fotadesk::sim {

/// Software Management Reports V3: campaign history by status (paged by
/// lastSeenCampaignId), campaign device status (paged by lastSeenDeviceId,
/// ordered by IMEI, first cursor 0), one device's upgrade history.
class ReportEndpoints final
{
public:
    explicit ReportEndpoints(SimContext& context)
        : m_ctx(context)
    {}
    void install(SimRouter& router);

    SimResponse campaignHistory(const SimRequest& request);
    SimResponse campaignDevices(const SimRequest& request);
    SimResponse deviceHistory(const SimRequest& request);

    /// The campaign statuses a history request may ask for.
    static const QStringList& knownCampaignStatuses();

private:
    SimContext& m_ctx;
};

} // namespace fotadesk::sim
