// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Clock.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace fotadesk::sim {

/// Simulated time: starts at a given instant and runs timeScale simulated
/// seconds per real second; advance()/set() jump it deterministically (admin
/// endpoint, tests). monotonicMs() is real monotonic time (for token lifetimes
/// and latency, which a client measures in real time).
class SimClock final : public Clock
{
public:
    explicit SimClock(const QDateTime& startUtc, double timeScale = 1.0);

    [[nodiscard]] QDateTime nowUtc() const override;
    [[nodiscard]] qint64 monotonicMs() const override;
    /// Simulated milliseconds since the epoch.
    [[nodiscard]] qint64 nowMs() const;

    void advance(qint64 ms);
    void set(const QDateTime& utc);
    [[nodiscard]] double timeScale() const { return m_scale; }
    void setTimeScale(double scale);

private:
    void rebase();

    qint64 m_baseMs = 0; ///< simulated time at the last rebase
    QElapsedTimer m_sinceBase;
    QElapsedTimer m_monotonic;
    double m_scale = 1.0;
};

} // namespace fotadesk::sim
