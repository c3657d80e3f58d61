// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace fotadesk::ctl {

/// Exit codes of fotactl (documented in --help and the README).
enum ExitCode : int
{
    ExitOk = 0,      ///< done
    ExitRefused = 1, ///< the API (or the check) said no: errorCode/errorMessage printed
    ExitUsage = 2,   ///< usage or input error (bad option, unusable file)
    ExitNetwork = 3, ///< network or authentication failure
};

/// One fotactl subcommand, e.g. {"imei", "check"}. `run` receives the
/// arguments after the command words (argv[0] is "fotactl <words>") and
/// returns an ExitCode. Each command file registers itself with a static
/// `const bool registered = registerCommand({...});`.
struct CommandSpec
{
    QStringList words;
    QString synopsis; ///< e.g. "imei check FILE [--json] [--valid-out PATH]"
    QString summary;  ///< one line for the command list
    std::function<int(const QStringList& arguments)> run;
};

bool registerCommand(CommandSpec spec);
const QList<CommandSpec>& registeredCommands();

} // namespace fotadesk::ctl
