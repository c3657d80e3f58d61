// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/SingleShotTimer.h"

#include <QTimer>

namespace fotadesk {

QtSingleShotTimer::QtSingleShotTimer()
    : m_timer(std::make_unique<QTimer>())
{
    m_timer->setSingleShot(true);
    QObject::connect(m_timer.get(), &QTimer::timeout, m_timer.get(), [this] {
        if (m_callback)
            m_callback();
    });
}

QtSingleShotTimer::~QtSingleShotTimer() = default;

void QtSingleShotTimer::start(int ms, std::function<void()> callback)
{
    m_callback = std::move(callback);
    m_timer->start(ms);
}

void QtSingleShotTimer::stop()
{
    m_timer->stop();
}

bool QtSingleShotTimer::isActive() const
{
    return m_timer->isActive();
}

} // namespace fotadesk
