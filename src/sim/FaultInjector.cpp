// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/FaultInjector.h"

namespace fotadesk::sim {

FaultInjector::FaultInjector(const FaultSpec& spec, quint64 defaultSeed)
    : m_defaultSeed(defaultSeed)
{
    setSpec(spec);
}

void FaultInjector::setSpec(const FaultSpec& spec)
{
    m_spec = spec;
    m_rng.seed(static_cast<quint32>(spec.seed.value_or(m_defaultSeed) ^ 0x5eed'f00dULL));
}

FaultDecision FaultInjector::decide(bool fotaCall)
{
    FaultDecision d;
    if (m_spec.latencyMaxMs > 0) {
        d.latencyMs =
            m_spec.latencyMinMs == m_spec.latencyMaxMs
                ? m_spec.latencyMinMs
                : m_spec.latencyMinMs + static_cast<int>(m_rng.bounded(static_cast<quint32>(
                                            m_spec.latencyMaxMs - m_spec.latencyMinMs + 1)));
    }
    if (!fotaCall && !m_spec.includeAuth)
        return d;
    const double u = m_rng.generateDouble();
    double edge = 0;
    const auto hit = [&](double p) {
        edge += p;
        return p > 0 && u < edge;
    };
    using K = FaultDecision::Kind;
    if (hit(m_spec.tokenExpiry) && fotaCall)
        d.kind = K::ExpireToken;
    else if (hit(m_spec.error500))
        d.kind = K::Error500;
    else if (hit(m_spec.error502))
        d.kind = K::Error502;
    else if (hit(m_spec.error503))
        d.kind = K::Error503;
    else if (hit(m_spec.tooMany))
        d.kind = K::TooManyRequests;
    else if (hit(m_spec.drop))
        d.kind = K::Drop;
    if (d.kind == K::TooManyRequests)
        d.retryAfterSeconds = m_spec.retryAfterSeconds;
    return d;
}

} // namespace fotadesk::sim
