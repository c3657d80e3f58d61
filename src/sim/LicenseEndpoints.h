// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sim/SimContext.h"
#include "sim/SimRouter.h"

namespace fotadesk::sim {

/// Licenses V3: list licensed devices (GET /licenses/{acc}, paged by
/// lastSeenDeviceId in IMEI order), assign and remove (POST /licenses/{acc}/assign|remove): a
/// device gets a license while the account's pool has one left, otherwise it is refused with
/// the reason. And the admin control of the pool: POST /admin/licenses {"account"?,
/// "licenseCount"} sets an account's number of licenses (not below those assigned).
class LicenseEndpoints final
{
public:
    explicit LicenseEndpoints(SimContext& context)
        : m_ctx(context)
    {}
    void install(SimRouter& router);

    SimResponse list(const SimRequest& request);
    SimResponse change(const SimRequest& request, bool assign);
    SimResponse setPool(const SimRequest& request);

private:
    SimContext& m_ctx;
};

} // namespace fotadesk::sim
