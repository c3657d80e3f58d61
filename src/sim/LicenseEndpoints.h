#pragma once

#include "sim/SimContext.h"
#include "sim/SimRouter.h"

namespace fotadesk::sim {

/// Licenses V3: list licensed devices (GET /licenses/{acc}, paged by
/// lastSeenDeviceId in IMEI order), assign and remove (POST /licenses/{acc}/assign|remove).
class LicenseEndpoints final
{
public:
    explicit LicenseEndpoints(SimContext& context)
        : m_ctx(context)
    {}
    void install(SimRouter& router);

    SimResponse list(const SimRequest& request);
    SimResponse change(const SimRequest& request, bool assign);

private:
    SimContext& m_ctx;
};

} // namespace fotadesk::sim
