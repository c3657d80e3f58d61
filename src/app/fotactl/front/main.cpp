// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotactl as the user starts it. `fotactl imei check` (no network, no workspace) runs here, in a
// program that loads Qt Core and Qt Sql only; every other command line goes on, unchanged and in
// the same process (execv), to fotactl-full, which has every command. Loading Qt Network and
// the libraries behind it (Kerberos, Brotli, zstd, libproxy, ...) took 5 ms of the 16 ms
// a start took on the benchmark machine (issue 20: the check of a million-line file is about
// 55 ms in all).

#include "../Command.h"
#include "../CommandOutput.h"
#include "../CtlMain.h"

#include <QCoreApplication>

#include <cerrno>
#include <climits>
#include <cstring>
#include <string>
#include <unistd.h>

using namespace fotadesk::ctl;

namespace {

/// Why fotactl-full could not be started (for the error), set before runMain.
std::string g_execFailure;

/// `fotactl imei check ...`: the command as fotactl-full's dispatch runs it.
int runImeiCheck(const QStringList& args, const CommandOutput& out)
{
    for (const auto& c : registeredCommands()) {
        if (c.words == QStringList{QStringLiteral("imei"), QStringLiteral("check")}) {
            QStringList rest{QStringLiteral("fotactl imei check")};
            rest += args.mid(3);
            return c.run(rest);
        }
    }
    return out.usageError(QStringLiteral("imei check is missing from this fotactl."));
}

int reportExecFailure(const QStringList&, const CommandOutput& out)
{
    return out.error(QStringLiteral("internal"),
                     QCoreApplication::translate("fotactl",
                                                 "cannot start %1. Reinstall FotaDesk: the "
                                                 "package installs it with fotactl.")
                         .arg(QString::fromLocal8Bit(g_execFailure.c_str())),
                     ExitUsage);
}

/// This program's folder (from /proc/self/exe), with a trailing '/'; empty when unknown.
std::string ownFolder()
{
    char path[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    if (n <= 0)
        return {};
    const std::string self(path, static_cast<std::size_t>(n));
    const std::size_t slash = self.rfind('/');
    return slash == std::string::npos ? std::string() : self.substr(0, slash + 1);
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc >= 3 && std::strcmp(argv[1], "imei") == 0 && std::strcmp(argv[2], "check") == 0)
        return runMain(argc, argv, &runImeiCheck);

    // fotactl-full beside this program (the build folder), else where the package puts it
    // (FOTADESK_FULL_FROM_BIN: the libexec folder relative to the bin folder).
    const std::string folder = ownFolder();
    std::string full = folder + "fotactl-full";
    if (access(full.c_str(), X_OK) != 0)
        full = folder + FOTADESK_FULL_FROM_BIN "/fotactl-full";
    execv(full.c_str(), argv);
    g_execFailure = full + ": " + std::strerror(errno);
    return runMain(argc, argv, &reportExecFailure);
}
