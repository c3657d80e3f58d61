// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QMainWindow;
class QWidget;

namespace fotadesk {

class AppSettings;

/// Remembers a top-level window across restarts in AppSettings (family WindowState,
/// "window/<name>/..."):
/// its geometry and QMainWindow state (docks, toolbars), the state of every QSplitter
/// and of the header of every QTableView/QTreeView inside it that has an object name
/// (key: the object-name path from the window, e.g. "pageStack/overview/campaignTable").
/// Widgets without a name are skipped, and so are two widgets with the same path.
///
/// Pages of one kind (every campaign page) share their state: setKindName() gives the page a
/// name that stands for its object name in paths ("pageStack/campaign/..."), so a column width
/// set on one campaign's device table is what the next campaign page opens with. Of several
/// open pages of a kind, save() keeps the visible one's state (else the first's); restore
/// applies to all of them. State saved for a page that is not open at save() is kept.
///
/// Its keys follow the widgets (one per splitter and table), so they are one family row of
/// AppSettings' table ("window/%1"). docs/data.md lists them.
class WindowStateStore final
{
public:
    /// `settings` outlives it.
    explicit WindowStateStore(AppSettings& settings);
    ~WindowStateStore();
    WindowStateStore(const WindowStateStore&) = delete;
    WindowStateStore& operator=(const WindowStateStore&) = delete;

    /// Saves the window (geometry, state, splitters, table headers) under `name`
    /// (default: the window's object name).
    void save(const QWidget& window, const QString& name = {});
    /// Restores what save() kept; false (nothing changed) when nothing was saved.
    /// Splitters and headers created later can be restored with restoreChildren().
    bool restore(QWidget& window, const QString& name = {});
    /// For a secondary top-level window (a device list, the user guide): restores it now (when
    /// something was saved) and saves it each time it is closed. The store must outlive it.
    void follow(QWidget& window, const QString& name = {});
    /// Restores only the splitters and headers under `root` (e.g. a page created after
    /// the window was restored); `window` is the top-level whose name keys the group.
    void restoreChildren(const QWidget& window, const QWidget& root, const QString& name = {});
    /// A dynamic property set (true) on each splitter whose state restore() applied: a page
    /// that lays out a default split at its first show leaves a restored one alone.
    static constexpr const char* RestoredProperty = "fotadeskRestoredState";

    /// The keys save() wrote for this window (sorted), for tests and docs.
    [[nodiscard]] QStringList keys(const QString& name) const;

    /// The object-name path of `widget` below `window` ("" when a name is missing); a kind
    /// name (setKindName) replaces the object name. *ofKind: the path passes through one.
    static QString pathOf(const QWidget& window, const QWidget& widget, bool* ofKind = nullptr);
    /// Makes `page` one of a kind whose splitter and column states are shared (see above).
    static void setKindName(QWidget& page, const QString& kind);

private:
    [[nodiscard]] QString groupOf(const QWidget& window, const QString& name) const;

    AppSettings& m_settings;
};

} // namespace fotadesk
