// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/DesktopApp.h"

#include "api/FotaClient.h"
#include "core/Clock.h"
#include "gui/activitylog/ActivityLogPage.h"
#include "gui/common/DialogMessageSeam.h"
#include "gui/common/FolderMemorySeam.h"
#include "gui/common/Icons.h"
#include "gui/common/KeyboardFocusStyle.h"
#include "gui/create/CreateCampaignWizard.h"
#include "gui/create/CreateFormAutosave.h"
#include "gui/drafts/DraftsPage.h"
#include "gui/rollouts/RolloutRunner.h"
#include "gui/rollouts/RolloutsPage.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/shell/ConnectionState.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/RecentFiles.h"
#include "gui/shell/SettingsEffects.h"
#include "gui/shell/WindowStateStore.h"
#include "gui/shell/WorkspaceStartup.h"
#include "store/AppSettings.h"
#include "store/LocalStore.h"
#include "workflow/AuditHook.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QStyleFactory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

// lupdate files the strings under the context Q_DECLARE_TR_FUNCTIONS names: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DesktopApp)
};

/// The first-start geometry: 1280×800 where it fits, else the screen's available area less a
/// margin, centred in it (a 1366×768 screen keeps the status bar in view).
QRect firstStartGeometry(const QWidget& window)
{
    const QScreen* screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
    QSize size(1280, 800);
    if (!screen)
        return QRect(QPoint(0, 0), size);
    const QRect available = screen->availableGeometry();
    // Room for the window manager's frame and title bar around the client area.
    const QSize room = available.size() - QSize(16, 48);
    size = size.boundedTo(room).expandedTo(window.minimumSizeHint().boundedTo(room));
    QRect r(QPoint(0, 0), size);
    r.moveCenter(available.center());
    r.moveTop(std::max(available.top() + 32, r.top()));
    return r;
}

} // namespace

DesktopApp::DesktopApp(FotaClient& client, AppSettings& settings, const Options& options)
    : m_settings(settings)
    , m_options(options)
    , m_recentFiles(std::make_unique<RecentFiles>(settings))
    , m_connection(std::make_unique<ConnectionState>())
    // The request timeout and the log's limits, now and whenever they change.
    , m_effects(std::make_unique<SettingsEffects>(settings, &client))
    , m_store(options.workspacePath.isEmpty() ? std::make_unique<LocalStore>()
                                              : std::make_unique<LocalStore>(options.workspacePath))
    , m_windowState(std::make_unique<WindowStateStore>(settings))
{
    // Before any widget exists: every view is polished with it.
    if (qobject_cast<KeyboardFocusStyle*>(QApplication::style()) == nullptr)
        QApplication::setStyle(
            new KeyboardFocusStyle(QStyleFactory::create(QApplication::style()->name())));
    MessageSeam* messages = options.messages;
    if (!messages) {
        // File dialogs start in the last-used folders; device lists opened become recent files.
        m_dialogs = std::make_unique<DialogMessageSeam>();
        m_folderDialogs = std::make_unique<FolderMemorySeam>(*m_dialogs, settings);
        m_folderDialogs->setRecentFiles(m_recentFiles.get());
        messages = m_folderDialogs.get();
    }
    m_context.client = &client;
    m_context.environment = client.environment();
    m_context.clock = &Clock::system();
    m_context.messages = messages;
    m_context.settings = &settings; // the pages apply the settings they own, at once
    m_context.siteZone = options.siteZone.value_or(settings.siteZone());
    m_context.connection = m_connection.get();
    m_connection->follow(&client); // the first answer after a loss clears "Offline"

    // The local workspace (docs/data.md): every change audited, the activity log, unknown
    // creates reconciled and interrupted device batches offered for completion at start.
    m_context.workspace = &m_store->workspace(); // the dashboards' status snapshots
    m_context.drafts = &m_store->drafts();       // add/remove-devices lists autosave here
    m_context.journal = &m_store->journal();     // and their runs are journaled, resumable
    m_context.audit = &m_store->audit();         // a create's devices note its outcome there
    m_window = std::make_unique<MainWindow>(m_context);
    MainWindow& window = *m_window;
    m_startup = std::make_unique<WorkspaceStartup>(*m_store, &client, messages, &window);
    m_startup->setSettings(&settings);
    // The workspace opens right after the window is shown (show()), or at the first turn of
    // the event loop when the window is not shown: a first start's schema migrations then
    // do not hold the window back (bench/cold_start).
    QTimer::singleShot(0, &window, [this] { openWorkspace(); });
    // Pages other than the first are built when first shown (MainWindow::addPage with a
    // factory; bench/cold_start).
    window.addPage(u"activity"_s, Tr::tr("Activity log"), Icons::get(u"activity-log"_s),
                   [this, messages] {
                       openWorkspace();
                       auto* activity = new ActivityLogPage(m_store->audit(), messages);
                       QObject::connect(m_startup->auditHook(), &AuditHook::entryChanged, activity,
                                        &ActivityLogPage::scheduleRefresh);
                       return activity;
                   });
    // Rollouts in waves: their passes run on a worker thread with its own client and connection.
    window.addPage(u"rollouts"_s, Tr::tr("Rollouts"), Icons::get(u"firmware"_s),
                   [this, &client, w = &window, messages] {
                       openWorkspace();
                       auto* runner = new RolloutRunner(client, m_store->workspace().path(), w);
                       auto* rollouts =
                           new RolloutsPage(m_store->workspace(), *runner, messages,
                                            Environment::profileName(m_context.environment.profile),
                                            m_context.environment.accountName);
                       rollouts->setCreateContext(&m_context);
                       QObject::connect(rollouts, &RolloutsPage::openCampaignRequested, w,
                                        &MainWindow::openCampaign);
                       QObject::connect(w, &MainWindow::refreshRequested, rollouts,
                                        [rollouts](const QString& id) {
                                            if (id == u"rollouts")
                                                rollouts->refresh();
                                        });
                       return rollouts;
                   });
    MainWindow* w = &window;
    // The create-campaign form autosaves (at most 2 s behind, unless Settings turn autosave
    // off) and is offered for restore: its autosave exists from when the form is built.
    const Environment& env = m_context.environment;
    QObject::connect(w, &MainWindow::pageBuilt, w, [this, env](const QString& id, QWidget* page) {
        auto* wizard = qobject_cast<CreateCampaignWizard*>(page);
        if (id != u"create"_s || !wizard)
            return;
        m_formAutosave = std::make_unique<CreateFormAutosave>(*wizard, m_store->drafts(),
                                                              Environment::profileName(env.profile),
                                                              env.accountName, &m_settings);
    });
    const auto createForm = [this, w]() -> CreateFormAutosave* {
        (void)w->page(u"create"_s); // builds the form (and so its autosave) when not built yet
        return m_formAutosave.get();
    };
    m_startup->setCreateForm(createForm);
    // Restored at the start: the form is shown, as when reopened from the Drafts page.
    QObject::connect(m_startup.get(), &WorkspaceStartup::createFormRestored, w,
                     [w] { w->showPage(u"create"_s); });
    // Unfinished forms to reopen or discard (saved as the user types).
    window.addPage(
        u"drafts"_s, Tr::tr("Drafts"), Icons::get(u"drafts"_s),
        [this, w, messages, env, createForm] {
            auto* drafts = new DraftsPage(m_store->drafts(), messages);
            // A device list opens in its campaign's add/remove dialog, restored.
            drafts->setReopen(Draft::Kind::DeviceList, [w](const DraftInfo& draft) {
                return w->reopenDeviceListDraft(draft.id, draft.campaignId);
            });
            drafts->setCurrentAccount(Environment::profileName(env.profile), env.accountName);
            drafts->setReopen(Draft::Kind::CreateCampaign, [w, createForm](const DraftInfo& draft) {
                CreateFormAutosave* autosave = createForm();
                if (!autosave || !autosave->restore(draft.id))
                    return false;
                w->showPage(u"create"_s);
                return true;
            });
            return drafts;
        });
    // File ▸ Settings… edits the settings table (profiles, CA file, batch size, ...).
    QObject::connect(window.preferencesAction(), &QAction::triggered, &window, [this, messages] {
        SettingsDialog dialog(m_settings, messages, m_window.get());
        dialog.exec();
    });
    window.setRecentFiles(m_recentFiles.get()); // File ▸ Recent device lists
}

DesktopApp::~DesktopApp()
{
    // The autosave flushes into the workspace while the wizard still exists.
    m_formAutosave.reset();
    m_window.reset();
    m_startup.reset();
}

void DesktopApp::show()
{
    MainWindow& window = *m_window;
    // Size, position, splitters and table columns as the user left them (docs/data.md).
    if (m_options.fixedSize.isValid())
        window.resize(m_options.fixedSize);
    else if (!m_options.rememberWindowState || !m_windowState->restore(window))
        window.setGeometry(firstStartGeometry(window));
    // Campaign pages, device-list and guide windows open later: each gets the columns,
    // splitters and size the last one had.
    if (m_options.rememberWindowState)
        window.setWindowStateStore(m_windowState.get());
    window.show();
    openWorkspace(); // after show(): the window is mapped without waiting for it
}

void DesktopApp::openWorkspace()
{
    if (m_startup->auditHook())
        return;
    m_startup->open();
}

LocalStore& DesktopApp::store()
{
    openWorkspace();
    return *m_store;
}

void DesktopApp::runStartup()
{
    openWorkspace();
    m_startup->run();
}

void DesktopApp::saveWindowState()
{
    if (m_options.rememberWindowState)
        m_windowState->save(*m_window);
}

} // namespace fotadesk
