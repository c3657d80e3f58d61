// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

namespace fotadesk {

/// Whether the process that wrote a workspace row is still running (so that its pending
/// audit entries and open journals are not taken for interrupted ones).
class ProcessLiveness
{
public:
    ProcessLiveness() = delete;
    /// The current process id.
    static qint64 currentPid();
    /// True when `pid` is this process or a running process on this machine (Unix: kill(pid,
    /// 0)); false for 0 and for processes that ended. Elsewhere: only this process counts.
    static bool isRunning(qint64 pid);
};

} // namespace fotadesk
