// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/Rollout.h"
#include "workflow/RolloutAdvance.h"
#include "workflow/RolloutClientService.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace fotadesk::ctl {

class ApiCommand;
class CommandOutput;

/// Exit codes of the rollout commands beyond the common ones (docs/rollouts.md): what a timer
/// or cron job running 'rollout advance' acts on.
enum RolloutExitCode : int
{
    ExitRolloutDone = 0,     ///< every wave ended and passed
    ExitRolloutRunning = 10, ///< a wave's campaign runs (maybe just started)
    ExitRolloutWaiting = 11, ///< soak time, an approval, or paused
    ExitRolloutHeld = 12,    ///< a gate failed
    ExitRolloutAborted = 13,
};

/// The person a decision is recorded for: $FOTADESK_USER, else the login name ($USER,
/// $LOGNAME, $USERNAME).
QString rolloutUser();
/// The rollout id argument; nullopt with a usage error printed.
std::optional<qint64> rolloutId(const QString& text, const CommandOutput& out);
/// The stored rollout; nullopt with the error printed (exit code in *code).
std::optional<RolloutRecord> loadRollout(ApiCommand& cmd, qint64 id, int* code);

/// Everything about a rollout for --json (waves with their device ids, gates, events).
QJsonObject rolloutJson(const RolloutRecord& r, const QList<RolloutEvent>& events);
/// The same for people.
QString rolloutText(const RolloutRecord& r, const QList<RolloutEvent>& events);

/// Prints what a step did (its steps on stderr, the state on stdout; with --json the rollout
/// and the outcome) and returns its exit code.
int reportOutcome(ApiCommand& cmd, qint64 id, const RolloutAdvance::Outcome& outcome);

/// The rollout service over this command's client and workspace (warnings to stderr).
RolloutClientService rolloutService(ApiCommand& cmd, const QJsonObject& firmware);

/// Tests kill fotactl at a named step of a rollout ($FOTADESK_TEST_KILL_AT = "journaled",
/// "created", "ended", "gated"): SIGKILL, no clean-up of any kind.
void installRolloutKillHook(RolloutAdvance& steps);

} // namespace fotadesk::ctl
