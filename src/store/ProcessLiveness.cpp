// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/ProcessLiveness.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace fotadesk {

qint64 ProcessLiveness::currentPid()
{
    return QCoreApplication::applicationPid();
}

bool ProcessLiveness::isRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == currentPid())
        return true;
#ifdef Q_OS_UNIX
    if (::kill(static_cast<pid_t>(pid), 0) == 0)
        return true;
    return errno == EPERM; // exists, owned by someone else
#else
    return false;
#endif
}

} // namespace fotadesk
