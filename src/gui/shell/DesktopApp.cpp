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
    AuditHook* audit = m_startup->open();
    auto* activity = new ActivityLogPage(m_store->audit(), messages);
    QObject::connect(audit, &AuditHook::entryChanged, activity, &ActivityLogPage::scheduleRefresh);
    window.addPage(u"activity"_s, Tr::tr("Activity log"), Icons::get(u"activity-log"_s), activity);
    // Rollouts in waves: their passes run on a worker thread with its own client and connection.
    auto* runner = new RolloutRunner(client, m_store->workspace().path(), &window);
    auto* rollouts = new RolloutsPage(m_store->workspace(), *runner, messages,
                                      Environment::profileName(m_context.environment.profile),
                                      m_context.environment.accountName);
    window.addPage(u"rollouts"_s, Tr::tr("Rollouts"), Icons::get(u"firmware"_s), rollouts);
    QObject::connect(rollouts, &RolloutsPage::openCampaignRequested, &window,
                     &MainWindow::openCampaign);
    QObject::connect(&window, &MainWindow::refreshRequested, rollouts,
                     [rollouts](const QString& id) {
                         if (id == u"rollouts")
                             rollouts->refresh();
                     });
    // Unfinished forms to reopen or discard (saved as the user types).
    auto* drafts = new DraftsPage(m_store->drafts(), messages);
    window.addPage(u"drafts"_s, Tr::tr("Drafts"), Icons::get(u"drafts"_s), drafts);
    // A device list opens in its campaign's add/remove dialog, restored.
    MainWindow* w = &window;
    drafts->setReopen(Draft::Kind::DeviceList, [w](const DraftInfo& draft) {
        return w->reopenDeviceListDraft(draft.id, draft.campaignId);
    });
    const Environment& env = m_context.environment;
    drafts->setCurrentAccount(Environment::profileName(env.profile), env.accountName);
    // File ▸ Settings… edits the settings table (profiles, CA file, batch size, ...).
    QObject::connect(window.preferencesAction(), &QAction::triggered, &window, [this, messages] {
        SettingsDialog dialog(m_settings, messages, m_window.get());
        dialog.exec();
    });
    window.setRecentFiles(m_recentFiles.get()); // File ▸ Recent device lists
    // The create-campaign form autosaves (at most 2 s behind, unless Settings turn autosave
    // off) and is offered for restore.
    if (auto* wizard = window.findChild<CreateCampaignWizard*>()) {
        m_formAutosave = std::make_unique<CreateFormAutosave>(*wizard, m_store->drafts(),
                                                              Environment::profileName(env.profile),
                                                              env.accountName, &m_settings);
        m_startup->setCreateForm(m_formAutosave.get());
        // Restored at the start: the form is shown, as when reopened from the Drafts page.
        QObject::connect(m_startup.get(), &WorkspaceStartup::createFormRestored, w,
                         [w] { w->showPage(u"create"_s); });
        CreateFormAutosave* autosave = m_formAutosave.get();
        drafts->setReopen(Draft::Kind::CreateCampaign, [w, autosave](const DraftInfo& draft) {
            if (!autosave->restore(draft.id))
                return false;
            w->showPage(u"create"_s);
            return true;
        });
    }
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
}

void DesktopApp::runStartup()
{
    m_startup->run();
}

void DesktopApp::saveWindowState()
{
    if (m_options.rememberWindowState)
        m_windowState->save(*m_window);
}

} // namespace fotadesk
