// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sim/FaultSpec.h"

#include <QRandomGenerator>

namespace fotadesk::sim {

/// What to do to one request.
struct FaultDecision
{
    enum class Kind
    {
        None,
        Error500,
        Error502,
        Error503,
        TooManyRequests,
        Drop,
        ExpireToken
    };
    Kind kind = Kind::None;
    int latencyMs = 0;
    int retryAfterSeconds = 0;
};

/// Decides, deterministically from its seed and the order of requests, which
/// fault (if any) each request gets.
class FaultInjector final
{
public:
    explicit FaultInjector(const FaultSpec& spec = {}, quint64 defaultSeed = 1);

    void setSpec(const FaultSpec& spec);
    [[nodiscard]] const FaultSpec& spec() const { return m_spec; }
    /// fotaCall: the request is under /api/fota (auth calls get faults only with scope=all).
    FaultDecision decide(bool fotaCall);

private:
    FaultSpec m_spec;
    quint64 m_defaultSeed;
    QRandomGenerator m_rng;
};

} // namespace fotadesk::sim
