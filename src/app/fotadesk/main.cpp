// fotadesk: parse the options, pick the environment (the embedded demo
// backend unless told otherwise), build the client and show the window.

#include "api/Environment.h"
#include "api/FotaClient.h"
#include "api/InMemoryCredentialSource.h"
#include "core/Clock.h"
#include "gui/ActivityLogPage.h"
#include "gui/AppContext.h"
#include "gui/AppLanguage.h"
#include "gui/ConnectionState.h"
#include "gui/CreateCampaignWizard.h"
#include "gui/CreateFormAutosave.h"
#include "gui/DialogMessageSeam.h"
#include "gui/DraftsPage.h"
#include "gui/FolderMemorySeam.h"
#include "gui/Icons.h"
#include "gui/MainWindow.h"
#include "gui/RecentFiles.h"
#include "gui/ScreenshotDriver.h"
#include "gui/ScriptedMessageSeam.h"
#include "gui/SettingsDialog.h"
#include "gui/SignInFlow.h"
#include "gui/WindowStateStore.h"
#include "gui/WorkspaceStartup.h"
#include "sim/EmbeddedSimulator.h"
#include "store/AppSettings.h"
#include "store/AuditHook.h"
#include "store/KeychainCredentialSource.h"
#include "store/KeychainSecretStore.h"
#include "store/LocalStore.h"
#include "store/LogFile.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QTimeZone>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using fotadesk::Environment;

namespace {

constexpr auto kDemoAccount = "0000123456-00001";

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

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"FotaDesk"_s);
    QApplication::setOrganizationName(u"FotaDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(FOTADESK_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/fotadesk.svg"_s));
    // The user-interface language (--language, else Settings, else the system's), before any
    // widget and the option parser so that they are translated too (translations/README.md).
    fotadesk::AppLanguage language;
    language.install(fotadesk::AppLanguage::requested(QApplication::arguments(),
                                                      fotadesk::AppSettings().uiLanguage()));
    // Log lines go, redacted, to the rotating log in the data directory (docs/data.md).
    fotadesk::LogFile::install({});

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Administer ThingSpace FOTA v3 firmware campaigns.\n"
               "Without options FotaDesk runs on its embedded demo backend (no account needed)."));
    parser.addHelpOption();
    parser.addVersionOption();
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
    const QCommandLineOption screenshotOption(
        u"screenshot-dir"_s,
        Tr::tr("Drive the demo through every workbench screen, save a PNG of each into <dir>, "
               "and quit (used by scripts/screenshots.sh)."),
        u"dir"_s);
    const QCommandLineOption languageOption(
        u"language"_s,
        Tr::tr("Use the user-interface language <code>: en, de or es (default: the one chosen in "
               "Settings, else the system's)."),
        u"code"_s);
    parser.addOptions({demoOption, productionOption, baseUrlOption, accountOption, screenshotOption,
                       languageOption});
    parser.process(app);

    const int chosen = int(parser.isSet(demoOption)) + int(parser.isSet(productionOption)) +
                       int(parser.isSet(baseUrlOption));
    if (chosen > 1)
        return fail(Tr::tr("Choose one of --demo, --production and --base-url."));
    const bool screenshots = parser.isSet(screenshotOption);
    if (screenshots && (parser.isSet(productionOption) || parser.isSet(baseUrlOption)))
        return fail(Tr::tr("--screenshot-dir runs on the demo backend only."));

    // Which environment: the command line wins; otherwise the active profile of the settings
    // (File ▸ Settings…), which is Demo — the embedded fotasim — until the user picks another.
    fotadesk::AppSettings settings;
    Environment::Profile profile = settings.activeProfile();
    if (parser.isSet(demoOption) || screenshots)
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
        if (!simulator->start(&error))
            return fail(Tr::tr("The embedded demo backend did not start: %1").arg(error));
        const QString demoAccount = parser.isSet(accountOption) ? parser.value(accountOption)
                                                                : QString::fromLatin1(kDemoAccount);
        environment = Environment::demo(QUrl(simulator->baseUrl()), demoAccount);
        demoCredentials.setCredentials({u"demo-client"_s, u"demo-secret"_s, u"demo"_s, u"demo"_s});
    }
    if (const QString problem = environment.validationError(); !problem.isEmpty())
        return fail(problem);

    int rc = 0;
    {
        QNetworkAccessManager network;
        fotadesk::FotaClient client(&network, environment, credentials, fotadesk::Clock::system());
        fotadesk::DialogMessageSeam dialogs;
        // File dialogs start in the last-used folders; device lists opened become recent files.
        fotadesk::AppSettings dialogSettings;
        fotadesk::FolderMemorySeam folderDialogs(dialogs, dialogSettings);
        fotadesk::RecentFiles recentFiles;
        folderDialogs.setRecentFiles(&recentFiles);
        fotadesk::ScriptedMessageSeam scripted;
        fotadesk::ConnectionState connection;
        fotadesk::AppContext context;
        context.client = &client;
        context.environment = environment;
        context.clock = &fotadesk::Clock::system();
        context.messages = screenshots ? static_cast<fotadesk::MessageSeam*>(&scripted)
                                       : static_cast<fotadesk::MessageSeam*>(&folderDialogs);
        if (screenshots)
            context.siteZone = QTimeZone("Europe/Berlin");
        context.connection = &connection;

        // The local workspace (docs/data.md): every change audited, the activity log, unknown
        // creates reconciled and interrupted device batches offered for completion at start.
        fotadesk::LocalStore store;
        context.workspace = &store.workspace(); // the dashboards' status snapshots
        context.drafts = &store.drafts();       // add/remove-devices lists autosave here
        context.journal = &store.journal();     // and their runs are journaled, resumable
        fotadesk::WindowStateStore windowState; // outlives the window and its windows
        fotadesk::MainWindow window(context);
        fotadesk::WorkspaceStartup startup(store, &client, context.messages, &window);
        fotadesk::AuditHook* audit = startup.open();
        auto* activity = new fotadesk::ActivityLogPage(store.audit(), context.messages);
        QObject::connect(audit, &fotadesk::AuditHook::entryChanged, activity,
                         &fotadesk::ActivityLogPage::scheduleRefresh);
        window.addPage(u"activity"_s, Tr::tr("Activity log"),
                       fotadesk::Icons::get(u"activity-log"_s), activity);
        // Unfinished forms to reopen or discard (saved as the user types).
        auto* drafts = new fotadesk::DraftsPage(store.drafts(), context.messages);
        window.addPage(u"drafts"_s, Tr::tr("Drafts"), fotadesk::Icons::get(u"drafts"_s), drafts);
        // A device list opens in its campaign's add/remove dialog, restored.
        drafts->setReopen(fotadesk::Draft::Kind::DeviceList,
                          [&window](const fotadesk::DraftInfo& draft) {
                              return window.reopenDeviceListDraft(draft.id, draft.campaignId);
                          });
        drafts->setCurrentAccount(Environment::profileName(environment.profile),
                                  environment.accountName);
        // File ▸ Settings… edits the settings table (profiles, CA file, batch size, ...).
        QObject::connect(window.preferencesAction(), &QAction::triggered, &window, [&] {
            fotadesk::SettingsDialog dialog(settings, context.messages, &window);
            dialog.exec();
        });
        window.setRecentFiles(&recentFiles); // File ▸ Recent device lists
        // The create-campaign form autosaves (at most 2 s behind) and is offered for restore.
        std::unique_ptr<fotadesk::CreateFormAutosave> formAutosave;
        if (auto* wizard = window.findChild<fotadesk::CreateCampaignWizard*>()) {
            formAutosave = std::make_unique<fotadesk::CreateFormAutosave>(
                *wizard, store.drafts(), Environment::profileName(environment.profile),
                environment.accountName);
            startup.setCreateForm(formAutosave.get());
            drafts->setReopen(fotadesk::Draft::Kind::CreateCampaign,
                              [&window, &formAutosave](const fotadesk::DraftInfo& draft) {
                                  if (!formAutosave->restore(draft.id))
                                      return false;
                                  window.showPage(u"create"_s);
                                  return true;
                              });
        }
        // Size, position, splitters and table columns as the user left them (docs/data.md).
        if (screenshots || !windowState.restore(window))
            window.resize(1280, 800);
        // Campaign pages, device-list and guide windows open later: each gets the columns,
        // splitters and size the last one had.
        if (!screenshots)
            window.setWindowStateStore(&windowState);
        window.show();
        if (!signInOutcome.isEmpty())
            window.statusBar()->showMessage(signInOutcome, 15000);
        std::unique_ptr<fotadesk::ScreenshotDriver> driver;
        if (screenshots) {
            driver = std::make_unique<fotadesk::ScreenshotDriver>(window, context, scripted,
                                                                  parser.value(screenshotOption));
            QObject::connect(driver.get(), &fotadesk::ScreenshotDriver::finished, &app,
                             [](bool ok) { QApplication::exit(ok ? 0 : 1); });
            driver->start();
        }
        if (!screenshots)
            startup.run();
        rc = QApplication::exec();
        if (!screenshots)
            windowState.save(window);
    }
    demoCredentials.clear();
    signedIn.reset();
    if (simulator)
        simulator->stop();
    return rc;
}
