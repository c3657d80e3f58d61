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
#include "gui/CredentialsDialog.h"
#include "gui/DialogMessageSeam.h"
#include "gui/FolderMemorySeam.h"
#include "gui/MainWindow.h"
#include "gui/RecentFiles.h"
#include "gui/ScreenshotDriver.h"
#include "gui/ScriptedMessageSeam.h"
#include "gui/SettingsDialog.h"
#include "gui/WindowStateStore.h"
#include "gui/WorkspaceStartup.h"
#include "sim/EmbeddedSimulator.h"
#include "store/AppSettings.h"
#include "store/AuditHook.h"
#include "store/LocalStore.h"
#include "store/LogFile.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTimeZone>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using fotadesk::Environment;

namespace {

constexpr auto kDemoAccount = "0000123456-00001";

QString tr(const char* text)
{
    return QApplication::translate("main", text);
}

int fail(const QString& message)
{
    std::fprintf(stderr, "fotadesk: %s\n", qPrintable(message));
    QMessageBox::critical(nullptr, tr("FotaDesk cannot start"), message);
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
        tr("Administer ThingSpace FOTA v3 firmware campaigns.\n"
           "Without options FotaDesk runs on its embedded demo backend (no account needed)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s, tr("Use the embedded demo backend (the default when nothing is configured)."));
    const QCommandLineOption productionOption(
        u"production"_s, tr("Use the ThingSpace production service (asks for credentials)."));
    const QCommandLineOption baseUrlOption(
        u"base-url"_s, tr("Use a custom service at <url> (e.g. http://127.0.0.1:8080/api)."),
        u"url"_s);
    const QCommandLineOption accountOption(
        u"account"_s, tr("The account name, e.g. 0000123456-00001."), u"account"_s);
    const QCommandLineOption screenshotOption(
        u"screenshot-dir"_s,
        tr("Drive the demo through every workbench screen, save a PNG of each into <dir>, "
           "and quit (used by scripts/screenshots.sh)."),
        u"dir"_s);
    const QCommandLineOption languageOption(
        u"language"_s,
        tr("Use the user-interface language <code>: en, de or es (default: the one chosen in "
           "Settings, else the system's)."),
        u"code"_s);
    parser.addOptions({demoOption, productionOption, baseUrlOption, accountOption, screenshotOption,
                       languageOption});
    parser.process(app);

    const int chosen = int(parser.isSet(demoOption)) + int(parser.isSet(productionOption)) +
                       int(parser.isSet(baseUrlOption));
    if (chosen > 1)
        return fail(tr("Choose one of --demo, --production and --base-url."));
    const bool screenshots = parser.isSet(screenshotOption);
    if (screenshots && (parser.isSet(productionOption) || parser.isSet(baseUrlOption)))
        return fail(tr("--screenshot-dir runs on the demo backend only."));

    std::unique_ptr<fotadesk::sim::EmbeddedSimulator> simulator;
    fotadesk::InMemoryCredentialSource credentials;
    Environment environment;

    if (parser.isSet(productionOption) || parser.isSet(baseUrlOption)) {
        const QString account = parser.value(accountOption);
        if (parser.isSet(productionOption)) {
            environment = Environment::production(account);
        } else {
            const QUrl url = QUrl::fromUserInput(parser.value(baseUrlOption));
            environment = Environment::custom(url, account);
        }
        fotadesk::CredentialsDialog dialog(parser.isSet(productionOption) ? tr("Production")
                                                                          : tr("Custom"),
                                           environment.baseUrl, account);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        environment.accountName = dialog.accountName();
        credentials.setCredentials(dialog.credentials());
    } else {
        simulator = std::make_unique<fotadesk::sim::EmbeddedSimulator>();
        QString error;
        if (!simulator->start(&error))
            return fail(tr("The embedded demo backend did not start: %1").arg(error));
        environment =
            Environment::demo(QUrl(simulator->baseUrl()), parser.isSet(accountOption)
                                                              ? parser.value(accountOption)
                                                              : QString::fromLatin1(kDemoAccount));
        credentials.setCredentials({u"demo-client"_s, u"demo-secret"_s, u"demo"_s, u"demo"_s});
    }
    if (const QString problem = environment.validationError(); !problem.isEmpty())
        return fail(problem);

    int rc = 0;
    {
        QNetworkAccessManager network;
        fotadesk::FotaClient client(&network, environment, &credentials, fotadesk::Clock::system());
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
        fotadesk::MainWindow window(context);
        fotadesk::WorkspaceStartup startup(store, &client, context.messages, &window);
        fotadesk::AuditHook* audit = startup.open();
        auto* activity = new fotadesk::ActivityLogPage(store.audit(), context.messages);
        QObject::connect(audit, &fotadesk::AuditHook::entryChanged, activity,
                         &fotadesk::ActivityLogPage::scheduleRefresh);
        window.addPage(u"activity"_s, tr("Activity log"), QIcon(), activity);
        // File ▸ Settings… edits the settings table (profiles, CA file, batch size, ...).
        fotadesk::AppSettings settings;
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
        }
        // Size, position, splitters and table columns as the user left them (docs/data.md).
        fotadesk::WindowStateStore windowState;
        if (screenshots || !windowState.restore(window))
            window.resize(1280, 800);
        window.show();
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
    credentials.clear();
    if (simulator)
        simulator->stop();
    return rc;
}
