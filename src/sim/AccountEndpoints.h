// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sim/SimContext.h"
#include "sim/SimRouter.h"

namespace fotadesk::sim {

/// Subscription (GET /subscriptions/{acc}) and callbacks
/// (GET|POST|PUT|DELETE /callbacks/{acc}: the registered URL is stored).
class AccountEndpoints final
{
public:
    explicit AccountEndpoints(SimContext& context)
        : m_ctx(context)
    {}
    void install(SimRouter& router);

    SimResponse subscription(const SimRequest& request);
    SimResponse getCallback(const SimRequest& request);
    SimResponse setCallback(const SimRequest& request);
    SimResponse deleteCallback(const SimRequest& request);

private:
    SimContext& m_ctx;
};

} // namespace fotadesk::sim
