// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ClientOptions.h"
#include "Command.h"
#include "CommandOutput.h"
#include "CtlMain.h"
#include "core/ProgramInfo.h"

#include <QCoreApplication>

#include <algorithm>

using namespace fotadesk;
using namespace fotadesk::ctl;
using namespace Qt::StringLiterals;

namespace {

QString usage()
{
    QString text = QCoreApplication::translate(
        "fotactl",
        "Usage: fotactl [--help] [--version] COMMAND [ARGS...]\n\n"
        "ThingSpace FOTA v3 from the command line, through the same service layer as FotaDesk.\n\n"
        "Commands:\n");
    auto commands = registeredCommands();
    std::sort(commands.begin(), commands.end(),
              [](const CommandSpec& a, const CommandSpec& b) { return a.words < b.words; });
    for (const auto& c : commands)
        text += QStringLiteral("  %1\n      %2\n").arg(c.synopsis, c.summary);
    text += QCoreApplication::translate(
                "fotactl",
                "\nExit codes: 0 ok; 1 the API (or the check) said no; 2 usage or input error, a\n"
                "file not written whole, or a change the workspace could not record first;\n"
                "3 network or authentication failure; 130/143 interrupted (SIGINT/SIGTERM).\n"
                "Run 'fotactl COMMAND --help' for the options of one command. The connection\n"
                "options may also stand before COMMAND: 'fotactl --demo firmware list':\n"
                "%1\n")
                .arg(ClientOptions::names().join(u", "_s));
    return text;
}

/// Finds the command of `args` and runs it; every usage error of its own through `out`.
int dispatch(const QStringList& args, const CommandOutput& out)
{
    if (args.size() < 2 || args.at(1) == u"--help" || args.at(1) == u"-h") {
        CommandOutput::writeStdout(usage());
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    if (args.at(1) == u"--version" || args.at(1) == u"-v") {
        CommandOutput::writeStdout(ProgramInfo::versionText(u"fotactl"_s));
        return ExitOk;
    }

    // Connection options may come before the command words too (fotactl --demo firmware list):
    // they are handed to the command after its words, as if written there.
    const qsizetype leading = fotadesk::ctl::ClientOptions::leadingCount(args, 1);
    const QStringList global = args.mid(1, leading);
    const QStringList words = args.mid(1 + leading);

    // Longest match of command words.
    const CommandSpec* best = nullptr;
    for (const auto& c : registeredCommands()) {
        if (c.words.size() > words.size())
            continue;
        if (std::equal(c.words.begin(), c.words.end(), words.begin()) &&
            (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    if (!best) {
        const QString message =
            words.isEmpty() ? QCoreApplication::translate("fotactl", "'%1' names no command.")
                                  .arg(args.mid(1).join(u' '))
                            : QCoreApplication::translate("fotactl", "unknown command '%1'.")
                                  .arg(words.join(u' '));
        const int code = out.usageError(message);
        if (!out.isJson())
            CommandOutput::writeStderr(QStringLiteral("\n") + usage());
        return code;
    }
    QStringList rest{QStringLiteral("fotactl ") + best->words.join(u' ')};
    rest += global;
    rest += words.mid(best->words.size());
    return best->run(rest);
}

} // namespace

int main(int argc, char* argv[])
{
    return runMain(argc, argv, &dispatch);
}
