// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CtlMain.h"

#include "Command.h"
#include "CommandOutput.h"
#include "JsonEmitter.h"
#include "core/DisplayText.h"
#include "core/SecretRedactor.h"
#include "store/LogFile.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

#include <cstdio>
#include <exception>

namespace fotadesk::ctl {

namespace {

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

} // namespace

int runMain(int argc, char* argv[], Dispatch dispatch)
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

} // namespace fotadesk::ctl
