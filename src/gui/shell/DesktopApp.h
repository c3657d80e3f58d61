// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gui/shell/AppContext.h"

#include <QPointer>
#include <QSize>
#include <QString>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace fotadesk {

class AppSettings;
class ConnectionState;
class CreateFormAutosave;
class DialogMessageSeam;
class DraftsPage;
class FolderMemorySeam;
class FotaClient;
class LocalStore;
class MainWindow;
class MessageSeam;
class RecentFiles;
class SettingsEffects;
class WindowStateStore;
class WorkspaceStartup;

/// The desktop application as a person meets it, put together in one place: the workspace,
/// the main window with every page (activity log, drafts, settings, recent files), the
/// create form's autosave and the window state. `fotadesk` builds one after sign-in; the
/// real-window tests build the same one, so what they type goes through the real wiring.
///
///     DesktopApp app(client, settings, {});
///     app.show();          // restored size and position, within the screen
///     app.runStartup();    // reconciliation, resume offers, draft restore
///     QApplication::exec();
///     app.saveWindowState();
class DesktopApp final
{
public:
    struct Options
    {
        /// Dialogs come from here instead of real file and message boxes (the screenshot
        /// driver, tests); null: real dialogs that remember their folders.
        MessageSeam* messages = nullptr;
        /// The time zone site-local times are shown in; none: the setting SiteTimeZone (the
        /// system's when it is empty).
        std::optional<QTimeZone> siteZone;
        /// A fixed client size instead of the restored or first-start one (screenshots).
        QSize fixedSize;
        /// Window size, position, splitters and columns are restored and saved.
        bool rememberWindowState = true;
        /// Where the workspace lives (empty: Workspace::defaultPath()).
        QString workspacePath;
    };

    DesktopApp(FotaClient& client, AppSettings& settings, const Options& options);
    ~DesktopApp();
    DesktopApp(const DesktopApp&) = delete;
    DesktopApp& operator=(const DesktopApp&) = delete;

    /// Shows the main window: the size it had when closed, else a first-start size that fits
    /// the screen's available geometry; then opens the workspace (which otherwise opens at the
    /// first turn of the event loop, or when store() or runStartup() needs it).
    void show();
    /// Reconciles unknown creates, offers interrupted batches and the newest form draft.
    void runStartup();
    /// Saves the window's size, position, splitters and columns (at quit).
    void saveWindowState();

    MainWindow& window() { return *m_window; }
    AppContext& context() { return m_context; }
    /// The workspace, opened.
    LocalStore& store();

private:
    /// Opens the workspace and attaches the audit hook (once).
    void openWorkspace();

    AppSettings& m_settings;
    Options m_options;
    std::unique_ptr<DialogMessageSeam> m_dialogs;
    std::unique_ptr<FolderMemorySeam> m_folderDialogs;
    std::unique_ptr<RecentFiles> m_recentFiles;
    std::unique_ptr<ConnectionState> m_connection;
    std::unique_ptr<SettingsEffects> m_effects;
    AppContext m_context;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<WindowStateStore> m_windowState; // outlives the window and its windows
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<WorkspaceStartup> m_startup;
    std::unique_ptr<CreateFormAutosave> m_formAutosave;
};

} // namespace fotadesk
