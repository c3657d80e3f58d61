// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <functional>

namespace fotadesk::test {

/// Runs the event loop the way the app's exec() does until `done()` is true or `timeoutMs`
/// have passed (false then): it blocks until the next event arrives and handles it at once.
///
/// For benchmarks, where it matters: QTest::qWaitFor (and qWait) sleep 10 ms between their
/// rounds of processEvents, so every network reply, decoded page and queued slice waits up
/// to 10 ms there. A measurement taken through them is slower, and its event-loop stalls
/// longer, than the app makes them (bench_report_load measured a first read of 100,000
/// devices at 1.8 s that way; the app itself takes 0.7 s).
bool runEventLoopUntil(const std::function<bool()>& done, int timeoutMs);

/// Runs the event loop like runEventLoopUntil() for `ms` milliseconds.
void runEventLoopFor(int ms);

} // namespace fotadesk::test
