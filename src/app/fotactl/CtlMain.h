// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace fotadesk::ctl {

class CommandOutput;

/// Finds the command of `args` (the program's arguments) and runs it; every usage error of its
/// own through `out`.
using Dispatch = int (*)(const QStringList& args, const CommandOutput& out);

/// What every fotactl program does around a command: the application object, ISO dates,
/// the log filter and the log file, and with --json exactly one JSON document on every way
/// out (also after an exception or a signal). Returns the exit code.
int runMain(int argc, char* argv[], Dispatch dispatch);

} // namespace fotadesk::ctl
