// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/SimClock.h"

#include <cmath>

namespace fotadesk::sim {

SimClock::SimClock(const QDateTime& startUtc, double timeScale)
    : m_baseMs(startUtc.toMSecsSinceEpoch())
    , m_scale(timeScale)
{
    m_sinceBase.start();
    m_monotonic.start();
}

QDateTime SimClock::nowUtc() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

qint64 SimClock::monotonicMs() const
{
    return m_monotonic.elapsed();
}

qint64 SimClock::nowMs() const
{
    return m_baseMs +
           static_cast<qint64>(std::llround(static_cast<double>(m_sinceBase.elapsed()) * m_scale));
}

void SimClock::rebase()
{
    m_baseMs = nowMs();
    m_sinceBase.restart();
}

void SimClock::advance(qint64 ms)
{
    rebase();
    m_baseMs += ms;
}

void SimClock::set(const QDateTime& utc)
{
    m_baseMs = utc.toMSecsSinceEpoch();
    m_sinceBase.restart();
}

void SimClock::setTimeScale(double scale)
{
    rebase();
    m_scale = scale;
}

} // namespace fotadesk::sim
