// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>

namespace fotadesk {

/// The seam for time: code that needs "now" is given a Clock, so that tests
/// (and fotasim's simulated time) never depend on the real clock.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
    /// Milliseconds on a monotonic scale (for timeouts and backoff).
    [[nodiscard]] virtual qint64 monotonicMs() const = 0;

    /// The real clock (process-wide, stateless).
    static const Clock& system();
};

/// A clock that only moves when told to (tests).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime nowUtc)
        : m_now(nowUtc.toUTC())
    {}
    [[nodiscard]] QDateTime nowUtc() const override { return m_now; }
    [[nodiscard]] qint64 monotonicMs() const override { return m_monotonic; }
    void advance(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonic += ms;
    }
    void set(QDateTime nowUtc) { m_now = nowUtc.toUTC(); }

private:
    QDateTime m_now;
    qint64 m_monotonic = 0;
};

} // namespace fotadesk
