// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotasim: a faithful local ThingSpace FOTA v3 server (see docs/fotasim.md).

#include "core/ProgramInfo.h"
#include "core/Timestamp.h"
#include "sim/FaultSpec.h"
#include "sim/SimLogging.h"
#include "sim/SimServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QLocale>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace fotadesk::sim;
using namespace Qt::StringLiterals;

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &byte, 1);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("fotasim", text);
}

bool applyLogLevel(const QString& level)
{
    QString rules;
    if (level == u"debug"_s)
        rules = u"fotadesk.sim.debug=true\nfotadesk.sim.info=true"_s;
    else if (level == u"info"_s)
        rules = u"fotadesk.sim.debug=false\nfotadesk.sim.info=true"_s;
    else if (level == u"warning"_s)
        rules = u"fotadesk.sim.debug=false\nfotadesk.sim.info=false"_s;
    else if (level == u"off"_s)
        rules = u"*.debug=false\n*.info=false\n*.warning=false\n*.critical=false"_s; // fatal only
    else
        return false;
    QLoggingCategory::setFilterRules(rules);
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fotasim"_s);
    QCoreApplication::setOrganizationName(u"FotaDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FOTADESK_VERSION));
    // A server's messages write dates in ISO 8601 whatever LANG says (the shared rules of
    // core go through DisplayFormat, which is ISO with the C locale).
    QLocale::setDefault(QLocale::c());

    const SimOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A faithful local ThingSpace FOTA v3 server: the demo backend of FotaDesk and the "
           "peer of its integration tests.\n\n"
           "Base URL for clients: http://HOST:PORT/api (FOTA under /api/fota/v3, token at "
           "/api/ts/v1/oauth2/token, session at /api/m2m/v1/session/login). Demo account: "
           "0000123456-00001.\n\n") +
        FaultSpec::syntaxHelp() +
        tr("\nAdmin endpoints (on by default on a loopback address): /admin/health, "
           "/admin/clock, /admin/faults, /admin/campaigns/synthetic, /admin/stats, "
           "/admin/tokens/expire, /admin/state/save. See docs/fotasim.md."));
    parser.addHelpOption();
    // --version: the version and the licence notice (core/ProgramInfo), not Qt's bare line.
    const QCommandLineOption versionOption({u"v"_s, u"version"_s},
                                           tr("Displays version and licence information."));
    parser.addOption(versionOption);
    const QCommandLineOption listen(
        u"listen"_s,
        tr("Address and port to listen on (default: 127.0.0.1:8088; port 0: any free port)."),
        u"host:port"_s, u"127.0.0.1:8088"_s);
    const QCommandLineOption seed(u"seed"_s,
                                  tr("Seed of the demo data and of fault decisions (default: 1)."),
                                  u"n"_s, u"1"_s);
    const QCommandLineOption timeScale(
        u"time-scale"_s, tr("Simulated seconds per real second (default: 1; 0 freezes time)."),
        u"n"_s, u"1"_s);
    const QCommandLineOption now(
        u"now"_s, tr("Initial simulated time, ISO 8601 (default: the real time)."), u"iso"_s);
    const QCommandLineOption tokenLifetime(
        u"token-lifetime"_s, tr("Lifetime of bearer and session tokens, seconds (default: 3600)."),
        u"s"_s, u"3600"_s);
    const QCommandLineOption faults(u"faults"_s, tr("Faults to inject (syntax above)."), u"spec"_s,
                                    u"none"_s);
    const QCommandLineOption state(u"state"_s,
                                   tr("Keep the state in FILE across restarts (atomic writes; a "
                                      "corrupt file is refused)."),
                                   u"file"_s);
    const QCommandLineOption clientId(
        u"client-id"_s, tr("OAuth client id (default: %1).").arg(defaults.credentials.clientId),
        u"id"_s, defaults.credentials.clientId);
    const QCommandLineOption clientSecret(
        u"client-secret"_s,
        tr("OAuth client secret (default: %1).").arg(defaults.credentials.clientSecret),
        u"secret"_s, defaults.credentials.clientSecret);
    const QCommandLineOption username(
        u"username"_s, tr("M2M session username (default: %1).").arg(defaults.credentials.username),
        u"name"_s, defaults.credentials.username);
    const QCommandLineOption password(
        u"password"_s, tr("M2M session password (default: %1).").arg(defaults.credentials.password),
        u"password"_s, defaults.credentials.password);
    const QCommandLineOption pilotGate(u"pilot-gate"_s,
                                       tr("Limit campaigns of a firmware to 20 devices until 5 "
                                          "devices upgraded at a 50% success rate."));
    const QCommandLineOption failureRate(
        u"failure-rate"_s, tr("Share of devices whose upgrade fails, 0..1 (default: 0.05)."),
        u"p"_s, u"0.05"_s);
    const QCommandLineOption hostileReasons(
        u"hostile-reasons"_s,
        tr("Device reports carry spreadsheet formulas and CSV quoting traps as reasons "
           "(=1+1, @SUM(A1), ...): for testing exports."));
    const QCommandLineOption admin(u"admin"_s,
                                   tr("Serve /admin/* also on a non-loopback address."));
    const QCommandLineOption noAdmin(u"no-admin"_s, tr("Do not serve /admin/*."));
    const QCommandLineOption logLevel(
        u"log-level"_s, tr("debug, info (every request; the default), warning or off."), u"level"_s,
        u"info"_s);
    for (const auto* o : {&listen, &seed, &timeScale, &now, &tokenLifetime, &faults, &state,
                          &clientId, &clientSecret, &username, &password, &pilotGate, &failureRate,
                          &hostileReasons, &admin, &noAdmin, &logLevel})
        parser.addOption(*o);
    parser.process(app);
    if (parser.isSet(versionOption)) {
        std::fputs(qPrintable(fotadesk::ProgramInfo::versionText(u"fotasim"_s)), stdout);
        return 0;
    }

    QTextStream err(stderr);
    const auto usageError = [&err](const QString& message) {
        err << "fotasim: " << message << '\n';
        err.flush();
        return 2;
    };

    if (!applyLogLevel(parser.value(logLevel)))
        return usageError(tr("--log-level must be debug, info, warning or off."));

    SimOptions options;
    bool ok = false;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usageError(tr("--seed must be a non-negative integer."));
    options.timeScale = parser.value(timeScale).toDouble(&ok);
    if (!ok || options.timeScale < 0)
        return usageError(tr("--time-scale must be a number >= 0."));
    if (parser.isSet(now)) {
        const fotadesk::Timestamp t = fotadesk::Timestamp::parse(parser.value(now));
        if (!t.isValid())
            return usageError(
                tr("--now must be an ISO 8601 instant such as 2026-12-01T08:00:00Z."));
        options.startTime = t.utc;
    }
    options.tokenLifetimeSeconds = parser.value(tokenLifetime).toLongLong(&ok);
    if (!ok || options.tokenLifetimeSeconds < 1)
        return usageError(tr("--token-lifetime must be a number of seconds >= 1."));
    QString faultError;
    const auto spec = FaultSpec::parse(parser.value(faults), &faultError);
    if (!spec)
        return usageError(tr("--faults: %1").arg(faultError));
    options.faults = *spec;
    options.statePath = parser.value(state);
    options.credentials = {parser.value(clientId), parser.value(clientSecret),
                           parser.value(username), parser.value(password)};
    options.pilotGate = parser.isSet(pilotGate);
    options.hostileReasons = parser.isSet(hostileReasons);
    options.failureRate = parser.value(failureRate).toDouble(&ok);
    if (!ok || options.failureRate < 0 || options.failureRate > 1)
        return usageError(tr("--failure-rate must be a number from 0 to 1."));

    const QString listenText = parser.value(listen);
    const qsizetype colon = listenText.lastIndexOf(u':');
    const QHostAddress address(listenText.left(colon));
    const quint16 port = listenText.mid(colon + 1).toUShort(&ok);
    if (colon < 0 || address.isNull() || !ok)
        return usageError(tr("--listen must be HOST:PORT with a numeric address, e.g. "
                             "127.0.0.1:0, got '%1'.")
                              .arg(listenText));
    options.admin = !parser.isSet(noAdmin) && (address.isLoopback() || parser.isSet(admin));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return usageError(tr("cannot create the signal socket pair."));
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(g_signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });

    SimServer server(options);
    QString error;
    if (!server.initialize(&error)) {
        err << "fotasim: " << error << '\n';
        err.flush();
        return 3;
    }
    const quint16 actual = server.start(address, port, &error);
    if (actual == 0) {
        err << "fotasim: " << error << '\n';
        err.flush();
        return 3;
    }
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u"[%1]"_s.arg(address.toString())
                             : address.toString();
    std::printf("fotasim listening on http://%s:%u\n", qPrintable(host),
                static_cast<unsigned>(actual));
    std::fflush(stdout);
    qCInfo(lcSim).noquote() << tr("base URL %1, account 0000123456-00001, %2 devices, %3 "
                                  "campaigns, faults: %4")
                                   .arg(server.baseUrl())
                                   .arg(server.state().devices().size())
                                   .arg(server.state().campaigns().size())
                                   .arg(options.faults.toString());

    const int rc = app.exec();
    if (!server.saveNow(&error)) {
        err << "fotasim: " << error << '\n';
        return 3;
    }
    return rc;
}
