// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/MainWindow.h"

#include "api/Authenticator.h"
#include "api/FotaClient.h"
#include "gui/campaign/CampaignDetailPage.h"
#include "gui/common/GuiLogging.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageSeam.h"
#include "gui/create/CreateCampaignWizard.h"
#include "gui/create/CreateDevicesPage.h"
#include "gui/devices/DeviceListEditor.h"
#include "gui/devices/DeviceListWindow.h"
#include "gui/shell/AboutDialog.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/ConnectionState.h"
#include "gui/shell/DashboardPages.h"
#include "gui/shell/RecentFiles.h"
#include "gui/shell/RecentFilesMenu.h"
#include "gui/shell/UserGuideWindow.h"
#include "gui/shell/WindowStateStore.h"
#include "gui/shell/WorkbenchPages.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {
constexpr auto kCampaignPrefix = "campaign/";
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

MainWindow::MainWindow(AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
{
    m_ui->setupUi(this);
    // No window icon of its own: the application's (fotadesk sets it once the window has
    // painted; drawing it for the window manager held back the first map, bench/cold_start).
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({200, 1000});
    setUpActions();
    setUpStatusBar();
    setAcceptDrops(true);

    m_ui->navigationList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->navigationList->setTextElideMode(Qt::ElideRight);
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this,
            &MainWindow::onNavigationRowChanged);

    installWorkbenchPages(*this, m_context);
    installDashboardPages(*this, m_context);

    // The first page is selected now and built at the first turn of the event loop (or when
    // asked for): the window maps without waiting for any page (bench/cold_start).
    m_deferBuild = true;
    showPage(indexOfPage(u"overview"_s) >= 0 ? u"overview"_s : u"workbench"_s);
    m_deferBuild = false;
    QTimer::singleShot(0, this, [this] {
        if (const int current = m_ui->pageStack->currentIndex(); current >= 0)
            buildPage(current);
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    if (m_ui->actionQuit->shortcuts().isEmpty()) // no binding on this desktop (e.g. X11 generic)
        m_ui->actionQuit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_ui->actionQuit->setIcon(Icons::get(u"quit"_s));
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);

    m_ui->actionNewCampaign->setShortcut(QKeySequence::New);
    m_ui->actionNewCampaign->setIcon(Icons::get(u"new-campaign"_s));
    connect(m_ui->actionNewCampaign, &QAction::triggered, this, &MainWindow::newCampaign);

    m_ui->actionOpenCampaign->setShortcut(QKeySequence::Open);
    m_ui->actionOpenCampaign->setIcon(Icons::get(u"open"_s));
    connect(m_ui->actionOpenCampaign, &QAction::triggered, this, &MainWindow::openCampaignById);

    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    m_ui->actionRefresh->setIcon(Icons::get(u"refresh"_s));
    connect(m_ui->actionRefresh, &QAction::triggered, this,
            [this] { Q_EMIT refreshRequested(currentPageId()); });

    m_ui->actionClosePage->setShortcut(QKeySequence::Close);
    connect(m_ui->actionClosePage, &QAction::triggered, this,
            &MainWindow::closeCurrentCampaignPage);

    m_ui->actionShowNavigation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_ui->actionShowNavigation, &QAction::toggled, m_ui->navigationList,
            &QWidget::setVisible);
    m_ui->actionFullScreen->setShortcut(QKeySequence::FullScreen);
    connect(m_ui->actionFullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen)
                          : (windowState() & ~Qt::WindowFullScreen));
    });

    m_ui->actionFind->setShortcuts(QKeySequence::Find);
    connect(m_ui->actionFind, &QAction::triggered, this, &MainWindow::focusFilter);
    m_ui->actionOpenDeviceList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_ui->actionOpenDeviceList->setIcon(Icons::get(u"import"_s));
    connect(m_ui->actionOpenDeviceList, &QAction::triggered, this, &MainWindow::chooseDeviceList);
    m_ui->actionPreferences->setMenuRole(QAction::PreferencesRole);
    m_ui->actionPreferences->setShortcuts(QKeySequence::Preferences);
    if (m_ui->actionPreferences->shortcuts().isEmpty()) // no binding on this desktop
        m_ui->actionPreferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_ui->actionUserGuide->setShortcuts(QKeySequence::HelpContents);
    connect(m_ui->actionUserGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    m_ui->actionAbout->setMenuRole(QAction::AboutRole);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::setUpStatusBar()
{
    m_environmentLabel = new QLabel(this);
    m_environmentLabel->setObjectName(u"environmentLabel"_s);
    m_environmentLabel->setAccessibleName(tr("Environment"));
    m_environmentLabel->setText(tr("Environment: %1").arg(m_context.environmentLabel()));
    m_environmentLabel->setToolTip(m_context.environment.baseUrl.toString());
    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(u"accountLabel"_s);
    m_accountLabel->setAccessibleName(tr("Account"));
    m_accountLabel->setText(tr("Account: %1").arg(m_context.environment.accountName));
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_connectionLabel->setAccessibleName(tr("Connection"));
    statusBar()->addPermanentWidget(m_environmentLabel);
    statusBar()->addPermanentWidget(m_accountLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);

    if (m_context.connection) {
        connect(m_context.connection, &ConnectionState::changed, this,
                &MainWindow::updateConnectionLabel);
        if (m_context.client && m_context.client->authenticator()) {
            connect(m_context.client->authenticator(), &Authenticator::signInFinished,
                    m_context.connection, &ConnectionState::noteSignIn);
        }
    }
    updateConnectionLabel();
    setWindowTitle(tr("FotaDesk — %1 (%2)")
                       .arg(m_context.environment.accountName, m_context.environmentLabel()));
}

void MainWindow::updateConnectionLabel()
{
    if (!m_context.connection) {
        m_connectionLabel->setText(tr("Connection: not monitored"));
        return;
    }
    const auto* c = m_context.connection;
    m_connectionLabel->setText(tr("Connection: %1").arg(c->label()));
    m_connectionLabel->setToolTip(c->detail());
}

void MainWindow::addPage(const QString& id, const QString& title, const QIcon& icon, QWidget* page)
{
    if (indexOfPage(id) >= 0)
        removePage(id);
    page->setObjectName(page->objectName().isEmpty() ? id : page->objectName());
    if (page->accessibleName().isEmpty())
        page->setAccessibleName(title);
    m_ui->pageStack->addWidget(page);
    auto* item = new QListWidgetItem(icon, title);
    item->setData(kIdRole, id);
    item->setToolTip(title);
    m_ui->navigationList->addItem(item);
    m_pageIds.append(id);
    rebuildViewMenu();
}

void MainWindow::addPage(const QString& id, const QString& title, const QIcon& icon,
                         PageFactory build)
{
    auto* placeholder = new QWidget;
    placeholder->setObjectName(id + u"-unbuilt"_s);
    addPage(id, title, icon, placeholder);
    m_factories.insert(id, std::move(build));
}

QWidget* MainWindow::buildPage(int index)
{
    const QString id = m_pageIds.at(index);
    QWidget* current = m_ui->pageStack->widget(index);
    const auto factory = m_factories.constFind(id);
    if (factory == m_factories.constEnd())
        return current;
    const PageFactory build = *factory;
    m_factories.erase(factory);
    QWidget* page = build();
    page->setObjectName(page->objectName().isEmpty() ? id : page->objectName());
    if (page->accessibleName().isEmpty())
        page->setAccessibleName(m_ui->navigationList->item(index)->text());
    const bool shown = m_ui->pageStack->currentIndex() == index;
    m_ui->pageStack->insertWidget(index, page);
    m_ui->pageStack->removeWidget(current);
    current->deleteLater();
    if (m_windowState) // before it is shown: its first layout is the remembered one
        m_windowState->restoreChildren(*this, *page);
    if (shown)
        m_ui->pageStack->setCurrentIndex(index);
    Q_EMIT pageBuilt(id, page);
    return page;
}

bool MainWindow::isPageBuilt(const QString& id) const
{
    return indexOfPage(id) >= 0 && !m_factories.contains(id);
}

void MainWindow::showPage(const QString& id)
{
    const int index = indexOfPage(id);
    if (index < 0) {
        qCDebug(lcGui) << "showPage: no page" << id;
        return;
    }
    m_ui->navigationList->setCurrentRow(index); // -> onNavigationRowChanged
    if (m_ui->pageStack->currentIndex() != index)
        onNavigationRowChanged(index);
}

void MainWindow::setPageTitle(const QString& id, const QString& title, const QString& toolTip)
{
    const int index = indexOfPage(id);
    if (index < 0)
        return;
    auto* item = m_ui->navigationList->item(index);
    item->setText(title);
    item->setToolTip(toolTip.isEmpty() ? title : toolTip);
    if (index < m_pageActions.size())
        m_pageActions.at(index)->setText(title);
}

void MainWindow::removePage(const QString& id)
{
    const int index = indexOfPage(id);
    if (index < 0)
        return;
    QWidget* w = m_ui->pageStack->widget(index);
    m_ui->pageStack->removeWidget(w);
    delete m_ui->navigationList->takeItem(index);
    m_pageIds.removeAt(index);
    m_factories.remove(id);
    w->deleteLater();
    rebuildViewMenu();
}

QWidget* MainWindow::page(const QString& id) const
{
    const int index = indexOfPage(id);
    if (index < 0)
        return nullptr;
    // Asking for a page is using it: one not built yet is built now (the window's state is
    // what changes, not what it shows, so the accessor stays const for its many callers).
    return const_cast<MainWindow*>(this)->buildPage(index);
}

QString MainWindow::currentPageId() const
{
    const int index = m_ui->pageStack->currentIndex();
    return index < 0 || index >= m_pageIds.size() ? QString() : m_pageIds.at(index);
}

QStringList MainWindow::pageIds() const
{
    return m_pageIds;
}

QString MainWindow::campaignPageId(const QString& campaignId)
{
    return QLatin1String(kCampaignPrefix) + campaignId;
}

CampaignDetailPage* MainWindow::campaignPage(const QString& campaignId) const
{
    return qobject_cast<CampaignDetailPage*>(page(campaignPageId(campaignId)));
}

QMenu* MainWindow::fileMenu() const
{
    return m_ui->menuFile;
}
QMenu* MainWindow::campaignMenu() const
{
    return m_ui->menuCampaign;
}
QMenu* MainWindow::viewMenu() const
{
    return m_ui->menuView;
}
QMenu* MainWindow::helpMenu() const
{
    return m_ui->menuHelp;
}
QAction* MainWindow::newCampaignAction() const
{
    return m_ui->actionNewCampaign;
}
QAction* MainWindow::openCampaignAction() const
{
    return m_ui->actionOpenCampaign;
}
QAction* MainWindow::refreshAction() const
{
    return m_ui->actionRefresh;
}
QAction* MainWindow::findAction() const
{
    return m_ui->actionFind;
}
QAction* MainWindow::userGuideAction() const
{
    return m_ui->actionUserGuide;
}
QAction* MainWindow::aboutAction() const
{
    return m_ui->actionAbout;
}
QAction* MainWindow::openDeviceListAction() const
{
    return m_ui->actionOpenDeviceList;
}
QAction* MainWindow::preferencesAction() const
{
    return m_ui->actionPreferences;
}

void MainWindow::setRecentFiles(RecentFiles* recent)
{
    m_recentFiles = recent;
    if (!recent)
        return;
    auto* menu = new RecentFilesMenu(*recent, m_ui->menuFile);
    m_ui->menuFile->insertMenu(m_ui->actionOpenDeviceList, menu);
    m_ui->menuFile->insertAction(menu->menuAction(), m_ui->actionOpenDeviceList);
    connect(menu, &RecentFilesMenu::fileChosen, this, &MainWindow::openDeviceList);
}

QList<DeviceListWindow*> MainWindow::deviceListWindows() const
{
    return findChildren<DeviceListWindow*>(Qt::FindDirectChildrenOnly);
}

DeviceListWindow* MainWindow::openDeviceList(const QString& path)
{
    auto* window = new DeviceListWindow(m_context.messages, this);
    if (m_windowState)
        m_windowState->follow(*window); // size and columns as the last one was closed
    connect(window, &DeviceListWindow::newCampaignRequested, this,
            &MainWindow::newCampaignWithDevices);
    window->show();
    if (!window->openFile(path)) {
        window->close();
        return nullptr;
    }
    if (m_recentFiles)
        m_recentFiles->add(path);
    statusBar()->showMessage(tr("Opened %1 in the device list editor").arg(path), 5000);
    return window;
}

void MainWindow::chooseDeviceList()
{
    if (!m_context.messages)
        return;
    const QString path = m_context.messages->openFileName(
        this, tr("Open device list"), tr("Device lists (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openDeviceList(path);
}

void MainWindow::newCampaignWithDevices(const QStringList& imeis, const QString& sourceName)
{
    auto* wizard = qobject_cast<CreateCampaignWizard*>(page(u"create"_s));
    if (!wizard)
        return;
    newCampaign();
    wizard->devicesPage()->editor()->importText(imeis.join(u'\n'), sourceName);
    statusBar()->showMessage(tr("%Ln devices are in the new campaign's device list (step Devices)",
                                nullptr, int(imeis.size())),
                             8000);
}

UserGuideWindow* MainWindow::userGuideWindow() const
{
    return qobject_cast<UserGuideWindow*>(m_userGuide.data());
}

void MainWindow::showUserGuide()
{
    if (!m_userGuide) {
        m_userGuide = new UserGuideWindow(this);
        if (m_windowState)
            m_windowState->follow(*m_userGuide);
    }
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
}

bool MainWindow::focusFilter()
{
    QWidget* current = m_ui->pageStack->currentWidget();
    if (!current)
        return false;
    const auto edits = current->findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits) {
        const QString name = edit->objectName().toLower();
        if (edit->isVisibleTo(current) &&
            (name.contains(u"filter"_s) || name.contains(u"search"_s))) {
            edit->setFocus(Qt::ShortcutFocusReason);
            edit->selectAll();
            return true;
        }
    }
    return false;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!DeviceListWindow::deviceListFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = DeviceListWindow::deviceListFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    for (const QString& file : files)
        openDeviceList(file);
}

void MainWindow::openCampaign(const QString& campaignId)
{
    const QString id = campaignId.trimmed();
    if (id.isEmpty())
        return;
    const QString pageId = campaignPageId(id);
    if (indexOfPage(pageId) < 0) {
        auto* detail = new CampaignDetailPage(m_context, id);
        // Every campaign page shares its column widths, order, sort and splitters.
        WindowStateStore::setKindName(*detail, u"campaign"_s);
        connect(detail, &CampaignDetailPage::openCampaignRequested, this,
                &MainWindow::openCampaign);
        connect(this, &MainWindow::refreshRequested, detail, [detail, pageId](const QString& p) {
            if (p == pageId)
                detail->reload();
        });
        const QString shortId = id.size() > 10 ? id.left(8) + u"…"_s : id;
        addPage(pageId, tr("Campaign %1").arg(shortId), Icons::get(u"campaign"_s), detail);
        setPageTitle(pageId, tr("Campaign %1").arg(shortId), tr("Campaign %1").arg(id));
        connect(detail, &CampaignDetailPage::campaignLoaded, this,
                [this, pageId, id](const wire::Campaign& c) {
                    if (!c.campaignName.isEmpty())
                        setPageTitle(pageId, c.campaignName,
                                     tr("%1 (campaign %2)").arg(c.campaignName, id));
                });
        Q_EMIT campaignPageCreated(detail); // the dashboards add the device-status panel
        if (m_windowState)
            m_windowState->restoreChildren(*this, *detail);
        detail->reload();
    }
    showPage(pageId);
}

bool MainWindow::reopenDeviceListDraft(qint64 draftId, const QString& campaignId)
{
    if (campaignId.trimmed().isEmpty())
        return false;
    openCampaign(campaignId);
    CampaignDetailPage* detail = campaignPage(campaignId.trimmed());
    return detail && detail->reopenDeviceDraft(draftId);
}

void MainWindow::openCampaignById()
{
    if (!m_context.messages)
        return;
    bool ok = false;
    const QString id = m_context.messages->text(
        this, tr("Open campaign"), tr("Campaign id (as the server gave it):"), {}, &ok);
    if (!ok || id.trimmed().isEmpty())
        return;
    openCampaign(id.trimmed());
    // Whoever typed the id works in that campaign next: the keyboard goes to its tabs (it
    // would otherwise stay where it was before the dialog, e.g. in the navigation list), so
    // that Ctrl+Tab and the arrow keys reach Device status.
    if (CampaignDetailPage* detail = campaignPage(id.trimmed()))
        detail->tabWidget()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::newCampaign()
{
    auto* wizard = qobject_cast<CreateCampaignWizard*>(page(u"create"_s));
    // After a finished create, New campaign is a fresh form (not the last one's result).
    if (wizard && wizard->currentId() == CreateCampaignWizard::ResultPageId)
        wizard->resetForm();
    showPage(u"create"_s);
    // Whoever asked for a new campaign types into it next: the focus goes to its first field.
    if (wizard)
        wizard->focusCurrentStep();
}

void MainWindow::onNavigationRowChanged(int row)
{
    if (row < 0 || row >= m_pageIds.size())
        return;
    if (!m_deferBuild)
        buildPage(row);
    m_ui->pageStack->setCurrentIndex(row);
    m_ui->actionClosePage->setEnabled(m_pageIds.at(row).startsWith(QLatin1String(kCampaignPrefix)));
    Q_EMIT currentPageChanged(m_pageIds.at(row));
}

void MainWindow::rebuildViewMenu()
{
    for (QAction* a : std::as_const(m_pageActions)) {
        m_ui->menuView->removeAction(a);
        a->deleteLater();
    }
    m_pageActions.clear();
    for (int i = 0; i < m_pageIds.size(); ++i) {
        const auto* item = m_ui->navigationList->item(i);
        auto* action = new QAction(item->icon(), item->text(), this);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        const QString id = m_pageIds.at(i);
        connect(action, &QAction::triggered, this, [this, id] { showPage(id); });
        m_ui->menuView->addAction(action);
        m_pageActions.append(action);
    }
}

void MainWindow::closeCurrentCampaignPage()
{
    const QString id = currentPageId();
    if (!id.startsWith(QLatin1String(kCampaignPrefix)))
        return;
    const int index = indexOfPage(id);
    removePage(id);
    if (!m_pageIds.isEmpty())
        showPage(m_pageIds.at(std::max(0, index - 1)));
}

void MainWindow::showAbout()
{
    auto* about = new AboutDialog(m_context, this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->show();
}

int MainWindow::indexOfPage(const QString& id) const
{
    return int(m_pageIds.indexOf(id));
}

} // namespace fotadesk
