#include "ClientOptions.h"
#include "Command.h"
#include "core/ProgramInfo.h"
#include "store/LogFile.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <algorithm>

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
                "\nExit codes: 0 ok; 1 the API (or the check) said no; 2 usage or input error;\n"
                "3 network or authentication failure.\n"
                "Run 'fotactl COMMAND --help' for the options of one command. The connection\n"
                "options may also stand before COMMAND: 'fotactl --demo firmware list':\n"
                "%1\n")
                .arg(ClientOptions::names().join(u", "_s));
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fotactl"));
    QCoreApplication::setOrganizationName(QStringLiteral("FotaDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOTADESK_VERSION));

    // A command-line tool speaks through its output: the library logs only warnings of the
    // client (never secrets), and nothing of an embedded demo simulator, unless
    // QT_LOGGING_RULES says otherwise (e.g. "fotadesk.*=true" to see every request).
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("fotadesk.*.debug=false\n"
                                                        "fotadesk.*.info=false\n"
                                                        "fotadesk.sim.warning=false"));
    // Whatever is logged also goes, redacted, to the rotating log in the data directory
    // (docs/data.md); without a writable data directory fotactl runs on without it.
    fotadesk::LogFile::install({});

    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 2 || args.at(1) == u"--help" || args.at(1) == u"-h") {
        out << usage();
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    if (args.at(1) == u"--version" || args.at(1) == u"-v") {
        out << fotadesk::ProgramInfo::versionText(u"fotactl"_s);
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
        err << (words.isEmpty()
                    ? QCoreApplication::translate("fotactl", "fotactl: '%1' names no command.\n\n")
                          .arg(args.mid(1).join(u' '))
                    : QCoreApplication::translate("fotactl", "fotactl: unknown command '%1'.\n\n")
                          .arg(words.join(u' ')))
            << usage();
        return ExitUsage;
    }
    QStringList rest{QStringLiteral("fotactl ") + best->words.join(u' ')};
    rest += global;
    rest += words.mid(best->words.size());
    return best->run(rest);
}
