// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotadesk: parse the options, pick the environment (the embedded demo
// backend unless told otherwise), build the client and show the window.

#include "api/Environment.h"
#include "api/FotaClient.h"
#include "api/InMemoryCredentialSource.h"
#include "core/Clock.h"
#include "core/ProgramInfo.h"
#include "gui/common/Icons.h"
#include "gui/shell/AppLanguage.h"
#include "gui/shell/DesktopApp.h"
#include "gui/shell/MainWindow.h"
#include "gui/signin/SignInFlow.h"
#include "sim/EmbeddedSimulator.h"
#include "store/AppSettings.h"
#include "store/KeychainCredentialSource.h"
#include "store/KeychainSecretStore.h"
#include "store/LogFile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <fontconfig/fontconfig.h>
#include <functional>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using fotadesk::Environment;

namespace {

// lupdate files the strings under the context Q_DECLARE_TR_FUNCTIONS names: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

int fail(const QString& message)
{
    std::fprintf(stderr, "fotadesk: %s\n", qPrintable(message));
    QMessageBox::critical(nullptr, Tr::tr("FotaDesk cannot start"), message);
    return 1;
}

/// Calls `then` once, after the first paint of `widget` (and then deletes itself).
class AfterFirstPaint final : public QObject
{
public:
    AfterFirstPaint(QWidget& widget, std::function<void()> then)
        : QObject(&widget)
        , m_then(std::move(then))
    {
        widget.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // After the paint has been delivered, not in the middle of it.
            QTimer::singleShot(0, this, [this] {
                m_then();
                deleteLater();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
    bool m_done = false;
};

/// --help, -h, --help-all, --version or -v: answered without a window system.
bool asksForHelpOrVersion(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" ||
            arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    // The first text laid out makes fontconfig read its configuration (dozens of XML files),
    // about a fifth of the work before the window maps; Qt would do it on this thread while
    // building the window. The other core does it meanwhile (fontconfig publishes its
    // configuration atomically, so Qt's own FcInit() then finds it ready; bench/cold_start).
    // Not for --help and --version, which lay out no text.
    const bool terminalOnly = asksForHelpOrVersion(argc, argv);
    std::jthread fontconfig;
    if (!terminalOnly)
        fontconfig = std::jthread([] { FcInit(); });
    // --help and --version answer on a terminal without a display (ssh, a package check): a
    // core application parses the same options, prints and exits; QApplication would abort
    // for want of a display.
    const std::unique_ptr<QCoreApplication> application =
        terminalOnly ? std::make_unique<QCoreApplication>(argc, argv)
                     : std::make_unique<QApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(u"FotaDesk"_s);
    QCoreApplication::setOrganizationName(u"FotaDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FOTADESK_VERSION));
    // The user-interface language (--language, else Settings, else the system's), before any
    // widget and the option parser so that they are translated too (translations/README.md).
    fotadesk::AppSettings settings; // File ▸ Settings… (docs/data.md)
    fotadesk::AppLanguage language;
    language.install(
        fotadesk::AppLanguage::requested(QApplication::arguments(), settings.uiLanguage()));
    // Log lines go, redacted, to the rotating log in the data directory (docs/data.md), as
    // large and as many as the settings say (a change applies at once: SettingsEffects).
    fotadesk::LogFile::Options log;
    log.maxBytes = settings.logMaxBytes();
    log.keep = settings.logFilesKept();
    fotadesk::LogFile::install(log);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Administer ThingSpace FOTA v3 firmware campaigns.\n"
               "Without options FotaDesk runs on its embedded demo backend (no account needed)."));
    parser.addHelpOption();
    // --version: the version and the licence notice (core/ProgramInfo), not Qt's bare line.
    const QCommandLineOption versionOption({u"v"_s, u"version"_s},
                                           Tr::tr("Displays version and licence information."));
    parser.addOption(versionOption);
    const QCommandLineOption demoOption(
        u"demo"_s,
        Tr::tr("Use the embedded demo backend (the default when nothing is configured)."));
    const QCommandLineOption productionOption(
        u"production"_s, Tr::tr("Use the ThingSpace production service (asks for credentials)."));
    const QCommandLineOption baseUrlOption(
        u"base-url"_s, Tr::tr("Use a custom service at <url> (e.g. http://127.0.0.1:8080/api)."),
        u"url"_s);
    const QCommandLineOption accountOption(
        u"account"_s, Tr::tr("The account name, e.g. 0000123456-00001."), u"account"_s);
    const QCommandLineOption languageOption(
        u"language"_s,
        Tr::tr("Use the user-interface language <code>: en, de or es (default: the one chosen in "
               "Settings, else the system's)."),
        u"code"_s);
    parser.addOptions({demoOption, productionOption, baseUrlOption, accountOption, languageOption});
    parser.process(app);
    if (parser.isSet(versionOption)) {
        std::fputs(qPrintable(fotadesk::ProgramInfo::versionText(u"fotadesk"_s)), stdout);
        return 0;
    }

    const int chosen = int(parser.isSet(demoOption)) + int(parser.isSet(productionOption)) +
                       int(parser.isSet(baseUrlOption));
    if (chosen > 1)
        return fail(Tr::tr("Choose one of --demo, --production and --base-url."));

    // Which environment: the command line wins; otherwise the active profile of the settings
    // (File ▸ Settings…), which is Demo — the embedded fotasim — until the user picks another.
    Environment::Profile profile = settings.activeProfile();
    if (parser.isSet(demoOption))
        profile = Environment::Profile::Demo;
    else if (parser.isSet(productionOption))
        profile = Environment::Profile::Production;
    else if (parser.isSet(baseUrlOption))
        profile = Environment::Profile::Custom;

    std::unique_ptr<fotadesk::sim::EmbeddedSimulator> simulator;
    fotadesk::InMemoryCredentialSource demoCredentials;
    fotadesk::KeychainSecretStore keychain;
    std::unique_ptr<fotadesk::KeychainCredentialSource> signedIn;
    fotadesk::CredentialSource* credentials = &demoCredentials;
    Environment environment;
    QString signInOutcome;

    if (profile != Environment::Profile::Demo) {
        environment = settings.environment(profile);
        if (parser.isSet(baseUrlOption))
            environment.baseUrl = QUrl::fromUserInput(parser.value(baseUrlOption));
        if (parser.isSet(accountOption))
            environment.accountName = parser.value(accountOption);
        if (profile == Environment::Profile::Custom && !environment.baseUrl.isValid())
            return fail(Tr::tr("The custom profile has no base URL: set it in File ▸ Settings… or "
                               "start with --base-url <url>."));
        fotadesk::SignInFlow signIn(settings, keychain);
        signedIn = signIn.signIn(environment);
        if (!signedIn) {
            std::fprintf(stderr, "fotadesk: %s\n",
                         qPrintable(Tr::tr("Sign-in cancelled. Start with --demo to use the demo "
                                           "backend without an account.")));
            return 0;
        }
        if (profile == Environment::Profile::Custom && parser.isSet(baseUrlOption))
            settings.setCustomBaseUrl(environment.baseUrl);
        credentials = signedIn.get();
        signInOutcome = signIn.outcome();
    } else {
        simulator = std::make_unique<fotadesk::sim::EmbeddedSimulator>();
        QString error;
        // Listening is enough to go on: the demo data is made once the window has painted
        // (below), so that it does not compete with the window's start (bench/cold_start).
        if (!simulator->startListening(&error))
            return fail(Tr::tr("The embedded demo backend did not start: %1").arg(error));
        // --account, else Settings' demo account (the demo data has 0000123456-00001 and -00002).
        QString demoAccount = parser.isSet(accountOption)
                                  ? parser.value(accountOption)
                                  : settings.account(Environment::Profile::Demo);
        if (demoAccount.trimmed().isEmpty())
            demoAccount = fotadesk::AppSettings::definition(fotadesk::AppSettings::Key::DemoAccount)
                              .fallback.toString();
        environment = Environment::demo(QUrl(simulator->baseUrl()), demoAccount);
        demoCredentials.setCredentials({u"demo-client"_s, u"demo-secret"_s, u"demo"_s, u"demo"_s});
    }
    if (const QString problem = environment.validationError(); !problem.isEmpty())
        return fail(problem);

    int rc = 0;
    {
        QNetworkAccessManager network;
        fotadesk::FotaClient client(&network, environment, credentials, fotadesk::Clock::system());
        fotadesk::DesktopApp desktop(client, settings, {});
        fotadesk::MainWindow& window = desktop.window();
        desktop.show();
        // Once the window has painted: the window manager's icon (drawn at several sizes) and
        // the demo data; neither holds back the first map (bench/cold_start).
        new AfterFirstPaint(window, [sim = simulator.get()] {
            QApplication::setWindowIcon(fotadesk::Icons::get(u"fotadesk"_s));
            if (sim)
                sim->prepare();
        });
        if (!signInOutcome.isEmpty())
            window.statusBar()->showMessage(signInOutcome, 15000);
        desktop.runStartup();
        rc = QApplication::exec();
        desktop.saveWindowState();
    }
    demoCredentials.clear();
    signedIn.reset();
    if (simulator)
        simulator->stop();
    return rc;
}
