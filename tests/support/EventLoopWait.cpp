// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/EventLoopWait.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>

namespace fotadesk::test {

bool runEventLoopUntil(const std::function<bool()>& done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    // Something to wake the wait at the deadline when no other event comes.
    QTimer wake;
    wake.start(std::clamp(timeoutMs, 1, 100));
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        // Objects deleted with deleteLater() go now, as they would in exec().
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

void runEventLoopFor(int ms)
{
    runEventLoopUntil([] { return false; }, ms);
}

} // namespace fotadesk::test
