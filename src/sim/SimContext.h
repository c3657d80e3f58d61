// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"
#include "sim/FaultInjector.h"
#include "sim/SimAuth.h"
#include "sim/SimClock.h"
#include "sim/SimOptions.h"
#include "sim/SimRequest.h"
#include "sim/SimResponse.h"
#include "sim/SimState.h"

#include <QDate>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace fotadesk::sim {

/// What every endpoint works with: the state, the simulated clock, the auth
/// store, the fault injector and the options — plus the lookups they share.
class SimContext final
{
public:
    SimContext(SimState& state, SimClock& clock, SimAuth& auth, FaultInjector& faults,
               SimOptions& options);

    SimState& state;
    SimClock& clock;
    SimAuth& auth;
    FaultInjector& faults;
    SimOptions& options;
    /// Called after every change of the state (the server persists it).
    std::function<void()> onChange;
    /// Called when an account's callback URL was set or deleted (CallbackNotifier starts from
    /// what is true at that moment).
    std::function<void(int account)> onCallbackChanged;

    [[nodiscard]] qint64 nowMs() const { return clock.nowMs(); }
    [[nodiscard]] QDate today() const;
    void changed();

    /// UnknownAccount unless the account exists.
    std::optional<SimResponse> resolveAccount(const QString& name, int* index) const;
    /// UnknownCampaign / CampaignNotInAccount unless the campaign belongs to the account.
    std::optional<SimResponse> resolveCampaign(int account, const QString& id,
                                               SimCampaign** out) const;
    /// The device cursor of a paged device answer (reports, licences, account devices):
    /// ?lastSeenDeviceId=, "0" when absent; InvalidCursor unless it is "0" or up to 15 digits.
    /// `text` gets the cursor as sent (for the answer's lastSeenDeviceId and later messages).
    static std::optional<SimResponse> deviceCursor(const SimRequest& request, quint64* cursor,
                                                   QString* text);
    /// InvalidRequestBody unless the body is a JSON object.
    static std::optional<SimResponse> parseObject(const QByteArray& body, QJsonObject* out);
    /// The preamble of every /campaigns/{acc}/{id} endpoint: resolves the account (args[0])
    /// and the campaign (args[1]) and, when `body` is given, parses the body as a JSON object.
    /// The first error found, in that order, is the answer.
    std::optional<SimResponse> resolveCampaignRequest(const SimRequest& request,
                                                      SimCampaign** campaign,
                                                      QJsonObject* body = nullptr) const;

    /// A campaign as the wire sees it; withFlags for the GET (Campaign) form.
    [[nodiscard]] wire::Campaign toWire(const SimCampaign& campaign, bool withFlags) const;
};

} // namespace fotadesk::sim
