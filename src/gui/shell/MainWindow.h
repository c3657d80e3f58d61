// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gui/campaign/CampaignDetailPage.h"

#include <QHash>
#include <QIcon>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QListWidgetItem;
class QMenu;

namespace Ui {
class MainWindow;
}

namespace fotadesk {

struct AppContext;
class DeviceListWindow;
class RecentFiles;
class UserGuideWindow;
class WindowStateStore;

/// The application shell: a navigation list on the left, a stack of pages on
/// the right, the menus (File, Campaign, View, Help) and a status bar with the
/// environment, the account and the connection state.
///
/// Pages are plain widgets added with addPage(); the workbench's pages
/// (installWorkbenchPages) and the dashboards' (installDashboardPages) are
/// installed by the constructor. The first page shown is "overview" when it
/// exists, else "workbench". Pages are added with a factory and built when first
/// shown or asked for (page()); the first one at the first turn of the event loop:
/// the window maps without building any page (bench/cold_start).
///
/// Campaign detail pages: openCampaign(id) shows (creating on first use) the
/// page "campaign/<id>" and emits campaignPageCreated() for a new one, so that
/// others can add tabs to it (CampaignDetailPage::addTab).
///
/// Desktop conventions: standard shortcuts (QKeySequence::StandardKey) on New
/// campaign, Open, Refresh, Find (focuses the page's filter), Quit, Help
/// contents (the user guide); Help ▸ About (AboutDialog) and User guide
/// (UserGuideWindow); CSV/TSV/TXT files dropped on the window, chosen with
/// File ▸ Open device list… or from File ▸ Recent device lists (setRecentFiles)
/// open in a DeviceListWindow. Geometry and splitter/column states are kept by
/// WindowStateStore (main.cpp restores and saves them).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] AppContext& context() const { return m_context; }
    /// Where the window's layout is remembered (not owned; must outlive the window): each
    /// campaign page opened from then on gets the columns and splitters of the campaign pages
    /// before it, and device-list and user-guide windows their last size and columns.
    /// nullptr: they open with their defaults.
    void setWindowStateStore(WindowStateStore* store) { m_windowState = store; }

    /// Adds a page (the window takes ownership) with its navigation entry; an existing id is
    /// replaced. The View menu gets an entry to show it (Ctrl+1..9 for the first nine).
    void addPage(const QString& id, const QString& title, const QIcon& icon, QWidget* page);
    using PageFactory = std::function<QWidget*()>;
    /// The same for a page built when it is first shown or asked for by page(id): its
    /// navigation entry and View menu entry exist at once; `build` runs once, then
    /// pageBuilt() is emitted (remembered splitters and columns are applied to it first).
    void addPage(const QString& id, const QString& title, const QIcon& icon, PageFactory build);
    /// Shows the page with this id (no-op for an unknown id).
    void showPage(const QString& id);
    /// Changes the navigation title of a page.
    void setPageTitle(const QString& id, const QString& title, const QString& toolTip = {});
    /// Removes and deletes a page.
    void removePage(const QString& id);
    /// The page (built now if it was added with a factory and not shown yet).
    [[nodiscard]] QWidget* page(const QString& id) const;
    /// Whether the page exists as a widget (false for one whose factory has not run).
    [[nodiscard]] bool isPageBuilt(const QString& id) const;
    [[nodiscard]] QString currentPageId() const;
    /// In navigation order.
    [[nodiscard]] QStringList pageIds() const;

    /// The page id of a campaign's detail page: "campaign/<id>".
    static QString campaignPageId(const QString& campaignId);
    /// The open detail page of a campaign, or nullptr.
    [[nodiscard]] CampaignDetailPage* campaignPage(const QString& campaignId) const;

    [[nodiscard]] QMenu* fileMenu() const;
    [[nodiscard]] QMenu* campaignMenu() const;
    [[nodiscard]] QMenu* viewMenu() const;
    [[nodiscard]] QMenu* helpMenu() const;
    [[nodiscard]] QAction* newCampaignAction() const;
    [[nodiscard]] QAction* openCampaignAction() const;
    [[nodiscard]] QAction* refreshAction() const;
    [[nodiscard]] QAction* findAction() const;
    [[nodiscard]] QAction* userGuideAction() const;
    [[nodiscard]] QAction* aboutAction() const;
    [[nodiscard]] QAction* openDeviceListAction() const;
    /// File ▸ Settings… (QKeySequence::Preferences, else Ctrl+,): whoever owns the settings
    /// connects to it (main.cpp opens the SettingsDialog).
    [[nodiscard]] QAction* preferencesAction() const;

    /// Adds File ▸ Recent device lists over `recent` (not owned; outlives the window); device
    /// lists opened through the window are added to it.
    void setRecentFiles(RecentFiles* recent);
    /// The device list windows open now.
    [[nodiscard]] QList<DeviceListWindow*> deviceListWindows() const;
    /// The user guide window (nullptr until shown).
    [[nodiscard]] UserGuideWindow* userGuideWindow() const;

public Q_SLOTS:
    /// Shows the detail page of a campaign (creating it, and loading the campaign).
    void openCampaign(const QString& campaignId);
    /// Asks for a campaign id (MessageSeam::text) and opens it.
    void openCampaignById();
    /// Reopens a device-list draft (DraftsPage): the campaign's page, then its add/remove
    /// dialog with the list restored once the campaign has loaded. False when the draft names
    /// no campaign or cannot be read.
    bool reopenDeviceListDraft(qint64 draftId, const QString& campaignId);
    /// Shows the create-campaign form.
    void newCampaign();
    /// Opens a device list file (CSV/TSV/TXT) in a new DeviceListWindow, imported; returns it.
    DeviceListWindow* openDeviceList(const QString& path);
    /// Asks for a device list file (MessageSeam) and opens it.
    void chooseDeviceList();
    /// Shows the create form with these IMEIs in its device list.
    void newCampaignWithDevices(const QStringList& imeis, const QString& sourceName);
    /// Shows (and raises) the user guide window.
    void showUserGuide();
    /// Shows the About dialog (not modal).
    void showAbout();
    /// Focuses the filter/search field of the page shown (false when it has none).
    bool focusFilter();

Q_SIGNALS:
    /// A campaign detail page was created (before it is shown).
    void campaignPageCreated(fotadesk::CampaignDetailPage* page);
    /// The page shown changed.
    void currentPageChanged(const QString& id);
    /// A page added with a factory was built (before it is shown).
    void pageBuilt(const QString& id, QWidget* page);
    /// Refresh (F5) on the page `id`: the page reloads what it shows.
    void refreshRequested(const QString& id);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setUpActions();
    void setUpStatusBar();
    void updateConnectionLabel();
    void onNavigationRowChanged(int row);
    void rebuildViewMenu();
    void closeCurrentCampaignPage();
    [[nodiscard]] int indexOfPage(const QString& id) const;
    /// Builds the page at `index` when it is still a placeholder; returns the page.
    QWidget* buildPage(int index);

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppContext& m_context;
    QStringList m_pageIds;                   ///< navigation order == stack order
    QHash<QString, PageFactory> m_factories; ///< pages not built yet (a placeholder stands in)
    bool m_deferBuild = false; ///< selecting a page does not build it (the constructor's)
    QList<QAction*> m_pageActions;
    QLabel* m_environmentLabel = nullptr;
    QLabel* m_accountLabel = nullptr;
    QLabel* m_connectionLabel = nullptr;
    RecentFiles* m_recentFiles = nullptr;
    QPointer<QWidget> m_userGuide; ///< the UserGuideWindow once shown
    WindowStateStore* m_windowState = nullptr;
};

} // namespace fotadesk
