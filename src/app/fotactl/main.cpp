// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ClientOptions.h"
#include "Command.h"
#include "CommandOutput.h"
#include "JsonEmitter.h"
#include "core/DisplayText.h"
#include "core/ProgramInfo.h"
#include "core/SecretRedactor.h"
#include "store/LogFile.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>
#include <exception>

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

QtMessageHandler logFileHandler = nullptr;

/// Qt's message handler of fotactl: the log file (when it could be opened), then the line on
/// stderr, redacted, with its control characters escaped.
void echoEscaped(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (logFileHandler)
        logFileHandler(type, context, message);
    const QByteArray line = DisplayText::escapeControls(
                                SecretRedactor::redact(qFormatLogMessage(type, context, message)),
                                DisplayText::LineBreaks::Keep)
                                .toUtf8() +
                            '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
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
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fotactl"));
    QCoreApplication::setOrganizationName(QStringLiteral("FotaDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOTADESK_VERSION));
    // A command-line tool writes dates and times in ISO 8601 whatever LANG says: the shared
    // texts of the workflow go through DisplayFormat, which is ISO with the C locale.
    QLocale::setDefault(QLocale::c());

    // A command-line tool speaks through its output: the library logs only warnings of the
    // client (never secrets), and nothing of an embedded demo simulator, unless
    // QT_LOGGING_RULES says otherwise (e.g. "fotadesk.*=true" to see every request).
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("fotadesk.*.debug=false\n"
                                                        "fotadesk.*.info=false\n"
                                                        "fotadesk.sim.warning=false"));
    // Whatever is logged also goes, redacted, to the rotating log in the data directory
    // (docs/data.md); without a writable data directory fotactl runs on without it. On stderr
    // a logged line may quote a server: it is shown with its control characters escaped.
    fotadesk::LogFile::Options logOptions;
    logOptions.echo = false;
    const bool logging = fotadesk::LogFile::install(logOptions);
    const QtMessageHandler logFile = qInstallMessageHandler(&echoEscaped);
    logFileHandler = logging ? logFile : nullptr;

    // With --json, every way out of this function prints exactly one JSON document: the
    // command's answer or an error (JsonEmitter), also after an exception or a signal.
    const QStringList args = QCoreApplication::arguments();
    JsonEmitter& emitter = JsonEmitter::instance();
    emitter.setEnabled(args.contains(QStringLiteral("--json")));
    emitter.installSignalHandlers();
    const CommandOutput out(QStringLiteral("fotactl"), emitter.isEnabled());
    int code = ExitNetwork;
    try {
        code = dispatch(args, out);
    } catch (const std::exception& e) {
        code = out.error(QStringLiteral("internal"),
                         QCoreApplication::translate("fotactl", "internal error: %1")
                             .arg(QString::fromLocal8Bit(e.what())),
                         ExitNetwork);
    }
    return emitter.finish(code);
}
